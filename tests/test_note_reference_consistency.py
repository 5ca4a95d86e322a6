"""inconsistent-reference and missing-reference for works cited in notes, by class of case:
a title read in part, an original or a letter's date beside the edition's year, reprints,
translations, "n.d.", and two works of one author. Each class has a failing and a passing
case; the negatives are works that must not be taken for one another."""

from __future__ import annotations

from citecheck.bibliography.names import author
from citecheck.bibliography.note_evidence import title_written_out, written_years
from citecheck.bibliography.note_matching import (
    MATCHED,
    MISSING,
    match_note_citations,
    title_key,
)
from citecheck.model import NoteCitation, Reference, Span
from tests.helpers import lint_text


def manuscript(*notes: str, works_cited: str = "") -> str:
    body = "".join(f"Claim {n}.[^{n}] " for n in range(1, len(notes) + 1)) + "\n\n"
    definitions = "".join(f"[^{n}]: {text}\n\n" for n, text in enumerate(notes, 1))
    return body + definitions + "\n## Works cited\n\n" + works_cited + "\n"


def found(text: str) -> list[tuple[str, object, object, object]]:
    result = lint_text(text, "C101", "C107", name="m.md")
    return [
        (f.rule, f.data.get("note"), f.data.get("field"), f.data.get("cited"))
        for f in result.findings
    ]


# A web copy: the title is plain, and the reader cuts it at its first comma ("Time").
POSTONE = (
    "See Moishe Postone, Time, Labor and Social Domination: A Reinterpretation of Marx's "
    "Critical Theory (Cambridge, UK: Cambridge University Press, {year})."
)
POSTONE_LISTED = (
    "Postone, Moishe. *Time, Labor and Social Domination: A Reinterpretation of Marx's "
    "Critical Theory*. Cambridge: Cambridge University Press, 2003."
)


def test_year_slip_in_a_title_read_in_part_is_inconsistent_not_missing() -> None:
    assert found(manuscript(POSTONE.format(year=2004), works_cited=POSTONE_LISTED)) == [
        ("inconsistent-reference", 1, "year", "2004")
    ]
    assert found(manuscript(POSTONE.format(year=2003), works_cited=POSTONE_LISTED)) == []


def test_misspelt_author_of_a_title_read_in_part_is_inconsistent() -> None:
    text = manuscript(
        POSTONE.format(year=2003).replace("Postone", "Potsone"), works_cited=POSTONE_LISTED
    )
    assert found(text) == [("inconsistent-reference", 1, "author", "Potsone")]


TROTZKI = (
    "Trotzki, Leo D., *Schriften über Deutschland* [*Writings on Germany*] *1929-1940*, "
    "ed. Helmut Dahmer (Frankfurt: Europäische Verlagsanstalt, {year})."
)
TROTZKI_LISTED = (
    "Trotzki, Leo. *Schriften über Deutschland 1929-1940*. Frankfurt: Europäische "
    "Verlagsanstalt, 1971."
)


def test_year_slip_where_the_entry_adds_a_date_range_to_the_title() -> None:
    assert found(manuscript(TROTZKI.format(year=1972), works_cited=TROTZKI_LISTED)) == [
        ("inconsistent-reference", 1, "year", "1972")
    ]
    assert found(manuscript(TROTZKI.format(year=1971), works_cited=TROTZKI_LISTED)) == []


def test_two_works_of_one_author_with_other_years_are_not_one_work() -> None:
    # "Lenin" (2011) is not "Lenin Rediscovered" (2006): a missing entry, not a year slip
    rediscovered = (
        "Lih, Lars. *Lenin Rediscovered: What Is to Be Done? in Context*. Leiden: Brill, 2006."
    )
    text = manuscript(
        "Lars T. Lih, *Lenin* (London: Reaktion Books, 2011), 12.", works_cited=rediscovered
    )
    assert [(rule, note) for rule, note, _, _ in found(text)] == [("missing-reference", 1)]
    lenin = "Lih, Lars. *Lenin*. London: Reaktion Books, 2011."
    text = manuscript(
        "Lars T. Lih, *Lenin Rediscovered: What Is to Be Done? in Context* (Leiden: Brill, 2006).",
        works_cited=lenin,
    )
    assert [(rule, note) for rule, note, _, _ in found(text)] == [("missing-reference", 1)]


# The original's year beside the title, the edition's in the imprint.
ADORNO = (
    'See Adorno, "Reflections on Class Theory" (1942), in *Can One Live After Auschwitz? A '
    "Philosophical Reader*, ed. Rolf Tiedemann (Stanford, CA: Stanford University Press, "
    "{year}), 93--110."
)
ADORNO_LISTED = (
    "Adorno, Theodor. *Reflections on Class Theory*. Stanford: Stanford University Press, 2003."
)


def test_edition_year_after_the_original_beside_the_title_is_compared() -> None:
    assert found(manuscript(ADORNO.format(year=2004), works_cited=ADORNO_LISTED)) == [
        ("inconsistent-reference", 1, "year", "2004")
    ]
    assert found(manuscript(ADORNO.format(year=2003), works_cited=ADORNO_LISTED)) == []


def test_original_year_alone_beside_the_title_is_no_slip() -> None:
    text = manuscript('Adorno, "Reflections on Class Theory" (1942).', works_cited=ADORNO_LISTED)
    assert found(text) == []


def test_translation_year_and_original_year_agree_with_either_entry() -> None:
    note = "Karl Marx, *Capital*, vol. 1, trans. Ben Fowkes (1867; London: Penguin, 1976), 125."
    for year in ("1976", "1867"):
        listed = f"Marx, Karl. *Capital*. Vol. 1. London: Penguin, {year}."
        assert found(manuscript(note, works_cited=listed)) == []
    slip = "Marx, Karl. *Capital*. Vol. 1. London: Penguin, 1977."
    assert [(r, field) for r, _, field, _ in found(manuscript(note, works_cited=slip))] == [
        ("inconsistent-reference", "year")
    ]


def test_reprint_years_agree_with_either_entry() -> None:
    note = (
        "G. D. H. Cole, *Guild Socialism Restated* (London: Parsons, 1920; repr. New "
        "Brunswick: Transaction, 1980), 7."
    )
    for year in ("1920", "1980"):
        listed = f"Cole, G. D. H. *Guild Socialism Restated*. London: Parsons, {year}."
        assert found(manuscript(note, works_cited=listed)) == []


def test_no_date_is_no_year_slip() -> None:
    listed = "Anonymous Writer. *A Pamphlet on the Strike*. London: Self-published, n.d."
    note = "Anonymous Writer, *A Pamphlet on the Strike* (London: Self-published, 1911), 3."
    assert found(manuscript(note, works_cited=listed)) == []
    note = "Anonymous Writer, *A Pamphlet on the Strike* (London: Self-published, n.d.), 3."
    listed = "Anonymous Writer. *A Pamphlet on the Strike*. London: Self-published, 1911."
    assert found(manuscript(note, works_cited=listed)) == []


# A letter in a published collection, in a web copy (no italics): the collection is the work.
LETTER = (
    "Karl Marx to Domela Nieuwenhuis, 22 February 1881, in Karl Marx and Friedrich Engels: "
    "Selected Correspondence, 1846-1895, trans. Dona Torr (New York: International "
    "Publishers, {year}), 387."
)
LETTER_LISTED = (
    "Marx, Karl. *Karl Marx and Friedrich Engels: Selected Correspondence, 1846-1895*. New "
    "York: International Publishers, 1942."
)


def test_letter_in_a_collection_is_matched_and_its_edition_year_compared() -> None:
    assert found(manuscript(LETTER.format(year=1943), works_cited=LETTER_LISTED)) == [
        ("inconsistent-reference", 1, "year", "1943")
    ]
    assert found(manuscript(LETTER.format(year=1942), works_cited=LETTER_LISTED)) == []


def cited(title: str, year: str, text: str, form: str = "full") -> NoteCitation:
    return NoteCitation(
        text=text, span=Span(0, len(text)), note=1, form=form, authors=(author("Binh"),),
        title=title, year=year,
    )  # fmt: skip


def entry(title: str, year: str) -> Reference:
    return Reference(
        key=f"binh{year}", authors=(author("Binh"),), year=year, suffix="", title=title,
        source="m.md", line=1,
    )  # fmt: skip


def test_a_second_work_in_the_same_note_is_not_the_first_one() -> None:
    text = (
        'Pham Binh\'s articles are "Mangling the Party of Lenin," *Weekly Worker* 899 (2013), '
        'and "Wanting to Get Lenin Wrong," *Weekly Worker* 907 (2013).'
    )
    mangling = entry("Mangling the Party of Lenin", "2012")
    wanting = cited("Wanting to Get Lenin Wrong", "2012", text)
    assert not title_written_out(wanting, mangling.title, title_key)
    (match,) = match_note_citations([wanting], [mangling])
    assert match.status == MISSING
    part = cited("Mangling the Party", "2013", text)
    assert title_written_out(part, mangling.title, title_key)
    (match,) = match_note_citations([part], [mangling])
    assert match.status == MATCHED and match.differences == (("year", "2013", "2012"),)


def test_a_full_form_without_a_year_fits_by_its_short_title() -> None:
    listed = entry("What Does the German Worker Read? Answered by Means of a Survey", "1900")
    (match,) = match_note_citations([cited("What Does the German Worker Read?", "", "x")], [listed])
    assert match.status == MATCHED and match.differences == ()
    (other,) = match_note_citations(
        [cited("What Does the German Worker Read?", "1901", "x")], [listed]
    )
    assert other.status == MISSING


def test_years_in_an_address_or_a_block_quotation_are_not_written_years() -> None:
    text = (
        "Rosa Luxemburg, *The Junius Pamphlet* (1915), www.marxists.org/archive/luxemburg/1916/"
        " > In 1917 the war …"
    )
    assert written_years(cited("The Junius Pamphlet", "1915", text)) == ("1915",)


def test_a_plain_title_run_on_into_its_container_is_the_entry() -> None:
    note = (
        "Rainer Maria Rilke. Duino Elegies in The Selected Poetry of Rainer Maria Rilke, ed. "
        "Stephen Mitchell (NY: Random House, {year}), 151."
    )
    listed = "Rainer Maria Rilke, *Duino Elegies*, 1982."
    assert found(manuscript(note.format(year=1983), works_cited=listed)) == [
        ("inconsistent-reference", 1, "year", "1983")
    ]
    assert found(manuscript(note.format(year=1982), works_cited=listed)) == []


def test_a_preface_read_as_the_title_cites_the_book_written_after_it() -> None:
    note = (
        "See György {name}, Preface (1922), History and Class Consciousness: Studies in "
        "Marxist Dialectics (1923), trans. Rodney Livingstone (Cambridge, MA: MIT Press, 1971)."
    )
    listed = (
        "György Lukács, *History and Class Consciousness: Studies in Marxist Dialectics*, 1971."
    )
    assert found(manuscript(note.format(name="Lukács"), works_cited=listed)) == []
    assert found(manuscript(note.format(name="Luákcs"), works_cited=listed)) == [
        ("inconsistent-reference", 1, "author", "Luákcs")
    ]
    # an introduction to another author's book is not that book
    other = "Peter Preuss, *Introduction to Nietzsche: On History* (Indianapolis: Hackett, 1980)."
    assert [r for r, *_ in found(manuscript(other, works_cited=listed))] == ["missing-reference"]


HEIDEGGER = (
    "“The End of Philosophy and the Task of Thinking” (1964), in *Basic Writings*, ed. David "
    "Farrell Krell (New York: HarperCollins, {year}), 433."
)
HEIDEGGER_LISTED = "Martin Heidegger, *The End of Philosophy and the Task of Thinking*, 1993."


def test_a_full_form_read_without_its_author_is_matched_by_its_whole_title() -> None:
    assert found(manuscript(HEIDEGGER.format(year=1994), works_cited=HEIDEGGER_LISTED)) == [
        ("inconsistent-reference", 1, "year", "1994")
    ]
    assert found(manuscript(HEIDEGGER.format(year=1993), works_cited=HEIDEGGER_LISTED)) == []


def test_a_short_or_partial_title_without_author_matches_no_entry() -> None:
    # "Basic Writings" alone is no specific title, and a part of a title is not the title
    for note in (
        "*Basic Writings* (New York: HarperCollins, 1994), 433.",
        "“The End of Philosophy” (New York: HarperCollins, 1994), 433.",
    ):
        listed = "Martin Heidegger, *Basic Writings*, 1993.\n\n" + HEIDEGGER_LISTED
        assert found(manuscript(note, works_cited=listed)) == []
        result = lint_text(manuscript(note, works_cited=listed), "C103", name="m.md")
        assert len(result.findings) == 2  # neither entry is cited by it


def test_a_short_title_comes_from_the_main_title_not_the_subtitle() -> None:
    lied = (
        "Grover Furr, *Khrushchev Lied: The Evidence That Every Revelation of Stalin's Crimes "
        "Is Provably False* (Kettering, OH: Erythrós Press, 2011)."
    )
    evidence = (
        "Grover Furr, *Evidence of Leon Trotsky's Collaboration* (Kettering: Erythrós, 2009)."
    )
    listed_lied = "Grover Furr, *Khrushchev Lied: The Evidence That Every Revelation of Stalin's Crimes Is Provably False*, 2011."
    listed_evidence = "Grover Furr, *Evidence of Leon Trotsky's Collaboration*, 2009."
    short = "Furr, *Evidence*, 12."
    # the short form is of the second book: with its entry removed, it has none
    text = manuscript(lied, evidence, short, works_cited=listed_lied)
    assert [(r, n) for r, n, *_ in found(text)] == [
        ("missing-reference", 2),
        ("missing-reference", 3),
    ]
    text = manuscript(lied, evidence, short, works_cited=listed_lied + "\n\n" + listed_evidence)
    assert found(text) == []
    # nor is the first book's note its full form
    result = lint_text(manuscript(lied, short), "C105", name="m.md")
    assert [f.data["note"] for f in result.findings] == [2]
    result = lint_text(manuscript(lied, "Furr, *Khrushchev Lied*, 12."), "C105", name="m.md")
    assert result.findings == ()


CRISIS = (
    "As {name} put it in 1915 in *The Crisis of German Social Democracy* (aka *The Junius "
    "Pamphlet*, available online at www.marxists.org/archive/luxemburg/1915/junius/),"
)
CRISIS_LISTED = "Rosa Luxemburg, *The Crisis of German Social Democracy*, 1915."


def test_a_misspelt_author_in_a_note_read_as_no_citation() -> None:
    text = manuscript(CRISIS.format(name="Luxmeburg"), works_cited=CRISIS_LISTED)
    assert found(text) == [("inconsistent-reference", 1, "author", "Luxmeburg")]
    assert found(manuscript(CRISIS.format(name="Luxemburg"), works_cited=CRISIS_LISTED)) == []


def test_a_near_name_that_is_another_author_or_far_from_the_title_is_no_misspelling() -> None:
    listed = (
        "Stuart Hall, *Policing the Crisis*, 1978.\n\n"
        "Christopher Hill, *The World Turned Upside Down*, 1972."
    )
    for note in (
        "As Hill remarked of *Policing the Crisis* in a lecture, the book aged well.",  # listed
        "As Ball remarked of *Policing the Crisis* in a lecture, the book aged well.",  # initial
        "Hall and Hell on *Policing the Crisis* in a lecture.",  # Hall spelt right there
        "As Hull remarked of *Policing* in a lecture, the book aged well.",  # no whole title
    ):
        assert [
            f for f in found(manuscript(note, works_cited=listed)) if f[0] != "missing-reference"
        ] == []


NETTL = (
    "Rosa Luxemburg's biographer, the political scientist J. P. Nettl, in the essay “The German "
    "Social Democratic Party 1890--1914 as Political Model” (in *Past and Present* 30 [April "
    "{year}], 65--95), addressed this issue as follows:"
)
NETTL_LISTED = (
    "J. P. Nettl, *The German Social Democratic Party 1890--1914 as Political Model*, 1965."
)


def test_another_year_in_a_note_read_as_no_citation() -> None:
    assert found(manuscript(NETTL.format(year=1966), works_cited=NETTL_LISTED)) == [
        ("inconsistent-reference", 1, "year", "1966")
    ]
    assert found(manuscript(NETTL.format(year=1965), works_cited=NETTL_LISTED)) == []


def test_years_of_a_title_named_in_prose_are_not_its_year() -> None:
    listed = "Theodor Adorno, *Negative Dialectics of the Sixties*, 1983."
    for note in (
        # prose after the title: its years are the prose's
        "This essay, a coda to Adorno's *Negative Dialectics of the Sixties* that he wrote "
        "after the strike of 1969, was his last.",
        # no author named: the title is named in passing
        "The book *Negative Dialectics of the Sixties* (London: Routledge, 1973) is long.",
        # the original's year alone, beside the title
        "Adorno, *Negative Dialectics of the Sixties* (1966).",
        # the entry's year among the note's years: a reprint
        "Adorno, *Negative Dialectics of the Sixties* (1966; repr. London: Routledge, 1983).",
    ):
        assert found(manuscript(note, works_cited=listed)) == [], note


def test_excerpts_after_the_imprint_are_other_publications() -> None:
    note = (
        "See James Weinstein, *The Long Detour: The History and Future of the American Left* "
        "({year}), excerpts in *The Nation* (July 7, 2003) and *In These Times* (May 28, 2003)."
    )
    listed = (
        "James Weinstein, *The Long Detour: The History and Future of the American Left*, 2003."
    )
    assert found(manuscript(note.format(year=2004), works_cited=listed)) == [
        ("inconsistent-reference", 1, "year", "2004")
    ]
    assert found(manuscript(note.format(year=2003), works_cited=listed)) == []


def test_anonymous_is_no_author_to_list() -> None:
    note = "Anonymous, *Tidal Occupy Theory*, February 2012, 15."
    assert found(manuscript(note, works_cited=CRISIS_LISTED)) == []
    named = "Jane Roe, *Tidal Occupy Theory*, February 2012, 15."
    assert [r for r, *_ in found(manuscript(named, works_cited=CRISIS_LISTED))] == [
        "missing-reference"
    ]


FREUD = (
    "{name} calls his theory of repression “the cornerstone on which the whole structure of "
    "psychoanalysis rests” (“The History of the Psychoanalytic Movement,” *Collected Papers: "
    "Volume IV* (New York: Basic Books, 1959), p. 168)."
)
FREUD_LISTED = "Sigmund Freud, *The History of the Psychoanalytic Movement*, 1959."


def test_the_author_of_a_source_read_without_author_is_still_compared() -> None:
    assert found(manuscript(FREUD.format(name="Ferud"), works_cited=FREUD_LISTED)) == [
        ("inconsistent-reference", 1, "author", "Ferud")
    ]
    assert found(manuscript(FREUD.format(name="Freud"), works_cited=FREUD_LISTED)) == []


READER = (
    "Marx, “The Difference Between the Democritean and Epicurean Philosophies of Nature”, "
    "(1839--41). Quoted in *The Marx-Engels Reader*, Robert C. {name} ed., Norton {year} (p. 10)."
)
READER_LISTED = (
    "Robert C. Tucker, *The Marx-Engels Reader*, 1978.\n\n"
    "Karl Marx, *The Difference Between the Democritean and Epicurean Philosophies of "
    "Nature*, 1841."
)


def test_an_editor_named_after_the_title_is_compared() -> None:
    assert found(
        manuscript(READER.format(name="Tukcer", year=1978), works_cited=READER_LISTED)
    ) == [("inconsistent-reference", 1, "author", "Tukcer")]
    assert found(
        manuscript(READER.format(name="Tucker", year=1979), works_cited=READER_LISTED)
    ) == [("inconsistent-reference", 1, "year", "1979")]
    assert (
        found(manuscript(READER.format(name="Tucker", year=1978), works_cited=READER_LISTED)) == []
    )
    # a near name after the title that is not marked as its author or editor is left alone
    prose = "See *The Marx-Engels Reader* (New York: Norton, 1978), where Tukcer is thanked."
    assert found(manuscript(prose, works_cited=READER_LISTED)) == []


def test_a_misspelt_first_author_beside_a_coauthor_spelt_right() -> None:
    note = (
        "{name} and Engels had observed, in their *Manifesto of the Communist Party* (1848), "
        "that the crisis would end in ruin."
    )
    listed = "Karl Marx and Friedrich Engels, *Manifesto of the Communist Party*, 1848."
    assert found(manuscript(note.format(name="Mrax"), works_cited=listed)) == [
        ("inconsistent-reference", 1, "author", "Mrax")
    ]
    assert found(manuscript(note.format(name="Marx"), works_cited=listed)) == []
