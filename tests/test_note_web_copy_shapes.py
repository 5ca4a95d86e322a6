"""What a web copy keeps of a full form's shape once its italics are gone (round 17).

Two conventions tell the web copy's reader what the Markdown's italics told it:

- an unsigned newspaper piece is cited by its quoted title, the paper and the day (Chicago
  14.191, 14.203: the paper's city may follow in brackets). A paper of one plain word is
  read when the note's own prose vouches for it: the piece is called unsigned or named by
  its kind ("the unsigned", "the report", "the leader", Greek "το ανυπόγραφο"), or the
  paper is named before ("the report in the Clarion the next day, “…,” Clarion, …").
  `note_unsigned_papers`.
- a title in sentence case (Chicago 11.6 and 14.94 for titles in other languages) between
  a writer's comma and an open imprint ("Publisher, Place Year", "Place: Publisher, Year")
  is a title, as a headline-case one is there. `note_sentence_titles`.
- where a plain title ends: before a publisher that opens the imprint in a German full form
  after a lead-in ("…, Räte in den Häfen, Dietz, Berlin 1990": ISO 690's order,
  `note_german_leadins`); a range of years after the title stays where main puts it (the
  negatives: a title's own years, "Docks and Quays, 1850–1914", were tried and dropped).
- a plain title ends before the parts Chicago sets between it and the imprint (14.104):
  "introd.", "with an introduction by", "foreword by", Italian "trad.", "a cura di", and
  the book it stands in ("in: *Hafenleben*"), as before "trans." and "ed." (`note_patterns.PLAIN_TITLE_END`, `note_imprint_parts`, `note_evidenced`).
- a writer named in German prose with a verb of writing and "in" before the title
  ("Ähnlich argumentiert Anna Vell in Räte in den Häfen, Frankfurt am Main 1990"), the
  German imprint vouching for the plain title (`note_german_prose_in`).

Each row reads its note as Markdown and as its web copy (`note_tables.web_copy`); the
positives are read in Markdown on main and missed in the web copy there. The negatives hold
the shapes that must not be read so: a place and a day after a title that prose names no
press piece for, a paper's name and a day with no quoted title, a phrase quoted in prose,
a person or a sentence or a place between the writer's comma and an imprint, a place
alone before a year. Invented writers, titles, papers and publishers (real places)."""

from __future__ import annotations

from tests.note_tables import negative_table_tests, rendering_table_tests, unsigned, work

_QUIET = [unsigned("Harbour Quiet", "1927")]
_WALK_OUT = [unsigned("Dockers Walk Out", "1927")]

# (name, note, Markdown readings[, web readings when they differ])
CASES = [
    # an unsigned piece, a paper of one plain word
    (
        "unsigned piece, the paper's city in brackets",
        "For example, the unsigned “Harbour Quiet,” *Clarion* (Leeds), 12 October 1927, 3.",
        _QUIET,
    ),
    (
        "unsigned piece, straight quotes, a German title",
        'For example, the unsigned "Die Häfen der Stadt," *Morgenblatt* (Vienna), 12 October'
        " 1927, 3.",
        [unsigned("Die Häfen der Stadt", "1927")],
    ),
    (
        "a report by its kind",
        "See also the report, “Dockers Walk Out,” *Clarion*, 13 October 1927.",
        _WALK_OUT,
    ),
    (
        "the paper named in the prose before",
        "See also the report in the *Clarion* the next day, “Dockers Walk Out,” *Clarion*, 13"
        " October 1927.",
        _WALK_OUT,
    ),
    (
        "a leader opening the note",
        "The leader, “Harbour Quiet,” *Clarion*, 12 October 1927, set the tone.",
        _QUIET,
    ),
    (
        "Greek unsigned piece",
        "Βλ. το ανυπόγραφο «Απεργία στο λιμάνι», *Ριζοσπάστης*, 12 Οκτωβρίου 1927, σ. 3.",
        [unsigned("Απεργία στο λιμάνι", "1927")],
    ),
    (
        "negative a place and a day after a motion",
        "As the minutes from Harrogate record, the motion “Bread and Peace,” Harrogate, 4 May"
        " 1917, was carried.",
        [],
    ),
    (
        "negative a paper and a day, no title",
        "The report appeared in Clarion, 13 October 1927, on the front page.",
        [],
    ),
    (
        "negative a phrase quoted from a paper",
        "The report called it “a disgrace,” Clarion, 13 October 1927.",
        [],
    ),
    (
        "negative a letter read aloud at a place",
        "She read the letter aloud, “Dockers Walk Out,” Harrogate, 13 October 1927.",
        [],
    ),
    (
        "negative a place named after a preposition",
        "They marched through Harrogate under the banner “Bread and Peace,” Harrogate, 4 May 1917.",
        [],
    ),
    (
        "negative a slogan after prose",
        "The strike began, “Bread and Peace,” Harrogate, 4 May 1917.",
        [],
    ),
    # a title in sentence case before an open imprint
    (
        "sentence case, the publisher first",
        "On the docks, Ann Vell, *The docks and the city*, Dale, London 1990, p. 41.",
        [work("Vell", "The docks and the city", "1990")],
    ),
    (
        "Italian title, the publisher first",
        "On the docks, Ann Vell, *I porti e la città*, Einaudi, Torino 1990, p. 41.",
        [work("Vell", "I porti e la città", "1990")],
    ),
    (
        "French title after French prose",
        "Sur les docks, Anne Vell, *Les ports et la ville*, Maspero, Paris 1970, p. 41.",
        [work("Vell", "Les ports et la ville", "1970")],
    ),
    (
        "a title with a comma inside, not cut",
        "On the docks, Ann Vell, *Porti, città e lavoro*, Einaudi, Torino 1990, p. 41.",
        [work("Vell", "Porti, città e lavoro", "1990")],
    ),
    (
        "negative a person's sentence before an imprint",
        "On the docks, Ann Vell, Tom Rudd spoke next, Dale Press, London 1990.",
        [],
    ),
    (
        "negative a sentence in lower case before an imprint",
        "On the docks, Ann Vell, the strike was lost, Dale Press, London 1990.",
        [],
    ),
    (
        "negative persons joined before an imprint",
        "On the docks, Ann Vell, Tom Rudd and Ed Pike agree, Dale Press, London 1990.",
        [],
    ),
    (
        "negative a publisher and a place after a person",
        "The book appeared with Ann Vell, Dale Press, London 1990.",
        [],
    ),
    (
        "negative a place before a place and a year",
        "For the docks, Ann Vell, Leeds, London 1990, p. 41.",
        [],
    ),
    (
        "negative a sentence before a place and a year",
        "On the docks, Ann Vell, Leeds was home, London 1990, p. 41.",
        [],
    ),
    (
        "negative an apposition and a year in prose",
        "In Leeds, Ann Vell, A city of docks, was born in 1990.",
        [],
    ),
    (
        "negative words before a place, a comma and a year",
        "On the docks, Ann Vell, Harbour work in Leeds, London, 1990, p. 41.",
        [],
    ),
]

# where a plain title ends: a publisher first left out; years after it as before
# (name, note, Markdown readings[, web readings when they differ])
ENDS = [
    (
        "German lead-in, the publisher first",
        "Zur Debatte um die Räte, Anna Vell, *Räte in den Häfen*, Dietz, Berlin 1990, S. 41.",
        [work("Vell", "Räte in den Häfen", "1990")],
    ),
    (
        "German lead-in, a subtitle, the publisher first",
        "Zur Debatte um die Räte, Anna Vell, *Räte in den Häfen. Eine Geschichte*, Dietz,"
        " Berlin 1990, S. 41.",
        [work("Vell", "Räte in den Häfen. Eine Geschichte", "1990")],
    ),
    (
        "German lead-in, a title with commas, the publisher first",
        "Zur Debatte um die Räte, Anna Vell, *Räte, Häfen und Kais*, Dietz, Berlin 1990, S. 41.",
        [work("Vell", "Räte, Häfen und Kais", "1990")],
    ),
    (
        "negative the edition's years before an undated imprint",
        "Ann Vell, *Harbour Roads*, 1990–1991, London: Dale Press, 41.",
        [work("Vell", "Harbour Roads", "1990")],
        [work("Vell", "Harbour Roads")],
    ),
    (
        "negative years and a page after a title",
        "Tom Rudd, *Pit Work*, 1911–1914, 12.",
        [work("Rudd", "Pit Work", "1911")],
        [work("Rudd", "Pit Work")],
    ),
    (
        "negative years closing a short form",
        "Vell, *Docks and Quays*, 1850–1914.",
        [work("Vell", "Docks and Quays", "1850")],
        [],
    ),
    (
        "negative volumes and years after a title",
        "Ann Vell, *Harbour Roads*, 2 vols., 1990–1991, 41.",
        [work("Vell", "Harbour Roads", "1990")],
        [work("Vell", "Harbour Roads")],
    ),
    (
        "negative years in prose before a bracketed place and year",
        "The docks, 1850–1914, were the city's heart (Leeds, 1990).",
        [],
    ),
    (
        "negative years in prose before a bracketed imprint",
        "The strike lasted from 1911–1914 (London: Dale Press records), 12.",
        [],
    ),
    (
        "negative German apposition before a place and a year",
        "Zur Debatte um die Räte, Anna Vell, Leiterin des Archivs, Berlin 1990.",
        [],
    ),
    (
        "negative German publisher right after the writer",
        "Zur Debatte um die Räte, Anna Vell, Dietz, Berlin 1990, S. 41.",
        [],
    ),
    (
        "negative German apposition before a publisher",
        "Zur Debatte um die Räte, Anna Vell, die Leiterin, Dietz, Berlin 1990, S. 41.",
        [],
    ),
    (
        "negative German places listed before a place and a year",
        "Im Streik, so Anna Vell, Hamburg, Bremen und Kiel, Berlin 1990.",
        [],
    ),
    (
        "negative German publisher of two names",
        "Zur Debatte um die Räte, Anna Vell, Räte und Häfen, Dietz und Partner, Berlin 1990.",
        [],
    ),
]

_RAETE = [work("Vell", "Räte in den Häfen", "1990")]

# a writer in German prose, a verb of writing, "in" and the title
GERMAN = [
    (
        "a verb of arguing, a place and a year",
        "Ähnlich argumentiert Anna Vell in *Räte in den Häfen*, Frankfurt am Main 1990, S. 41.",
        _RAETE,
    ),
    (
        "a verb of arguing, a DIN imprint",
        "Ähnlich argumentiert Anna Vell in *Räte in den Häfen*, Frankfurt am Main: Suhrkamp"
        " 1990, S. 41.",
        _RAETE,
    ),
    (
        "a verb of arguing, a bracketed imprint",
        "Ähnlich argumentiert Anna Vell in *Räte in den Häfen* (Frankfurt am Main: Suhrkamp"
        " 1990), S. 41.",
        _RAETE,
    ),
    (
        "her book and its title",
        "So schreibt Anna Vell in ihrem Buch *Räte in den Häfen*, Frankfurt am Main 1990, S. 41.",
        _RAETE,
    ),
    (
        "the account by a writer",
        "Vgl. die Darstellung von Anna Vell in *Räte in den Häfen*, Frankfurt am Main 1990, S. 41.",
        _RAETE,
    ),
    (
        "a subtitle after a full stop",
        "Das betonte schon Anna Vell in *Räte und Kais. Eine Geschichte*, Berlin: Dietz 1990,"
        " S. 41.",
        [work("Vell", "Räte und Kais. Eine Geschichte", "1990")],
    ),
    (
        "negative a town after a verb of writing",
        "So schreibt Anna Vell in Hamburg, Berlin 1990, S. 41.",
        [],
    ),
    (
        "negative a surname alone",
        "Das zeigt Vell in *Räte in den Häfen*, Frankfurt am Main 1990.",
        [work("Vell", "Räte in den Häfen", "1990")],
        [],
    ),
    (
        "negative a paper after an article",
        "So schreibt Anna Vell in der Neuen Zeit, Berlin 1990.",
        [],
    ),
    (
        "negative a letter from a town",
        "So schrieb Anna Vell in ihrem Brief aus Hamburg, Berlin 1990.",
        [],
    ),
    (
        "negative a plural noun and a clause with a year",
        "Ähnlich argumentiert Anna Vell in Interviews, die 1990 erschienen.",
        [],
    ),
    (
        "negative no imprint after the title",
        "Ähnlich argumentiert Anna Vell in Räte in den Häfen.",
        [],
    ),
    (
        "negative years in prose",
        "Ähnlich argumentierte Anna Vell in den Jahren 1990 bis 1992.",
        [],
    ),
]

_ROADS = [work("Vell", "Harbour Roads", "1990")]
_PORTO = [work("Vell", "Il porto e la città", "1990")]

# a plain title ends before an introducer, a translator, an editor or its container
ROLES = [
    (
        "an introduction abbreviated",
        "Ann Vell, *Harbour Roads*, introd. Tom Rudd (London: Dale Press, 1990), 41.",
        _ROADS,
    ),
    (
        "an Italian translator",
        "Ann Vell, *Il porto e la città*, trad. Tom Rudd (Milano: Feltrinelli, 1990), 41.",
        _PORTO,
    ),
    (
        "an Italian editor",
        "Ann Vell, *Il porto e la città*, a cura di Tom Rudd (Milano: Feltrinelli, 1990), 41.",
        _PORTO,
    ),
    (
        "with an introduction by",
        "Ann Vell, *Harbour Roads*, with an introduction by Tom Rudd"
        " (London: Dale Press, 1990), 41.",
        _ROADS,
    ),
    (
        "a foreword by",
        "Ann Vell, *Harbour Roads*, foreword by Tom Rudd (London: Dale Press, 1990), 41.",
        _ROADS,
    ),
    (
        "a foreword by, after prose",
        "On the docks, Ann Vell, *Harbour Roads*, foreword by Tom"
        " Rudd (London: Dale Press, 1990), 41.",
        _ROADS,
    ),
    (
        "a German container and its editor",
        "Zur Geschichte der Streiks vgl. Anna Vell, *Die"
        " Häfen und die Stadt*, in: *Hafenleben*, hg. von Tom Rudd, Berlin: Dietz 1990, S. 41.",
        [work("Vell", "Die Häfen und die Stadt", "1990")],
    ),
    (
        "negative a title's word Introduction",
        "Ann Vell, *Harbour Roads, Introduction and Notes* (London: Dale Press, 1990), 41.",
        [work("Vell", "Harbour Roads, Introduction and Notes", "1990")],
    ),
    (
        "negative a title's word Trade",
        "Ann Vell, *Harbour Roads, Trade and Travel* (London: Dale Press, 1990), 41.",
        [work("Vell", "Harbour Roads, Trade and Travel", "1990")],
    ),
    (
        "negative a title's Preface after a colon",
        "Ann Vell, *Harbour Roads: A Preface* (London: Dale Press, 1990), 41.",
        [work("Vell", "Harbour Roads: A Preface", "1990")],
    ),
    (
        "negative prose with commas and in",
        "Ann Vell spoke, in London, at the Dale Press, in 1990.",
        [],
    ),
    ("negative a foreword in prose", "The foreword by Tom Rudd, London 1990, is short.", []),
    ("negative a cura di in prose", "Ann Vell, a cura di nessuno, Milano 1990.", []),
    (
        "negative an introduction's writer in prose",
        "The introduction, by Tom Rudd, appeared in London, 1990.",
        [],
    ),
    (
        "negative with an introduction in prose",
        "Ann Vell wrote it, with an introduction by Tom Rudd, London 1990.",
        [],
    ),
    (
        "negative a preface's writer before a place and year",
        "In the preface, by Tom Rudd (London, 1990), the story is told.",
        [],
    ),
    ("negative Greek prose with στο", "Για τις απεργίες, στο Η πόλη, Κέδρος, Αθήνα 2005.", []),
]

# a row without web readings reads alike in both renderings
ENDS = [row if len(row) == 4 else (*row, row[2]) for row in ENDS]
GERMAN = [row if len(row) == 4 else (*row, row[2]) for row in GERMAN]

test_markdown, test_web = rendering_table_tests(CASES, web_column=2)
test_negatives_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
test_ends_markdown, test_ends_web = rendering_table_tests(ENDS)
test_ends_balance, test_ends_read_no_author_year = negative_table_tests(ENDS)
test_german_markdown, test_german_web = rendering_table_tests(GERMAN)
test_german_balance, test_german_read_no_author_year = negative_table_tests(GERMAN)
test_roles_markdown, test_roles_web = rendering_table_tests(ROLES, web_column=2)
test_roles_balance, test_roles_read_no_author_year = negative_table_tests(ROLES)
