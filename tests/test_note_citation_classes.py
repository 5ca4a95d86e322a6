"""Issue 11, generalising pass: classes of note writing, not particular notes. Each class
(a plain title vouched for by its imprint, a bridge between an author in prose and the
title, German bibliography conventions, …) has hard cases drawn from Chicago's examples and
other journals' habits, and at least as many negatives: places and publishers before years,
page numbers, dates, years in prose, URLs, "Ibid." variants."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


def forms(text: str) -> list[str]:
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [c.form for c in note_citations_in(text, note)]


# (class, note text, the works read: (surnames, year, start of the title)); [] = nothing
CLASSES = [
    # --- spaces a web page or a word processor leaves
    (
        "spaces: a no-break space after a names sentence",
        "Eckhart Ehlers and Thomas Krafft.\xa0Earth System Science in the Anthropocene "
        "(Berlin: Springer Verlag, 2010).",
        [(["Ehlers", "Krafft"], "2010", "Earth System Science")],
    ),
    (
        "spaces: a zero-width space before a German colon-style note",
        "\u200bDan Healey:\xa0Homosexual Desire in Revolutionary Russia. Chicago 2001,\xa0S.\xa0170.",
        [(["Healey"], "2001", "Homosexual Desire")],
    ),
    ("negative spaces: a place before a year", "London,\xa02015.", []),
    ("negative spaces: a place, a year and a page", "Durham,\xa02012,\xa0p.\xa045.", []),
    # --- a plain title that an imprint right after it vouches for
    (
        "imprint: a title without author opening the note",
        "Republic of Fear (Los Angeles: University of California Press, 1998), ix--xi.",
        [([], "1998", "Republic of Fear")],
    ),
    (
        "imprint: an anonymous pamphlet",
        "Manifesto of the English Socialists (London: The Twentieth Century Press, 1893), 5.",
        [([], "1893", "Manifesto of the English Socialists")],
    ),
    (
        "imprint: names in prose, a plain title, an edition, then the imprint",
        "A case for this is made by Žižek, Living in the End Times (2nd ed.) (London: Verso, "
        "2011), p. 414.",
        [(["Žižek"], "2011", "Living in the End Times")],
    ),
    (
        "imprint: an editor between the plain title and the imprint",
        "See the Preface to Paolo Soleri, The Urban Ideal, ed. John Strohmeier and Jeffrey Cook "
        "(Berkeley: Berkeley Hills Books, 2001).",
        [(["Soleri"], "2001", "The Urban Ideal")],
    ),
    (
        "imprint: a plain title after a cue in prose",
        "For an exposition, see For They Know Not What They Do (London: Verso, 2002), p. 174.",
        [([], "2002", "For They Know Not What They Do")],
    ),
    (
        "negative imprint: a person, not a title",
        "Leon Trotsky (New York: Pathfinder, 1970).",
        [],
    ),
    (
        "negative imprint: prose before an imprint",
        "This argument is made at length in his book (London: Verso, 2002).",
        [],
    ),
    (
        "negative imprint: names then a title with no comma between are no title",
        "See John Holloway Change the World without Taking Power, (London: Pluto Press, 2002).",
        [],
    ),
    # the possessive's writer, as the Markdown (and "review was published in") reads him;
    # the journal before its colon is no author (round 26: four words and "in", as before
    # a marked title)
    (
        "imprint: a journal before a colon in prose is no author, the possessive's writer is",
        "Kautsky's review was first published in Die Gesellschaft: Internationale Revue für "
        "Sozialismus (Berlin: Dietz, 1924), 306.",
        [(["Kautsky"], "1924", "Die Gesellschaft: Internationale Revue für Sozialismus")],
    ),
    (
        "negative imprint: more than four words between the possessive and 'in'",
        "Kautsky's long and much cited review was first published in Die Gesellschaft: "
        "Internationale Revue für Sozialismus (Berlin: Dietz, 1924), 306.",
        [],
    ),
    (
        "negative imprint: a web copy's subtitle after a full stop is no second work",
        "Cedric Johnson, Revolutionaries to Race Leaders. Black Power and the Making of African "
        "American Politics (Minneapolis: University of Minnesota Press, 2007), 36.",
        [(["Johnson"], "2007", "Revolutionaries to Race Leaders")],
    ),
    (
        # was a negative; since "Also in *Book*" reads the work again in another book (its
        # author carried), a web copy's plain "Also in Book (…)" reads the same
        "imprint: 'Also in' a plain title, the work again in another book",
        'Louis Althusser, "Contradiction and Overdetermination," *New Left Review* 41 (1967), '
        "15. Also in For Marx (1965), trans. Ben Brewster (London: New Left Books, 1977), 87.",
        [
            (["Althusser"], "1967", "Contradiction and Overdetermination"),
            (["Althusser"], "1977", "For Marx"),
        ],
    ),
    (
        "imprint: a corporate author before a plain title",
        "World Commission on Environment and Development, Our Common Future (Oxford: Oxford "
        "University Press, 1987).",
        [(["World Commission on Environment and Development"], "1987", "Our Common Future")],
    ),
    (
        "imprint: the title's own years between the plain title and the imprint",
        "See the foreword to Geoff Eley, Forging History: The History of the Left in Europe, "
        "1850--2000 (New York: Oxford University Press, 2002).",
        [(["Eley"], "2002", "Forging History")],
    ),
    (
        "negative imprint: capitalised words before a comma and prose",
        "World Commission on Environment and Development, Our Common Future was its report.",
        [],
    ),
    (
        "negative imprint: a place and a publisher before the year range of a title",
        "Oxford University Press, 1850--2000.",
        [],
    ),
    # --- titles in single quotes, as British journals set them
    (
        "single quotes: a British article title",
        "E. P. Thompson, ‘The Moral Economy of the English Crowd’, *Past and Present* 50 "
        "(1971), 76--136.",
        [(["Thompson"], "1971", "The Moral Economy of the English Crowd")],
    ),
    (
        "single quotes: an apostrophe inside the title",
        "Chris Cutrone, ‘Lenin’s Liberalism’, *Platypus Review* 36 (June 2011).",
        [(["Cutrone"], "2011", "Lenin’s Liberalism")],
    ),
    (
        "single quotes: ASCII quotes and a short form",
        "Thompson, 'Moral Economy', 80.",
        [(["Thompson"], "", "Moral Economy")],
    ),
    ("negative single quotes: a scare quote in prose", "It wasn't 'fair', he said in 2011.", []),
    (
        "negative single quotes: apostrophes are no quotes",
        "Marx's and Engels' view, London, 2015.",
        [],
    ),
    (
        "negative single quotes: a quoted word and a place before a year",
        "The ‘masses’, Durham, 2012.",
        [],
    ),
    # --- a web page by its plain title, a colon and its address
    (
        "page: a plain title, a date, a colon and an address",
        "Full Statement of Eurosummit Agreement with Greece 7/13/2015: "
        "http://www.consilium.europa.eu/en/press/",
        [([], "", "Full Statement of Eurosummit Agreement with Greece")],
    ),
    (
        "page: a sentence-case title, a colon and a masked link",
        "The political resolution of the first Congress of SYRIZA: <                  >.",
        [([], "", "The political resolution of the first Congress of SYRIZA")],
    ),
    (
        "negative page: a cue and an address (a work known by its address only)",
        "Available online: http://www.marxists.org/x.",
        [([], "", "")],
    ),
    (
        "negative page: two words and an address (no title)",
        "See here: http://www.marxists.org/x.",
        [([], "", "")],
    ),
    (
        "negative page: a person and an address",
        "Leon Trotsky: http://www.marxists.org/archive/trotsky/.",
        [],
    ),
    (
        "negative page: a sentence with a colon and an address inside the note",
        "He wrote more. It said the following: http://www.marxists.org/x.",
        [],
    ),
    # --- a title opening with a numeral
    (
        "numeral: a title opening with a number",
        "Slavoj Žižek, 13 opitov o Lenine (Moscow: Ad marginem, 2003), 252--53.",
        [(["Žižek"], "2003", "13 opitov o Lenine")],
    ),
    (
        "numeral: a title opening with a year and a colon",
        "David Black and Christopher Ford, 1839: The Year of Chartist Insurrection (forthcoming).",
        [(["Black", "Ford"], "", "1839: The Year")],
    ),
    ("negative numeral: an author-year citation", "Cliff, 1974, p. 20.", []),
    ("negative numeral: a paper and its date", "Socialist Worker, 31 August 1991.", []),
    ("negative numeral: pages after a surname", "Lenin, 45 ff.", []),
    # --- a book's volume before its imprint
    (
        "volume: a book's volume, then its imprint",
        "Hal Draper, *Karl Marx's Theory of Revolution*, vol. 2 (New York: Monthly Review "
        "Press, 1978), 175.",
        [(["Draper"], "1978", "Karl Marx's Theory of Revolution")],
    ),
    (
        "volume: collected works",
        "Karl Marx and Frederick Engels, *Collected Works*, vol. 6 (New York: International "
        "Publishers, 1976), 482.",
        [(["Marx", "Engels"], "1976", "Collected Works")],
    ),
    (
        "negative volume: a journal's number and date is an issue, not a title",
        "Grigory Zinoviev, *Izvestiia TsK KPSS*, No. 5 (1989).",
        [(["Zinoviev"], "1989", "")],
    ),
    (
        "negative volume: a journal's volume and season",
        'Susan Satterfield, "Livy and the Pax Deum," *Classical Philology* 111, no. 2 (April '
        "2016): 170.",
        [(["Satterfield"], "2016", "Livy and the Pax Deum")],
    ),
    # --- a part of the work opening the note
    (
        "part: a chapter of the work cited",
        "Chapter four of Marx, *The Class Struggles in France* (London: Penguin, 1973), 45.",
        [(["Marx"], "1973", "The Class Struggles in France")],
    ),
    ("negative part: a heading's numeral", "Chapter IV. The State, 1917.", []),
    ("negative part: a chapter in prose", "Chapter four of this book covers 1917.", []),
    # --- German bibliography conventions
    (
        "German: authors joined by 'u.'",
        "Karl Marx u. Friedrich Engels: Die Deutsche Ideologie. MEW 3, Berlin 1978, S. 35.",
        [(["Marx", "Engels"], "1978", "Die Deutsche Ideologie")],
    ),
    (
        "German: authors joined by '/'",
        "Andreas Busen/Lisa Herzog, Die Rekonstruktion der Freiheit. In: Zeitschrift für "
        "Politische Theorie, 2/2012, 271--286: 284.",
        [(["Busen", "Herzog"], "", "Die Rekonstruktion der Freiheit")],
    ),
    (
        "German: two-letter initials and the author-date year",
        "Adorno, Th.W. (2003): Resignation. In: Gesammelte Schriften 10.2. Frankfurt/Main: "
        "Suhrkamp, S. 796.",
        [(["Adorno"], "2003", "Resignation")],
    ),
    (
        "German: 'Siehe z.B.' and a second inverted author",
        "Siehe z.B. Arato, A. & Breines, P. (1979): The Young Lukács. New York: Seabury.",
        [(["Arato", "Breines"], "1979", "The Young Lukács")],
    ),
    (
        "German: the container by the same author after 'In:' is no second work",
        "Lenin, V.I. (1977): Notizen eines Publizisten. In: Lenin, V.I.: Werke 33, S. 188-190. "
        "Berlin: Dietz Verlag.",
        [(["Lenin"], "1977", "Notizen eines Publizisten")],
    ),
    ("negative German: a place and a publisher", "Frankfurt/Main: Suhrkamp, 1970.", []),
    ("negative German: two places and a year", "Berlin/New York 2009, S. 3.", []),
    ("negative German: author-date with a page", "Vgl. Honneth 2015: 118f.", []),
    ("negative German: a year in prose", "Vgl. die Debatte von 1968, S. 4.", []),
    (
        "German: 'vgl.' inside a sentence opens a work",
        "Die Formulierungen entstammen dem Aufsatz, vgl. Axel Honneth, Das Andere der "
        "Gerechtigkeit, Frankfurt 2000: 41.",
        [(["Honneth"], "2000", "Das Andere der Gerechtigkeit")],
    ),
    (
        "negative German: a place and a year after two words joined by 'und' are no work",
        "Vgl. Das Unvernehmen. Politik und Philosophie, Frankfurt 2002.",
        [],
    ),
    # --- bridges between an author in prose and the title
    (
        "bridge: a verb, a year and 'in', vouched for by an address",
        "As Luxemburg put it in 1915 in *The Crisis of German Social Democracy* (available "
        "online at www.marxists.org/archive/luxemburg/1915/junius/),",
        [(["Luxemburg"], "", "The Crisis of German Social Democracy")],
    ),
    (
        "bridge: an appositive person, 'in the essay', a journal in brackets",
        "Luxemburg's biographer, the political scientist J. P. Nettl, in the essay \"The German "
        'Social Democratic Party as Political Model" (in *Past and Present* 30 [April 1965], '
        "65--95), addressed this issue.",
        [(["Nettl"], "1965", "The German Social Democratic Party")],
    ),
    (
        "bridge: the kind of work after the names",
        'Lacan, paper "The Freudian Thing," *Écrits*, p. 334.',
        [(["Lacan"], "", "The Freudian Thing")],
    ),
    (
        "bridge: a possessive description before a colon",
        "See Bernhard Bayerlein's encomium on Broué on the latter's death: \"Pierre Broué "
        '(1926--2005)," *Jahrbuch für historische Kommunismusforschung*, 2006, 461--63.',
        [(["Bayerlein"], "2006", "Pierre Broué")],
    ),
    (
        "bridge: 'cited by' and 'in'",
        'Cited by Benjamin in "On the Concept of History," *Selected Writings* vol. 4 '
        "(Cambridge, MA: Harvard, 2003), 395.",
        [(["Benjamin"], "2003", "On the Concept of History")],
    ),
    (
        "bridge: the source of a block quotation",
        "As Lukács put it in the Preface (1922) to *History and Class Consciousness*,\n\n"
        "    > I should perhaps point out one difficulty.",
        [(["Lukács"], "", "History and Class Consciousness")],
    ),
    (
        "negative bridge: a work named in passing with its year",
        "Lenin wrote in *What Is to Be Done?* (1902) that the party must lead.",
        [],
    ),
    (
        "negative bridge: a sentence adverb is no author",
        'Elsewhere, in "The End of Philosophy" (1964), Heidegger acknowledged it.',
        [],
    ),
    (
        "negative bridge: 'such as' inside prose opens no work",
        "Marxists such as Lukács, Korsch, Adorno, etc. in the 1920s.",
        [],
    ),
    (
        "bridge: a kind of work with a comma after 'in his'",
        'György Lukács addressed it in his eulogy, "Lenin -- Theoretician of Practice" (1924), '
        "available online at https://www.marxists.org/archive/lukacs/works/1924/lenin/.",
        [(["Lukács"], "1924", "Lenin -- Theoretician of Practice")],
    ),
    (
        "bridge: the writer's foreword to another's book",
        "Cedric Johnson, foreword to *Rebellion or Revolution* by Harold Cruse (Minneapolis: "
        "University of Minnesota Press, 2009), 6.",
        [(["Johnson"], "2009", "Rebellion or Revolution")],
    ),
    ("negative bridge: a title in prose without details", "As Marx argued in *Capital*, …", []),
    (
        "negative bridge: a kind of work in prose with a year alone",
        "Lenin, in his pamphlet *Imperialism* (1916), argued that the war was imperialist.",
        [],
    ),
    ("negative bridge: a year in prose", "Marx, in 1843, wrote to Ruge.", []),
    (
        "bridge: a web copy's plain title after a verb and 'in', vouched for by an address",
        "As Luxemburg put it in 1915 in The Crisis of German Social Democracy (aka The Junius "
        "Pamphlet, available online at www.marxists.org/archive/luxemburg/1915/junius/),",
        [(["Luxemburg"], "", "The Crisis of German Social Democracy")],
    ),
    (
        "bridge: a web copy's plain title before a block quotation",
        "As Lukács put it in the Preface (1922) to History and Class Consciousness,\n\n"
        "    > I should perhaps point out one difficulty.",
        [(["Lukács"], "", "History and Class Consciousness")],
    ),
    (
        "negative bridge: a plain phrase after 'in' with a year in brackets",
        "As Lenin put it in State and Revolution (1917), the state withers away.",
        [],
    ),
    (
        "bridge: a link's words in a web copy vouch for the work",
        'György Lukács addressed it in his eulogy, "Lenin -- Theoretician of Practice" (1924), '
        "available online here.",
        [(["Lukács"], "1924", "Lenin -- Theoretician of Practice")],
    ),
    (
        "negative bridge: 'available' without 'online'",
        'Lukács addressed it in his eulogy, "Lenin" (1924), available in most libraries.',
        [],
    ),
    (
        "negative bridge: a place after 'in' and an imprint-like bracket",
        "As Marx wrote in London (then the centre of the world), capital grows.",
        [],
    ),
    (
        "bridge: a part of the work after the names",
        "Marx, part three of *The Class Struggles in France, 1848 to 1850* (Marxists.org): "
        "http://www.marxists.org/archive/marx/works/1850/class-struggles-france/ch03.htm.",
        [(["Marx"], "", "The Class Struggles in France")],
    ),
    (
        "bridge: 'in his paper', a container and a page",
        'This return is announced by Lacan in his paper "The Freudian Thing," *Écrits*, p. 337.',
        [(["Lacan"], "", "The Freudian Thing")],
    ),
    (
        "bridge: two authors, a verb with a comma, 'in their'",
        "Marx and Engels had observed, in their *Manifesto of the Communist Party* (1848, "
        "available online at https://www.marxists.org/archive/marx/works/1848/), that it ends.",
        [(["Marx", "Engels"], "1848", "Manifesto of the Communist Party")],
    ),
    (
        "negative bridge: 'in his paper' and a title alone",
        'Lacan in his paper "The Freudian Thing" returns to Freud.',
        [],
    ),
    (
        "negative bridge: two authors in prose, a title and its year only",
        "Marx and Engels had observed, in their *Manifesto* (1848), that it ends.",
        [],
    ),
    (
        "negative bridge: a part of a book in prose, no details",
        "Marx, part three of his argument, is clear.",
        [],
    ),
    (
        "cue: 'See, inter alia,'",
        'See, inter alia, Hal Draper, "Marxism and the Trade Unions," lectures delivered in '
        "1970, available online at https://www.marxists.org/archive/draper/1970/tu/.",
        [(["Draper"], "", "Marxism and the Trade Unions")],
    ),
    ("negative cue: 'inter alia' in prose", "Inter alia, London, 2015.", []),
    (
        "bridge: a possessive person in prose before a marked title and its imprint",
        "This is the argument of Lars Lih's *Lenin Rediscovered* (Leiden: Brill, 2006).",
        [(["Lih"], "2006", "Lenin Rediscovered")],
    ),
    (
        "negative bridge: a possessive person in prose before a title alone",
        "This is the argument of Lars Lih's *Lenin Rediscovered*, which many dispute.",
        [],
    ),
    (
        "negative bridge: a possessive in prose, a year, then another work's journal",
        "See the review of Susan Buck-Morss's *The Origin of Negative Dialectics* (1977) in "
        "*History and Theory* 18.1 (February, 1979), 126--135.",
        [],
    ),
    (
        "bridge: a possessive, a kind of work and 'in', vouched for by an address",
        "See, for instance, the British Trotskyist Cliff Slaughter's argument, in \"What is "
        'Revolutionary Leadership?" (1960), available online at https://www.marxists.org/x/.',
        [(["Slaughter"], "1960", "What is Revolutionary Leadership?")],
    ),
    (
        "negative bridge: a possessive, a kind of work and 'in' before prose",
        "Cliff Slaughter's argument, in short, was wrong in 1960.",
        [],
    ),
    (
        "pronoun: a work by its writer's pronoun and kind, vouched for by an address",
        "See his pamphlet on *Imperialism, the Highest Stage of Capitalism* (1916), available "
        "online at https://www.marxists.org/archive/lenin/works/1916/imp-hsc/.",
        [([], "1916", "Imperialism, the Highest Stage of Capitalism")],
    ),
    (
        "negative pronoun: a work by its pronoun with a year alone",
        "See his pamphlet on *Imperialism* (1916).",
        [],
    ),
    (
        "negative pronoun: a pronoun and a title in prose",
        "In his *Capital*, Marx wrote that, London, 2015.",
        [],
    ),
    # --- a second work after the first's pages
    (
        "second work: another author and title after the first's pages and ', and'",
        "On this see Eric Hobsbawm, The Age of Revolution (London: Abacus, 1962), 45--47, and "
        "Perry Anderson, Lineages of the Absolutist State (London: Verso, 1974), 12.",
        [
            (["Hobsbawm"], "1962", "The Age of Revolution"),
            (["Anderson"], "1974", "Lineages of the Absolutist State"),
        ],
    ),
    (
        "negative second work: a list of authors before one title",
        "Theodor Adorno, Max Horkheimer, and Friedrich Pollock, *Studies in Philosophy* (New "
        "York: Institute, 1941).",
        [(["Adorno", "Horkheimer", "Pollock"], "1941", "Studies in Philosophy")],
    ),
    (
        "negative second work: a page, then ', and' and a place",
        "Marx, *Capital*, 45, and London, 1867.",
        [(["Marx"], "1867", "Capital")],
    ),
    # --- an interview or a communication with the author
    (
        "interview: the person interviewed, by the author, and the date",
        "Bernie Sanders, interview by the author, May 2, 2015.",
        [(["Sanders"], "2015", "")],
    ),
    (
        "interview: an e-mail to the author",
        "Jane Doe, e-mail to the author, 3 March 2014.",
        [(["Doe"], "2014", "")],
    ),
    ("negative interview: prose and a year", "Bernie Sanders, who was interviewed in 2015.", []),
    ("negative interview: no one it was by or with", "Sanders, interview, May 2, 2015.", []),
    (
        "negative interview: an interview in prose with a place and a year",
        "In an interview by the author, London, 2015.",
        [],
    ),
    # --- a described work in a collection
    (
        "collection: a speech described in lower case, its date, then the collection",
        "Lenin, speech at the Third Congress of the Comintern, July 1, 1921, in *Collected "
        "Works*, vol. 32 (Moscow: Progress Publishers, 1965), 468.",
        [(["Lenin"], "1965", "Collected Works")],
    ),
    (
        "negative collection: a description and a title without imprint",
        "Lenin, speaking at the Congress, in *Pravda*, argued so.",
        [],
    ),
    # --- a work introduced by "titled", its author the work's before it
    (
        "titled: a title after 'is titled', an address after it, the author carried",
        'Pham Binh, "Wanting to Get Lenin Wrong," *Weekly Worker* 907 (March 29, 2012), '
        "http://www.cpgb.org.uk/article.php?article_id=1004775 A longer version, on #Occupy, "
        'is titled, "Over a Cliff and into Occupy with Lenin," and can be found online at: '
        "http://www.cpgb.org.uk/x.",
        [(["Binh"], "2012", "Wanting to Get Lenin Wrong"), (["Binh"], "", "Over a Cliff")],
    ),
    (
        "negative titled: a title after 'titled' without details",
        'The chapter is titled "Over a Cliff" for a reason.',
        [],
    ),
    (
        "negative titled: 'entitled' to a right",
        "Workers are entitled to a wage, London, 2015.",
        [],
    ),
    (
        "negative titled: an address ends no sentence before a lower-case word",
        "See http://www.marxists.org/archive/ and the rest of the archive, 2015.",
        [],
    ),
    # --- a short form without author: a marked title and a locator
    (
        "locator: a marked title and a page opening the note",
        "*K-Punk*, p. 770",
        [([], "", "K-Punk")],
    ),
    (
        "locator: a volume and a page",
        "*Capital*, vol. 1, 163.",
        [([], "", "Capital")],
    ),
    ("negative locator: a marked title and words", "*K-Punk*, he said, 12 times.", []),
    ("negative locator: a marked title and prose", "*K-Punk* was published in 2018.", []),
    (
        "negative locator: a marked title inside prose, then a page",
        "The book *K-Punk*, p. 770, is long.",
        [],
    ),
    # --- a surname and a plain short title whose words look like a name list
    (
        "word list: a surname, then a plain title of capitalised words and a page",
        "Childs, Leadership, Conflict, and Cooperation, 6.",
        [(["Childs"], "", "Leadership, Conflict, and Cooperation")],
    ),
    (
        "negative word list: two authors joined by 'and' and a page",
        "Marx and Engels, 45.",
        [(["Marx", "Engels"], "", "")],
    ),
    (
        "negative word list: a list with given names",
        "Theodor Adorno, Max Horkheimer, and Friedrich Pollock, 45.",
        [(["Adorno", "Horkheimer", "Pollock"], "", "")],
    ),
    # --- the speaker of a quotation whose source follows in brackets
    (
        "speaker: the sentence's subject before a verb of saying is the source's author",
        'Freud calls his theory of repression "the cornerstone" ("The History of the '
        'Psychoanalytic Movement," *Collected Papers* (New York: Basic Books, 1959), p. 168).',
        [(["Freud"], "1959", "The History of the Psychoanalytic Movement")],
    ),
    (
        "negative speaker: a pronoun is no author",
        'He calls it "the cornerstone" ("The History," *Collected Papers* (New York: Basic '
        "Books, 1959), p. 168).",
        [([], "1959", "The History")],
    ),
    (
        "negative speaker: a verb of saying and a quotation without a source",
        'Freud calls it "the cornerstone" (1959).',
        [],
    ),
    # --- "Also in": the work again, in another book
    (
        "also in: the author carried to the book the work is also in",
        'Louis Althusser, "Contradiction," *New Left Review* 41 (1967), 15. Also in *For Marx* '
        "(1965), trans. Ben Brewster (London: New Left Books, 1977), 87.",
        [(["Althusser"], "1967", "Contradiction"), (["Althusser"], "1977", "For Marx")],
    ),
    (
        "also in: another author's collection after a masked link",
        "Cited in: Tony Cliff, *Rosa Luxemburg* (1959), <                >\xa0Also in Rosa Luxemburg, "
        "*Gesammelte Werke* Vol. 3 (Ost-Berlin), 361ff.",
        [(["Cliff"], "1959", "Rosa Luxemburg"), (["Luxemburg"], "", "Gesammelte Werke")],
    ),
    (
        "negative also in: a container by the same author after 'In:'",
        "Lenin, V.I. (1977): Notizen. In: Lenin, V.I.: Werke 33, S. 188.",
        [(["Lenin"], "1977", "Notizen")],
    ),
    (
        "negative also in: 'also in' inside prose with a year",
        "This was also in 1917, London, 2015.",
        [],
    ),
    # --- a source in brackets after a quotation, with a cue
    (
        "quoted in: a cue inside the brackets after a quotation",
        'Engels called it that "science of enrichment" (Quoted in Robert Tucker, *The '
        "Marx-Engels Reader* (New York: Norton, 1978), xxv).",
        [(["Tucker"], "1978", "The Marx-Engels Reader")],
    ),
    (
        "negative quoted in: a cue and a year in brackets after a quotation",
        'He called it "science" (quoted in 1978).',
        [],
    ),
    (
        "brackets: a web copy's plain short title and page, the title named before in the note",
        'Adorno, "Marginalia," in Critical Models (New York: Columbia University Press, 1998), '
        '266; he spoke of "drastic experience" (Critical Models, 126).',
        [
            (["Adorno"], "1998", "Marginalia"),
            ([], "", "Critical Models"),
        ],
    ),
    (
        "negative brackets: a plain phrase and a number not named before",
        'He spoke of "drastic experience" (Critical Models, 126).',
        [],
    ),
    (
        "negative brackets: a year and a page after a quotation",
        'He spoke of "drastic experience" (1998, 126).',
        [],
    ),
    (
        "piece: a letter by its writer's possessive right after the cue",
        "See, for example, Engels's letter to August Bebel available at "
        "https://www.marxists.org/archive/marx/works/1891/letters/91_10_24.htm.",
        [(["Engels"], "", "")],
    ),
    (
        "negative piece: a letter by the possessive, no date or address",
        "See, for example, Engels's letter to August Bebel.",
        [],
    ),
    # --- a writer's piece by the possessive, dated by its journal issue
    (
        "piece: a response by its writer's possessive, up to the next writer's piece",
        "See also David Black's response to Cutrone in *Platypus Review* 18 (December 2009), "
        "online at https://platypus1917.org/2009/12/06/, and Cutrone's subsequent comments in "
        "*Platypus Review* 20 (February 2010).",
        [(["Black"], "2009", "")],
    ),
    (
        "negative piece: a possessive and a kind of work named in passing",
        "Black's response to Cutrone was never answered.",
        [],
    ),
    (
        "negative piece: a possessive and a critique with a year in prose",
        "Marx's critique of Hegel came later.",
        [],
    ),
    # --- social-media posts
    (
        "post: writer, handle, platform and date",
        "Linda Sarsour (@lsarsour), Twitter Post, November 11, 2016, 2:35pm, "
        "https://twitter.com/lsarsour/status/1.",
        [(["Sarsour"], "2016", "")],
    ),
    (
        "post: writer, a gloss in brackets, platform and date",
        "Khaled Lamada (Sharing a Facebook Post from Yahya Bayad, January 1, 2014), Facebook "
        "Post, January 2, 2014, https://facebook.com/x.",
        [(["Lamada"], "2014", "")],
    ),
    (
        "negative post: a platform named in prose with a year",
        "Linda Sarsour (@lsarsour) said on Twitter in 2016 that it was so.",
        [],
    ),
    (
        "negative post: an author-year citation",
        "Sarsour (2016), Twitter, 3.",
        [],
    ),
    # --- a place, a publisher and a year (a web copy's imprint without brackets)
    ("negative publisher: a place, a publisher, a year", "London, Verso Books, 2015.", []),
    (
        "negative publisher: two-word place and a press",
        "New York, Monthly Review Press, 1970, 45.",
        [],
    ),
    (
        "publisher: a surname, a plain short title and a page stay a short form",
        "Lenin, Collected Works, 45.",
        [(["Lenin"], "", "Collected Works")],
    ),
    (
        "negative bridge: an address alone after prose",
        "As he put it, see https://www.marxists.org/archive/marx/works/1843/.",
        [],
    ),
    # --- round 3 (branch recall11b): a part of a book, its book in short form, no author
    (
        "part in container: a quoted chapter in an edited book given by its editor",
        '"Statism and Freedom," in Dolgoff (ed.), *Bakunin on Anarchy*, 133.',
        [([], "", "Statism and Freedom")],
    ),
    (
        "part in container: a quoted essay and the book in emphasis",
        "“The Mirror Stage,” *Écrits*, p. 75.",
        [([], "", "The Mirror Stage")],
    ),
    (
        "part in container: a web copy's plain book after prose",
        'The question is posed in "The Function of Speech," Écrits, p. 230.',
        [([], "", "The Function of Speech")],
    ),
    (
        "part in container: a web copy's plain book, the author in prose",
        'As Lacan argues in his paper "The Mirror Stage," Écrits, p. 75.',
        [(["Lacan"], "", "The Mirror Stage")],
    ),
    (
        "negative part in container: a quotation, then its source",
        'He wrote that "the state withers away," *Anti-Dühring*, p. 307.',
        [],
    ),
    (
        "negative part in container: a place and a page after a quoted title",
        '"Lenin\'s Liberalism," London, 45.',
        [],
    ),
    (
        "negative part in container: a newspaper in prose after a phrase",
        'She called it "The Great Moving Right Show," as the *Guardian* put it in 1979.',
        [],
    ),
    (
        "negative part in container: an editor without the book",
        '"Statism," in Dolgoff, 133.',
        [],
    ),
    # --- a book named by a part of it, or the collection holding the piece, no author
    (
        "part of book: a chapter of a book and its volume",
        "See chapter 4 of *The Wealth of Nations*, volume 2.",
        [([], "", "The Wealth of Nations")],
    ),
    (
        "part of book: a dated preface",
        "1859 preface to *A Contribution to the Critique of Political Economy*.",
        [([], "", "A Contribution to the Critique")],
    ),
    (
        "part of book: the collection that reprints the piece",
        "Reprinted in the second collection, *Selected Essays*, 45.",
        [([], "", "Selected Essays")],
    ),
    (
        "part of book: a web copy's plain title and a page",
        "See part two of The Making of the English Working Class, 212.",
        [([], "", "The Making of the English")],
    ),
    (
        "negative part of book: prose after the title",
        "In chapter 4 of *The Wealth of Nations*, Smith turns to money.",
        [],
    ),
    (
        "negative part of book: a part named, no title",
        "See the preface to Volume Two.",
        [],
    ),
    (
        "negative part of book: a journal, no kind of book",
        "Published in *Jacobin*.",
        [],
    ),
    (
        "negative part of book: a pronoun, no title",
        "See chapter 3 of his book.",
        [],
    ),
    # --- a list of one writer's works, each a title and its year
    (
        "title list: three marked titles, the last after ', and'",
        "See E. P. Thompson's studies *Whigs and Hunters* (1975), *Customs in Common* (1991), "
        "and *The Making of the English Working Class* (1963).",
        [
            (["Thompson"], "1975", "Whigs and Hunters"),
            (["Thompson"], "1991", "Customs in Common"),
            (["Thompson"], "1963", "The Making"),
        ],
    ),
    (
        "title list: a web copy's plain titles",
        "See Thompson's studies Whigs and Hunters (1975) and Customs in Common (1991).",
        [(["Thompson"], "1975", "Whigs and Hunters"), (["Thompson"], "1991", "Customs")],
    ),
    (
        "negative title list: places and years",
        "See Marx's works on London (1962), Paris (1975), and Berlin (1987).",
        [],
    ),
    (
        "negative title list: quantities and years",
        "Hobsbawm's books sold 2,000 copies (1962), 3,000 (1975).",
        [],
    ),
    (
        "negative title list: years without titles",
        "The conference volumes (1962), (1975) and (1987) are in Durham.",
        [],
    ),
    # --- "Anonymous" where the author stands names no author
    (
        "anonymous: an abbreviation before a full form",
        "Anon., *The Red Pamphlet* (London: Black Press, 1911), 4.",
        [([], "1911", "The Red Pamphlet")],
    ),
    (
        "anonymous: an issue's date",
        "Anonymous, *Notes from the Barricades*, March 2011, 3.",
        [([], "2011", "Notes from the Barricades")],
    ),
    (
        "negative anonymous: anonymous sources in prose",
        "Anonymous sources told the *Guardian* on May 3, 2015.",
        [],
    ),
    # --- details read on stop at a short form's page
    (
        "read on: a page closes a short form, a later year is another work's",
        'Hegel, "Preface," in Phenomenology of Spirit, trans. A. V. Miller (Oxford: Oxford '
        'University Press, 1977), 3. This preface, which he said was "the last word on method" '
        "(Phenomenology of Spirit, 44), was written after the book. It led to a quarrel with "
        'Schelling (see Schelling and Hegel, "Letters on Method," Hegel Studies 12 (1994), 5).',
        [
            (["Hegel"], "1977", "Preface"),
            ([], "", "Phenomenology of Spirit"),
            (["Schelling", "Hegel"], "1994", "Letters on Method"),
        ],
    ),
    (
        "negative read on: a plain subtitle after the title is no work of its own",
        "Wiggershaus, Rolf: Die Frankfurter Schule. Geschichte, Theoretische Entwicklung, "
        "Politische Bedeutung. München: dtv, 1988.",
        [(["Wiggershaus"], "1988", "Die Frankfurter Schule")],
    ),
    # --- the editors of a book cited as a whole, named after its title
    (
        "editors: a marked title in prose, 'edited by' and an imprint",
        "The essays were gathered as *Red Years*, edited by Mary Holt and Sam Pell (London: "
        "Verso, 2011), a volume that sold well.",
        [(["Holt", "Pell"], "2011", "Red Years")],
    ),
    (
        "editors: the editor's name, then 'ed.', a publisher and a year",
        "Quoted in *The Chartist Reader*, Dorothy K. Thompson ed., Norton 1971 (p. 12).",
        [(["Thompson"], "1971", "The Chartist Reader")],
    ),
    (
        "editors: 'ed.' before the name of a book's only editor",
        "*The Essential Rosa Luxemburg*, ed. Helen Scott (Chicago: Haymarket, 2008), 45.",
        [(["Scott"], "2008", "The Essential Rosa Luxemburg")],
    ),
    (
        "negative editors: a newspaper and its editor, a place and a year",
        "It appeared in the *Guardian*, edited by Alan Rusbridger, (London, 2015).",
        [],
    ),
    (
        "negative editors: a translator is no editor",
        "*Selected Writings*, trans. E. B. Ashton (London: Verso, 1990), 3.",
        [([], "1990", "Selected Writings")],
    ),
    (
        "negative editors: a body, not a person",
        "*Party Documents*, edited by the Central Committee (Moscow: Progress, 1934).",
        [([], "1934", "Party Documents")],
    ),
    (
        "negative editors: the author's book keeps its author",
        "Bloch, Ernst, *Heritage of Our Times*, ed. Neville Plaice (Cambridge: Polity, 1991), 97.",
        [(["Bloch"], "1991", "Heritage of Our Times")],
    ),
    (
        "negative editors: a container's editor after a part named in prose",
        'Elsewhere, in "The Question of Technology" (1954), in *Basic Writings*, ed. Mary Holt '
        "(New York: Harper, 1977), the point is made.",
        [],
    ),
    # --- a web copy's plain title after a possessive and a kind of work, or a part of it
    (
        "plain kind bridge: a possessive, a year and a kind, then a page",
        "See Ann Brown's 1987 book, The Long Revolution in Wales, p. 12-20.",
        [(["Brown"], "1987", "The Long Revolution in Wales")],
    ),
    (
        "plain kind bridge: a foreword to another's book, its writer and imprint",
        "Joan Scott, foreword to Gender and the Politics of History by Mary Poovey (New York: "
        "Columbia University Press, 1988), 4.",
        [(["Scott"], "1988", "Gender and the Politics of History")],
    ),
    (
        "plain kind bridge: a part of a book, the site and its address",
        "Engels, part two of The Housing Question, 1872 to 1873 (Marxists.org): "
        "http://www.marxists.org/archive/marx/works/1872/housing-question/.",
        [(["Engels"], "", "The Housing Question")],
    ),
    (
        "plain kind bridge: a pronoun's pamphlet, its year and an address",
        "See his pamphlet on Socialism, Utopian and Scientific (1880), available online at "
        "https://www.marxists.org/archive/marx/works/1880/soc-utop/.",
        [([], "1880", "Socialism, Utopian and Scientific")],
    ),
    (
        "plain kind bridge: a year in brackets, then 'available' and an edition",
        "Quoted by Clara Zetkin in Social Democracy and Women's Suffrage (1906), available in "
        "English as Women's Suffrage (London: Pluto, 1984).",
        [(["Zetkin"], "1984", "Social Democracy and Women's Suffrage")],
    ),
    (
        "plain kind bridge: 'Also in' a plain title and its imprint",
        'See Ernst Bloch, "Nonsynchronism" (1932), New German Critique 11 (1977), 22--38. Also '
        "in Heritage of Our Times, trans. Neville Plaice (Cambridge: Polity, 1991), 97--148.",
        [(["Bloch"], "1932", "Nonsynchronism"), (["Bloch"], "1991", "Heritage of Our Times")],
    ),
    (
        # held negative until round 17: the annotated truth reads the same note in Markdown
        # as a work, and the kind of work named before the title bounds it
        "plain kind bridge: a kind of work, a year alone, then prose",
        "See Ken Walsh's recent documentary series The Miners' Strike Revisited (2014), which "
        "traces the strike.",
        [(["Walsh"], "2014", "The Miners' Strike Revisited")],
    ),
    (
        "negative plain kind bridge: a year, then prose, no kind of work",
        "See Ken Walsh's recent visit to Miners' Strike Country (2014), which traces the strike.",
        [],
    ),
    (
        "negative plain kind bridge: a possessive without a kind of work",
        "Lenin's State and Revolution (1917) was widely read.",
        [],
    ),
    (
        "negative plain kind bridge: a part named, no title",
        "Joan Scott, foreword to the second edition, 1999.",
        [],
    ),
    (
        "negative plain kind bridge: no year, prose after the title",
        "See Ann Brown's book, The Long Revolution in Wales, which is long.",
        [],
    ),
    (
        "negative plain kind bridge: a year in prose after the title",
        "See Ann Brown's 1987 book, The Long Revolution in Wales, in 1990.",
        [],
    ),
    (
        "negative plain kind bridge: 'Also in' a place",
        'See Ernst Bloch, "Nonsynchronism" (1932), New German Critique 11 (1977), 22--38. Also '
        "in London (Verso, 1991).",
        [(["Bloch"], "1932", "Nonsynchronism")],
    ),
    # --- a work named in prose far from its writer: the pieces collected in a book
    (
        "collected in: the writer's possessive as the subject, a marked title, an imprint",
        "Luxemburg's letters from prison were published in *Briefe aus dem Gefängnis* "
        "(Berlin: Dietz, 1922).",
        [(["Luxemburg"], "1922", "Briefe aus dem Gefängnis")],
    ),
    (
        "collected in: a web copy's plain title, an imprint and an address",
        "Gramsci's notes on Americanism were later collected in Selections from the Prison "
        "Notebooks (London: Lawrence and Wishart, 1971), available online at "
        "https://example.org/gramsci.",
        [(["Gramsci"], "1971", "Selections from the Prison Notebooks")],
    ),
    (
        "negative collected in: no details after the title",
        "Luxemburg's letters from prison were published in *Briefe aus dem Gefängnis*, a small "
        "book.",
        [],
    ),
    (
        "negative collected in: a place and a year",
        "Gramsci's notes were collected in Turin (1947), which he never saw.",
        [],
    ),
    (
        "negative collected in: a year and a place in prose",
        "Gramsci's notes were published in 1947 in Turin.",
        [],
    ),
    # --- HTML anchors pasted into Markdown are links, not text
    (
        "html anchor: a citation inside the anchor's text",
        'See <a href="http://www.example.org/strikes" target="_blank">Jane Roe, "On Strikes," '
        "_Jacobin_, June 14, 2011</a>.",
        [(["Roe"], "2011", "On Strikes")],
    ),
    (
        "html anchor: a short form inside the anchor's text",
        'See <a href="http://www.example.org/x">Hitchens, "Against the Grain," _Slate_, June '
        "14</a>.",
        [(["Hitchens"], "", "Against the Grain")],
    ),
    (
        "negative html anchor: prose in the anchor's text",
        'The results are <a href="http://www.example.org/poll">available online</a>, 2016.',
        [],
    ),
    (
        "negative html anchor: a comparison is no tag",
        "In 2015 a < b held for London, 2015.",
        [],
    ),
    # --- a letter whose title names its writer
    (
        "letter from: an open letter in a journal issue",
        'See "An Open Letter from Jane Roe to the Editors of Dissent on the Duty of Critics," in '
        "*Revolution* 18 (October 5, 2009), available online.",
        [(["Roe"], "2009", "An Open Letter from Jane Roe")],
    ),
    (
        "letter from: a letter in a published collection",
        '"Letter from Rosa Luxemburg to Leo Jogiches," in *Comrade and Lover* (Cambridge: MIT '
        "Press, 1979), 12.",
        [(["Luxemburg"], "1979", "Letter from Rosa Luxemburg")],
    ),
    (
        "negative letter from: a letter to the editor names no writer",
        'See "A Letter to the Editor," *Dissent* 12 (2009), 4.',
        [([], "2009", "A Letter to the Editor")],
    ),
    (
        "negative letter from: a place after 'from' is no writer",
        "*Letters from Prison to My Mother* (London: Verso, 1979).",
        [([], "1979", "Letters from Prison")],
    ),
    # --- a source in brackets after a quotation, vouched for by an address or a page
    (
        "quotation source: a marked title, a year and an address, the speaker its author",
        'Marx wrote that "the tradition of all dead generations weighs like a nightmare" '
        "(*The Eighteenth Brumaire*, 1852, available online at: "
        "http://www.marxists.org/archive/marx/works/1852/18th-brumaire/ch01.htm).",
        [(["Marx"], "1852", "The Eighteenth Brumaire")],
    ),
    (
        "quotation source: a web copy's name, plain short title and page",
        'We live, she said, in "the age of extremes" (Hobsbawm, Age of Extremes, p. 12).',
        [(["Hobsbawm"], "", "Age of Extremes")],
    ),
    (
        "quotation source: a quoted title, a translator and a site's address",
        'He insists that "capital is dead labour" ("Capital," trans. Ben Fowkes (Marxists.org): '
        "http://www.marxists.org/archive/marx/works/1867-c1/ch10.htm).",
        [([], "", "Capital")],
    ),
    (
        "quotation source: a web copy's plain title, its year and the link's words",
        'Marx wrote that "all that is solid melts into air" (The Communist Manifesto, 1848, '
        "available online at: http://www.marxists.org/archive/marx/works/1848/).",
        [(["Marx"], "1848", "The Communist Manifesto")],
    ),
    (
        "negative quotation source: a place, a year and words of prose",
        'She said it was "the end" (London, 1916, available at the library).',
        [],
    ),
    (
        "negative quotation source: names before a colon are a title's words",
        'She called it "the long revolution" (Communism: The Beginning of A New State, p. 29).',
        [],
    ),
    (
        "negative quotation source: a place, a year and a page",
        'He said it was "the best of times" (London, 1859, p. 3).',
        [],
    ),
    (
        "negative quotation source: a place and a page",
        'The crowd shouted "bread and peace" (Petrograd, p. 12).',
        [],
    ),
    # --- works cited bibliography-style in brackets in prose, several split by ";"
    (
        "bracketed: two inverted names and titles in one bracket",
        "The argument is old (Marx, Karl, *Capital: Vol. I*, 2nd ed. (Marxists.org): "
        'http://www.marxists.org/x.htm; Lenin, V. I., "On Militant Materialism," trans. David '
        "Skvirsky (Marxists.org): http://www.marxists.org/y.htm). Others disagree.",
        [(["Marx"], "", "Capital: Vol. I"), (["Lenin"], "", "On Militant Materialism")],
    ),
    (
        "negative bracketed: places and years",
        "The debate moved on (London, 1990; Paris, 1991), as everyone knows.",
        [],
    ),
    (
        "negative bracketed: an inverted name and a year, no title",
        "The debate moved on (Marx, Karl, 1867), as everyone knows.",
        [],
    ),
    (
        "negative bracketed: an inverted name and prose",
        "The debate moved on (Smith, Adam, the economist), as everyone knows.",
        [],
    ),
    # --- a plain title, a translator or an editor, then a publisher and a year unbracketed
    (
        "unbracketed imprint: a translator, a publisher and a year",
        "Minima Moralia, Trans. E.F.N. Jephcott, Verso, 1974 (p. 50).",
        [([], "1974", "Minima Moralia")],
    ),
    (
        "unbracketed imprint: 'Quoted in' a reader by its editor, in a later sentence",
        'Engels, "Outlines of a Critique" (1844). Quoted in The Engels Reader, Jane H. Roe ed., '
        "Norton 1981 (p. 4).",
        [(["Engels"], "1844", "Outlines of a Critique"), (["Roe"], "1981", "The Engels Reader")],
    ),
    (
        "negative unbracketed imprint: a place, a publisher and a year",
        "London, Verso Books, 2015.",
        [],
    ),
    (
        "negative unbracketed imprint: a translator, no publisher or year",
        "Capital, trans. Ben Fowkes.",
        [],
    ),
    (
        "negative unbracketed imprint: a year in prose after the translator",
        "The Prison Notebooks, trans. Quintin Hoare, in 1971 he said.",
        [],
    ),
    # --- a writer's second review, continued by "and of"
    (
        "continued review: 'and of' after a review, dated by its own journal issue",
        "See Mary Holt's review of Adorno's *Prisms* (1967) in *Telos* 12 (Summer, 1972), 4--9; "
        "and of Ann Brown's *The Long Detour* (1977) in *History and Theory* 18.1 (May, 1979), 2.",
        [(["Holt"], "1972", ""), (["Holt"], "1979", "")],
    ),
    (
        "negative continued review: 'and of' without an issue",
        "See Mary Holt's review of Adorno's *Prisms* (1967) in *Telos* 12 (Summer, 1972); and of "
        "the book generally.",
        [(["Holt"], "1972", "")],
    ),
    (
        "negative continued review: 'and of course' after a work that is no review",
        "See *Capital* (London: Penguin, 1976); and of course *Grundrisse* (1973).",
        [([], "1976", "Capital")],
    ),
    # --- the same writer's next title after a work's closing bracket and "and"
    (
        "next title: marked titles, each with its year",
        "Ann Brown, *The Long Detour* (1982) and *The Short Road Home* (1992).",
        [(["Brown"], "1982", "The Long Detour"), (["Brown"], "1992", "The Short Road Home")],
    ),
    (
        "next title: a web copy's plain titles, then another writer",
        "Ann Brown, The Long Detour (1982) and The Short Road Home (1992); Jane Roe, Rebels "
        "with a Cause (2000).",
        [
            (["Brown"], "1982", "The Long Detour"),
            (["Brown"], "1992", "The Short Road Home"),
            (["Roe"], "2000", "Rebels with a Cause"),
        ],
    ),
    (
        "negative next title: a journal's volume after 'and'",
        'Adorno, "Progress" (1962) and *Telos* 12 (2000), 4.',
        [(["Adorno"], "1962", "Progress")],
    ),
    (
        "negative next title: a place and a year after 'and'",
        "Adorno, Minima Moralia (1951) and London (1992).",
        [(["Adorno"], "1951", "Minima Moralia")],
    ),
    (
        "negative next title: prose after 'and'",
        "Adorno, *Minima Moralia* (1951) and the book (1992).",
        [(["Adorno"], "1951", "Minima Moralia")],
    ),
    # --- a quoted title "in" a web copy's plain journal issue
    (
        "plain journal: 'in' before the journal's name, volume and date",
        'See "Notes on Strategy" in Telos 12 (1972).',
        [([], "1972", "Notes on Strategy")],
    ),
    (
        "negative plain journal: a year in prose after 'in'",
        'She wrote "the end of history" in 1989 (as he said).',
        [],
    ),
    (
        "negative anonymous: a chronicler named Anonymus keeps his name",
        "Anonymus, *Gesta Hungarorum*, 12.",
        [(["Anonymus"], "", "Gesta Hungarorum")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in CLASSES], ids=[c for c, _, _ in CLASSES]
)
def test_class(text: str, expected: list[tuple[list[str], str, str]]) -> None:
    found = read(text)
    assert [(names, year) for names, year, _ in found] == [(n, y) for n, y, _ in expected]
    for (_, _, title), (_, _, start) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


def test_a_parts_own_date_makes_no_full_form_of_the_book() -> None:
    text = (
        "As Lukács put it in the Preface (1922) to *History and Class Consciousness*,\n\n"
        "    > I should perhaps point out one difficulty."
    )
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    assert [c.form for c in note_citations_in(text, note)] == ["short"]


def test_the_classes_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for case, _, _ in CLASSES if case.startswith("negative"))
    assert negatives >= len(CLASSES) - negatives


# Ibid. in emphasis, as older styles set it (counted apart: no author, no title).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*Ibid*., 8.", ["ibid"]),
        ("*Ibid.*", ["ibid"]),
        ("_Ibid._, 140.", ["ibid"]),
        ("*Ibid*,. 76-77.", ["ibid"]),
        ("*Idem*, *Capital*, 12.", ["idem"]),
        ("*Ibis*, 8.", ["short"]),  # a title and a page: a short form, not Ibid.
        ("Ibidaba, 2001.", []),
        ("Ibis, a novel.", []),
        ("Idempotence is key.", []),
        ("Ibidem.", ["ibid"]),
    ],
)
def test_ibid_in_emphasis(text: str, expected: list[str]) -> None:
    assert forms(text) == expected
