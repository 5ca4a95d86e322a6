"""The note reader's shortcut (issue 17): a note that `cites_nothing` skips the reader, so
100,000 trivial notes stay fast. The shortcut must never drop a work: wherever it says
"nothing", the full reader (`read_note`) must find nothing either, on the corpus notes
made to pass the shortcut and on generated notes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citecheck.extract.note_citations import cites_nothing, note_citations_in, read_note
from citecheck.model import Note, Span
from citecheck.readers import read_bytes
from tests.shared_data import shared_path

# Notes the shortcut must leave to the reader: each holds a sign a reading may start from.
NOT_SKIPPED = [
    "A's review of the book, 1999.",  # a one-letter writer's possessive: REVIEW
    "de A 12.",  # a particle and a one-letter name: a person
    "see Ab, 12.",  # a capitalised word of two letters
    "a note on Žižek.",  # a capital of another alphabet
    "a note on дом and Дом.",  # Cyrillic
    "ibid., 12.",  # Ibid. needs no capital
    "ebd., s. 267.",
    "see *capital*, 12.",  # a marked title
    "see _capital_, 12.",
    "see “on the question,” 12.",
    'see "on the question," 12.',
    "available at www.example.org.",  # an address
    "see https://example.org/a.",
    "see ⟨link⟩.",
    "A, b note.",  # the opening capital not followed by a space
    "Id. at 5.",
]

# Notes the shortcut skips: no capital but a one-letter opening word, no marks, no address.
SKIPPED = [
    "a note on abc.",
    "A note on abc.",
    "see pp. 12-14; cf. vol. 2, 1999.",
    "op. cit., 12.",
    "I think so, by and large.",
]


@pytest.mark.parametrize("text", NOT_SKIPPED)
def test_a_note_with_a_sign_of_a_citation_is_read(text: str) -> None:
    assert not cites_nothing(text)


@pytest.mark.parametrize("text", SKIPPED)
def test_a_note_without_any_sign_of_a_citation_is_skipped(text: str) -> None:
    assert cites_nothing(text)
    assert read_note(text, 1) == []


def test_the_shortcut_gives_what_the_reader_gives_on_a_note_it_keeps() -> None:
    text = "de A 12."  # the reader reads a one-letter surname after a particle
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    assert note_citations_in(text, note) == read_note(text, 1)
    assert [c.pages for c in read_note(text, 1)] == ["12"]


# A title's marks, dropped from a note to make it one the shortcut skips.
_UNMARKED = str.maketrans("", "", '*_“”"')


def _lowered_corpus_notes() -> list[str]:
    """Every note of the Platypus articles in lower case, with and without its titles'
    marks, and again opened by "A ": real note grammar (cues, pages, imprints, op. cit.)
    with nothing capitalised."""
    folder = shared_path("corpus", "platypus")
    notes = []
    for path in sorted(folder.glob("*.md")):
        source = read_bytes(str(path), path.read_bytes())
        for note in source.notes:
            text = source.masked[note.text_span.start : note.text_span.end].lower()
            unmarked = text.translate(_UNMARKED)
            notes.extend((text, "A " + text, unmarked, "A " + unmarked))
    return notes


def test_the_reader_finds_nothing_in_any_note_the_shortcut_skips() -> None:
    skipped = [text for text in _lowered_corpus_notes() if cites_nothing(text)]
    assert len(skipped) > 2000  # the property is tried on real notes, not on a handful
    kept = [text for text in skipped if read_note(text, 1)]
    assert kept == []


# Words the reader acts on, in lower case: cues, particles, locators, joining words.
_WORDS = st.sampled_from(
    "see also cf. by in from quoted cited and de la van der op. cit. loc. p. pp. vol. no. "
    "ed. trans. review of letter to the a i 1999 2015 12 45-47 xvi".split()
)
_PUNCTUATION = st.sampled_from([" ", ", ", ". ", "; ", ": ", " (", ") ", " [", "] ", "'s ", "’ "])


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    st.lists(st.tuples(_WORDS, _PUNCTUATION), min_size=1, max_size=14),
    st.sampled_from(["", "A ", "I "]),
)
def test_generated_notes_the_shortcut_skips_cite_nothing(parts, opening) -> None:
    text = opening + "".join(word + gap for word, gap in parts)
    if cites_nothing(text):
        assert read_note(text, 1) == []
