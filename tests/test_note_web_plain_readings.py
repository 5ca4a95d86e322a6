"""Issue 11, round 18, web copies: where a note's plain copy (a web page's text: no italics)
was read otherwise than its Markdown, by class, each row a Markdown note whose plain copy
must read the same (the pairs), and at least as many negatives (places, publishers, prose)
that neither copy reads as a work or an author. The notes follow Chicago 17th ed., German
DIN 1505-2 practice and Greek academic practice; writers and titles are invented.

Classes:
- one word, a comma, one word and a page ("London, Verso, p. 12.", "Θεμέλιο, Αθήνα, σ. 12
  κ.ε."): a place and a publisher when either word is one imprints name, unread unless an
  earlier note cited a writer of that name; a surname and a one-word plain title stay read
  ("Kessler, Brücke, S. 12." after Kessler's full form);
- Greek "and following" after a page ("σ. 12 κ.ε.", "κ. εξ.", "επ."), which ended no page,
  so a plain title had no end;
- a Greek or German short form set in prose after "βλ." or "vgl.": a title in sentence
  case with an article first ("Η πόλη", "Die alte Stadt") and the Greek page "σ." now close
  a short form in prose, as a headline-case English one did; a place or publisher before
  it is never its writer;
- a German second short form after "sowie" or "und" that follow a page ("S. 12 sowie
  Hale, Die alte Stadt, S. 5."): the plain copy kept it in the first work's segment;
- a title opening with a year and a colon and a Greek or German capital ("1922: Η
  καταστροφή", "1918: Über das Ende") after a person with given names, with the work's own
  year after it: read as the English "1848: The Year of Salt" was, not as an author-date
  year; a place or publisher before the year is never a writer;
- a person with given names, then a plain title that reads as more persons ("Salt Roads
  and Canal Towns"), then an imprint with no title between: the list is one person and a
  title.
"""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, surnames_read, web_copy

# (kind, the notes (the last one read; earlier ones give context), expected readings of
# the last note: (first surname, start of the title, year)); [] = no reading
ROWS: list[tuple[str, list[str], list[tuple[str, str, str]]]] = [
    # --- one word, a comma, one word and a page
    (
        "S. page: a short form after its full form",
        [
            "Hans Kessler, *Brücke und Fluss*, Frankfurt am Main 1987, S. 3.",
            "Kessler, *Brücke*, S. 12.",
        ],
        [("Kessler", "Brücke", "")],
    ),
    (
        "S. page: after Vgl., with f.",
        [
            "Hans Kessler, *Brücke und Fluss*, Frankfurt am Main 1987, S. 3.",
            "Vgl. Kessler, *Brücke*, S. 12 f.",
        ],
        [("Kessler", "Brücke", "")],
    ),
    (
        "S. page: a volume before the page",
        [
            "Hans Kessler, *Brücke und Fluss*, 2 Bde., Frankfurt am Main 1987, S. 3.",
            "Kessler, *Brücke*, Bd. 2, S. 12.",
        ],
        [("Kessler", "Brücke", "")],
    ),
    (
        "negative S. page: a place and a publisher, no earlier note of that name",
        ["Hans Kessler, *Brücke und Fluss*, 1987.", "Frankfurt, Suhrkamp, S. 12."],
        [],
    ),
    (
        "negative S. page: a place and a publisher alone",
        ["Berlin, Dietz, S. 12."],
        [],
    ),
    (
        "negative S. page: a place and a publisher with a column",
        ["Hans Kessler, *Brücke und Fluss*, 1987.", "München, Beck, Sp. 4."],
        [],
    ),
    (
        "negative S. page: an inverted name with an initial stays a name",
        ["Lukács, G., S. 12."],
        [],
    ),
    (
        "negative one-word pair: a place and a publisher with an English page",
        ["London, Verso, p. 12."],
        [],
    ),
    (
        "negative one-word pair: a Greek publisher and place, and following",
        ["Θεμέλιο, Αθήνα, σ. 12 κ.ε."],
        [],
    ),
    # --- Greek "and following" after a page
    (
        "κ.ε.: a short form after its full form",
        [
            "Πέτρος Χάλε, *Το λιμάνι*, Αθήνα: Νήσος, 2001, σ. 3.",
            "Χάλε, *Το λιμάνι*, σ. 12 κ.ε.",
        ],
        [("Χάλε", "Το λιμάνι", "")],
    ),
    (
        "κ. εξ.: spaced, the second work of a note",
        [
            "Πέτρος Χάλε, *Το λιμάνι*, Αθήνα: Νήσος, 2001, σ. 3.",
            "Γιάννης Πάνου, *Η πόλη*, Αθήνα: Θεμέλιο, 1999, σ. 4.",
            "Πάνου, *Η πόλη*, σσ. 45-47· Χάλε, *Το λιμάνι*, σ. 12 κ. εξ.",
        ],
        [("Πάνου", "Η πόλη", ""), ("Χάλε", "Το λιμάνι", "")],
    ),
    (
        "επ.: after a page",
        [
            "Πέτρος Χάλε, *Το λιμάνι*, Αθήνα: Νήσος, 2001, σ. 3.",
            "Χάλε, *Το λιμάνι*, σ. 12 επ.",
        ],
        [("Χάλε", "Το λιμάνι", "")],
    ),
    (
        "negative κ.ε.: prose after a page (επί) is no locator",
        ["Χάλε, Το λιμάνι, σ. 12 επί της ουσίας των πραγμάτων."],
        [],
    ),
    (
        "negative κ.ε.: a place and a year, then and following",
        ["Αθήνα, 1999, σ. 12 κ.ε."],
        [],
    ),
    # --- a Greek short form in prose after "βλ."
    (
        "Greek prose: a sentence-case title after βλ.",
        [
            "Γιάννης Πάνου, *Η πόλη και το λιμάνι*, Αθήνα: Θεμέλιο, 1999, σ. 4.",
            "Για το ζήτημα αυτό βλ. Πάνου, *Η πόλη*, σ. 45.",
        ],
        [("Πάνου", "Η πόλη", "")],
    ),
    (
        "Greek prose: a longer title and a page range",
        [
            "Γιάννης Πάνου, *Η πόλη και το λιμάνι*, Αθήνα: Θεμέλιο, 1999, σ. 4.",
            "Για τη συζήτηση βλ. Πάνου, *Η πόλη και το λιμάνι*, σσ. 45-47.",
        ],
        [("Πάνου", "Η πόλη και το λιμάνι", "")],
    ),
    (
        "negative Greek prose: a place before the title",
        ["Για το ζήτημα βλ. Αθήνα, Η πόλη, σ. 45."],
        [],
    ),
    (
        "negative Greek prose: a publisher before the title",
        ["Για αυτό βλ. Θεμέλιο, Η πόλη, σ. 45."],
        [],
    ),
    (
        "negative Greek prose: a sentence after the name, no page",
        ["Για αυτό βλ. Πάνου, η πόλη ήταν μεγάλη."],
        [],
    ),
    (
        "German prose: a sentence-case title after vgl., a sentence before",
        [
            "Peter Hale, *Die alte Stadt*, Köln 1999, S. 4.",
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Kessler, *Die soziale Frage*, S. 12. Zur Stadt vgl. Hale, *Die alte Stadt*, S. 5.",
        ],
        [("Kessler", "Die soziale Frage", ""), ("Hale", "Die alte Stadt", "")],
    ),
    (
        "German prose: 'Eine' opening the title",
        [
            "Peter Hale, *Eine kurze Geschichte der Brücken*, Köln 1999, S. 4.",
            "Zu den Brücken vgl. Hale, *Eine kurze Geschichte*, S. 5 f.",
        ],
        [("Hale", "Eine kurze Geschichte", "")],
    ),
    (
        "negative German prose: a place before the title",
        ["Zur Stadt vgl. Berlin, Die alte Stadt, S. 5."],
        [],
    ),
    (
        "negative German prose: a publisher before the title",
        ["Zur Stadt vgl. Suhrkamp, Die alte Stadt, S. 5."],
        [],
    ),
    (
        "negative German prose: no page closes the title",
        ["Zur Stadt vgl. Hale, Die alte Stadt in ihrer Zeit."],
        [],
    ),
    # --- a German second short form after "sowie" or "und"
    (
        "sowie: a second plain short form after a page",
        [
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Peter Hale, *Die alte Stadt am Fluss*, Köln 1999, S. 4.",
            "Vgl. dazu Kessler, *Die soziale Frage*, S. 12 sowie Hale, *Die alte Stadt am Fluss*, "
            "S. 5.",
        ],
        [("Kessler", "Die soziale Frage", ""), ("Hale", "Die alte Stadt am Fluss", "")],
    ),
    (
        "und: after 'f.' and a one-word title",
        [
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Peter Hale, *Fluss*, Köln 1999, S. 4.",
            "Vgl. Kessler, *Die soziale Frage*, S. 12 f. und Hale, *Fluss*, S. 5.",
        ],
        [("Kessler", "Die soziale Frage", ""), ("Hale", "Fluss", "")],
    ),
    (
        "negative sowie: a place and a publisher after it",
        [
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Vgl. Kessler, *Die soziale Frage*, S. 12 sowie München, Beck, S. 5.",
        ],
        [("Kessler", "Die soziale Frage", "")],
    ),
    (
        "negative und: a sentence after a name",
        [
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Vgl. Kessler, *Die soziale Frage*, S. 12 und Hale sagt, S. 5.",
        ],
        [("Kessler", "Die soziale Frage", "")],
    ),
    (
        "negative sowie: a relative clause after a name",
        [
            "Hans Kessler, *Die soziale Frage*, Berlin: Keller, 2001, S. 3.",
            "Vgl. Kessler, *Die soziale Frage*, S. 12 sowie Hale, der die Stadt kennt, S. 5.",
        ],
        [("Kessler", "Die soziale Frage", "")],
    ),
    # --- a title opening with a year and a colon, a Greek or German capital after it
    (
        "year title: Greek, after a person with given names",
        ["Γιάννης Πάνου, *1922: Η καταστροφή*, Αθήνα: Θεμέλιο, 1999, σ. 45."],
        [("Πάνου", "1922: Η καταστροφή", "1999")],
    ),
    (
        "year title: German, an umlaut after the colon",
        ["Hans Kessler, *1918: Über das Ende*, Berlin 2001, S. 45."],
        [("Kessler", "1918: Über das Ende", "2001")],
    ),
    (
        "negative year title: a place, a year and a publisher",
        ["Αθήνα, 1999: Θεμέλιο."],
        [],
    ),
    (
        "negative year title: a place before a year and a title",
        ["Berlin, 1999: Über das Ende."],
        [],
    ),
    (
        "negative year title: a two-word place, no year of the work's own",
        ["Bad Homburg, 1999: Über das Ende."],
        [],
    ),
    (
        "negative year title: a person's author-date year, no year after",
        ["Hans Kessler, 2001: Über das Ende."],
        [],
    ),
    # --- a name list that runs into an imprint
    (
        "list into an imprint: place, publisher and year",
        ["Margaret Ellery, *Salt Roads and Canal Towns*, Manchester: Northern Press, 1998, p. 41."],
        [("Ellery", "Salt Roads and Canal Towns", "1998")],
    ),
    (
        "list into an imprint: a place and a year",
        ["Margaret Ellery, *Salt Roads and Canal Towns*, Manchester 1998, p. 41."],
        [("Ellery", "Salt Roads and Canal Towns", "1998")],
    ),
    (
        "negative list: three persons, then their title and imprint",
        ["Margaret Ellery, Peter Hale and Joan Mold, *Salt Roads*, Manchester 1998, p. 41."],
        [("Ellery", "Salt Roads", "1998")],
    ),
    (
        "negative list: three German persons, then their title",
        ["Hans Kessler, Peter Hale und Jan Mold, *Die Brücke*, Frankfurt am Main 1987, S. 12."],
        [("Kessler", "Die Brücke", "1987")],
    ),
    (
        "negative list: places joined as a list before an imprint",
        ["London, Oxford and Cambridge, Manchester 1998."],
        [],
    ),
]


def _read(notes: list[str]) -> list[tuple[str, str, str]]:
    return [
        (surnames[0] if surnames else "", title, year)
        for _, surnames, title, year in last_note_readings(notes)
    ]


def _fits(found: list[tuple[str, str, str]], expected: list[tuple[str, str, str]]) -> bool:
    return len(found) == len(expected) and all(
        (f[0], f[2]) == (e[0], e[2]) and f[1].startswith(e[1])
        for f, e in zip(found, expected, strict=True)
    )


@pytest.mark.parametrize(("kind", "notes", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_markdown_reading(kind: str, notes: list[str], expected: list) -> None:
    assert _fits(_read(notes), expected), _read(notes)


@pytest.mark.parametrize(("kind", "notes", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_plain_copy_reading(kind: str, notes: list[str], expected: list) -> None:
    plain = [web_copy(note) for note in notes]
    assert _fits(_read(plain), expected), _read(plain)


PLACES = [
    ("negative S. page", "Frankfurt, Suhrkamp, S. 12.", {"Frankfurt", "Suhrkamp"}),
    ("negative English page", "London, Verso, p. 12.", {"London", "Verso"}),
    ("negative Greek pair", "Θεμέλιο, Αθήνα, σ. 12 κ.ε.", {"Θεμέλιο", "Αθήνα"}),
    ("negative κ.ε.", "Αθήνα, 1999, σ. 12 κ.ε.", {"Αθήνα"}),
    ("negative Greek prose", "Για το ζήτημα βλ. Αθήνα, Η πόλη, σ. 45.", {"Αθήνα"}),
    ("negative Greek prose publisher", "Για αυτό βλ. Θεμέλιο, Η πόλη, σ. 45.", {"Θεμέλιο"}),
    ("negative German prose", "Zur Stadt vgl. Berlin, Die alte Stadt, S. 5.", {"Berlin"}),
]


@pytest.mark.parametrize(("kind", "note", "words"), PLACES, ids=[p[0] for p in PLACES])
def test_no_place_or_publisher_is_read_as_an_author(kind: str, note: str, words: set) -> None:
    """Neither reader (note citations or author-date) takes these words for a writer."""
    assert not surnames_read(note) & words


def test_the_rows_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for kind, _, _ in ROWS if kind.startswith("negative"))
    assert negatives >= len(ROWS) - negatives
