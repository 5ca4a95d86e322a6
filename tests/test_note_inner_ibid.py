"""An Ibid. inside a note's running text ("(ibid., 63)", "with the editors' reply, ibid.,
121–24", "zit. nach ebd., S. 301", "(αυτόθι, σ. 12)") is read as an Ibid. with its page
(Chicago 14.34: ibid. within one note; German "ebd." in a bracket). Rows where it must be
read and rows where nothing may be read (a journal's "ibid., no. 14", a year, no page, a
word that only contains the letters); and the rule: an Ibid. after a work cited earlier in
its own note, or after its writer named in its sentence, refers to that work. Every writer
and title is invented."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import findings, manuscript

PIKE = "Harold Pike, *War and Reform* (London: Pluto, 1982), 3."
TWO = (
    "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9; "
    "Harold Pike, *War and Reform* (London: Pluto, 1982), 3."
)


def readings(*notes: str) -> list[tuple[int, str, str]]:
    source = read_bytes("m.md", manuscript(*notes).encode())
    built = build_manuscript(source, figures=False)
    return [(c.note, c.form, c.pages) for c in built.note_citations]


# (note text, the pages of the Ibid. read inside it)
READ = [
    (
        'Gilbert Fenwick, "Letter to the Editors," *Dissenter*, no. 7 (Winter 1958–59): '
        "118–21, with the editors’ reply, ibid., 121–24.",
        "121–24",
    ),
    (
        "Morris Bell, “The Prairies,” in *Prairie State*, ed. Paul Angle (Chicago: University "
        "of Chicago Press, 1968), 62. “The soil is a rich, cool sand” (ibid., 63).",
        "63",
    ),
    (
        "Ebd. Zudem schrieb Pike: „Es ist so weit gekommen“ (Brief an Weber vom 02.06.1941, "
        "zit. nach ebd., S. 301).",
        "S. 301",
    ),
    ("Pike räumt das selbst ein (ebd., p. 12), hält es aber für einen Vorzug.", "p. 12"),
    ("Ο Πάικ το παραδέχεται (αυτόθι, σ. 12).", "σ. 12"),
]

# notes in which no Ibid. may be read inside the text
NOT_READ = [
    'Cf. idem, "The Left and the War," ibid., no. 14 (1983): 21–40.',  # the journal
    "Pike räumt das selbst ein (ebd.), hält es aber für einen Vorzug.",  # no page
    "Pike kam 1931 nach Berlin, wo er ebd., 1932, heiratete.",  # a year, not a page
    "Die Ibidem-Frage stellte Pike in Berlin, 12 Jahre später.",  # a word, no mark
    "Pike wohnte ebenda in Berlin, Nr. 12 der Liste.",  # prose, no page after the mark
    "The reviewer, ibid-minded, counted 63 errors.",  # no mark
    "Das steht so in Berlin, ebd., S. 4.",  # a place before it: a named back-reference's shape
]


@pytest.mark.parametrize(("text", "pages"), READ)
def test_inner_ibid_is_read(text: str, pages: str) -> None:
    inner = [(form, p) for note, form, p in readings(PIKE, text) if note == 2 and form == "ibid"]
    assert inner[-1:] == [("ibid", pages)]


@pytest.mark.parametrize("text", NOT_READ)
def test_no_inner_ibid_without_a_page(text: str) -> None:
    found = [(form, p) for note, form, p in readings(PIKE, text) if note == 2]
    assert ("ibid", "") not in found
    assert not [f for f, p in found if f == "ibid" and p]


# (the note after TWO): the Ibid. refers to a work of its own note, or to the writer its
# sentence names; no finding
CLEAR = [
    "As Pike argues in *War and Reform* (1982), the state yields (ibid., 63).",
    "Pike räumt das selbst ein (ebd., S. 12), hält es aber für einen Vorzug.",
    "Haldane grants it himself (ibid., 12).",
]

# still ambiguous: the sentence names no writer, or both
AMBIGUOUS = [
    "Das räumt er selbst ein (ebd., S. 12), hält es aber für einen Vorzug.",
    "Both Haldane and Pike grant it (ibid., 12).",
    "Ibid., 12.",
]


@pytest.mark.parametrize("text", CLEAR)
def test_ibid_inside_a_note_with_a_clear_referent(text: str) -> None:
    assert findings(manuscript(TWO, text), "ambiguous-ibid") == []


@pytest.mark.parametrize("text", AMBIGUOUS)
def test_ibid_inside_a_note_still_ambiguous(text: str) -> None:
    assert [f.data["note"] for f in findings(manuscript(TWO, text), "ambiguous-ibid")] == [2]
