"""`citecheck extract`: what citecheck read, as JSON (schema 1) and as text; bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.engine import read_manuscripts
from citecheck.reporters.extraction import SCHEMA_VERSION, extraction_view
from tests.helpers import SAMPLE


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def sample_view() -> dict:
    (manuscript,) = read_manuscripts([str(SAMPLE)])
    return extraction_view(manuscript)


def test_sample_counts_as_lint_counts_them(sample_view: dict) -> None:
    assert sample_view["schema_version"] == SCHEMA_VERSION == 1
    assert len(sample_view["markers"]) == 57
    assert len(sample_view["notes"]) == 54
    # markers 1-57 in order; notes 3, 5 and 33 are missing (the sample's three N101)
    assert [m["number"] for m in sample_view["markers"]] == list(range(1, 58))
    assert [n["number"] for n in sample_view["notes"]] == sorted(set(range(1, 58)) - {3, 5, 33})


def test_sample_sections_are_line_ranges(sample_view: dict) -> None:
    kinds = [run["kind"] for run in sample_view["sections"]]
    assert kinds[0] == "body" and kinds[-1] == "notes"
    body, notes = sample_view["sections"][0], sample_view["sections"][-1]
    assert body["start_line"] == 1 and body["end_line"] < notes["start_line"]
    # every note stands inside the notes section, every marker before it
    assert all(notes["start_line"] <= n["line"] <= notes["end_line"] for n in sample_view["notes"])
    assert all(m["line"] < notes["start_line"] for m in sample_view["markers"])


def test_sample_first_marker_and_note(sample_view: dict) -> None:
    first = sample_view["markers"][0]
    assert (first["number"], first["line"], first["column"]) == (1, 7, 130)
    assert first["form"] == "glued" and first["in_sequence"] is True and first["text"] == "1"
    text = SAMPLE.read_text(encoding="utf-8")
    assert text[first["offset"]] == "1"
    note = sample_view["notes"][0]
    assert (note["number"], note["line"], note["column"]) == (1, 228, 1)
    assert note["first_words"].startswith("Thanks to Joseph Choonara")
    assert note["first_words"].endswith("…")


def test_sample_marker_positions_agree_with_offsets(sample_view: dict) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    for marker in sample_view["markers"]:
        line = lines[marker["line"] - 1]
        column = marker["column"] - 1
        assert line[column : column + len(marker["text"])] == str(marker["number"])


def test_sample_citations_carry_their_note(sample_view: dict) -> None:
    citations = sample_view["citations"]
    assert len(citations) == 50
    mcgregor = next(c for c in citations if c["text"] == "McGregor, 2021")
    assert mcgregor["authors"] == ["McGregor"] and mcgregor["year"] == "2021"
    assert mcgregor["note"] == 6


def test_json_output_lists_every_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = write(tmp_path, "b.txt", "Text.1 More.2\n\n1 A note.\n\n2 Another.\n")
    code, out, err = run(["extract", str(SAMPLE), other, "--format", "json"], capsys)
    assert code == 0 and err == ""
    document = json.loads(out)
    assert document["schema_version"] == 1
    assert [Path(f["path"]).name for f in document["files"]] == [SAMPLE.name, "b.txt"]
    small = document["files"][1]
    assert [(m["number"], m["line"], m["column"]) for m in small["markers"]] == [
        (1, 1, 6),
        (2, 1, 13),
    ]
    assert [(n["number"], n["line"], n["first_words"]) for n in small["notes"]] == [
        (1, 3, "A note."),
        (2, 5, "Another."),
    ]


def test_markdown_markers_have_their_form_and_label(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "a.md", "Text.[^x]\n\n[^x]: The note.\n")
    code, out, _ = run(["extract", path, "--format", "json"], capsys)
    assert code == 0
    (file,) = json.loads(out)["files"]
    (marker,) = file["markers"]
    assert marker["form"] == "footnote" and marker["label"] == "x"
    assert file["notes"][0]["label"] == "x"


def test_out_of_sequence_marker_is_marked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "One.1 Two.2 Three.3 Back.2 Four.4\n\n1 A.\n\n2 B.\n\n3 C.\n\n4 D.\n"
    code, out, _ = run(["extract", write(tmp_path, "a.txt", text), "--format", "json"], capsys)
    assert code == 0
    markers = json.loads(out)["files"][0]["markers"]
    assert [(m["number"], m["in_sequence"]) for m in markers] == [
        (1, True),
        (2, True),
        (3, True),
        (2, False),
        (4, True),
    ]
    code, out, _ = run(["extract", write(tmp_path, "a.txt", text)], capsys)
    assert "  1:26    2  glued  out of sequence" in out.splitlines()


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(SAMPLE)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(str(SAMPLE))
    assert "57 markers, 54 notes, 50 citations" in lines[0]
    assert "sections:" in lines and "markers:" in lines and "notes:" in lines
    assert "  7:130    1  glued" in lines
    assert any(line.startswith("  228:1    1  Thanks to Joseph") for line in lines)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["extract", "missing.txt"], "missing.txt: no such file or directory"),
        (["extract", "EMPTY"], "the file is empty"),
        (["extract", "NOMANUSCRIPTS"], "no manuscripts found"),
        (["extract", "BADSUFFIX"], "not a manuscript format"),
        (["extract", str(SAMPLE), "--format", "yaml"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_exit_two(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    (tmp_path / "notes.pdf").write_text("x", encoding="utf-8")
    names = {
        "EMPTY": str(tmp_path / "empty.txt"),
        "NOMANUSCRIPTS": str(tmp_path / "folder"),
        "BADSUFFIX": str(tmp_path / "notes.pdf"),
    }
    code, out, err = run([names.get(arg, arg) for arg in argv], capsys)
    assert code == 2
    assert out == ""
    assert message in err.splitlines()[0]
    assert "Traceback" not in err
