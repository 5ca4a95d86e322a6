"""Classes of the seeded defects' misses and clean-document false findings (issue 11).

Each class of `bench/note_accuracy.py --seed-misses` fixed on branch `seed11` has rows of
our own here: a note, a works-cited list as `bench/note_seeding.py` builds it ("Names,
*Title*, Year.", an unsigned work by its title), and what the rules must say. Half the rows
are negatives: the same shape where the finding is right (another work, another person,
the entry really missing).
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

OTHER_NOTES = [
    "Jane Doe, *An Unrelated Book* (London: Verso, 2000), 4.",
    "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: Princeton University Press, 1982), 23.",
    "Moishe Postone, “History and Helplessness,” *Public Culture* 18, no. 1 (2006): 93–110.",
]  # fmt: skip
OTHER_ENTRIES = [
    "Doe, *An Unrelated Book*, 2000.",
    "Abrahamian, *Iran Between Two Revolutions*, 1982.",
    "Postone, *History and Helplessness*, 2006.",
]


def document(notes: list[str], entries: list[str]) -> str:
    """The notes after three detailed full forms (a document that writes its full forms
    with their details), and the list with theirs."""
    every = [*OTHER_NOTES, *notes]
    body = "Body text." + "".join(f" Point.[^{i}]" for i in range(1, len(every) + 1))
    defs = "\n".join(f"[^{i}]: {n}" for i, n in enumerate(every, 1))
    listed = "\n\n".join([*OTHER_ENTRIES, *entries])
    return f"{body}\n\n{defs}\n\n## Works cited\n\n{listed}\n"


def findings(text: str, rule: str) -> list[int]:
    codes = {"missing-reference": "C101", "short-form-before-full": "C105"}
    codes["inconsistent-reference"] = "C107"
    result = lint_text(text, codes[rule], name="m.md")
    return sorted(f.data.get("note") for f in result.findings if f.rule == rule)


LETTER = "Engels to Schmidt, 10/27/1890, in *Selected Correspondence*, 481."
LETTER_ENTRY = (
    "Engels, *The Selected Correspondence of Karl Marx and Friedrick Engels, 1846-1895*, 1942."
)
LETTER_FULL = "Engels to Schmidt, 10/27/1890, in *The Selected Correspondence of Karl Marx and Friedrick Engels, 1846-1895* (Moscow: Progress, 1942), 481."
STAFF = "Women In The World Staff, “Ayaan Hirsi Ali Says Controversial Organizer is a ‘Fake Feminist,’” *Women in the World*, February 2, 2017, <http://example.org/a>."
STAFF_ENTRY = "Women In The World Staff, *Ayaan Hirsi Ali Says Controversial Organizer is a ‘Fake Feminist’*, 2017."
UNSIGNED = "Ben Geier, “Bernie Sanders is a socialist, but he's not a Socialist,” *Fortune*, September 19, 2015 <http://fortune.com/a>; and “Bernie Sanders just answered the biggest question of his campaign,” *Fortune*, November 19, 2015 <http://fortune.com/b>."
UNSIGNED_ENTRY = "*Bernie Sanders just answered the biggest question of his campaign*, 2015."
GEIER_ENTRY = "Geier, *Bernie Sanders is a socialist, but he's not a Socialist*, 2015."
COMMA = "Sidney, Tarrow, *Power in Movement*, (New York: Cambridge University Press, 1994)."
INVERTED = "Healey, Dan, *Homosexual Desire in Revolutionary Russia* (Chicago: University of Chicago Press, 2001)."

EHLERS = "Ehlers and Krafft, *Earth System Science in the Anthropocene*, 2010."
EHLERS_FULL = "Eckhart Ehlers and Thomas Krafft, *Earth System Science in the Anthropocene* (Berlin: Springer, 2010)."
KIOUPKIOLIS = "Kioupkiolis and Katsambekis, *Introduction*, 2014."

# (class, notes, entries, rule, the notes it must report): one row fails before its fix.
ROWS = [
    # a body's name, folded by its last word in the list, written the same in the note
    ("a body's name written alike", [STAFF], [STAFF_ENTRY], "missing-reference", []),
    ("a body's name written alike: no author slip", [STAFF], [STAFF_ENTRY], "inconsistent-reference", []),
    ("a body's entry removed", [STAFF], [], "missing-reference", [4]),
    ("another body's piece of that title", [STAFF], ["Women In The World Editors, *Ayaan Hirsi Ali Says Controversial Organizer is a ‘Fake Feminist’*, 2017."], "missing-reference", [4]),
    # a letter's date is no year of its collection
    ("a letter's date, its collection listed later", [LETTER_FULL, LETTER], [LETTER_ENTRY], "missing-reference", []),
    ("a letter's date: no year slip", [LETTER_FULL, LETTER], [LETTER_ENTRY], "inconsistent-reference", []),
    ("a letter's collection removed", [LETTER_FULL, LETTER], [], "missing-reference", [4, 5]),
    ("a letter's collection of another title", [LETTER], ["Engels, *Anti-Dühring*, 1942."], "missing-reference", [4]),
    # a letter in a collection without its imprint: a short form, its full form first
    ("a letter's collection in short, its full form deleted", [LETTER], [LETTER_ENTRY], "short-form-before-full", [4]),
    ("a letter's collection in short after its full form", [LETTER_FULL, LETTER], [LETTER_ENTRY], "short-form-before-full", []),
    ("a letter's collection with its imprint", [LETTER_FULL], [LETTER_ENTRY], "short-form-before-full", []),
    # a stray comma between a given name and the surname
    ("a stray comma", [COMMA], ["Tarrow, *Power in Movement*, 1994."], "missing-reference", []),
    ("a stray comma, the entry removed", [COMMA], [], "missing-reference", [4]),
    ("a real inversion", [INVERTED], ["Healey, *Homosexual Desire in Revolutionary Russia*, 2001."], "missing-reference", []),
    ("a stray comma, another work of that person", [COMMA], ["Tarrow, *The New Transnational Activism*, 2005."], "missing-reference", [4]),
    # an unsigned work listed by its title, read with the name before it carried on
    ("an unsigned work listed by its title", [UNSIGNED], [GEIER_ENTRY, UNSIGNED_ENTRY], "missing-reference", []),
    ("an unsigned work's entry removed", [UNSIGNED], [GEIER_ENTRY], "missing-reference", [4]),
    ("an unsigned entry of another title", [UNSIGNED], [GEIER_ENTRY, "*Bernie Sanders explains his campaign*, 2015."], "missing-reference", [4]),
    ("the signed work removed, the unsigned one listed", [UNSIGNED], [UNSIGNED_ENTRY], "missing-reference", [4]),
    # two co-authors and a page (or their year and a page), the full form deleted
    ("co-authors and a page, no full form", ["Ehlers and Krafft, 10."], [EHLERS], "short-form-before-full", [4]),
    ("co-authors, their year and a page, no full form", ["Kioupkiolis and Katsambekis, (2014): 3."], [KIOUPKIOLIS], "short-form-before-full", [4]),
    ("co-authors and a page after the full form", [EHLERS_FULL, "Ehlers and Krafft, 10."], [EHLERS], "short-form-before-full", []),
    ("co-authors not listed together", ["Ehlers and Krafft, 10."], ["Ehlers, *Earth System Science in the Anthropocene*, 2010."], "short-form-before-full", []),
    ("co-authors with a year not listed", ["Kioupkiolis and Katsambekis, (2015): 3."], [KIOUPKIOLIS], "short-form-before-full", []),
    ("two names without a page", ["Ehlers and Krafft."], [EHLERS], "short-form-before-full", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "notes", "entries", "rule", "reported"), ROWS, ids=[r[0] for r in ROWS]
)
def test_seeded_class(
    kind: str, notes: list[str], entries: list[str], rule: str, reported: list[int]
) -> None:
    assert findings(document(notes, entries), rule) == reported


# A doctrine or movement with its year in the body ("(Proudhonism, 1871)") is no citation;
# a person's name and year there is.
BODY = [
    ("a doctrine and its year", "Complete fiasco of the experiments (Proudhonism, 1871; Bakuninism, 1873).", []),
    ("a German doctrine and its year", "Die Krise des Marxismus (Revisionismus, 1899).", []),
    ("a person and a year", "Complete fiasco of the experiments (Proudhon, 1871).", ["Proudhon"]),
    ("a name ending like a doctrine's stem", "As argued before (Prism, 1999).", ["Prism"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "body", "authors"), BODY, ids=[r[0] for r in BODY])
def test_a_doctrine_is_no_author(kind: str, body: str, authors: list[str]) -> None:
    text = f"{body}\n\n## References\n\nDoe, J. (2000). *A Book*. Verso.\n"
    result = lint_text(text, "C101", name="m.md")
    cited = [a.surname for c in result.manuscript.citations for a in c.authors]
    assert cited == authors


def test_the_rows_hold_both_ways() -> None:
    negatives = [r for r in ROWS if r[4]] + [r for r in BODY if r[2]]
    assert 2 * len(negatives) >= len(ROWS) + len(BODY) - 4
