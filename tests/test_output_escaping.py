"""Control characters and bidi overrides from a manuscript never reach an output raw.

A note that stops mid-sentence is quoted in its finding (N105), so a manuscript can put an
ESC sequence that retitles the terminal (``\\x1b]0;…\\x07``), a C1 control (0x9B, the
8-bit CSI) and a right-to-left override (U+202E) into every report. Each reporter must
show them as ``⟨U+…⟩`` instead.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.commands.resolve import table
from citecheck.display import HIDDEN, json_dumps, visible
from citecheck.engine import LintResult
from citecheck.model import Resolution
from citecheck.reporters import get_reporter
from citecheck.reporters.html import render_file
from tests.helpers import lint_text

HOSTILE = "evil \x1b]0;pwned\x07 \x9b31m \u202etxet \u2066x\u2069 and"
MANUSCRIPT = f"A claim.1 Another claim.2\n\nNotes\n\n1 See the {HOSTILE}\n2 Cliff, 1974.\n"
SHOWN = ("⟨U+001B⟩", "⟨U+0007⟩", "⟨U+009B⟩", "⟨U+202E⟩", "⟨U+2066⟩", "⟨U+2069⟩")


def _raw_hidden(text: str) -> list[str]:
    """The hidden characters left raw in an output, but for the line breaks it may hold."""
    return sorted({f"U+{ord(c):04X}" for c in text if ord(c) in HIDDEN and c not in "\r\n"})


@pytest.fixture(scope="module")
def result() -> LintResult:
    file = lint_text(MANUSCRIPT, "ALL")
    assert any(f.code == "N105" and "\x1b" in f.message for f in file.findings), (
        "the fixture must quote the hostile note in a finding"
    )
    return LintResult((file,))


def test_visible_shows_each_hidden_character_as_its_code_point() -> None:
    assert visible("a\x1b[2Jb") == "a⟨U+001B⟩[2Jb"
    assert visible("\u202eabc\u2069") == "⟨U+202E⟩abc⟨U+2069⟩"
    assert visible("x\x9by\x7fz\x00") == "x⟨U+009B⟩y⟨U+007F⟩z⟨U+0000⟩"
    assert visible("line\u2028sep") == "line⟨U+2028⟩sep"
    # Tabs, line breaks (by default) and ordinary non-ASCII text are left alone.
    assert visible("a\tb\nc\r\n“Zbavitelová” — ’") == "a\tb\nc\r\n“Zbavitelová” — ’"
    assert visible("a\nb\rc", keep="") == "a⟨U+000A⟩b⟨U+000D⟩c"


def test_json_dumps_escapes_what_json_leaves_raw_and_parses_back_the_same() -> None:
    value = {"message": HOSTILE, "data": ["\u202e", "\x85", "é"]}
    dumped = json_dumps(value)
    assert not _raw_hidden(dumped)
    assert "\\u202e" in dumped and "\\u0085" in dumped and "é" in dumped
    assert json.loads(dumped) == value


@pytest.mark.parametrize("name", ["text", "json", "github", "sarif"])
def test_reporters_show_the_hostile_note_visibly(result: LintResult, name: str) -> None:
    out = get_reporter(name)(result)
    assert not _raw_hidden(out), f"{name} output carries raw {_raw_hidden(out)}"
    for shown in SHOWN:
        assert shown in out, f"{name} output lacks {shown}"


def test_text_output_is_one_line_per_finding_whatever_the_message(result: LintResult) -> None:
    file = result.files[0]
    finding = next(f for f in file.findings if f.code == "N105")
    forged = replace(finding, message="a\nb.txt:1:1: E999 forged")
    lines = get_reporter("text")(LintResult((replace(file, findings=(forged,)),))).splitlines()
    assert len(lines) == 2  # the finding and the summary
    assert "⟨U+000A⟩b.txt:1:1: E999 forged" in lines[0]


def test_json_keeps_data_exact_and_messages_visible(result: LintResult) -> None:
    document = json.loads(get_reporter("json")(result))
    messages = [f["message"] for f in document["files"][0]["findings"]]
    assert any("⟨U+202E⟩" in m for m in messages)
    assert not any("\u202e" in m for m in messages)


def test_paths_with_control_characters_are_shown_visibly(result: LintResult) -> None:
    file = result.files[0]
    renamed = LintResult((replace(file, path="ms\x1b[31m.txt"),))
    for name in ("text", "github"):
        out = get_reporter(name)(renamed)
        assert "\x1b" not in out
        assert "ms⟨U+001B⟩[31m.txt" in out
    sarif = json.loads(get_reporter("sarif")(renamed))
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert "%1B" in uri["artifactLocation"]["uri"]


def test_html_report_marks_each_hidden_character_and_hides_none(result: LintResult) -> None:
    page = render_file(result.files[0])
    assert not _raw_hidden(page)
    for shown in SHOWN:
        assert f'<span class="ctl" title="control character {shown}">{shown}</span>' in page
    assert "<title>" in page and "\x1b" not in page


def test_html_attributes_show_hidden_characters_as_text() -> None:
    # Every value the template writes goes through the environment's `finalize`; a span
    # cannot stand in an attribute, so there the code point is plain text.
    from citecheck.reporters.html import _environment

    page = (
        _environment().from_string('<a title="{{ x }}">{{ x|visible }}</a>').render(x="a\u202eb<")
    )
    assert page == (
        '<a title="a⟨U+202E⟩b&lt;">a<span class="ctl" title="control character ⟨U+202E⟩">'
        "⟨U+202E⟩</span>b&lt;</a>"
    )


def test_cli_text_output_never_writes_an_escape_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manuscript = tmp_path / "m.txt"
    manuscript.write_text(MANUSCRIPT, encoding="utf-8")
    code = main(["lint", str(manuscript), "--select", "ALL"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out
    assert "⟨U+001B⟩]0;pwned⟨U+0007⟩" in out


def test_resolve_table_cells_are_visible_and_one_line() -> None:
    hostile = Resolution(
        citation="Cl\x1b]0;x\x07iff, 1974",
        status="confirmed",
        work_key="/works/OL1W",
        title="State\u202e Capitalism\nin Russia",
        authors=("Tony\x9b Cliff",),
    )
    lines = table([hostile])
    assert len(lines) == 2  # the header and one row
    row = lines[1]
    assert not _raw_hidden(row) and "\n" not in row
    assert "Cl⟨U+001B⟩]0;x⟨U+0007⟩iff, 1974" in row
    assert "State⟨U+202E⟩ Capitalism⟨U+000A⟩in Russia" in row
    assert "Tony⟨U+009B⟩ Cliff" in row


def test_extraction_listing_shows_hidden_characters_visibly() -> None:
    from citecheck.reporters.extraction import extraction_view, view_as_text

    file = lint_text(MANUSCRIPT, "ALL")
    assert file.manuscript is not None
    listing = view_as_text(extraction_view(file.manuscript))
    assert not _raw_hidden(listing)
    assert "⟨U+001B⟩]0;pwned⟨U+0007⟩" in listing
