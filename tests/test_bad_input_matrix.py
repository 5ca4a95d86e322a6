"""The bad-input matrix: every way a run's input can be broken or hostile.

Each case builds its files in a fresh folder, runs `main(argv)` in-process from there,
and asserts the exit code, exactly one line on stderr, no traceback, a bounded time
(SIGALRM: a hang fails the case) and that no input file changed (sha256 of every file
before and after) and no file appeared outside the resolver cache.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import signal
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from citecheck import engine, rules
from citecheck.cli import main
from tests.bad_inputs import (
    BIB,
    CLEAN,
    document_xml,
    docx_bad_crc,
    docx_billion_laughs,
    docx_bytes,
    docx_encrypted,
    docx_lying_bomb,
    docx_many_members,
    docx_nested_runs,
    docx_unknown_compression,
    docx_zip_bomb,
    fifo,
    good_docx,
    sparse_file,
)

CASE_SECONDS = 60


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path], list[str]]  # writes the files, returns argv (cwd is the folder)
    code: int = 2
    says: str = ""  # a word the stderr line must contain


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def lint(*extra: str, manuscript: str = "m.txt") -> Callable[[Path], list[str]]:
    """A clean manuscript m.txt, linted with `extra` options."""

    def setup(root: Path) -> list[str]:
        write(root / "m.txt", CLEAN)
        return ["lint", manuscript, *extra]

    return setup


def with_file(name: str, content: str | bytes, *argv: str) -> Callable[[Path], list[str]]:
    """The file `name` holds `content`; m.txt is a clean manuscript."""

    def setup(root: Path) -> list[str]:
        write(root / "m.txt", CLEAN)
        write(root / name, content)
        return list(argv)

    return setup


def config(text: str | bytes, name: str = "citecheck.toml") -> Callable[[Path], list[str]]:
    return with_file(name, text, "lint", "m.txt")


def baseline(content: str | bytes) -> Callable[[Path], list[str]]:
    return with_file("base.json", content, "lint", "m.txt", "--baseline", "base.json")


def docx(build: Callable[[], bytes] | bytes) -> Callable[[Path], list[str]]:
    """m.docx, built when the case runs (some take a second and 200 MB to build)."""

    def setup(root: Path) -> list[str]:
        write(root / "m.docx", build() if callable(build) else build)
        return ["lint", "m.docx"]

    return setup


def manuscript(name: str, content: str | bytes) -> Callable[[Path], list[str]]:
    return with_file(name, content, "lint", name)


def special(build: Callable[[Path], list[str]]) -> Callable[[Path], list[str]]:
    return build


def _fifo_manuscript(root: Path) -> list[str]:
    fifo(root / "pipe.txt")
    return ["lint", "pipe.txt"]


def _fifo_baseline(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    fifo(root / "base.json")
    return ["lint", "m.txt", "--baseline", "base.json"]


def _fifo_bib(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    fifo(root / "refs.bib")
    return ["lint", "m.txt", "--bib", "refs.bib"]


def _fifo_config(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    fifo(root / "cfg.toml")
    return ["lint", "m.txt", "--config", "cfg.toml"]


def _symlink_loop(root: Path) -> list[str]:
    os.symlink("b.txt", root / "a.txt")
    os.symlink("a.txt", root / "b.txt")
    return ["lint", "a.txt"]


def _broken_symlink(root: Path) -> list[str]:
    os.symlink("gone.txt", root / "a.txt")
    return ["lint", "a.txt"]


def _loop_inside_folder(root: Path) -> list[str]:
    write(root / "d" / "m.txt", CLEAN)
    os.symlink("x.txt", root / "d" / "x.txt")  # a link to itself: one note
    os.symlink(".", root / "d" / "again")  # a folder loop: never followed
    return ["lint", "d"]


def _sparse(size: int, name: str = "big.txt") -> Callable[[Path], list[str]]:
    def setup(root: Path) -> list[str]:
        sparse_file(root / name, size)
        return ["lint", name]

    return setup


def _empty_folder(root: Path) -> list[str]:
    write(root / "d" / "notes.pdf", b"%PDF")
    return ["lint", "d"]


def _outputs_over(option: str, target: str, *extra: str) -> Callable[[Path], list[str]]:
    def setup(root: Path) -> list[str]:
        write(root / "m.txt", CLEAN)
        write(root / "refs.bib", BIB)
        os.symlink("m.txt", root / "link.txt")
        return ["lint", "m.txt", *extra, option, target]

    return setup


def _two_manuscripts_html(root: Path) -> list[str]:
    write(root / "a.txt", CLEAN)
    write(root / "b.txt", CLEAN)
    return ["lint", "a.txt", "b.txt", "--html", "r.html"]


def _report_foreign(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    write(root / "out" / "m.html", "<p>mine</p>")
    return ["report", "m.txt", "-o", "out"]


def _report_into_file(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    write(root / "out", "a file")
    return ["report", "m.txt", "-o", "out"]


def _resolve_write_bib_over_manuscript(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    return [
        "resolve",
        "m.txt",
        "--offline",
        "--cache-dir",
        "cache",
        "--write-bib",
        "m.txt",
        "--force",
    ]


def _output_under_a_file(root: Path) -> list[str]:
    write(root / "m.txt", CLEAN)
    write(root / "afile", "x")
    return ["lint", "m.txt", "--output-file", "afile/out.txt"]


NESTED_JSON = "[" * 100_000 + "]" * 100_000
CASES: list[Case] = [
    # --- manuscripts -------------------------------------------------------------------
    Case("missing manuscript", lambda root: ["lint", "nope.txt"], says="no such"),
    Case("empty manuscript", manuscript("m.txt", ""), says="empty"),
    Case("whitespace manuscript", manuscript("m.txt", " \n\t\n"), says="empty"),
    Case("binary manuscript", manuscript("m.txt", b"\x00\x01\x02binary"), says="binary"),
    Case("bad utf-16", manuscript("m.txt", b"\xff\xfe\x00\xd8"), says="utf-16"),
    Case("bad utf-8 after BOM", manuscript("m.txt", b"\xef\xbb\xbfok \xff"), says="utf-8"),
    Case("unsupported suffix", manuscript("m.pdf", b"%PDF-1.4"), says="format"),
    Case("folder without manuscripts", _empty_folder, says="no manuscripts"),
    Case("FIFO manuscript", _fifo_manuscript, says="regular file"),
    Case("device manuscript", lambda root: ["lint", os.devnull], says="regular file"),
    Case("symlink loop", _symlink_loop, says="link loop"),
    Case("broken symlink", _broken_symlink, says="no such"),
    Case("4 GB sparse file", _sparse(4 * 1024**3), says="larger than"),
    Case("65 MiB sparse markdown", _sparse(65 * 1024**2, "big.md"), says="larger than"),
    Case("name with NUL", lambda root: ["lint", "a\x00b.txt"], says="file name"),
    Case("link loops inside a folder", _loop_inside_folder, code=0, says="link"),
    # --- DOCX ----------------------------------------------------------------------------
    Case("docx not a zip", docx(b"just text, not a zip"), says="DOCX"),
    Case("docx truncated", docx(good_docx()[:60]), says="DOCX"),
    Case("docx without document.xml", docx(docx_bytes(None)), says="Word document"),
    Case("docx bad CRC", docx(docx_bad_crc), says="CRC"),
    Case("docx encrypted member", docx(docx_encrypted), says="encrypted"),
    Case("docx unknown compression", docx(docx_unknown_compression), says="compression"),
    Case("docx 100,000 nested runs", docx(docx_nested_runs), says="nested"),
    Case("docx zip bomb", docx(docx_zip_bomb), says="expands"),
    Case("docx zip bomb, lying header", docx(docx_lying_bomb), says="DOCX"),
    Case("docx billion laughs", docx(docx_billion_laughs), says="DTD"),
    Case("docx 10,000 members", docx(docx_many_members), says="files"),
    Case("docx bad XML", docx(docx_bytes(b"<w:document><unclosed>")), says="XML"),
    Case("docx empty text", docx(docx_bytes(document_xml(""))), says="no text"),
    Case(
        "docx bad footnotes",
        docx(docx_bytes(document_xml(""), {"word/footnotes.xml": b"<x"})),
        says="XML",
    ),
    # --- configuration ------------------------------------------------------------------
    Case("config not UTF-8", config(b'fail-on = "w\xe9rning"\n'), says="UTF-8"),
    Case("config [tool] citecheck = 5", config("[tool]\ncitecheck = 5\n", "pyproject.toml")),
    Case("config tool = string", config('tool = "citecheck"\n', "pyproject.toml"), says="tool"),
    Case("config 400-digit timeout", config("timeout = " + "9" * 400 + "\n"), says="timeout"),
    Case("config 5000-digit integer", config("timeout = " + "9" * 5000 + "\n"), says="TOML"),
    Case("config invalid TOML", config("select = [\n"), says="TOML"),
    Case("config nested arrays", config("a = " + "[" * 50_000 + "]" * 50_000 + "\n")),
    Case("config unknown key", config("colour = true\n"), says="unknown key"),
    Case("config select = 5", config("select = 5\n"), says="select"),
    Case("config bib = [5]", config("bib = [5]\n"), says="bib"),
    Case("config bad fail-on", config('fail-on = "fatal"\n'), says="fail-on"),
    Case("config negative timeout", config("timeout = -1\n"), says="timeout"),
    Case("config inf timeout", config("timeout = inf\n"), says="timeout"),
    Case("config nan rate", config("rate-limit = nan\n"), says="rate-limit"),
    Case("config boolean rate", config("rate-limit = true\n"), says="rate-limit"),
    Case("config per-file-ignores string", config('per-file-ignores = "x"\n')),
    Case("config unknown code", config('[per-file-ignores]\n"*.txt" = ["Z9"]\n'), says="Z9"),
    Case("config file missing", lint("--config", "none.toml"), says="no such"),
    Case("config is a folder", lint("--config", "."), says="no such"),
    Case("config FIFO", _fifo_config),
    # --- baselines -------------------------------------------------------------------------
    Case(
        "baseline findings = 5", baseline('{"citecheck_baseline": 1, "findings": 5}'), says="list"
    ),
    Case("baseline findings = null", baseline('{"citecheck_baseline": 1, "findings": null}')),
    Case("baseline nested brackets", baseline(NESTED_JSON), says="baseline"),
    Case("baseline FIFO", _fifo_baseline, says="regular file"),
    Case("baseline missing", lint("--baseline", "none.json"), says="--write-baseline"),
    Case("baseline not JSON", baseline("not json"), says="baseline"),
    Case("baseline wrong version", baseline('{"citecheck_baseline": 99}'), says="version"),
    Case("baseline not UTF-8", baseline(b'{"citecheck_baseline": 1, "x": "\xff"}')),
    Case("baseline NaN", baseline('{"citecheck_baseline": NaN}'), says="NaN"),
    Case("baseline huge integer", baseline('{"citecheck_baseline": ' + "1" * 5000 + "}")),
    Case("baseline top-level list", baseline("[1, 2]"), says="baseline"),
    Case("baseline is a folder", lint("--baseline", "."), says="directory"),
    # --- bibliographies ----------------------------------------------------------------------
    Case("bib missing", lint("--bib", "none.bib"), says="no such"),
    Case("bib binary", with_file("r.bib", b"\x00\x00", "lint", "m.txt", "--bib", "r.bib")),
    Case("bib FIFO", _fifo_bib, says="regular file"),
    Case("bib is a folder", lint("--bib", "."), says="directory"),
    # --- the command line -------------------------------------------------------------------
    Case("select comma", lint("--select", ","), says="no rule code"),
    Case("ignore empty", lint("--ignore", ""), says="no rule code"),
    Case("select unknown", lint("--select", "Z999"), says="Z999"),
    Case("format unknown", lint("--format", "yaml"), says="format"),
    Case("timeout 1e400", lint("--resolve", "--timeout", "1e400"), says="finite"),
    Case("timeout 400 digits", lint("--resolve", "--timeout", "9" * 400), says="finite"),
    Case("rate limit zero", lint("--resolve", "--rate-limit", "0"), says="rate-limit"),
    Case("per-file-ignores without colon", lint("--per-file-ignores", "x"), says="GLOB:CODES"),
    Case(
        "openlibrary url not http", lint("--resolve", "--openlibrary-url", "ftp://x"), says="http"
    ),
    Case("offline and refresh", lint("--resolve", "--offline", "--refresh"), says="--offline"),
    Case("html for two manuscripts", _two_manuscripts_html, says="one manuscript"),
    Case("html is a folder", lint("--html", "."), says="directory"),
    Case("output file under a file", _output_under_a_file, says="cannot write"),
    # --- outputs over inputs ------------------------------------------------------------------
    Case("output-file over manuscript", _outputs_over("--output-file", "m.txt"), says="manuscript"),
    Case("output-file through link", _outputs_over("--output-file", "link.txt"), says="manuscript"),
    Case(
        "output-file over bib",
        _outputs_over("--output-file", "refs.bib", "--bib", "refs.bib"),
        says="bibliography",
    ),
    Case("html over manuscript", _outputs_over("--html", "m.txt"), says="manuscript"),
    Case("write-baseline over manuscript", _outputs_over("--write-baseline", "m.txt")),
    Case("report over a foreign file", _report_foreign, says="--force"),
    Case("report into a file", _report_into_file, says="not a folder"),
    Case("write-bib over manuscript", _resolve_write_bib_over_manuscript, says="manuscript"),
]


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every regular file (size and mtime for huge sparse ones), links by target."""
    state: dict[str, str] = {}
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if d != "cache"]
        for name in filenames:
            path = Path(folder) / name
            info = path.lstat()
            if path.is_symlink():
                state[str(path)] = "link:" + os.readlink(path)
            elif not path.is_file():
                state[str(path)] = "special"
            elif info.st_size > 8 * 1024 * 1024:
                state[str(path)] = f"size:{info.st_size}:{info.st_mtime_ns}"
            else:
                state[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


@pytest.fixture
def deadline() -> Iterator[None]:
    def hang(signum: int, frame: object) -> None:
        raise TimeoutError(f"the case ran longer than {CASE_SECONDS} s: a hang")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.alarm(CASE_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def run_case(root: Path, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    before = snapshot(root)
    code = main(argv)
    err = capsys.readouterr().err
    assert snapshot(root) == before, "an input changed or a file appeared"
    return code, err


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(case: Case, tmp_path, monkeypatch, capsys, deadline) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CITECHECK_OPENLIBRARY_URL", "http://127.0.0.1:9")  # never the internet
    argv = case.setup(tmp_path)
    code, err = run_case(tmp_path, argv, capsys)
    assert "Traceback" not in err
    assert len(err.splitlines()) == 1, err
    assert code == case.code, err
    assert case.says.lower() in err.lower(), err


# --- cases that need the file system or the code patched ---------------------------------------


def _deny(monkeypatch: pytest.MonkeyPatch, name: str, denied: Path) -> None:
    """Make `os.<name>` fail with EACCES on `denied` (the tests run as root, where chmod
    000 does not stop a read)."""
    real = getattr(os, name)

    def guarded(path: object = ".", *args: object, **kwargs: object) -> object:
        if os.path.realpath(os.fspath(path)) == str(denied.resolve()):  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))  # type: ignore[arg-type]
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, name, guarded)


def test_unreadable_folder_is_an_input_error(tmp_path, monkeypatch, capsys, deadline) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "d" / "m.txt", CLEAN)
    _deny(monkeypatch, "listdir", tmp_path / "d")
    code, err = run_case(tmp_path, ["lint", "d"], capsys)
    assert code == 2 and len(err.splitlines()) == 1 and "Permission denied" in err


def test_unreadable_subfolder_is_reported_and_skipped(
    tmp_path, monkeypatch, capsys, deadline
) -> None:
    """As ruff reports a path it cannot read and goes on: one warning, the rest is linted."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "d" / "m.txt", CLEAN)
    write(tmp_path / "d" / "locked" / "n.txt", CLEAN)
    _deny(monkeypatch, "scandir", tmp_path / "d" / "locked")
    code, err = run_case(tmp_path, ["lint", "d"], capsys)
    assert code == 0 and len(err.splitlines()) == 1
    assert "locked" in err and "cannot read the folder" in err


def test_unreadable_file_is_an_input_error(tmp_path, monkeypatch, capsys, deadline) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "m.txt", CLEAN)
    _deny(monkeypatch, "open", tmp_path / "m.txt")
    code, err = run_case(tmp_path, ["lint", "m.txt"], capsys)
    assert code == 2 and len(err.splitlines()) == 1 and "Permission denied" in err


def _boom(context: object) -> list[object]:
    raise ZeroDivisionError("a rule's bug")


def test_no_exception_escapes_main(tmp_path, monkeypatch, capsys, deadline) -> None:
    """A crashing rule is exit code 70, one line pointing at --debug; never a traceback."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "m.txt", CLEAN)
    broken = tuple(dataclasses.replace(rule, check=_boom) for rule in rules.ALL_RULES)
    monkeypatch.setattr(rules, "ALL_RULES", broken)
    code, err = run_case(tmp_path, ["lint", "m.txt"], capsys)
    assert code == 70 and len(err.splitlines()) == 1
    assert "internal error" in err and "ZeroDivisionError" in err and "--debug" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "error", [ZeroDivisionError, KeyError, RecursionError, MemoryError, AssertionError, OSError]
)
def test_every_exception_class_is_caught(error, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "m.txt", CLEAN)

    def explode(*args: object, **kwargs: object) -> object:
        raise error("boom")

    monkeypatch.setattr(engine, "lint_source", explode)
    code = main(["lint", "m.txt"])
    err = capsys.readouterr().err
    assert code == 70 and len(err.splitlines()) == 1 and "Traceback" not in err


def test_debug_prints_the_traceback(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "m.txt", CLEAN)
    broken = tuple(dataclasses.replace(rule, check=_boom) for rule in rules.ALL_RULES)
    monkeypatch.setattr(rules, "ALL_RULES", broken)
    assert main(["--debug", "lint", "m.txt"]) == 70
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err
    assert main(["lint", "m.txt", "--debug"]) == 70  # anywhere before `--`
    assert "Traceback" in capsys.readouterr().err


def test_the_matrix_is_large_enough() -> None:
    assert len(CASES) >= 60
    assert len({case.name for case in CASES}) == len(CASES)
