"""No false `missing-reference` on a clean notes-bibliography document (issue 11).

Each row is a note we wrote, in one of the shapes the truth set's annotation conventions
describe (bench/truth/note_citations/README.md), with its annotation. The works-cited list
is built from the annotation as the seeded-defect harness builds it
(`bench/note_seeding.py`: "Mao, *On Practice*, 1965."), so the document is clean: no note
may be reported as citing a work with no entry. With the work's entry removed, the note
must be reported (the rule still finds what is missing).

The mention rows are the policy of `rules/note_mentions.py`: a work named in a note's
running prose, without bibliographic details, is owed no entry; the same work in citation
shape, or with details, is.
"""

from __future__ import annotations

import sys

import pytest

from tests.helpers import ROOT, lint_text

sys.path.insert(0, str(ROOT / "bench"))

from note_seeding import works_cited, works_of

OTHER_NOTE = "Jane Doe, *An Unrelated Book* (London: Verso, 2000)."
OTHER = {"form": "full", "authors": ["Doe"], "title": "An Unrelated Book", "year": 2000}


def cited(authors: list[str], title: str | None, year: int | None, **more: object) -> dict:
    return {"form": "full", "authors": authors, "title": title, "year": year, **more}


# (convention, note, its annotation): each work the annotation lists must match its entry.
CONVENTIONS = [
    ("a book", "Ervand Abrahamian, *Iran Between Two Revolutions* (Princeton: Princeton University Press, 1982), 23.", [cited(["Abrahamian"], "Iran Between Two Revolutions", 1982)]),
    ("a corporate author", "World Commission on Environment and Development, *Our Common Future* (Oxford: Oxford University Press, 1987), 43.", [cited(["World Commission on Environment and Development"], "Our Common Future", 1987)]),
    ("an editor cited as author", "Mary-Alice Waters, ed., *Rosa Luxemburg Speaks* (New York: Pathfinder, 1970).", [cited(["Waters"], "Rosa Luxemburg Speaks", 1970)]),
    ("editors cited as authors", "Tariq Ali and Robin Blackburn (eds.), *Towards Socialism* (London: Fontana, 1965).", [cited(["Ali", "Blackburn"], "Towards Socialism", 1965)]),
    ("a book cited by its editor after the title", "*The Marx-Engels Reader*, ed. Robert C. Tucker (New York: Norton, 1978), 12.", [cited(["Tucker"], "The Marx-Engels Reader", 1978)]),
    ("a chapter with its container", "Rosa Luxemburg, “The Junius Pamphlet,” in *Rosa Luxemburg Speaks*, ed. Mary-Alice Waters (New York: Pathfinder, 1970), 257.", [cited(["Luxemburg"], "The Junius Pamphlet", 1970)]),
    ("an article in a journal", "Moishe Postone, “History and Helplessness,” *Public Culture* 18, no. 1 (2006): 93–110.", [cited(["Postone"], "History and Helplessness", 2006)]),
    ("a letter in a collection, its title read", "Karl Marx to Arnold Ruge, September 1843, in *Collected Works*, vol. 3 (New York: International Publishers, 1975), 142.", [cited(["Marx"], "Collected Works", 1975, original_year=1843)]),
    ("a letter in a collection, its date read", "Marx to Engels, 16 April 1856, in Karl Marx and Frederick Engels, *Selected Correspondence* (Moscow: Progress, 1975), 86.", [cited(["Marx"], "Selected Correspondence", 1975, original_year=1856)]),
    ("X quoted in Y", "Leon Trotsky, *The Revolution Betrayed* (1937), quoted in Tony Cliff, *Trotsky*, vol. 4 (London: Bookmarks, 1993), 12.", [cited(["Trotsky"], "The Revolution Betrayed", 1937), cited(["Cliff"], "Trotsky", 1993)]),
    ("a person quoted in a work", "Lenin, quoted in Tony Cliff, *Lenin: Building the Party* (London: Pluto, 1975), 34.", [cited(["Cliff"], "Lenin: Building the Party", 1975)]),
    ("a misspelling kept", "Theodor Adordo, *Minima Moralia* (London: Verso, 1974), 39.", [cited(["Adordo"], "Minima Moralia", 1974, unsure="misspelt")]),
    ("an author written once for two works", "Karl Marx, *Capital*, vol. 1 (London: Penguin, 1976), 12; *Grundrisse* (London: Penguin, 1973), 45.", [cited(["Marx"], "Capital", 1976), cited(["Marx"], "Grundrisse", 1973, unsure="author repeated")]),
    ("a year range (null)", "V. I. Lenin, *Collected Works* (Moscow: Progress, 1960–70), 23:12.", [cited(["Lenin"], "Collected Works", None)]),
    ("a year range in the title", "Leon Trotsky, *Writings of Leon Trotsky (1937–38)* (New York: Pathfinder, 1976), 12.", [cited(["Trotsky"], "Writings of Leon Trotsky (1937–38)", 1976)]),
    ("the original year, then the edition's", "Georg Lukács, *History and Class Consciousness* (1923; repr. London: Merlin, 1971), 83.", [cited(["Lukács"], "History and Class Consciousness", 1971, original_year=1923)]),
    ("the original year beside the title", "Karl Korsch, *Marxism and Philosophy* (1923) (London: NLB, 1970), 29.", [cited(["Korsch"], "Marxism and Philosophy", 1970, original_year=1923)]),
    ("a translated title in brackets", "Alexandra Kollontai, *Novaia moral' i rabochii klass* [The New Morality and the Working Class] (Moscow, 1919), 15.", [cited(["Kollontai"], "Novaia moral' i rabochii klass [The New Morality and the Working Class]", 1919)]),
    ("a subtitle in the note only", "Tony Cliff, *Lenin: Building the Party* (London: Pluto, 1975), 34.", [cited(["Cliff"], "Lenin", 1975)]),
    ("a subtitle in the annotation only", "Tony Cliff, *Lenin* (London: Pluto, 1975), 34.", [cited(["Cliff"], "Lenin: Building the Party", 1975)]),
    ("a short form with a shortened title", "Abrahamian, *Iran*, 41.", [cited(["Abrahamian"], "Iran", None, form="short")]),
    ("a particle", "Simone de Beauvoir, *The Second Sex* (New York: Knopf, 1953), 12.", [cited(["de Beauvoir"], "The Second Sex", 1953)]),
    ("a family name first, read as the given name", "Mao Zedong, “On Practice,” in *Selected Works*, vol. 1 (Peking: Foreign Languages Press, 1965), 295.", [cited(["Mao"], "On Practice", 1965)]),
    ("a family name first, read whole", "Mao Tse-tung, *On Contradiction* (Peking: Foreign Languages Press, 1967).", [cited(["Mao"], "On Contradiction", 1967)]),
    ("a compound surname", "Gareth Stedman Jones, *Languages of Class* (Cambridge: Cambridge University Press, 1983), 90.", [cited(["Stedman Jones"], "Languages of Class", 1983)]),
    ("a work with a year and no title", "Grigory Zinoviev, *Izvestiia TsK KPSS*, No. 5 (1989), 12.", [cited(["Zinoviev"], None, 1989)]),
    ("an inverted name", "Healey, Dan. *Homosexual Desire in Revolutionary Russia*. Chicago: University of Chicago Press, 2001.", [cited(["Healey"], "Homosexual Desire in Revolutionary Russia", 2001)]),
    ("the German colon style", "Leo Trotzki: *Literatur und Revolution*. Essen 1994, S. 79f.", [cited(["Trotzki"], "Literatur und Revolution", 1994)]),
    ("an interview, the interviewer named", "Slavoj Žižek, interview by Doug Henwood, *Left Business Observer*, 2002.", [cited(["Žižek"], None, 2002)]),
]  # fmt: skip

# Works named in a note's prose (annotated `mention`, so not in the list): no finding.
MENTIONS = [
    "Marx's *Capital* (1867) made the point first.",
    "The term comes from Mark Twain's 1873 novel, co-written by Charles Dudley Warner, *The Gilded Age*, about the era.",
    "The phrase comes from *The Communist Manifesto* by Marx and Engels.",
    "Reported in *Pravda*, 12 March 1917.",
    "As Marx argued in *Capital*, value is a social relation.",
    "Trotsky wrote *The Revolution Betrayed* in 1936, in exile.",
]

# Pieces whose "author" is a publication, a broadcaster, a news agency or an archive (the
# annotation gives them no author, so the list holds none): no finding.
NO_NAMED_AUTHOR = [
    "BBC News, “Corbyn Wins Leadership,” September 12, 2015, http://www.bbc.co.uk/news/uk-politics-34221155.",
    "Associated Press, “Riots in Paris,” *The Guardian*, 3 May 2006.",
    "Hoover Institution Archives, Boris Nicolaevsky Collection, box 3, folder 12.",
    "Marxists Internet Archive, “Lenin Internet Archive,” https://www.marxists.org/archive/lenin/.",
    "Unsigned, “The Tasks Ahead,” *Pravda*, March 14, 1917.",
    "Editors, “Introduction,” *New Left Review* 1 (1960): 1.",
    "Translator's note, *Capital* (London: Penguin, 1976), 12.",
]

# The same works in citation shape, or named in prose with details, and works of persons
# and corporate authors whose names hold such a word: reported when the list lacks them.
CITED = [
    "Luxemburg's biographer, J. P. Nettl, in the essay “The German Social Democratic Party 1890--1914 as Political Model” (in *Past and Present* 30 [April 1965], 65--95), addressed this.",
    "\u200bKarl Kautsky: *Der Staatssozialismus*. In: *Der Sozialdemokrat*, 1881.",
    "US Department of Labor, *Report on Wages* (Washington, DC: GPO, 1950), 4.",
    "Wayne Newsome, *Press Freedom* (London: Verso, 1990).",
    "Karl Marx, *Capital* (1867).",
    "See Marx, *Capital*.",
    "Marx, *Capital*, 23.",
    "Marx's *Capital* (London: Penguin, 1976), 12.",
    "See Hobsbawm's books *The Age of Capital: 1848--1875* (1975) and *The Age of Empire: 1875--1914* (1987).",
    "On this, see Greg Guma's 1989 book, *The People's Republic*, p. 19-42.",
    "Trotsky, *The Revolution Betrayed*; and Marx, *Capital*.",
]


def document(note: str, annotation: list[dict], *, drop: int | None = None) -> str:
    truth = {
        "notes": [
            {"label": "1", "citations": annotation},
            {"label": "2", "citations": [OTHER]},
        ]
    }
    works = works_of(truth, listed=True)
    if drop is not None:
        works = [w for w in works if w.title != annotation[drop]["title"]]
    body = f"Body text.[^1] More text.[^2]\n\n[^1]: {note}\n[^2]: {OTHER_NOTE}\n"
    return body + works_cited(works)


def missing(text: str) -> list[object]:
    return [f.data.get("note") for f in lint_text(text, "C101", name="m.md").findings]


@pytest.mark.parametrize(
    ("convention", "note", "annotation"), CONVENTIONS, ids=[r[0] for r in CONVENTIONS]
)
def test_a_clean_document_gives_no_missing_reference(
    convention: str, note: str, annotation: list[dict]
) -> None:
    assert missing(document(note, annotation)) == []


# The rows whose first work the list holds by its title, and that the note cites in a form
# the reader reads (the interview's note names its interviewee in passing).
REMOVABLE = [r for r in CONVENTIONS if r[2][0]["title"] and not r[0].startswith("an interview")]


@pytest.mark.parametrize(
    ("convention", "note", "annotation"), REMOVABLE, ids=[r[0] for r in REMOVABLE]
)
def test_the_entry_removed_is_reported(convention: str, note: str, annotation: list[dict]) -> None:
    assert missing(document(note, annotation, drop=0)) == [1]


@pytest.mark.parametrize("note", MENTIONS)
def test_a_work_named_in_prose_is_owed_no_entry(note: str) -> None:
    assert missing(document(note, [])) == []


@pytest.mark.parametrize("note", NO_NAMED_AUTHOR)
def test_a_piece_by_a_publication_is_owed_no_entry(note: str) -> None:
    assert missing(document(note, [])) == []


@pytest.mark.parametrize("note", CITED)
def test_a_work_in_citation_shape_or_with_details_is_owed_an_entry(note: str) -> None:
    assert 1 in missing(document(note, []))


def test_the_tables_hold_both_ways() -> None:
    assert len(MENTIONS) + len(NO_NAMED_AUTHOR) >= 10
    assert len(CITED) >= len(MENTIONS)
