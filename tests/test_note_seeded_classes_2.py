"""Classes of the seeded short-form misses, second round (issue 11, branch `sf12`).

With a work's full form deleted, its first short form must be read short and reported by
`short-form-before-full`. Each class fixed on this branch has rows of our own: a German or
Greek short form with given names (the page "S. 41", "σ. 41", a title in „…“ or «…»), a
German page range "S. 41 ff.", and a surname, a title and a year alone ("Trotzki, Literatur
und Revolution (1994), S. 41."); and a translator named after a surname and a title, which
no short form gives ("Nietzsche, *On the Advantage …*, trans. Peter Preuss."). Half the rows are negatives: a full form with no page that
stays full, a work mentioned in prose, a first citation in author-year style in a document
with a reference list, the short form after its full form, a document whose full forms are
written with a year alone. The works-cited list is built as `bench/note_seeding.py` builds
it ("Names, *Title*, Year.").
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

# Three full forms with their details: a document that writes its full forms so.
DETAILED = [
    "Jane Doe, *An Unrelated Book* (London: Verso, 2000), 4.",
    "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: Princeton University Press, 1982), 23.",
    "Moishe Postone, “History and Helplessness,” *Public Culture* 18, no. 1 (2006): 93–110.",
]  # fmt: skip
DETAILED_ENTRIES = [
    "Doe, *An Unrelated Book*, 2000.",
    "Abrahamian, *Iran Between Two Revolutions*, 1982.",
    "Postone, *History and Helplessness*, 2006.",
]
# A document whose full forms give a year alone ("Surname, *Title* (Year), page").
YEAR_ALONE = [
    "Doe, *An Unrelated Book* (2000), 4.",
    "Abrahamian, *Iran Between Two Revolutions* (1982), 23.",
    "Postone, “History and Helplessness” (2006), 93.",
]

TROTZKI = "Trotzki, *Literatur und Revolution*, 1994."
TROTZKI_FULL = "Leo Trotzki: Literatur und Revolution. Essen: Arbeiterpresse 1994, S. 79f."
TROTSKY_EL = "Τρότσκι, *Λογοτεχνία και επανάσταση*, 1994."
TROTSKY_EL_FULL = "Λέων Τρότσκι, Λογοτεχνία και επανάσταση, Εκδόσεις Κ, Αθήνα 1994, σ. 12."
ZIZEK = "Žižek, *Trouble in Paradise*, 2013."
ZIZEK_FULL = "Slavoj Žižek, “Trouble in Paradise,” *London Review of Books* 35, no. 14 (July 18, 2013): 11–12."

# (class, notes after the first ones, entries, the notes reported; the first notes)
ROWS = [
    # a Greek page "σ." after a given-name title: the title ends there, a place in the work
    ("el: given names, a plain title and σ. 41, no full form", ["Λέων Τρότσκι, Λογοτεχνία και επανάσταση, σ. 41."], [TROTSKY_EL], [4], DETAILED),
    ("el: given names, «title» and σ. 41, no full form", ["Λέων Τρότσκι, «Λογοτεχνία και επανάσταση», σ. 41."], [TROTSKY_EL], [4], DETAILED),
    ("el: given names and a title with no page stay full", ["Λέων Τρότσκι, Λογοτεχνία και επανάσταση."], [TROTSKY_EL], [], DETAILED),
    ("el: a volume τόμ. before σ. 41, no full form", ["Λέων Τρότσκι, Λογοτεχνία και επανάσταση, τόμ. 2, σ. 41."], [TROTSKY_EL], [4], DETAILED),
    ("el: a volume before the page after its full form", [TROTSKY_EL_FULL, "Λέων Τρότσκι, «Λογοτεχνία και επανάσταση», τ. 2, σσ. 41-43."], [TROTSKY_EL], [], DETAILED),
    ("el: the short form after its full form", [TROTSKY_EL_FULL, "Λέων Τρότσκι, Λογοτεχνία και επανάσταση, σ. 41."], [TROTSKY_EL], [], DETAILED),
    # a German title in „…“ after given names, then "S. 41"
    ("de: given names, „title“ and S. 41, no full form", ["Leo Trotzki: „Literatur und Revolution“, S. 41."], [TROTZKI], [4], DETAILED),
    ("de: given names and „title“ with no page stay full", ["Leo Trotzki: „Literatur und Revolution“."], [TROTZKI], [], DETAILED),
    ("de: „title“ and S. 41 after its full form", [TROTZKI_FULL, "Leo Trotzki: „Literatur und Revolution“, S. 41."], [TROTZKI], [], DETAILED),
    # a German page and "ff." apart: "S. 41 ff."
    ("de: a plain short title and S. 41 ff., no full form", ["Trotzki, Literatur und Revolution, S. 41 ff."], [TROTZKI], [4], DETAILED),
    ("de: S. 41 ff. after its full form", [TROTZKI_FULL, "Trotzki, Literatur und Revolution, S. 41 ff."], [TROTZKI], [], DETAILED),
    ("de: a place then S. 41 ff. is no short form", ["Paris, S. 41 ff."], [TROTZKI], [], DETAILED),
    # a surname, a title and a year alone, then a page
    ("de: a surname, a title, the year and S. 41, no full form", ["Trotzki, Literatur und Revolution (1994), S. 41."], [TROTZKI], [4], DETAILED),
    ("a surname, a quoted title, the year and a page, no full form", ["Žižek, “Trouble in Paradise” (2013), 12."], [ZIZEK], [4], DETAILED),
    ("a surname, a title and the year after its full form", [ZIZEK_FULL, "Žižek, “Trouble in Paradise” (2013)."], [ZIZEK], [], DETAILED),
    ("a surname, a title and the year with no page stay full", ["Žižek, “Trouble in Paradise” (2013)."], [ZIZEK], [], DETAILED),
    ("given names, a title, the year and a page stay full", ["Slavoj Žižek, “Trouble in Paradise” (2013), 12."], [ZIZEK], [], DETAILED),
    ("full forms here give a year alone", ["Žižek, “Trouble in Paradise” (2013), 12."], [ZIZEK], [], YEAR_ALONE),
    ("a chapter's book and imprint after the year", ["Adorno, “Progress” (1962), in *Critical Models*, trans. Henry W. Pickford (New York: Columbia University Press, 1998), 143."], ["Adorno, *Critical Models*, 1998."], [], DETAILED),
    ("a work mentioned in prose with its year", ["As Žižek argued in “Trouble in Paradise” (2013), the crowd was not the point."], [ZIZEK], [], DETAILED),
    # a translator named after the title: a first citation lacking its imprint, no short form
    ("a surname, a title and its translator", ["Nietzsche, *On the Advantage and Disadvantage of History for Life*, trans. Peter Preuss."], ["Nietzsche, *On the Advantage and Disadvantage of History for Life*, 1980."], [], DETAILED),
    ("de: a surname, a title and its translator", ["Trotzki: Literatur und Revolution. Übers. v. Eugen Schäfer."], [TROTZKI], [], DETAILED),
    ("a translation modified after the page is a short form's remark", ["Marx, *Capital*, 41, trans. modified."], ["Marx, *Capital*, 1976."], [4], DETAILED),
    ("a first citation in author-year style with a reference list", ["Trotzki (1994), S. 41."], [TROTZKI], [], DETAILED),
]  # fmt: skip


def document(notes: list[str], entries: list[str], first: list[str]) -> str:
    every = [*first, *notes]
    body = "Body text." + "".join(f" Point.[^{i}]" for i in range(1, len(every) + 1))
    defs = "\n".join(f"[^{i}]: {n}" for i, n in enumerate(every, 1))
    first_entries = DETAILED_ENTRIES
    listed = "\n\n".join([*first_entries, *entries])
    return f"{body}\n\n{defs}\n\n## Works cited\n\n{listed}\n"


def reported(text: str) -> list[int]:
    result = lint_text(text, "C105", name="m.md")
    return sorted(f.data.get("note") for f in result.findings if f.rule == "short-form-before-full")


@pytest.mark.parametrize(
    ("kind", "notes", "entries", "expected", "first"), ROWS, ids=[r[0] for r in ROWS]
)
def test_short_form_class(
    kind: str, notes: list[str], entries: list[str], expected: list[int], first: list[str]
) -> None:
    assert reported(document(notes, entries, first)) == expected


def test_the_rows_hold_both_ways() -> None:
    """As many rows where the rule must keep quiet as rows where it must report, or more."""
    silent = sum(1 for row in ROWS if not row[3])
    assert silent >= len(ROWS) - silent > 0
