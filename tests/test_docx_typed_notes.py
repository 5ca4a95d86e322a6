"""Typed notes in Word files (issue 15): raised numbers are markers, a typed "Notes" list is
the notes, real footnotes keep priority, and findings say which Word paragraph they are in.

The documents are built with python-docx (a test dependency) on the fly.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from citecheck.cli import main
from citecheck.engine import LintOptions, lint_source
from citecheck.errors import InputError
from citecheck.model import Section
from citecheck.readers import read_bytes

Run = str | tuple[str, str]  # plain text, or (text, "sup") / (text, "style") / (text, "baseline")
STYLE = "Typed Note Number"


def word_file(*paragraphs: list[Run] | str, based_on: bool = False) -> bytes:
    """A DOCX of these paragraphs; a run ("12", "sup") is raised on the run itself, ("12",
    "style") through a character style (itself based on a raised one when `based_on`)."""
    document = docx.Document()
    raised = document.styles.add_style(STYLE, WD_STYLE_TYPE.CHARACTER)
    if based_on:
        base = document.styles.add_style("Raised Base", WD_STYLE_TYPE.CHARACTER)
        base.font.superscript = True
        raised.base_style = base
    else:
        raised.font.superscript = True
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for run in [runs] if isinstance(runs, str) else runs:
            text, how = (run, "") if isinstance(run, str) else run
            added = paragraph.add_run(text)
            if how == "sup":
                added.font.superscript = True
            elif how in ("style", "baseline"):
                added.style = document.styles[STYLE]
            if how == "baseline":  # the run's own alignment overrides its style
                added._r.get_or_add_rPr().get_or_add_vertAlign().val = "baseline"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


NOTES = ["Notes", "1 Cliff, 1974, p7.", "2 Harman, 2009, p176.", "3 Trotsky, 1936."]


def article(*runs: Run) -> bytes:
    return word_file("A Title", list(runs), *NOTES)


def markers_of(data: bytes) -> list[int]:
    source = read_bytes("typed.docx", data)
    return [m.number for m in source.markers or ()]


def test_raised_numbers_are_markers_and_the_typed_list_is_the_notes() -> None:
    data = article(
        "The USSR collapsed in 1991.", ("1", "sup"), " Cliff argued", ("2", "style"),
        " and so did Trotsky.”", ("3", "sup"),
    )  # fmt: skip
    source = read_bytes("typed.docx", data)
    assert [m.number for m in source.markers or ()] == [1, 2, 3]
    assert {m.form for m in source.markers or ()} == {"superscript"}
    assert [n.number for n in source.notes] == [1, 2, 3]
    assert source.text.startswith("A Title\n\nThe USSR collapsed in 1991.1 Cliff argued2")
    assert source.masked == source.text  # as plain text: later passes are given the markers
    assert [p.section for p in source.paragraphs][-4:] == [Section.HEADING, *[Section.NOTES] * 3]


def test_a_style_based_on_a_raised_style_raises_too() -> None:
    data = word_file("Text.", ["As argued", ("4", "style"), " here."], "Notes", "4 A note.",
                     based_on=True)  # fmt: skip
    assert markers_of(data) == [4]


# Raised text in context, and the markers it gives: powers, ordinals and signs give none.
HARD_CASES = [
    (["collapsed in 1991.", ("3", "sup")], [3]),
    (["died in 1953", ("3", "sup"), " in Moscow"], [3]),  # a year keeps its marker
    (["as Cliff argued", ("12", "sup")], [12]),
    (["the revolution.”", ("1,2", "sup")], [1, 2]),
    (["a claim.", ("1", "sup"), ("2", "sup")], [12]),  # Word's split runs are one number
    (["a claim.", ("21", "sup"), ("2223", "sup")], [21, 22, 23]),  # stacked, run together
    (["in the year ", ("1991", "sup")], []),  # a long number that is no run of markers
    (["the 1", ("st", "sup"), " of May"], []),  # an ordinal
    (["le 2", ("e", "sup"), " siècle"], []),
    (["an area of 50 m", ("2", "sup"), " in all"], []),
    (["some 3 km", ("2", "sup"), " of land"], []),
    (["some 22 million km", ("2", "sup"), " of land"], []),
    (["a board of 3 in", ("2", "sup"), " only"], []),
    (["as they begin", ("2", "sup"), " to see"], [2]),  # a word ending like a unit
    (["they believe in", ("4", "sup"), " it"], [4]),  # "in" is a unit only after a number
    (["about 10", ("6", "sup"), " people"], []),  # ten to the sixth
    (["and E = mc", ("2", "sup"), " holds"], []),
    (["where x", ("2", "sup"), " + y", ("2", "sup"), " = z", ("2", "sup")], []),
    (["a drop of 10", ("-3", "sup"), " units"], []),  # a negative power
    (["notes.", ("2–3", "sup"), " Then"], []),  # a range: not read as two markers
    (["a claim.", ("02", "sup"), " Then"], []),  # a leading zero
    (["a claim.", ("3", "baseline"), " Then"], []),  # the run's baseline beats its style
]


@pytest.mark.parametrize(("runs", "expected"), HARD_CASES)
def test_raised_text_hard_cases(runs: list[Run], expected: list[int]) -> None:
    assert markers_of(article(*runs)) == expected


def test_powers_keep_their_superscript_digits_in_the_text() -> None:
    source = read_bytes("typed.docx", article("about 10", ("6", "sup"), " people.", ("1", "sup")))
    assert "about 10⁶ people.1" in source.text


def test_without_a_notes_list_raised_numbers_are_not_markers() -> None:
    source = read_bytes("typed.docx", word_file(["Smith", ("1", "sup"), " and Jones."]))
    assert source.markers == ()
    assert "Smith¹ and Jones." in source.text


def test_a_raised_note_number_opens_its_note() -> None:
    data = word_file(["A claim.", ("1", "sup")], "Notes", [("1", "sup"), "Cliff, 1974."])
    source = read_bytes("typed.docx", data)
    assert [(n.number, n.text_span.slice(source.text)) for n in source.notes] == [
        (1, "Cliff, 1974.")
    ]
    assert markers_of(data) == [1]


def test_numbers_typed_in_line_are_found_as_in_plain_text() -> None:
    data = word_file("The USSR collapsed in 1991.1 Yet it lasted.2", *NOTES[:3])
    source = read_bytes("typed.docx", data)
    assert source.markers is None  # left to the plain-text marker reader
    result = lint_source(source, LintOptions(select=("N",)))
    assert [m.number for m in result.manuscript.markers] == [1, 2]  # type: ignore[union-attr]


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode())
    return buffer.getvalue()


def _raw(body: str, **parts: str) -> bytes:
    files = {"word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>"}
    files.update({f"word/{name}.xml": text for name, text in parts.items()})
    return _zip(files)


SUP = "<w:rPr><w:vertAlign w:val='superscript'/></w:rPr>"


def test_real_footnotes_keep_priority_over_typed_numbers() -> None:
    body = (
        "<w:p><w:r><w:t>Real.</w:t></w:r><w:r><w:footnoteReference w:id='2'/></w:r>"
        f"<w:r><w:t xml:space='preserve'> Typed.</w:t></w:r><w:r>{SUP}<w:t>7</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Notes</w:t></w:r></w:p><w:p><w:r><w:t>7 A typed note.</w:t></w:r></w:p>"
    )
    notes = (
        f"<w:footnotes {W}><w:footnote w:id='2'><w:p><w:r><w:t>The real note.</w:t></w:r>"
        "</w:p></w:footnote></w:footnotes>"
    )
    source = read_bytes("both.docx", _raw(body, footnotes=notes))
    assert [(m.number, m.form) for m in source.markers or ()] == [(1, "footnote")]
    assert [n.text_span.slice(source.text) for n in source.notes] == ["The real note."]
    assert "Typed.⁷" in source.text  # raised, not a marker, and never the figure 7


def test_a_style_based_on_itself_ends() -> None:
    styles = (
        f"<w:styles {W}><w:style w:type='character' w:styleId='A'><w:basedOn w:val='B'/>"
        "</w:style><w:style w:type='character' w:styleId='B'><w:basedOn w:val='A'/></w:style>"
        "</w:styles>"
    )
    body = (
        "<w:p><w:r><w:t>A claim.</w:t></w:r><w:r><w:rPr><w:rStyle w:val='A'/></w:rPr>"
        "<w:t>1</w:t></w:r></w:p><w:p><w:r><w:t>Notes</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>1 A note.</w:t></w:r></w:p>"
    )
    source = read_bytes("cycle.docx", _raw(body, styles=styles))
    assert source.markers is None  # not raised: found in line, as plain text


def test_hostile_styles_part_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    styles = "<!DOCTYPE x [<!ENTITY a 'aaaa'>]><w:styles " + W + ">&a;</w:styles>"
    path = tmp_path / "hostile.docx"
    path.write_bytes(_raw("<w:p><w:r><w:t>Text.</w:t></w:r></w:p>", styles=styles))
    with pytest.raises(InputError, match="DTD or entities"):
        read_bytes(str(path), path.read_bytes())
    assert main(["lint", str(path)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "Traceback" not in error


# --- where a finding stands, in Word's terms --------------------------------------------

MISSING = article(
    "Intro.", ("1", "sup"), " The Soviet Union collapsed in 1991.", ("4", "sup"), " Then."
)


def test_text_output_names_the_paragraph_and_quotes_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "manual.docx"
    path.write_bytes(MISSING)
    assert main(["lint", str(path), "--select", "N101"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"{path}:3:44: N101 note 4 is cited in the text but missing from the notes "
        "(paragraph 2, “…The Soviet Union collapsed in 1991.”)"
    )


def test_json_output_carries_paragraph_and_context(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "manual.docx"
    path.write_bytes(MISSING)
    main(["lint", str(path), "--select", "N", "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["files"][0]["findings"]
    missing = next(f for f in findings if f["code"] == "N101")
    assert missing["data"] == {
        "note": 4,
        "paragraph": 2,
        "context": "…The Soviet Union collapsed in 1991.",
    }
    unused = [f for f in findings if f["code"] == "N102"]  # notes 2 and 3: in the Notes list
    assert [(f["data"]["paragraph"], f["data"]["context"]) for f in unused] == [
        (5, "2 Harman, 2009, p176."),
        (6, "3 Trotsky, 1936."),
    ]


def test_a_finding_in_a_real_footnote_names_the_footnote() -> None:
    body = "<w:p><w:r><w:t>Real.</w:t></w:r><w:r><w:footnoteReference w:id='2'/></w:r></w:p>"
    notes = (
        f"<w:footnotes {W}><w:footnote w:id='2'><w:p><w:r><w:t>For the interview, see"
        "</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    source = read_bytes("real.docx", _raw(body, footnotes=notes))
    result = lint_source(source, LintOptions(select=("N105",)))
    (finding,) = result.findings
    assert finding.data["footnote"] == 1 and "paragraph" not in finding.data
    assert finding.data["context"] == "1 For the interview, see"


def test_html_report_shows_the_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "manual.docx"
    path.write_bytes(MISSING)
    report = tmp_path / "report.html"
    main(["lint", str(path), "--select", "N101", "--html", str(report)])
    page = report.read_text(encoding="utf-8")
    assert "paragraph 2, “…The Soviet Union collapsed in 1991.”; line 3, column 44" in page


def test_plain_text_findings_carry_no_paragraph() -> None:
    source = read_bytes("plain.txt", b"A claim.1 More.4\n\nNotes\n\n1 Cliff, 1974.\n")
    result = lint_source(source, LintOptions(select=("N101",)))
    assert result.findings and all("paragraph" not in f.data for f in result.findings)


def test_a_quoted_paragraph_never_reaches_the_terminal_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bidi.docx"
    path.write_bytes(article("Evil \u202etext\u202c here.", ("4", "sup")))
    assert main(["lint", str(path), "--select", "N101"]) == 1
    out = capsys.readouterr().out
    assert "\u202e" not in out and "(paragraph 2, “Evil ⟨U+202E⟩text⟨U+202C⟩ here.”)" in out
