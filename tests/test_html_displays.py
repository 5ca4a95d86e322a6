"""Images in a page: their alt text is shown, and a note announcing a display (a colon,
then a block of images) runs on over it, as the text edition's note does."""

from __future__ import annotations

from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes

NOTE = '<p class="fn"><a href="#ft01">1</a><a name="fn01"></a>{text}</p>\n'
PAGE = (
    '<html><body><p>Body text with a call.<a class="fn" href="#fn01" name="ft01">1</a></p>\n'
    "{notes}<p>More body text after the note, ending here.</p></body></html>"
)
DISPLAY = '<p class="central"><img src="m.png" alt="[Illustration: De profundis]"></p>\n'


def read(notes: str):
    return read_bytes("page.html", PAGE.format(notes=notes).encode("utf-8"))


def note_text(source) -> str:
    (note,) = source.notes
    return note.text_span.slice(source.text)


def n105(source) -> list[str]:
    return [f.code for f in lint_source(source, LintOptions(select=("N105",))).findings]


def test_a_note_ending_with_a_colon_runs_on_over_the_display_it_announces():
    source = read(NOTE.format(text="sung at that time:") + DISPLAY)
    assert note_text(source) == "sung at that time:\n\n[Illustration: De profundis]"
    assert n105(source) == []


def test_without_the_display_the_note_still_stops_mid_sentence():
    source = read(NOTE.format(text="sung at that time:"))
    assert note_text(source) == "sung at that time:"
    assert n105(source) == ["N105"]


def test_a_note_ending_with_a_full_stop_does_not_take_the_image_after_it():
    source = read(NOTE.format(text="A finished note.") + DISPLAY)
    assert note_text(source) == "A finished note."


def test_a_note_followed_by_text_does_not_take_it():
    source = read(NOTE.format(text="as follows:") + "<p>Body text, no image.</p>\n")
    assert note_text(source) == "as follows:"


def test_alt_text_is_shown_outside_a_figure_and_not_beside_its_caption():
    page = (
        '<html><body><p>Before <img alt="a plan of the hall"> after.</p>'
        '<figure><img alt="caption twice"><figcaption>The caption</figcaption></figure>'
        "</body></html>"
    )
    source = read_bytes("page.html", page.encode("utf-8"))
    assert "Before a plan of the hall after." in source.text
    assert "caption twice" not in source.text
    assert "The caption" in source.text
