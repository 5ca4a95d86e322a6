"""Issue 11, recall pass: the note grammar the reader missed on the truth set's tune half
(a particle "'t", a work and the book it was published in, several editions' years in an
imprint, German "Bd.", …), one hard-case row each, about half of them negatives: a text
that looks like the case but cites nothing, or cites otherwise."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from tests.test_note_citation_rules import findings, manuscript


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


# (case, note text, the works read: (surnames, year, start of the title)); [] = nothing
HARD_CASES = [
    (
        "a Dutch particle 't before the surname",
        'Paul \'t Hart, "Symbols, rituals and power", *Journal of Contingencies*, 41',
        [(["'t Hart"], "", "Symbols")],
    ),
    (
        "negative: 't in prose is no particle",
        "It's 't Hooft, 1999.",
        [],
    ),
    (
        "a work published as an appendix to another author's book: both works",
        "*Manifesto of the Communist Party* (Macfarlane translation), published as an appendix "
        "to David Black, *Helen Macfarlane* (Lanham, MD: Lexington Books, 2004).",
        [([], "2004", "Manifesto"), (["Black"], "2004", "Helen Macfarlane")],
    ),
    (
        "negative: an essay published in the same author's collection is one work",
        'Marx, "On the Jewish Question," published in Karl Marx, *Early Writings* (London: '
        "Penguin, 1975), 3.",
        [(["Marx"], "1975", "On the Jewish Question")],
    ),
    (
        "an inverted name in prose with a plain title that an imprint vouches for; German Bd.",
        "Letter from Walter Benjamin to Gretel Karplus, May 1932, published in Benjamin, "
        "Walter, Gesammelte Briefe. [Collected Letters.] Bd. IV (1931-1934). (Frankfurt: Suhrkamp, 1998), S. 97.",
        [(["Benjamin"], "1998", "Gesammelte Briefe")],
    ),
    (
        "negative: an inverted name in prose with a plain phrase and no imprint",
        "The idea was developed by Smith, John, Whatever he thought at the time.",
        [],
    ),
    (
        "an imprint giving two editions' years cites the later",
        'Karl Korsch, "Marxism and Philosophy" (1923), in *Marxism and Philosophy* (New York: '
        "Monthly Review Press, 1970 and 2008), 39.",
        [(["Korsch"], "2008", "Marxism and Philosophy")],
    ),
    (
        "negative: a page number after the imprint is no second year",
        "Karl Korsch, *Marxism* (New York: Monthly Review Press, 1970), 1984.",
        [(["Korsch"], "1970", "Marxism")],
    ),
    (
        "a plain title ends at a square-bracketed gloss",
        "Marx, Das Kapital [Capital], 45.",
        [(["Marx"], "", "Das Kapital")],
    ),
    (
        "an imprint in square brackets inside prose brackets; a possessive author and year",
        "For Lukács (and Adorno after him -- see Benjamin's 1934 essay on \"The Author as "
        'Producer," in *Reflections*, trans. Edmund Jephcott [New York: Schocken, 1986], '
        "220--238), such arguments held.",
        [(["Benjamin"], "1986", "The Author as Producer")],
    ),
    (
        "negative: a possessive author and year before a quoted word in prose",
        'Consider Benjamin\'s 1934 essay "Art" and its reception.',
        [],
    ),
    (
        "negative: a title named in prose with its year in brackets only",
        "In *The State and Revolution* (1917), Lenin, following Marx, critiqued anarchism.",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in HARD_CASES], ids=[c for c, _, _ in HARD_CASES]
)
def test_hard_case(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    found = read(text)
    assert [(names, year) for names, year, _ in found] == [(n, y) for n, y, _ in expected]
    for (_, _, title), (_, _, start) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


def test_a_surname_inside_another_works_title_is_no_full_form_of_the_authors_book() -> None:
    pogge = "Thomas Pogge, *John Rawls: His Life and Theory of Justice* (Oxford: OUP, 2007), 15."
    short = "Rawls, *A Theory of Justice*, xv."
    found = findings(manuscript(pogge, short), "short-form-before-full")
    assert [f.data["note"] for f in found] == [2]
    # an earlier note that names Rawls's book beside a year, unread, still counts as its full form
    named = "As Rawls wrote in *A Theory of Justice* in 1971, justice is fairness."
    assert findings(manuscript(named, short), "short-form-before-full") == []
