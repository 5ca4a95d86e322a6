"""Works-cited entries of every common shape, read as a copy-editor reads them (issue 11).

Every entry here is written for this table (no corpus text). Each row gives the authors'
surnames, the title and the year expected; about half the rows are traps (a year inside
the title, a place or a publisher before the year, a journal after the title, page
ranges, a link with years in it) or lines that are no entry at all (prose, a heading, an
imprint alone): those must read as None.
"""

from __future__ import annotations

import pytest

from citecheck.bibliography import references_in_text
from citecheck.bibliography.entry_names import listed_author
from citecheck.bibliography.entry_shapes import read_entry
from citecheck.extract.works_cited import works_cited_entries
from citecheck.readers import read_bytes

# (entry, (surnames, title, year))
ENTRIES = [
    # Chicago bibliography: inverted first author, italics, place: publisher, year last
    (
        "Abernathy, Ruth. *The Quiet Harbour*. Boston: Beacon Press, 1994.",
        (("Abernathy",), "The Quiet Harbour", "1994"),
    ),
    (
        "Okafor, Chidi, Lena Marsh, and Paul de Vries. *Rivers of Iron*. Chicago: "
        "University of Chicago Press, 2011.",
        (("Okafor", "Marsh", "de Vries"), "Rivers of Iron", "2011"),
    ),
    (
        "van der Berg, Anneke. *Tides of the Polder*. Amsterdam: Prometheus, 2003.",
        (("van der Berg",), "Tides of the Polder", "2003"),
    ),
    (
        "Hollis, Maren, ed. *Voices from the Mill*. Leeds: Northern Press, 1987.",
        (("Hollis",), "Voices from the Mill", "1987"),
    ),
    (
        "Northern Tenants Association. *Annual Report on Housing*. Manchester, 2016.",
        (("Northern Tenants Association",), "Annual Report on Housing", "2016"),
    ),
    # MLA: the title plain, the sentence after the names
    (
        "Whitcombe, Harriet. Gardens Without Walls. Faber, 2015.",
        (("Whitcombe",), "Gardens Without Walls", "2015"),
    ),
    (
        "Tollan, R. J. Salt Roads of the North. Harbor Books, 1979.",
        (("Tollan",), "Salt Roads of the North", "1979"),
    ),
    # APA / Harvard / ISJ / Chicago author-date: the year after the names
    (
        "Nakamura, K., & Ortiz, L. (2019). Counting the unseen. Harbor Books.",
        (("Nakamura", "Ortiz"), "Counting the unseen", "2019"),
    ),
    (
        "Pemberton, Alan, 1971, The Long Strike (Redwood).",
        (("Pemberton",), "The Long Strike", "1971"),
    ),
    (
        "Fairbairn, Douglas. 1983. Stone and Sky. Edinburgh: Canongate.",
        (("Fairbairn",), "Stone and Sky", "1983"),
    ),
    # the plain "Surnames, Title, Year." form
    (
        "Lindqvist, Holm and Ferrante, *Notes on Harbours*, 2012.",
        (("Lindqvist", "Holm", "Ferrante"), "Notes on Harbours", "2012"),
    ),
    (
        "Marchetti, The Burning Shore, 2001.",
        (("Marchetti",), "The Burning Shore", "2001"),
    ),
    (
        "Petrov and Ionescu (eds.), *Borderlands*, 2005.",
        (("Petrov", "Ionescu"), "Borderlands", "2005"),
    ),
    (
        "Brun, del Castillo and Weir, *Kitchen Tables*, 2010.",
        (("Brun", "del Castillo", "Weir"), "Kitchen Tables", "2010"),
    ),
    (
        "Sato, Berger and K.J.M., *Field Notes*, 2009.",
        (("Sato", "Berger", "K.J.M"), "Field Notes", "2009"),
    ),
    # no year, or not yet
    (
        "Quill, Edna. *Letters to a Young Printer*. n.d.",
        (("Quill",), "Letters to a Young Printer", ""),
    ),
    (
        "Brightwell, Nora. Forthcoming. *The Salt Roads*. London: Granta.",
        (("Brightwell",), "The Salt Roads", ""),
    ),
    # traps: a year inside the title, marked or plain
    (
        "Lindqvist, Holm and Ferrante, *Notes from 1848*, 2012.",
        (("Lindqvist", "Holm", "Ferrante"), "Notes from 1848", "2012"),
    ),
    (
        "Galloway, 1968 and After, 1999.",
        (("Galloway",), "1968 and After", "1999"),
    ),
    (
        "Senn, *Strikes of 1926 to 1931*, 1977.",
        (("Senn",), "Strikes of 1926 to 1931", "1977"),
    ),
    (
        "Galloway, Marchmont and Peel, 1919 in the Valleys, 2019.",
        (("Galloway", "Marchmont", "Peel"), "1919 in the Valleys", "2019"),
    ),
    # traps: a plain title's words that look like names, a colon that is no imprint
    (
        "Haverford, Harbours and Lighthouses, 2006.",
        (("Haverford",), "Harbours and Lighthouses", "2006"),
    ),
    (
        "Marchetti, Garibaldi: The Long March, 2004.",
        (("Marchetti",), "Garibaldi: The Long March", "2004"),
    ),
    (
        "Ostrander, Theodor W. Fenwick: A Life, 2013.",
        (("Ostrander",), "Theodor W. Fenwick: A Life", "2013"),
    ),
    # traps: a place before the year, an imprint after a plain title
    (
        "Delacroix, Simone. *Rooms in Lyon*. Paris, 1962.",
        (("Delacroix",), "Rooms in Lyon", "1962"),
    ),
    (
        "Marchetti, The Burning Shore, London: Harvill, 2001.",
        (("Marchetti",), "The Burning Shore", "2001"),
    ),
    # traps: a journal after the title, page ranges, a link with years in it
    (
        "al-Haddad, Samir. “Notes on the Nile Trade.” *Journal of River Studies* 12, "
        "no. 3 (1988): 201–19.",
        (("al-Haddad",), "Notes on the Nile Trade", "1988"),
    ),
    (
        "Reyes, M. (2007). Salt and sugar. *Coastal Economies*, 4(2), 1990–2004.",
        (("Reyes",), "Salt and sugar", "2007"),
    ),
    (
        "Okonkwo, Ada. “Water Rights in Practice.” 2014. "
        "https://example.org/archive/2009/05/water.",
        (("Okonkwo",), "Water Rights in Practice", "2014"),
    ),
    (
        "Kowalczyk, “Ghost Towns,” *New Left Review* 88, 2014.",
        (("Kowalczyk",), "Ghost Towns", "2014"),
    ),
    # a chapter: the chapter's title, not its book's, and not the editor
    (
        "Ferrante, Lucia. “The Night Ferry.” In *Crossings*, edited by Ann Pole, 33–58. "
        "Oxford: Clarendon, 1998.",
        (("Ferrante",), "The Night Ferry", "1998"),
    ),
]

# Lines of a works-cited list that are no entry.
NOT_ENTRIES = [
    "The following works are cited in the notes above.",
    "Archival sources are listed by collection.",
    "Primary Sources",
    "Paris, 1962.",
    "Durham, Duke University Press, 2012.",
    "Verso, 2008.",
    "pp. 201–19.",
    "https://example.org/works/2011",
    "Interview with the author, London, 12 March 2015.",
    "1848: A Year of Revolutions",
]


@pytest.mark.parametrize(("line", "expected"), ENTRIES, ids=[e[0][:40] for e in ENTRIES])
def test_entry_shape(line: str, expected: tuple[tuple[str, ...], str, str]) -> None:
    reading = read_entry(line)
    assert reading is not None
    assert (reading.authors, reading.title, reading.year) == expected


@pytest.mark.parametrize("line", NOT_ENTRIES)
def test_not_an_entry(line: str) -> None:
    assert read_entry(line) is None


def test_table_is_half_traps() -> None:
    """The table keeps its balance: at least half its rows are traps or non-entries."""
    traps = ENTRIES[17:]
    assert len(traps) + len(NOT_ENTRIES) >= (len(ENTRIES) + len(NOT_ENTRIES)) / 2


def _listed(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    source = read_bytes("list.md", text.encode())
    found = works_cited_entries(source, references_in_text(source))
    return [(tuple(a.surname for a in r.authors), r.title, r.year) for r in found]


def test_three_em_dash_repeats_the_authors_before() -> None:
    text = (
        "Text.\n\n## Works cited\n\n"
        "Okafor, Chidi, and Lena Marsh. *Rivers of Iron*. Chicago: Dearborn, 2011.\n\n"
        "———. *Rivers of Salt*. Chicago: Dearborn, 2014.\n"
    )
    assert _listed(text) == [
        (("Okafor", "Marsh"), "Rivers of Iron", "2011"),
        (("Okafor", "Marsh"), "Rivers of Salt", "2014"),
    ]


def test_prose_in_the_list_is_no_entry() -> None:
    text = (
        "Text.\n\n## Works cited\n\n"
        "The following works are cited in the notes above.\n\n"
        "Marchetti, The Burning Shore, 2001.\n"
    )
    assert _listed(text) == [(("Marchetti",), "The Burning Shore", "2001")]


def test_author_year_key_is_kept() -> None:
    """An entry the author-year parser also reads keeps its key (author-year citations are
    matched by it) and gains the title the shape reader reads."""
    text = "Text.\n\n## References\n\nCliff, Tony, 1974, State Capitalism in Russia (Pluto).\n"
    source = read_bytes("list.md", text.encode())
    listed = references_in_text(source)
    found = works_cited_entries(source, listed)
    assert [r.key for r in found] == [r.key for r in listed] == ["cliff1974"]
    assert found[0].title == "State Capitalism in Russia"


def test_a_body_is_shown_whole_and_matched_by_its_last_word() -> None:
    """A note names a body by its last word ("Group"), as the note reader reads it."""
    body = listed_author("Northern Tenants Association")
    assert (body.surname, body.folded) == ("Northern Tenants Association", "association")
    assert listed_author("van der Berg").folded == "berg"


def test_a_paragraph_in_the_list_is_no_entry() -> None:
    """A line longer than any entry is prose (and is not scanned for names at all)."""
    assert read_entry("Korsch, Karl. " + "Marxism and philosophy, " * 100 + "1970.") is None


def test_works_of_one_author_and_year_get_keys_of_their_own() -> None:
    """Keys are unique across the list: a second and third work of one author and year get
    "b" and "c", and an entry the author-year parser also read keeps its own key."""
    text = (
        "Text.\n\n## Works cited\n\n"
        "Okafor, Chidi. *Rivers of Iron*. Chicago: Dearborn, 2011.\n\n"
        "Cliff, Tony, 1974, State Capitalism in Russia (Pluto).\n\n"
        "Okafor, Chidi. *Rivers of Salt*. Chicago: Dearborn, 2011.\n\n"
        "Okafor, Chidi. *Rivers of Sand*. Chicago: Dearborn, 2011.\n"
    )
    source = read_bytes("list.md", text.encode())
    found = works_cited_entries(source, references_in_text(source))
    assert [(r.key, r.title) for r in found] == [
        ("okafor2011", "Rivers of Iron"),
        ("cliff1974", "State Capitalism in Russia"),
        ("okafor2011b", "Rivers of Salt"),
        ("okafor2011c", "Rivers of Sand"),
    ]
