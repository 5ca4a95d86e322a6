"""`lint --fix` / `--diff`: certain fixes only, atomic, encoding and line endings kept."""

from __future__ import annotations

import codecs
import shutil
from pathlib import Path

import pytest

from citecheck.cli import main
from tests.helpers import ROOT, SAMPLE

BIB = str(ROOT / "bibliography.bib")


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    copy = tmp_path / SAMPLE.name
    shutil.copy(SAMPLE, copy)
    return copy


def _codes(path: Path, capsys) -> list[tuple[str, int]]:
    capsys.readouterr()
    main(["lint", str(path), "--bib", BIB, "--format", "json", "--exit-zero"])
    import json

    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    return [(f["code"], f["data"].get("note")) for f in findings]


def test_fix_on_the_sample_fixes_notes_24_and_47_and_nothing_else(sample: Path, capsys) -> None:
    before_findings = _codes(sample, capsys)
    before = sample.read_text(encoding="utf-8").splitlines()
    assert main(["lint", str(sample), "--bib", BIB, "--fix"]) == 1  # the N101s remain
    out, err = capsys.readouterr()
    assert "citecheck: fixed 2 findings" in err
    assert "C104" not in out and "N101" in out
    after = sample.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [
        ("24 Cliff, 1974 p20.", "24 Cliff, 1974, p20."),
        (
            "47 Pravda (24 April 1970), quoted in Harman 2009, p176.",
            "47 Pravda (24 April 1970), quoted in Harman, 2009, p176.",
        ),
    ]
    after_findings = _codes(sample, capsys)
    assert [c for c in before_findings if c not in after_findings] == [("C104", 24), ("C104", 47)]
    assert [c for c in after_findings if c not in before_findings] == []


def test_diff_writes_nothing(sample: Path, capsys) -> None:
    data = sample.read_bytes()
    mtime = sample.stat().st_mtime_ns
    assert main(["lint", str(sample), "--bib", BIB, "--diff"]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"--- a/{sample}\n+++ b/{sample}\n")
    assert "-24 Cliff, 1974 p20.\n+24 Cliff, 1974, p20.\n" in out
    added = [line for line in out.splitlines() if line.startswith("+") and line[:3] != "+++"]
    assert len(added) == 2 and "N101" not in out  # two lines changed, no findings printed
    assert sample.read_bytes() == data and sample.stat().st_mtime_ns == mtime
    assert list(sample.parent.iterdir()) == [sample]  # no temporary file left


def test_unsafe_fixes_turn_a_repeated_note_into_ibid(sample: Path, capsys) -> None:
    main(["lint", str(sample), "--bib", BIB, "--fix"])
    assert "53 Hore, 1990." in sample.read_text(encoding="utf-8")  # not without the flag
    capsys.readouterr()
    main(["lint", str(sample), "--bib", BIB, "--fix", "--unsafe-fixes"])
    text = sample.read_text(encoding="utf-8")
    assert "\n22 Ibid.\n" in text and "\n53 Ibid.\n" in text
    assert ("N106", 22) not in _codes(sample, capsys)


@pytest.mark.parametrize(
    ("encoding", "newline", "prefix"),
    [
        ("utf-8", "\r\n", b""),
        ("utf-8-sig", "\n", codecs.BOM_UTF8),
        ("cp1252", "\r\n", b""),
        ("utf-16", "\r\n", codecs.BOM_UTF16_LE),
    ],
)
def test_fix_keeps_the_encoding_and_line_endings(
    tmp_path: Path, capsys, encoding: str, newline: str, prefix: bytes
) -> None:
    lines = [
        "Cliff wrote it.1 Harman too.2 Again.3 More – “café”.4",
        "",
        "1 Cliff, 1974, p7.",
        "2 Harman, 2009, p8.",
        "3 Cliff, 1974, p9.",
        "4 Cliff 1974, p10.",
        "",
    ]
    path = tmp_path / "m.txt"
    path.write_bytes(newline.join(lines).encode(encoding))
    assert path.read_bytes().startswith(prefix)
    main(["lint", str(path), "--select", "C104", "--fix"])
    assert "fixed 1 finding" in capsys.readouterr().err
    data = path.read_bytes()
    assert data.startswith(prefix)
    expected = newline.join(lines).replace("4 Cliff 1974, p10.", "4 Cliff, 1974, p10.")
    assert data == expected.encode(encoding)
    assert main(["lint", str(path), "--select", "C104"]) == 0


def test_fix_is_refused_for_standard_input(capsys) -> None:
    assert main(["lint", "-", "--fix"]) == 2
    assert main(["lint", str(SAMPLE), "--unsafe-fixes"]) == 2
