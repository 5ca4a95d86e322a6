"""A listed work read with another name for its author (issue 11).

Second table: the listed writer named in the note away from the title, another person's
name right before it ("Anton Weyrich, answering Ruth Bell, *The Iron Calendar* …", "So
Harald Quendt, zitiert nach Karl Stieber: *Die Spaltung der Weber* …"): the citation gives
the entry's title whole and no other year, so it cites that entry. The direction came from
counts of the written check half (false missing-references whose reading fits no truth
citation, the truth's writer named in the note outside the citation read); no note of it
was read.

Every note and entry is written for this table (invented writers and titles). A note that
opens with a translator, an editor or a preface's writer ("Ruth Bell, trans., *The Iron
Calendar*, by Anton Weyrich (London: Harwood, 1976)", "Karl Stieber (Hg.): Harald Quendt,
*Die Spaltung der Weber* …") was read as that person's work and matched no entry: a false
missing-reference on a clean document. When no entry fits the reading, the entry whose
first author's surname and whole title the citation's own text writes is the work cited
(the reading's names and year are not trusted for a difference either). The negatives must
still be reported: the entry removed, another writer's work that names the listed one
("Ruth Bell, *Translating Weyrich* …, on Anton Weyrich's *The Iron Calendar*"), a second
work of the note whose title holds the listed one's, a review (its reviewer's work, Chicago
14.215), and another writer's book of the same title.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

WEYRICH = "Weyrich, Anton. *The Iron Calendar*. Translated by Ruth Bell. London: Harwood, 1976."
QUENDT = "Quendt, Harald: Die Spaltung der Weber. Frankfurt a. M.: Lorbeer 1978."

# (case, note, its entry): no finding with the entry, missing-reference without it
LISTED = [
    ("a translator first", "Ruth Bell, trans., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), 88.", WEYRICH),
    ("an editor first", "Karl Stieber, ed., *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), 88.", WEYRICH),
    ("a German editor first", "Karl Stieber (Hg.): Harald Quendt, *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978, S. 12.", QUENDT),
    ("a foreword's writer first", "Ruth Bell, foreword to *The Iron Calendar*, by Anton Weyrich (London: Harwood, 1976), xii.", WEYRICH),
]  # fmt: skip

# (case, note): reported although the list holds Weyrich's book
OTHER_WORKS = [
    ("another work naming the listed one", "Ruth Bell, *Translating Weyrich* (London: Harwood, 1990), on Anton Weyrich’s *The Iron Calendar*, 12."),
    ("a second work whose title holds the listed one's", "Anton Weyrich, *The Iron Calendar* (London: Harwood, 1976), 88; Ruth Bell, *Translating The Iron Calendar* (London: Harwood, 1990), 12."),
    ("a review", "Ruth Bell, review of *The Iron Calendar*, by Anton Weyrich, *Harbour Review* 4 (1977): 12."),
    ("another writer's book of that title", "Ruth Bell, *The Iron Calendar* (Leeds: Fenwick, 1990), 12."),
]  # fmt: skip


PAPALEXIOU = "Παπαλεξίου, Γιάννης. *Η πόλη και το λιμάνι*. Αθήνα: Κάλβος, 1991."

# (case, note, its entry): the writer named in the note, another name before the title
NAMED_IN_NOTE = [
    ("English, answering", "Anton Weyrich, answering Ruth Bell, *The Iron Calendar* (London: Harwood, 1976), 88.", WEYRICH),
    ("English, with a preface", "Anton Weyrich, with a preface by Ruth Bell, *The Iron Calendar* (London: Harwood, 1976), 88.", WEYRICH),
    ("English, quoting", "So Anton Weyrich, quoting Ruth Bell: *The Iron Calendar* (London: Harwood, 1976), 88.", WEYRICH),
    ("German, zitiert nach", "So Harald Quendt, zitiert nach Karl Stieber: *Die Spaltung der Weber*. Frankfurt a. M.: Lorbeer 1978, S. 12.", QUENDT),
    ("German, über", "Harald Quendt, im Kapitel über Karl Stieber, *Die Spaltung der Weber*, Frankfurt a. M.: Lorbeer 1978, S. 12.", QUENDT),
    ("Greek, παραθέτοντας", "Ο Γιάννης Παπαλεξίου, παραθέτοντας τον Νίκο Δρόσο, *Η πόλη και το λιμάνι* (Αθήνα: Κάλβος, 1991), σ. 23.", PAPALEXIOU),
]  # fmt: skip

# (case, note): the listed writer named, but the work cited is another's: still missing
NAMED_BUT_OTHER = [
    ("a sequel's title", "Anton Weyrich, answering Ruth Bell, *The Iron Calendar Revisited* (London: Harwood, 1990), 8."),
    ("another year", "Anton Weyrich, answering Ruth Bell, *The Iron Calendar* (Leeds: Fenwick, 1990), 8."),
    ("another writer's work on him", "On Anton Weyrich, see Ruth Bell, *Calendars and Harvests* (Leeds: Fenwick, 1990), 12."),
    ("a review naming him", "On Anton Weyrich, see Ruth Bell’s review of *The Iron Calendar*, *Harbour Review* 4 (1977): 12."),
]  # fmt: skip

BODY = "Arbeitsgruppe Weberei, *Kommunismus und Frauenbefreiung*, 2006."


# A body's name misspelt in the note, its right spelling only in the journal's name: a slip
# to report (inconsistent-reference), not a name the note vouches for the entry with.
def test_a_misspelt_writer_named_right_only_in_a_journal_is_still_reported() -> None:
    note = (
        "Arbeitsgruppe Wbeerei (ed.), “Kommunismus und Frauenbefreiung,” *Weberei* 28 (2006): 256."
    )
    text = f"Body text.[^1]\n\n[^1]: {note}\n\n## Works cited\n\n{BODY}\n"
    found = [f.rule for f in lint_text(text, "C101", "C107", name="m.md").findings]
    assert "inconsistent-reference" in found


def _missing(note: str, entries: list[str]) -> list[object]:
    text = (
        f"Body text.[^1]\n\n[^1]: {note}\n\n## Works cited\n\n"
        + "\n\n".join([*entries, "Doe, Jane. *An Unrelated Book*. London: Verso, 2000."])
        + "\n"
    )
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_the_listed_work_is_found_whoever_is_read_first(case: str, note: str, entry: str) -> None:
    assert _missing(note, [entry]) == []


@pytest.mark.parametrize(("case", "note", "entry"), LISTED, ids=[r[0] for r in LISTED])
def test_the_entry_removed_is_missing(case: str, note: str, entry: str) -> None:
    assert _missing(note, []) == [1]


@pytest.mark.parametrize(("case", "note"), OTHER_WORKS, ids=[r[0] for r in OTHER_WORKS])
def test_another_work_is_still_missing(case: str, note: str) -> None:
    assert 1 in _missing(note, [WEYRICH])


@pytest.mark.parametrize(
    ("case", "note", "entry"), NAMED_IN_NOTE, ids=[r[0] for r in NAMED_IN_NOTE]
)
def test_the_writer_named_in_the_note_vouches_for_the_entry(
    case: str, note: str, entry: str
) -> None:
    assert _missing(note, [entry]) == []


@pytest.mark.parametrize(
    ("case", "note", "entry"), NAMED_IN_NOTE, ids=[r[0] for r in NAMED_IN_NOTE]
)
def test_named_in_the_note_the_entry_removed_is_missing(case: str, note: str, entry: str) -> None:
    assert _missing(note, []) == [1]


@pytest.mark.parametrize(("case", "note"), NAMED_BUT_OTHER, ids=[r[0] for r in NAMED_BUT_OTHER])
def test_the_writer_named_vouches_for_no_other_work(case: str, note: str) -> None:
    assert 1 in _missing(note, [WEYRICH])
