"""The citation extractor, table-driven: what is a citation and what only looks like one.

Each case is one paragraph; the expected value is the list of (label, locator) pairs found,
empty for the hard negatives (dates, years in prose, issue numbers, titles, places with a
year). POSITIVE is read as a note, where the bare "Name, Year" is the usual form;
BODY_POSITIVE and NEGATIVE as body paragraphs, where that form needs evidence.
"""

from __future__ import annotations

import time

import pytest

from citecheck.extract.citations import find_citations
from tests.helpers import source_of

POSITIVE = [
    ("Cliff, 1974.", [("Cliff, 1974", "")]),
    ("Cliff, 1974, p7.", [("Cliff, 1974", "p7")]),
    ("Cliff, 1974, pp118-119.", [("Cliff, 1974", "pp118-119")]),
    ("Cliff, 1974, p. 7.", [("Cliff, 1974", "p. 7")]),
    ("Cliff, 1974, pp. 118–19.", [("Cliff, 1974", "pp. 118–19")]),
    ("Cliff, 1974, ch. 3.", [("Cliff, 1974", "ch. 3")]),
    ("Cliff, 1974, n. 4.", [("Cliff, 1974", "n. 4")]),
    ("Lenin, 1965a.", [("Lenin, 1965a", "")]),
    ("Lenin, 1965b, p184.", [("Lenin, 1965b", "p184")]),
    ("Binns and Hallas, 1976.", [("Binns and Hallas, 1976", "")]),
    ("Binns & Hallas, 1976.", [("Binns and Hallas, 1976", "")]),
    ("Smith et al., 2019, p3.", [("Smith et al., 2019", "p3")]),
    ("van der Linden, 2007.", [("van der Linden, 2007", "")]),
    ("A point made by de Beauvoir, 1949.", [("de Beauvoir, 1949", "")]),
    ("Zbavitelová, 2020.", [("Zbavitelová, 2020", "")]),
    ("For a thorough explanation, see Harman, 1967.", [("Harman, 1967", "")]),
    ("Figures quoted in Harman, 2009.", [("Harman, 2009", "")]),
    ("Cliff, 1974; Harman, 2009.", [("Cliff, 1974", ""), ("Harman, 2009", "")]),
    ("As argued before (Cliff 1974: 118).", [("Cliff, 1974", "118")]),
    ("As argued before (Cliff, 1974, p. 7).", [("Cliff, 1974", "p. 7")]),
    ("As Cliff (1974) argued, the state ruled.", [("Cliff, 1974", "")]),
    ("As Cliff (1974: 118) argued.", [("Cliff, 1974", "118")]),
    ("unity—Adereth, 1986, p157.", [("Adereth, 1986", "p157")]),
    ("Pravda (24 April 1970), quoted in Harman 2009, p176.", [("Harman, 2009", "p176")]),
    ("Cliff, 1974 p20.", [("Cliff, 1974", "p20")]),
    ("(see Cliff 1974; Harman 2009)", [("Cliff, 1974", ""), ("Harman, 2009", "")]),
    ("According to Chang and Halliday (2007), it was so.", [("Chang and Halliday, 2007", "")]),
    # German notes cite author-year with a colon before the page: kept beside the imprints
    ("Vgl. Honneth 2013: 486.", [("Honneth, 2013", "486")]),
    ("Lukács (1970), S. 284.", [("Lukács, 1970", "")]),
    ("Die Gruppe, vgl. Honneth 2015: 69.", [("Honneth, 2015", "69")]),
    ("Mayo, 1933, p. 4.", [("Mayo, 1933", "p. 4")]),
    (
        "A passage quoted in Smith (1974) and at length in Jones (1980).",
        [("Smith, 1974", ""), ("Jones, 1980", "")],
    ),
    # kept beside NOTE_PROSE_NEGATIVE: a word that introduces an author, a cue, a locator
    ("A point made by van der Linden, 2007.", [("van der Linden, 2007", "")]),
    ("The figures are discussed in Harman, 2009.", [("Harman, 2009", "")]),
    ("Cliff, 1974 and Harman, 2009.", [("Cliff, 1974", ""), ("Harman, 2009", "")]),
    ("As shown by Cliff, 1974.", [("Cliff, 1974", "")]),
    ("This is argued in Cliff, 1974, p. 12.", [("Cliff, 1974", "p. 12")]),
    ("Their argument (Cliff, 1974) holds.", [("Cliff, 1974", "")]),
    ("The congress (Carr, 1953, p. 4) met.", [("Carr, 1953", "p. 4")]),
]

# In the body, a bare "Name, Year" is a citation only with evidence: a cue, a bracket,
# a list, "et al." or a page locator.
BODY_POSITIVE = [
    ("For a thorough explanation, see Harman, 1967.", [("Harman, 1967", "")]),
    ("Figures quoted in Harman, 2009.", [("Harman, 2009", "")]),
    ("As discussed in Harman, 2009, the plan failed.", [("Harman, 2009", "")]),
    ("The plan failed, according to Harman, 2009.", [("Harman, 2009", "")]),
    ("Cf. Cliff, 1974.", [("Cliff, 1974", "")]),
    ("Cliff, 1974; Harman, 2009.", [("Cliff, 1974", ""), ("Harman, 2009", "")]),
    ("The state ruled (Cliff, 1974).", [("Cliff, 1974", "")]),
    ("The state ruled [Cliff, 1974].", [("Cliff, 1974", "")]),
    ("It failed (as shown at length by Cliff, 1974).", [("Cliff, 1974", "")]),
    (
        "A test (prefix Hadwen-Bennett et al., 2018, p. 123 suffix).",
        [("Hadwen-Bennett et al., 2018", "p. 123")],
    ),
    (
        "The last test (Koh & Abbas, 2015; Lee et al., 2011).",
        [("Koh and Abbas, 2015", ""), ("Lee et al., 2011", "")],
    ),
    ("Smith et al., 2019 found it.", [("Smith et al., 2019", "")]),
    ("Cliff, 1974, p7.", [("Cliff, 1974", "p7")]),
    ("unity—Adereth, 1986, p157.", [("Adereth, 1986", "p157")]),
    ("As argued before (Cliff 1974: 118).", [("Cliff, 1974", "118")]),
    ("As Cliff (1974) argued, the state ruled.", [("Cliff, 1974", "")]),
    ("Pravda (24 April 1970), quoted in Harman 2009, p176.", [("Harman, 2009", "p176")]),
    # After a title or a "by", what makes a bracket a citation still holds.
    ("Marx’s *Capital* (Marx, 1867, p. 12) says so.", [("Marx, 1867", "p. 12")]),
    ("In *Capital* (Marx, 1867; Engels, 1878).", [("Marx, 1867", ""), ("Engels, 1878", "")]),
    ("In *Capital* (Marx et al., 1867).", [("Marx et al., 1867", "")]),
    ("A study by Smith (1974) shows it.", [("Smith, 1974", "")]),
    ("He said “no” (Smith, 1990).", [("Smith, 1990", "")]),
    ("It was argued long ago (Smith, 1874).", [("Smith, 1874", "")]),
    ("Reading *Capital* by hand (Smith, 1974).", [("Smith, 1974", "")]),
    ("For Marx (1867), value is social.", [("Marx, 1867", "")]),
    ("Value is social. For Marx (1867), it is.", [("Marx, 1867", "")]),
    ("As the book by Smith (1990) shows.", [("Smith, 1990", "")]),
    ("The book argues so (Smith, 1990).", [("Smith, 1990", "")]),
    ("A film about Algiers (Smith, 1990) was made.", [("Smith, 1990", "")]),
    ("See Smith (1988) or Jones (1990).", [("Smith, 1988", ""), ("Jones, 1990", "")]),
    ("Cliff and Harman (1974) agree.", [("Cliff and Harman, 1974", "")]),
]

# Publishers, imprints, life dates and dates where a citation might stand (issue 11's hard
# negatives), in the body and in the notes alike.
PUBLISHER_AND_YEAR = [
    "Against the thesis of the documentary *Hypernormalisation* (BBC, 2016), he argued.",
    "The translation *Capital* (Penguin, 1976) is the one used.",
    "The series _The Wire_ (HBO, 2002) ran for five years.",
    "First, a book called *Samizdat*, published by Pathfinder (1974).",
    "The pamphlet was reprinted by Bookmarks (1987) with a new preface.",
    "It was broadcast by Channel Four (1984) at night.",
    "The record was released by Rough Trade, 1979, in London.",
    "Lewis W. Hine (American, 1874 -- 1940) photo of a club.",
    "Lewis W. Hine (American, 1874 — 1940) photo of a club.",
    "The reformer (Smith 1874 - 1940) wrote it.",
    "The painter (Dutch, 1853--1890) died young.",
    # imprints whose place is abbreviated, whose publisher holds "of", or that follow a volume
    "Negative Dialectics, trans. Rolf Tiedemann (Cambridge, U.K.: Polity, 2006).",
    "Leaders (Cambridge, Mass.: Harvard University Press, 1982), 23.",
    "The Anatomy of Fascism (New York: New York Review of Books, 2003), 12.",
    "The Ideas (London: Society for the Study of Labour, 1972).",
    "Horkheimer, Gesammelte Schriften Bd. 13, Frankfurt 1989: 45.",
    "Brecht, Dreigroschenoper. Stücke Bd. 2, Frankfurt 2005: 42.",
    "Marx, Werke, vol. 2, Berlin, 1961.",
    # a date in another language's month
    "Marx, letter to Arnold Ruge (Σεπτέμβριος, 1843).",
    "Lettre à Ruge (Septembre, 1843).",
    "Brief an Ruge (Oktober, 1843).",
    # a book headed as reviews head it
    "A review of *The Long Detour* by James Weinstein (Westview, 2003).",
    "On *Lenin*, edited by T. Cliff and C. Harman (Bookmarks, 1987).",
    # titles and things named in plain text (a web copy's, a DOCX's without italics)
    "Eichinger wrote the acclaimed film Downfall (2004) on the Third Reich.",
    "Against the documentary Hypernormalisation (BBC, 2016), Fisher argued.",
    "He saw the film The Battle of Algiers (Casbah, 1966) twice.",
    "Godard directed his film La Chinoise (1967) about students.",
    "The SPD stated it in their Gotha (1875) programme.",
    "Lenin, One Step Forward, Two Steps Back: The Crisis in our Party (1904).",
    "Also in For Marx (1965), trans. Ben Brewster.",
    "Rosa Luxemburg, Reform or Revolution (1900).",
    "Marx, part three of The Class Struggles in France, 1848 to 1850.",
    "August Pfannkuche, What Does the German Worker Read? (Tübingen and Leipzig: Mohr, 1900).",
    # a picture's credit
    "A strike meeting (courtesy of Tamiment, 1912).",
    "The march, in a photograph by Hine (1910), shows it.",
    # a place after a preposition of place
    "Cristofori, an instrument maker at Florence (1711), made it.",
    "The congress met at Basel, 1912, to oppose the war.",
    "He settled near Lyon (1870) for good.",
]

# "Place, Year" in body prose and headings: dates, not citations.
PLACE_AND_YEAR = [
    "Petrograd, 1917.",
    "Moscow, 1918",
    "In Britain, 1926 saw a general strike.",
    "Hungary, 1956",
    "USSR, 1991",
    "The congress met in Moscow, 1918, to decide.",
    "He was born in Tiflis, 1878.",
    "The workers of Petrograd, 1917, and of Budapest, 1956, rose.",
    "Hungary, 1956: 2,500 dead.",
]

# A place, a paper, a journal, a publisher or a gathering with a year in a note's prose
# (issue 11: in notes-bibliography notes these are never author-year citations), in the
# notes and in the body alike. A bare note "Budapest, 1956." stays a citation: it has the
# shape of "Cliff, 1974.", and no syntax tells them apart.
NOTE_PROSE_NEGATIVE = [
    "The Commune (Paris, 1871) was crushed.",
    "At the Second Congress (Moscow, 1920), the 21 conditions were adopted.",
    "The Second International (Stuttgart, 1907) resolved it.",
    "Trotsky wrote this in Coyoacán, 1938.",
    "It was first performed in Moscow, 1928.",
    "The SPD set out its aims in their Gotha (1875) and Erfurt (1891) programmes.",
    "The exhibition travelled to Venice, 1968, and to Kassel, 1972.",
    "The Guardian, 29 September 2007.",
    "Reported in *Pravda*, 12 March 1917.",
    "See the special issue of *Telos*, 1971.",
    "Reprinted by Verso, 2012.",
    "Item 12, 1917.",
    "Theses 1–4 and 12, adopted 1920.",
    "The Kronstadt rising of March 1921 ended this.",
    "Lenin made this point repeatedly in 1917, against Kautsky.",
    "Ο Φώτης Τερζάκης, εκδ. Πρίσμα, 1992.",
    "Lenin's April Theses (1917) made the turn.",
    "Marx’s Capital (1867) came first.",
    '{{% figure src="x.jpg" caption="Mitglieder eines Clubs in Petrograd (1921)" %}}',
    '{{% figure src="x.jpg" caption="Mitglieder eines \\"Clubs\\" in Petrograd (1921)" %}}',
    "![Lenin in Petrograd (1921)](lenin.png)",
    "<figcaption>Zetkin in Stuttgart (1907)</figcaption>",
]

# Citations in and beside a caption: a cue or a page in it, or the text after it.
CAPTION_POSITIVE = [
    (
        '{{% figure src="x.jpg" caption="A strike (see Smith (1990), p. 4)" %}}',
        [("Smith, 1990", "")],
    ),
    ('{{% figure src="x.jpg" caption="Lenin." %}} As Cliff (1974) argued.', [("Cliff, 1974", "")]),
    ("![Lenin](lenin.png) As Cliff (1974) argued.", [("Cliff, 1974", "")]),
]

NEGATIVE = [
    *PLACE_AND_YEAR,
    *NOTE_PROSE_NEGATIVE,
    *PUBLISHER_AND_YEAR,
    "Pravda reported it on 24 April 1970 in Moscow.",
    "Out of the 1,588,852 Communist Party members on 1 March 1939, only 1.3 percent.",
    "The Russian Revolution began in 1917.",
    "Russia 1917-28—from revolution to counter-revolution",
    "Issue: 173",
    "International Socialism 173, winter 2022.",
    "By the time of Stalin’s death in 1953, the figure had risen.",
    "In 1954, the Algerian National Liberation Front rose up.",
    "By 1930, some 179,000 people were languishing in the gulags.",
    "He wrote Class Struggles in Eastern Europe 1945-83 later.",
    "Workers rose up in Poland and Hungary in 1956.",
    "The Soviet Union collapsed on 25 December 1991.",
    "The Leninist 71 (November 1, 1988).",
    "Workers Hammer 233 (Winter, 2015-2016).",
    "Harman, Zombie Capitalism (London: Bookmarks, 2009).",
    "Tony Cliff, 1974 edition of the book.",
    "Stalin (1878–1953) ruled for decades.",
    "The Hungarian Revolution (1956) was crushed.",
    "Orwell’s Homage to Catalonia (1938) describes it.",
    "See https://www.marxists.org/archive/Cliff/1974/index.htm for more.",
    "Summer, 2016 was hot.",
    "Europe 1945 was in ruins.",
    "Since 1991, Russia has changed.",
    "The Cop26 summit met in Glasgow in 2021.",
    "Mail cliff1974@example.org for the 2021 data.",
]


def labels(text: str, *, note: bool = False, name: str = "manuscript.txt") -> list[tuple[str, str]]:
    if note:
        text = "Body text.1\n\n1 " + text
    source = source_of(text + "\n", name=name)
    return [(c.label, c.locator) for c in find_citations(source)]


@pytest.mark.parametrize(("text", "expected"), POSITIVE, ids=[t for t, _ in POSITIVE])
def test_finds_citation_in_a_note(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text, note=True) == expected


@pytest.mark.parametrize(("text", "expected"), BODY_POSITIVE, ids=[t for t, _ in BODY_POSITIVE])
def test_finds_citation_in_the_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize(
    "text", ["Cliff, 1974.", "Binns and Hallas, 1976.", "van der Linden, 2007."]
)
def test_bare_form_needs_evidence_in_the_body_only(text: str) -> None:
    assert labels(text) == []
    assert len(labels(text, note=True)) == 1


@pytest.mark.parametrize("text", ["Petrograd, 1917.", "London, 2015.", "Suhrkamp, 1970."])
def test_a_place_or_publisher_and_a_year_is_no_citation_in_the_body_or_a_note(text: str) -> None:
    # issue 11: a place, publisher or journal before a year is never an author, in a note
    # too, where the comma form needs no other evidence (`extract/imprint_words.py`)
    assert labels(text) == []
    assert labels(text, note=True) == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("m.md", "## Hungary, 1956\n\nThe workers rose."),
        ("m.md", "Hungary, 1956\n=============\n\nThe workers rose."),
        ("m.md", "[Moscow, 1918](https://example.org/moscow) was a turning point."),
        ("m.tex", "\\section{Hungary, 1956}\nThe workers rose."),
        ("m.txt", "USSR, 1991\n\nThe union fell apart."),
    ],
)
def test_place_and_year_headings_are_not_citations(name: str, text: str) -> None:
    assert labels(text, name=name) == []


@pytest.mark.parametrize("text", NEGATIVE)
def test_hard_negative_is_not_a_citation(text: str) -> None:
    assert labels(text) == []


@pytest.mark.parametrize("text", PUBLISHER_AND_YEAR)
def test_publisher_or_life_dates_in_a_note_are_not_a_citation(text: str) -> None:
    assert labels(text, note=True) == []


# A number standing alone before a capitalised word and a year: the word is the noun the
# number counts (German capitalises every noun), never a writer. The positives keep a
# note's own number, a year before the writer, and a marker's digits glued to the text.
QUANTITY_NOUNS = [
    "Die Quote lag bei 12,5 Prozent, 2004 stieg sie.",
    "Rund 30 Millionen (1933) starben.",
    "About 38 Million, 1933, p. 3.",
    "Some 1,000,000 Dollars (2004) were paid.",
    "Etwa 2.5 Prozent (2004).",
    "Es waren 12 Prozent (2004; vgl. S. 3).",
]
QUANTITY_POSITIVE = [
    ("In 1917 Lenin (1918) wrote it.", [("Lenin, 1918", "")]),
    ("The revolution.12 Cliff (1974) argued it.", [("Cliff, 1974", "")]),
]


@pytest.mark.parametrize("text", QUANTITY_NOUNS)
def test_a_quantitys_noun_before_a_year_is_no_writer(text: str) -> None:
    assert labels(text) == []
    assert labels(text, note=True) == []


@pytest.mark.parametrize(("text", "expected"), QUANTITY_POSITIVE)
def test_a_year_or_a_markers_digits_before_a_writer_keep_the_citation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert labels(text) == expected


def test_a_plain_text_notes_own_number_before_a_citation_keeps_it() -> None:
    assert labels("Harman 1967.", note=True) == [("Harman, 1967", "")]


@pytest.mark.parametrize(("text", "expected"), CAPTION_POSITIVE)
def test_a_cited_caption_or_the_text_after_a_caption_keeps_its_citation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert labels(text, name="m.md") == expected


@pytest.mark.parametrize("text", NOTE_PROSE_NEGATIVE)
def test_a_place_or_thing_and_year_in_a_note_is_not_a_citation(text: str) -> None:
    assert labels(text, note=True) == []


def test_a_markdown_note_that_opens_with_its_imprint_is_not_a_citation() -> None:
    text = "Body.[^1]\n\n[^1]: London: Verso, 2012.\n"
    assert [c.label for c in find_citations(source_of(text, name="m.md"))] == []
    kept = "Body.[^1]\n\n[^1]: Cliff, 1974.\n"
    assert [c.label for c in find_citations(source_of(kept, name="m.md"))] == ["Cliff, 1974"]


def test_table_is_big_enough_and_half_negative() -> None:
    assert len(POSITIVE) + len(BODY_POSITIVE) + len(NEGATIVE) >= 60
    assert len(NEGATIVE) >= len(BODY_POSITIVE) and len(NEGATIVE) >= 30


def test_note_numbers_and_references_section() -> None:
    text = (
        "Body text cites nothing here.1\n\n"
        "References\n\nCliff, Tony, 1974, State Capitalism in Russia (Pluto).\n\n"
        "1 Cliff, 1974, p7.\n"
    )
    found = find_citations(source_of(text))
    assert [(c.label, c.note) for c in found] == [("Cliff, 1974", 1)]


def test_body_citation_has_no_note_and_keeps_its_span() -> None:
    text = "As Cliff (1974) argued, and (Harman 2009: 12) agreed.\n"
    source = source_of(text)
    found = find_citations(source)
    assert [c.note for c in found] == [None, None]
    assert [c.span.slice(source.text) for c in found] == ["Cliff (1974)", "Harman 2009: 12"]
    assert [c.form for c in found] == ["narrative", "bare"]


def test_authors_are_folded_for_matching() -> None:
    text = "Body.1\n\n1 van der Linden and Zbavitelová, 2020.\n"
    (citation,) = find_citations(source_of(text))
    assert [a.folded for a in citation.authors] == ["linden", "zbavitelova"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Blah [@item1].", ["item1"]),
        ("Blah [see @item1 p. 30; @item2].", ["item1", "item2"]),
        ("Blah [-@item2 p. 44].", ["item2"]),
        ("Blah \\cite{k}.", ["k"]),
        ("Blah \\citep[p.~3]{a,b}.", ["a", "b"]),
        ("Write to someone@example.org.", []),
    ],
)
def test_keyed_citations(text: str, keys: list[str]) -> None:
    assert [c.key for c in find_citations(source_of(text + "\n"))] == keys


# Keys in what the readers mask (code, comments, link targets, math) are not citations.
@pytest.mark.parametrize(
    ("name", "text", "keys"),
    [
        ("m.md", "Write `[@key]` for a citation, or [@real].", ["real"]),
        ("m.md", "Blah.\n\n```\n[@key] and @decorator\n```\n\nMore [@real].", ["real"]),
        ("m.md", "~~~\n[@key]\n~~~", []),
        ("m.md", "Blah <!-- [@key] --> blah.", []),
        ("m.md", "See [my profile](https://x.org/@user) and @real.", ["real"]),
        ("m.md", "Mail <https://x.org/@user> now.", []),
        ("m.tex", "Write \\verb|\\cite{key}| for it, or \\cite{real}.", ["real"]),
        ("m.tex", "Math $\\cite{key}$ here.", []),
        ("m.tex", "% \\cite{commented}\nBlah \\cite{real}.", ["real"]),
        ("m.tex", "Blah. % see \\cite{commented}\nMore.", []),
        ("m.txt", "50% of them \\cite{real}.", ["real"]),
    ],
)
def test_keys_in_masked_text_are_not_citations(name: str, text: str, keys: list[str]) -> None:
    assert [c.key for c in find_citations(source_of(text + "\n", name=name))] == keys


def test_bare_pandoc_key_in_markdown() -> None:
    found = find_citations(source_of("@item1 says blah.\n", name="paper.md"))
    assert [(c.key, c.form) for c in found] == [("item1", "pandoc")]


def test_pandoc_locator_is_kept() -> None:
    (citation,) = find_citations(source_of("Blah [see @item1 p. 34-35].\n"))
    assert citation.locator == "p. 34-35"


SURNAMES = "Adler Baker Clark Dunn Evans Fox Green Hill Irwin Jones".split()


@pytest.mark.parametrize(("before_and", "found"), [(1, 1), (8, 1), (9, 0)])
def test_at_most_eight_names_stand_before_and(before_and: int, found: int) -> None:
    names = ", ".join(SURNAMES[:before_and]) + " and Kerr"
    citations = find_citations(source_of(f"Body.1\n\n1 {names}, 1974.\n"))
    assert len(citations) == found
    if found:
        assert len(citations[0].authors) == before_and + 1


@pytest.mark.parametrize("particles", [3, 4, 40])
def test_at_most_three_particles_stand_before_a_surname(particles: int) -> None:
    name = "van " * particles + "Linden"
    (citation,) = find_citations(source_of(f"Body.1\n\n1 {name}, 2007.\n"))
    assert citation.authors[0].surname == "van van van Linden"


@pytest.mark.parametrize(
    "unit", ["Smith, ", "Van der De La ", "Smith Jones ", "ABCD", "Smith, Jones and "]
)
@pytest.mark.parametrize("where", ["Body text ", "Body.1\n\n1 "])
def test_long_runs_of_names_take_linear_time(unit: str, where: str) -> None:
    source = source_of(where + unit * 5000 + "1974.\n")
    start = time.perf_counter()
    find_citations(source)
    # ~0.3 s here; minutes before the bounds. The bound is loose so that a loaded CI machine
    # cannot fail it: growth is measured in bench/complexity.py, not here.
    assert time.perf_counter() - start < 20
