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
    (
        "a surname and a plain short title in web-copied text, a small roman page, then prose",
        "Lukács, History and Class Consciousness, xlvi. Citing Lukács in her review of "
        "Buck-Morss and Tar, Rose posed the problem this way:",
        [(["Lukács"], "", "History and Class Consciousness")],
    ),
    (
        "negative: a list of surnames is still a list of authors",
        "Marx and Friedrich Engels, *Manifesto* (London: Penguin, 2002), 3.",
        [(["Marx", "Engels"], "2002", "Manifesto")],
    ),
    (
        "a newspaper's issue numbers and a run of days",
        "*Rheinische Zeitung* nos. 343 and 344, December 9-10 1842. MECW vol. 2",
        [([], "1842", "Rheinische Zeitung")],
    ),
    (
        "negative: a newspaper named in prose with a year",
        "*Rheinische Zeitung* was banned in 1843.",
        [],
    ),
    (
        "a letter by writer, addressee and date",
        "He wrote that it was ignored [Max Shachtman to Martin Abern, 22 June 1933, Box 2, "
        "Max Shachtman Papers].",
        [(["Shachtman"], "1933", "")],
    ),
    (
        "negative: a writer and an addressee in prose, the date elsewhere",
        "Writing from Büyükada, Shachtman complained to Martin Abern, 22 June 1933, that he "
        "was ignored.",
        [],
    ),
    (
        "a review by its writer's possessive, dated by its journal issue",
        "See Rose's review of Adorno's *Negative Dialectics* (1973) in *The American Political "
        "Science Review* 70.2 (June, 1976), 598--599.",
        [(["Rose"], "1976", "")],
    ),
    (
        "negative: a review named in passing",
        "See Rose's review of the book.",
        [],
    ),
    (
        "a plain title after quoted in, vouched for by an imprint",
        "John McDonnell quoted in The Corbyn Story, aired 13 July (London: BBC Radio 4, 2016), "
        "radio broadcast",
        [([], "2016", "The Corbyn Story")],
    ),
    (
        "negative: a plain phrase after quoted in without an imprint",
        "As quoted in The Guardian the other day, he was right.",
        [],
    ),
    (
        "Cf. (with or without a comma) is a cue",
        "Cf., Eric Hobsbawm, *The Age of Extremes* (New York: Vintage, 1994).",
        [(["Hobsbawm"], "1994", "The Age of Extremes")],
    ),
    (
        "negative: a word starting with Cf is no cue",
        "Cfx Hobsbawm said so in 1994.",
        [],
    ),
    (
        "the writer's own work: See my “Title”",
        'See my "Rosa Luxemburg and the Party," *Platypus Review* 86 (May 2016), available '
        "online at https://platypus1917.org/2016/05/03/rosa-luxemburg-party/.",
        [([], "2016", "Rosa Luxemburg and the Party")],
    ),
    (
        "a German particle vom before the surname",
        'Uli vom Hagen, "Rosa Luxemburg\'s Legacy," *Platypus Review* 20 (February 2010).',
        [(["vom Hagen"], "2010", "Rosa Luxemburg")],
    ),
    (
        "a letter in a published collection: the collection, its edition's year",
        'Theodor W. Adorno to Herbert Marcuse, Frankfurt, June 19, 1969, in "Correspondence on '
        'the German Movement," *New Left Review* I/233 (January -- February 1999): 132.',
        [(["Adorno"], "1999", "Correspondence on the German Movement")],
    ),
    (
        "Chicago's letter: Surname, letter to Addressee (date)",
        "Marx, letter to Arnold Ruge (September, 1843), in Tucker, ed., *Marx-Engels Reader*, 12.",
        # the collection in short, its editor by surname: a short form, no year (round 19)
        [(["Marx"], "", "Marx-Engels Reader")],
    ),
    (
        "German colon style, its year in the next sentence",
        "Leo Trotzki: Literatur und Revolution. Essen 1994, S. 79f.",
        [(["Trotzki"], "1994", "Literatur und Revolution")],
    ),
    (
        "German colon style, a short form with a page",
        "Adorno: Minima Moralia, S. 12.",
        [(["Adorno"], "", "Minima Moralia")],
    ),
    (
        "negative: a name and a colon before a sentence",
        "Lenin: The state withers away.",
        [],
    ),
    (
        "negative: a place and publisher after a work are no colon-style author",
        "Marcuse, H. (1964): Die Gesellschaftslehre des sowjetischen Marxismus. Neuwied: "
        "Luchterhand, S. 147.",
        [(["Marcuse"], "1964", "Die Gesellschaftslehre")],
    ),
    (
        "negative: a biography's subject before the colon is no author; its writer after "
        "by is (read since branch recall11b, the plain title vouched for by the imprint)",
        "Quoted in William Morris: Romantic to Revolutionary, by E. P. Thompson (Oakland, CA: "
        "PM Press, 2011), 305.",
        [(["Thompson"], "2011", "William Morris: Romantic")],
    ),
    (
        "negative: persons with initials are a list of editors, not a title",
        "Doug, McAdam, John D. McCarthy, and Mayer N. Zald (eds.) *Comparative Perspectives* "
        "(Cambridge, U.K.: Cambridge University Press, 1996).",
        [(["Doug", "McAdam", "McCarthy", "Zald"], "1996", "Comparative Perspectives")],
    ),
    (
        "negative: a title after ', and' with only its year takes the author before",
        "See Hobsbawm's books *The Age of Revolution* (1962), and *The Age of Extremes* (1994).",
        [(["Hobsbawm"], "1962", "The Age of Revolution"), (["Hobsbawm"], "1994", "The Age of")],
    ),
    (
        "a quoted title whose closing quote is missing runs to the bracket",
        'Horkheimer, M. (1950), "Lehren aus dem Faschismus [*Lessons from fascism.*] in, '
        "Horkheimer (1985), *Gesammelte Schriften*, Bd. 8 (Frankfurt: Fischer, 1985): 9-37.",
        [(["Horkheimer"], "1985", "Lehren aus dem Faschismus")],
    ),
    (
        "negative: a short quotation with a bracket in prose is no title",
        'She said "no (really)" twice.',
        [],
    ),
    (
        "a comma before et al.",
        'Theodor Adorno, et al., "Discussion of a Paper" (July 14, 1942), *Constellations* 8.1 '
        "(2001): 133.",
        [(["Adorno"], "1942", "Discussion of a Paper")],
    ),
    (
        "a writer named after the title, inside prose after see",
        'For the views of Kautsky, see "Developing a Philosophically Grounded Alternative," by '
        "Peter Hudis, Socialism and Democracy, 19 (2), July 2005, pp. 1-8.",
        [(["Hudis"], "2005", "Developing a Philosophically")],
    ),
    (
        "negative: by and a capital after a marked word in prose",
        "He was beaten by the police, *the Times* reported.",
        [],
    ),
    (
        "a possessive author, the year and a comma before the title",
        "See Greg Guma's 1989 book, *The People's Republic: Vermont and the Sanders Revolution,* "
        "p. 19-42.",
        [(["Guma"], "1989", "The People's Republic")],
    ),
    (
        "a marked title inside prose after see, vouched for by its imprint",
        "For the Freudian origins of this concept, see *For They Know Not What They Do* "
        "(London: Verso, 2002), p. 174.",
        [([], "2002", "For They Know Not What They Do")],
    ),
    (
        "negative: a marked title inside prose after see, with a bare year only",
        "For the origins of this concept, see *For They Know Not What They Do* (2002).",
        [],
    ),
    (
        "a quoted title ending in ? then its paper and date in web-copied text",
        'Elizabeth Bruening, "What Explains the Crossover Vote?" The New Republic, January 12, '
        "2016.",
        [(["Bruening"], "2016", "What Explains the Crossover Vote?")],
    ),
    (
        "negative: a quotation's end, then the next work's author",
        'He wrote: "This is the end." John Reed, "America and the Negro," *Minutes*, 1920.',
        [(["Reed"], "1920", "America and the Negro")],
    ),
    (
        "a plain short title followed by its container is no prose",
        "Marx, The Civil War in France, in Tucker, ed., Marx-Engels Reader, 638. Also "
        "available online here.",
        [(["Marx"], "", "The Civil War in France")],
    ),
    (
        "a plain short title, a page, then a quotation after a colon",
        'Lukács, History and Class Consciousness, ii.505: "Auch theoretisch handelt die '
        'kommunistische Partei nicht stellvertretend."',
        [(["Lukács"], "", "History and Class Consciousness")],
    ),
    (
        "a person with given names, then one-word title words, no title after",
        "Leon Trotsky, Results and Prospects.",
        [(["Trotsky"], "", "Results and Prospects")],
    ),
    (
        "negative: a person with given names, then surnames, then a marked title",
        "Max Horkheimer, Adorno and Pollock, *Studies* (Paris: Alcan, 1936).",
        [(["Horkheimer", "Adorno", "Pollock"], "1936", "Studies")],
    ),
    (
        "a corporate author before a marked title with details",
        "World Commission on Environment and Development, *Our Common Future* (Oxford: Oxford "
        "University Press, 1987).",
        [(["World Commission on Environment and Development"], "1987", "Our Common Future")],
    ),
    (
        "negative: a corporate-looking name before a marked title without details",
        "The League of Nations, *Report*.",
        [],
    ),
    # branch recall11b: shapes of notes where nothing was read (new tune articles, and the
    # Platypus articles outside the truth set)
    (
        "'Also see' after an address opens a second work (a URL ends no sentence)",
        'Jane Roe, "Old Times," *Review* 17 (November 2009). Available online at '
        '<http://example.org/a> Also see "New Times" in *Review* 38 (August 2011).',
        [(["Roe"], "2009", "Old Times"), ([], "2011", "New Times")],
    ),
    (
        "negative: 'also seen' after a work is prose",
        'Jane Roe, "Old Times," *Review* 17 (November 2009). It was also seen as a turn.',
        [(["Roe"], "2009", "Old Times")],
    ),
    (
        "a marked title and page in brackets after a quotation",
        'The essay, he said, joins "speculation and experience" (*Critical Models*, 126), '
        "and was his last.",
        [([], "", "Critical Models")],
    ),
    (
        "a quoted title and its imprint in brackets after a quotation (its speaker the author)",
        'Freud calls repression "the cornerstone" ("On the History of the Movement," '
        "*Collected Papers* (New York: Basic Books, 1959), p. 168).",
        [(["Freud"], "1959", "On the History")],
    ),
    (
        "names and a marked title in brackets after a quotation",
        'Life appears "as a means of life" (Marx, *The 1844 Manuscripts*, in Tucker, 76).',
        [(["Marx"], "", "The 1844 Manuscripts")],
    ),
    (
        "negative: a year in brackets after a quotation",
        'He called it "the end" (1999), and left.',
        [],
    ),
    (
        "negative: a gloss in brackets after a quotation",
        'The state calls them "the Hypocrites" (Monafeqin), he wrote in 1981.',
        [],
    ),
    (
        "negative: a plain title after a colon in brackets is no author and title",
        'As he put it, "hope" (Communism: The Beginning of A New Stage, p.29).',
        [],
    ),
    (
        "negative: a journal's details after a quoted title are no work of their own",
        'He answered in "Theory and Its Critics" (*Critical Inquiry* 30.2 [Winter 2004], '
        "424--428).",
        [],
    ),
    (
        "a web copy: a names sentence, then a plain title its imprint vouches for",
        "Stefan Aust. The Baader Meinhof Complex (London: The Bodley Head, 2008), 182.",
        [(["Aust"], "2008", "The Baader Meinhof Complex")],
    ),
    (
        "a web copy: two persons' names sentence, then a plain title and imprint",
        "Eckhart Ehlers and Thomas Krafft. Earth System Science in the Anthropocene "
        "(Berlin: Springer, 2010).",
        [(["Ehlers", "Krafft"], "2010", "Earth System Science")],
    ),
    (
        "negative: one word before a full stop is no person's names",
        "Talvisota. Kronikka. (Helsinki: Gummerus, 1989), 45.",
        [],
    ),
    (
        "negative: a names sentence, then prose an imprint follows",
        "Friedrich Nietzsche. Later he wrote (London: Verso, 2002) a lot.",
        [],
    ),
    (
        "negative: a names sentence, then a title whose imprint is another sentence's",
        "Stefan Aust. The Baader Meinhof Complex. See (London: The Bodley Head, 2008).",
        [],
    ),
    (
        "a cue before a surname with a non-ASCII capital",
        "A case for this is made by Žižek, *Living in the End Times* (2nd ed.) (London: "
        "Verso, 2011), p. 414.",
        [(["Žižek"], "2011", "Living in the End Times")],
    ),
    (
        "a second author with a non-ASCII capital after a work's closing bracket",
        "Louis Althusser, *For Marx* (London: Verso, 2005), and Étienne Balibar, *The "
        "Philosophy of Marx* (London: Verso, 1995).",
        [(["Althusser"], "2005", "For Marx"), (["Balibar"], "1995", "The Philosophy")],
    ),
    (
        "a source in brackets after a quotation, its author with a non-ASCII capital",
        'It is "a sort of tax" (Žižek, *Living in the End Times*, 114).',
        [(["Žižek"], "", "Living in the End Times")],
    ),
    (
        "a chapter of a work: 'chapter seven of' before the author",
        "This is worked out in chapter seven of Schumpeter, Joseph, *Capitalism, Socialism, "
        "and Democracy* (London: Allen & Unwin, 1976), p. 83.",
        [(["Schumpeter"], "1976", "Capitalism, Socialism")],
    ),
    (
        "negative: 'chapter two of the book' in prose",
        "In chapter two of the book, he argues the point at length.",
        [],
    ),
    (
        "negative: 'by' before a capital that opens prose, with no title",
        "It was written by Łukasz in a hurry, as he said in 1999.",
        [],
    ),
    (
        "the foreword to a book: the book, by the names after 'the foreword to'",
        "See the foreword to Geoff Eley, *Forging History* (New York: Oxford University "
        "Press, 2002).",
        [(["Eley"], "2002", "Forging History")],
    ),
    (
        "negative: a writer's own foreword ('Names, foreword to *Book* by …') is not read "
        "as the book's author's: it is the writer's",
        "Cedric Johnson, foreword to *Rebellion or Revolution* by Harold Cruse "
        "(Minneapolis: University of Minnesota Press, 2009), 6.",
        [(["Johnson"], "2009", "Rebellion or Revolution")],
    ),
    (
        "a plain title, its writer after ', by', then an imprint",
        "See The Power of Negativity: Selected Writings, by Raya Dunayevskaya, edited by "
        "Peter Hudis (Lanham: Lexington Books, 2002), p. 330.",
        [(["Dunayevskaya"], "2002", "The Power of Negativity")],
    ),
    (
        "a plain title after prose and 'see', its writer after ', by', then an imprint",
        "For a discussion of the problem, see Rosa Luxemburg, Women's Liberation, and "
        "Marx's Philosophy of Revolution, by Raya Dunayevskaya (Urbana: University of "
        "Illinois Press, 1991).",
        [(["Dunayevskaya"], "1991", "Rosa Luxemburg, Women's")],
    ),
    (
        "negative: prose, then ', by' a person and an imprint",
        "The meeting was chaired, by Tony Benn (London: Verso, 2002).",
        [],
    ),
    (
        "negative: a plain title and its writer with no imprint",
        "Quoted in William Morris: Romantic to Revolutionary, by E. P. Thompson, 305.",
        [],
    ),
    (
        "a web copy: a quoted title without author, an unmarked journal, volume and date",
        '"Marx and Value Critique," Platypus Review 56 (May 2013), available online at: '
        "2013/05/01/marx/.",
        [([], "2013", "Marx and Value Critique")],
    ),
    (
        "negative: a quotation, then capitalised prose and a year in brackets",
        'As he said in "the end," In 1917 (as he said).',
        [],
    ),
    (
        "'For example,' as a cue before names, and editors marked '(eds.)' with no comma",
        "For example,Anya Schiffrin and Eamon Kircher-Allen (eds.) *From Cairo to Wall "
        "Street*, (New York: The New Press, 2012).",
        [(["Schiffrin", "Kircher-Allen"], "2012", "From Cairo to Wall Street")],
    ),
    (
        "negative: 'For examples' is no cue, and names then '(1867)' then a title are author-year",
        "For examples of this, Marx (1867) *Capital*, p. 3.",
        [],
    ),
    (
        "the German cue 'Vgl.' is no given name (the names sentence cut needs two words)",
        "Vgl. Ruda: First as Politics, S. 18.",
        [(["Ruda"], "", "First as Politics")],
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


def test_a_title_in_brackets_after_a_quotation_names_a_container_given_before() -> None:
    full = (
        'Adorno, "Marginalia," in *Critical Models* (New York: Columbia University Press, '
        "1998), 266."
    )
    short = 'He wanted "speculation and experience" (*Critical Models*, 126).'
    assert findings(manuscript(full, short), "short-form-before-full") == []
    # the same short form with no full form before it is still found
    found = findings(manuscript("A note without a citation.", short), "short-form-before-full")
    assert [f.data["note"] for f in found] == [2]
