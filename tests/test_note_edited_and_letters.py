"""Issue 11, round 15: edited volumes cited as a whole after "in" in a note's prose, editor
first or title first (Chicago 14.103–14.104: the editor stands for the author), a volume
of such a series in short by its title ("*Papers of the Congress*, vol. 2, 212–15."), and
letters: named by their kind first ("Letter of Ada Pryce to her sister, 3 May 1911, in
*Collection*, ed. …": the writer is the author, the collection the title, Chicago
14.111), or cited in short by their collection ("Pryce to Tom Hale, 9 May 1917,
*Letters*, 344").

Constructed notes (invented writers, editors, titles, places and publishers). Each row is
a document's notes; the readings are the last note's, as (surnames, title, year). Every
row is read as Markdown and as a web copy (emphasis gone). Half the rows at least are
negatives: places and publishers in the editors' slot, a book after "in" that is the
container of a chapter named before it, a title and editors with no imprint, a place
and a year, "Letter of" a surname alone (a place may stand so), a letter's title with no
writer, a year after a collection (an edition), prose; none gives a place, a publisher
or a journal as a writer."""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, surnames_read

CONGRESS = "Papers of the Congress: Documents and Minutes"
ENDE = "After the End: The Left and the Turn"
FORMS = "The Shapes of the Left: Organization after 1968"
FRONT = "Letters from the Front"
PRYCE = "Ada Pryce, *Sisters in Struggle* (Leeds: Harrogate Press, 1990)."

# (class, notes, last note's readings as (surnames, title, year))
CASES: list[tuple[str, list[str], list[tuple[tuple[str, ...], str, str]]]] = [
    (
        "one editor first after 'is in', a volume and pages",
        [
            f"The text is in Hanna-Lise Wehrmann, ed., *{CONGRESS}*, vol. 2 (Berlin: Dietz,"
            " 1964), 64–66. The translation is my own."
        ],
        [(("Wehrmann",), CONGRESS, "1964")],
    ),
    (
        "two editors first after 'documented in', prose after the imprint",
        [
            f"The debate is well documented in Jens Albers and Ute Rehm, eds., *{ENDE}*"
            " (Frankfurt am Main: Suhrkamp, 1999), but the book goes further."
        ],
        [(("Albers", "Rehm"), ENDE, "1999")],
    ),
    (
        "title first after 'the essays in', its editor after it",
        [f"For such a history, see the essays in *{FORMS}*, ed. Mara Lind (London: Pluto, 2020)."],
        [(("Lind",), FORMS, "2020")],
    ),
    (
        "a volume of the series in short, by its title",
        [
            f"The text is in Hanna-Lise Wehrmann, ed., *{CONGRESS}*, vol. 2 (Berlin: Dietz,"
            " 1964), 64–66.",
            "*Papers of the Congress*, vol. 2, 212–15.",
        ],
        [((), "Papers of the Congress", "")],
    ),
    (
        "a letter of a writer to a relation, in a collection",
        [
            f"Letter of Emil Strand to his wife, 26 November 1912, in *{FRONT}*, ed. Wolf"
            " Herber (Bonn: Dietz Nachf., 1985), 140."
        ],
        [(("Strand",), FRONT, "1985")],
    ),
    (
        "a letter from a writer to the editors, no collection",
        ["Letter from Tom Hale to the editors, June 2, 1920."],
        [(("Hale",), "", "1920")],
    ),
    (
        "a letter in short, its collection marked after the date",
        [
            f"Ada Pryce to Tom Hale, 3 May 1911, in *{FRONT}*, ed. Wolf Herber (Bonn: Dietz"
            " Nachf., 1985), 12.",
            "Pryce to Tom Hale, 9 May 1917, *Letters*, 344.",
        ],
        [(("Pryce",), "Letters", "")],
    ),
    (
        "a letter in short, its collection plain after the date (a web copy)",
        [
            f"Ada Pryce to Tom Hale, 3 May 1911, in {FRONT}, ed. Wolf Herber (Bonn: Dietz"
            " Nachf., 1985), 12.",
            "Pryce to Tom Hale, 9 May 1917, Letters, 344.",
        ],
        [(("Pryce",), "Letters", "")],
    ),
    # negatives
    (
        "negative: a place in the editors' slot",
        [f"The text is in London, ed., *{CONGRESS}* (Berlin: Dietz, 1964)."],
        [],
    ),
    (
        "negative: a publisher in the editors' slot",
        [f"The text is in Verso Books, eds., {CONGRESS}, 1964."],
        [],
    ),
    (
        "negative: the book is the container of a chapter named before it",
        [f"The argument is in “The Turn,” in *{FORMS}*, ed. Mara Lind (London: Pluto, 2020), 41."],
        [],
    ),
    (
        "negative: a title and its editor in prose with no imprint",
        [f"For such a history, see the essays in *{FORMS}*, ed. Mara Lind, which I admire."],
        [],
    ),
    (
        "negative: a place and a year after 'in'",
        ["The text was printed in Berlin, 1964, and in Leeds, 1971."],
        [],
    ),
    (
        "negative: 'Letter of' a surname alone",
        ["Letter of Pryce to Hale, 3 May 1911."],
        [],
    ),
    (
        "negative: a letter's title with no writer",
        ["Letter to the Editor, 3 May 1911."],
        [],
    ),
    (
        "negative: a letter's collection in short with a year (an edition), not a page",
        [PRYCE, "Pryce to Tom Hale, 9 May 1917, *Letters*, 1985."],
        [(("Pryce",), "", "1917")],
    ),
    (
        "negative: a place and a page after a letter's date, no title cited before",
        [PRYCE, "Pryce to Tom Hale, 9 May 1917, Leeds, 344."],
        [(("Pryce",), "", "1917")],
    ),
    (
        "negative: prose on letters in a place",
        ["Letters from Leeds to Bonn were slow in 1912, she says."],
        [],
    ),
]

NOT_WRITERS = {"London", "Verso", "Books", "Berlin", "Leeds", "Bonn", "Dietz", "Pluto", "Nachf"}


@pytest.mark.parametrize("web", [False, True], ids=["markdown", "web"])
@pytest.mark.parametrize(("kind", "notes", "expected"), CASES, ids=[c[0] for c in CASES])
def test_edited_volumes_and_letters(
    kind: str, notes: list[str], expected: list[tuple[tuple[str, ...], str, str]], web: bool
) -> None:
    rendered = [n.replace("*", "") for n in notes] if web else notes
    readings = last_note_readings(rendered)
    read = [(names, title, year) for _form, names, title, year in readings]
    if kind.startswith("negative"):
        assert not surnames_read(rendered[-1]) & NOT_WRITERS
        # the row's own reading, if any, is what the reader read before this class
        assert [names for names, _t, _y in read] == [names for names, _t, _y in expected]
    else:
        assert read == expected
        if "in short" in kind:
            assert [form for form, *_ in readings] == ["short"]
