"""Classes of the seeded defects' misses and clean-document false findings (issue 11).

Each class of `bench/note_accuracy.py --seed-misses` fixed on branch `seed11` has rows of
our own here: a note, a works-cited list as `bench/note_seeding.py` builds it ("Names,
*Title*, Year.", an unsigned work by its title), and what the rules must say. Half the rows
are negatives: the same shape where the finding is right (another work, another person,
the entry really missing).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citecheck.extract.note_citations import read_note
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


def document_rows_tests(rows: list[tuple]) -> tuple[Callable, Callable]:
    """The two tests a table of document rows (kind, notes, entries, rule, the notes
    reported) owes: each row's findings, and a balance of at least half silent rows and a
    third reporting ones. A module binds them to its own test names, so pytest collects
    them there."""

    @pytest.mark.parametrize(
        ("kind", "notes", "entries", "rule", "reported"), rows, ids=[r[0] for r in rows]
    )
    def each_row(
        kind: str, notes: list[str], entries: list[str], rule: str, reported: list[int]
    ) -> None:
        assert findings(document(notes, entries), rule) == reported

    def balance() -> None:
        silent = sum(1 for row in rows if not row[4])
        assert 2 * silent >= len(rows) and 3 * (len(rows) - silent) >= len(rows)

    return each_row, balance


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
SLATER = "Slater, *Origin and Significance of the Frankfurt School*, 1977."
SLATER_FULL = (
    "Phil Slater, *Origin and Significance of the Frankfurt School* (London: Routledge, 1977), 66."
)
CAPITAL = "Marx, *Capital*, 1976."
CAPITAL_FULL = "Karl Marx, *Capital*, vol. 1 (London: Penguin, 1976), 12."
GAMBERG = "Gamberg, *Anarchism through Bakunin: A Marxist Assessment*, 2014."
GAMBERG_FULL = "Herb Gamberg, “Anarchism through Bakunin: A Marxist Assessment,” *Platypus Review* 64 (March 2014)."
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
    # a short form in brackets after a quotation in a note
    ("a short form after a quotation, no full form", ["The formula: > It becomes an automatic subject (Marx, *Capital*, 255 *emphasis added*)."], [CAPITAL], "short-form-before-full", [4]),
    ("a short form after a quotation, its full form first", [CAPITAL_FULL, "The formula: > It becomes an automatic subject (Marx, *Capital*, 255)."], [CAPITAL], "short-form-before-full", []),
    ("a work's name and a year in brackets", ["The Commune (Paris, 1871) is the model."], [CAPITAL], "short-form-before-full", []),
    ("a surname and a title without a page in brackets", ["As he said (Lenin, *Collected Works*)."], ["Lenin, *Collected Works*, 1960."], "short-form-before-full", []),
    # a surname and a page in brackets in an unread note's prose, its full form deleted
    ("a surname and a page in brackets, no full form", ["The reverse was true: > Korsch [was] bitter about the “metaphysician Horkheimer” (Slater, 73--74)."], [SLATER], "short-form-before-full", [4]),
    ("a surname and a page in brackets after the full form", [SLATER_FULL, "The reverse was true: > Korsch [was] bitter about the “metaphysician Horkheimer” (Slater, 73--74)."], [SLATER], "short-form-before-full", []),
    ("a place and a year in brackets", ["The model was the Commune (Paris, 1871), not the party."], ["Paris, *A Book*, 1999."], "short-form-before-full", []),
    ("an unlisted name and a page in brackets", ["He was bitter about it (Horkheimer, 74)."], [SLATER], "short-form-before-full", []),
    # a first citation without details whose title is a listed main title, its subtitle left out
    ("the main title without its subtitle, no full form", ["Herb Gamberg, “Anarchism through Bakunin.”"], [GAMBERG], "short-form-before-full", [4]),
    ("the main title after the full form", [GAMBERG_FULL, "Herb Gamberg, “Anarchism through Bakunin.”"], [GAMBERG], "short-form-before-full", []),
    ("a whole title ending in a question mark", ["Slavoj Žižek, “Can Lenin Tell Us About Freedom Today?” Available online at: <http://www.lacan.com/freedom.htm>."], ["Žižek, *Can Lenin Tell Us About Freedom Today?*, 2002."], "short-form-before-full", []),
    ("a title read cut short, its details written", ["Kim Willsher, \"Paris Protest: \"People are in the red. They can't afford to eat,\" *The Guardian,* November 24, 2018, <https://www.theguardian.com/world/2018/nov/24/paris>."], ["Willsher, *Paris Protest: \"People are in the red. They can't afford to eat*, 2018."], "short-form-before-full", []),
    ("the whole title, no subtitle listed", ["Herb Gamberg, “Anarchism through Bakunin.”"], ["Gamberg, *Anarchism through Bakunin*, 2014."], "short-form-before-full", []),
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
    """Rows where the rule must say nothing and rows where it must report, both in number."""
    rows = [(r[4]) for r in ROWS] + [r[2] for r in BODY] + [r[2] for r in CONTRIBUTORS]
    silent = sum(1 for said in rows if not said)
    assert 3 * silent >= len(rows) and 3 * (len(rows) - silent) >= len(rows)


# A symposium's contributors after "with contributions by" are no authors of the journal
# after them; a work "by" its author in prose still is read.
CONTRIBUTORS = [
    ("a symposium's contributors", "My views in “Symposium on Lars Lih's *Lenin Rediscovered*,” with contributions by Paul Blackledge, Ronald Grigor Suny, and Lars T. Lih, *Historical Materialism* 18.3 (2010), 25--174.", []),
    ("one contribution's author", "A volume with a contribution by Paul Blackledge, *Historical Materialism* 18.3 (2010), 25--174.", []),
    ("a work by its author in prose", "As argued by Paul Blackledge, *Reflections on the Marxist Theory of History* (Manchester: Manchester University Press, 2006), 12.", ["Blackledge"]),
    ("a work by its authors in prose", "The point is made by Paul Blackledge and Neil Davidson, *Alasdair MacIntyre's Engagement with Marxism* (Leiden: Brill, 2008), 4.", ["Blackledge", "Davidson"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "note", "authors"), CONTRIBUTORS, ids=[r[0] for r in CONTRIBUTORS]
)
def test_contributors_are_no_authors(kind: str, note: str, authors: list[str]) -> None:
    read = read_note(note, 1)
    assert [a.surname for c in read for a in c.authors] == authors


# A second work after the first's pages, by two co-authors: ", and Given Surname and Given
# Surname, “Title,”" opens it; two names in prose after the pages do not.
SECOND_WORKS = [
    ("a second work by two co-authors", "See Fathiyeh Naghibzadeh and Andreas Benl “Nachholende Säkularisierung,” in *Iran im Weltsystem*, eds. Grigat and Hartmann, 28, and Fathiyeh Naghibzadeh and Andreas Benl, “The Peace Train,” *Jerusalem Post*, April 16, 2012.", ["Nachholende Säkularisierung", "The Peace Train"]),
    ("a second work by one author", "Karl Marx, *Capital*, vol. 1 (London: Penguin, 1976), 12, and Perry Anderson, *Considerations on Western Marxism* (London: Verso, 1979).", ["Capital", "Considerations on Western Marxism"]),
    ("two names in prose after the pages", "Karl Marx, *Capital*, vol. 1 (London: Penguin, 1976), 12, and Marx and Engels, who wrote it together, agreed.", ["Capital"]),
    ("two names and a lower-case word after the pages", "Karl Marx, *Capital*, vol. 1 (London: Penguin, 1976), 12, and Friedrich Engels and Karl Kautsky, in their letters, agreed.", ["Capital"]),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "note", "titles"), SECOND_WORKS, ids=[r[0] for r in SECOND_WORKS])
def test_a_second_work_by_co_authors(kind: str, note: str, titles: list[str]) -> None:
    assert [c.title for c in read_note(note, 1)] == titles
