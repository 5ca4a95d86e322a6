"""The terminal habits: broken pipes, colour, stdin, -q, --statistics, --show-source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from tests.helpers import ROOT, SAMPLE

BIB = str(ROOT / "bibliography.bib")
ESC = "\x1b["


def _run(
    args: list[str], *, env: dict[str, str] | None = None, **kw
) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR"}}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "citecheck", *args],
        capture_output=True,
        cwd=ROOT,
        env=full_env,
        check=False,
        **kw,
    )


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["--help"],
        ["rules"],
        ["rules", "--format", "markdown"],
        ["rule", "N101"],
        ["lint", str(SAMPLE), "--bib", BIB],
        ["lint", str(SAMPLE), "--bib", BIB, "--format", "json"],
        ["extract", str(SAMPLE)],
        ["resolve", str(SAMPLE), "--bib", BIB, "--offline"],
    ],
    ids=lambda a: " ".join(a[:3]),
)
def test_a_broken_pipe_ends_quietly(args: list[str], tmp_path: Path) -> None:
    """The reader is gone before the first byte (`| head -0`): no traceback, exit 141,
    as a shell reports for a command killed by SIGPIPE."""
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "citecheck", *args],
            stdout=write,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env={**os.environ, "CITECHECK_CACHE_DIR": str(tmp_path)},
            check=False,
        )
    finally:
        os.close(write)
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr
    assert done.stderr == b"", done.stderr
    assert done.returncode == 141


def test_no_colour_when_piped() -> None:
    done = _run(["lint", str(SAMPLE), "--bib", BIB])
    assert done.returncode == 1 and b"C104" in done.stdout
    assert ESC.encode() not in done.stdout


def test_colour_when_forced() -> None:
    forced = _run(["lint", str(SAMPLE), "--bib", BIB], env={"FORCE_COLOR": "1"})
    assert f"{ESC}31mN101{ESC}0m".encode() in forced.stdout
    always = _run(["lint", str(SAMPLE), "--bib", BIB, "--color", "always"])
    assert ESC.encode() in always.stdout
    # the flag wins over the environment; NO_COLOR wins over FORCE_COLOR
    never = _run(["lint", str(SAMPLE), "--bib", BIB, "--color", "never"], env={"FORCE_COLOR": "1"})
    assert ESC.encode() not in never.stdout
    both = _run(["lint", str(SAMPLE), "--bib", BIB], env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert ESC.encode() not in both.stdout


def test_colour_never_reaches_an_output_file_or_json(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    _run(["lint", str(SAMPLE), "--bib", BIB, "--color", "always", "--output-file", str(out)])
    assert "C104" in out.read_text(encoding="utf-8") and ESC not in out.read_text(encoding="utf-8")
    done = _run(["lint", str(SAMPLE), "--bib", BIB, "--format", "json"], env={"FORCE_COLOR": "1"})
    assert ESC.encode() not in done.stdout


def test_stdin_is_read_and_named(tmp_path: Path) -> None:
    markdown = "As Cliff argued.[^1]\n\n[^1]: Cliff, 1974, p. 7.\n[^2]: Orphan note.\n"
    done = _run(
        ["lint", "-", "--stdin-filename", "chapter.md", "--select", "N"],
        input=markdown.encode("utf-8"),
    )
    assert done.returncode in (0, 1), done.stderr
    out = done.stdout.decode("utf-8")
    assert out.startswith("chapter.md:4:1: N102"), out  # named, and read as Markdown
    plain = _run(["lint", "-", "--select", "N"], input=b"Text.1\n\n1 Cliff, 1974.\n2 More.\n")
    assert plain.stdout.decode().startswith("-:4:1: N102")


def test_stdin_usage_errors(capsys) -> None:
    assert main(["lint", str(SAMPLE), "--stdin-filename", "x.md"]) == 2
    assert "give `-` too" in capsys.readouterr().err
    assert main(["lint", "-", "--fix"]) == 2
    assert "cannot rewrite standard input" in capsys.readouterr().err


def test_quiet_prints_nothing_but_keeps_the_exit_code(capsys) -> None:
    assert main(["lint", str(SAMPLE), "--bib", BIB, "-q"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_statistics_counts_findings_by_code(capsys) -> None:
    assert main(["lint", str(SAMPLE), "--bib", BIB, "--statistics"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["4  Q101  unbalanced-quote", "3  N101  missing-note"]
    assert "2  C104  citation-format" in lines
    assert sum(int(line.split()[0]) for line in lines[:-1]) == 14
    assert lines[-1].startswith("Found 3 errors")


def test_show_source_puts_a_caret_under_the_span(capsys) -> None:
    main(["lint", str(SAMPLE), "--bib", BIB, "--select", "C104", "--show-source"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("C104 citation-format".split()[0] + lines[0].split("C104")[1])
    assert lines[1] == "270 | 24 Cliff, 1974 p20."
    assert lines[2] == "         " + "^" * len("Cliff, 1974 p20")
    at = lines.index("314 | 47 Pravda (24 April 1970), quoted in Harman 2009, p176.")
    caret = lines[at + 1]
    assert caret[caret.index("^") :] == "^" * len("Harman 2009, p176")
    assert caret.index("^") == len("314 | ") + len("47 Pravda (24 April 1970), quoted in ")


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for n in range(8):
        (tmp_path / f"m{n}.txt").write_text("Text.1\n\n1 Cliff, 1974.\n", encoding="utf-8")
    done = _run(["lint", str(tmp_path), "-j", "2"])
    assert done.stderr == b""
    assert done.stdout.decode().endswith("in 8 files. Checked 8 citations against 0 entries.\n")


def test_progress_bar_on_a_terminal_only_and_never_in_ci(tmp_path: Path) -> None:
    import pty

    for n in range(8):
        (tmp_path / f"m{n}.txt").write_text("Text.1\n\n1 Cliff, 1974.\n", encoding="utf-8")

    def stderr_on_a_terminal(env: dict[str, str]) -> tuple[bytes, bytes]:
        leader, follower = pty.openpty()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "citecheck", "lint", str(tmp_path), "-j", "1"],
                stdout=subprocess.PIPE,
                stderr=follower,
                env=env,
                check=False,
            )
            os.close(follower)
            chunks = []
            while True:
                try:
                    chunk = os.read(leader, 65536)
                except OSError:  # EIO: the terminal's other end is closed and drained
                    break
                if not chunk:
                    break
                chunks.append(chunk)
        finally:
            os.close(leader)
        return done.stdout, b"".join(chunks)

    env = {k: v for k, v in os.environ.items() if k != "CI"}
    out, bar = stderr_on_a_terminal(env)
    assert b"/8 [" in bar and b"file/s" in bar  # shown, then cleared (leave=False)
    assert b"file/s" not in out and out.decode().endswith(
        "in 8 files. Checked 8 citations against 0 entries.\n"
    )
    _, quiet = stderr_on_a_terminal({**env, "CI": "true"})
    assert quiet == b""
