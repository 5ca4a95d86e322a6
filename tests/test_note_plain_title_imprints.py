"""A web copy's plain title between its writer and its imprint (the italics gone): where it
ends when the publisher comes first (", Dale Press, London 1990": Greek and German practice,
ISO 690's order after the title page), that "X Y and Z W" running straight into an imprint
is a title, not two persons (Chicago 14.68-14.71: a full form puts the title between the
writer and the imprint), and that a Greek writer in prose before the comma is no title's
words ("Σύμφωνα με την Άννα Βέλλη, Οι απεργίες …").

Each row reads its note as Markdown and as its web copy (`note_tables.web_copy`); the
positives are read in Markdown on main and missed (or misbounded) in the web copy there.
The negatives hold the shapes that must not be read so: a bracketed year, place, cross
reference or translator after prose; a list of persons before a place and a year; a person
in the publisher's slot; a list of places; a person with an initial before an imprint; a
place and a year alone in brackets after persons; Greek prose with a writer and no title.
Invented writers, titles and publishers."""

from __future__ import annotations

from tests.note_tables import negative_table_tests, rendering_table_tests, work

_VELL_WARTIME = [work("Vell", "Harbour Strikes in Wartime", "1990")]
_VELL_UNIONS = [work("Vell", "Harbour Strikes and Dock Unions", "1990")]
_VELL_HAFEN = [work("Vell", "Streiks im Hafen", "1990")]
_VELLI = [work("Βέλλη", "Οι απεργίες στο λιμάνι", "2005")]

# (name, note, Markdown readings[, web readings when they differ])
CASES = [
    # the publisher first, after a writer in prose
    (
        "publisher first after prose",
        "The standard account is Ann Vell, *Harbour Strikes in Wartime*, Dale Press, London"
        " 1990, 23.",
        _VELL_WARTIME,
    ),
    (
        "publisher's word Books, a town of two words",
        "The standard account is Ann Vell, *Harbour Strikes in Wartime*, Harbour Books, New"
        " York 1990, 23.",
        _VELL_WARTIME,
    ),
    (
        "a publisher imprints name",
        "The fullest treatment remains Ann Vell, *Dock Work*, Verso, London 2005, 12.",
        [work("Vell", "Dock Work", "2005")],
    ),
    (
        "German publisher first, the title bounded",
        "Die beste Darstellung bleibt Anna Vell, *Streiks im Hafen*, Dietz, Berlin 1990, S. 23.",
        _VELL_HAFEN,
    ),
    (
        "German publisher's head word",
        "Die beste Darstellung bleibt Anna Vell, *Streiks im Hafen*, Edition Nautilus, Hamburg"
        " 1990, S. 23.",
        _VELL_HAFEN,
    ),
    # "X Y and Z W" before the imprint
    (
        "joined title after a colon lead",
        "A sampling includes: Ann Vell, *Harbour Strikes and Dock Unions* (London: Dale"
        " Press, 1990).",
        _VELL_UNIONS,
    ),
    (
        "joined title after prose",
        "The standard account is Ann Vell, *Harbour Strikes and Dock Unions* (London: Dale"
        " Press, 1990), 23.",
        _VELL_UNIONS,
    ),
    (
        "joined title second after a semicolon",
        "For the docks see Ann Vell, *Harbour Strikes in Wartime* (London: Dale Press, 1990);"
        " for the mines, Tom Rudd, *Pit Work and Its Unions* (Leeds: Hale, 1977).",
        [*_VELL_WARTIME, work("Rudd", "Pit Work and Its Unions", "1977")],
    ),
    (
        "joined title before a publisher-first imprint",
        "Ann Vell, *Harbour Strikes and Dock Unions*, Dale Press, London 1990, 23.",
        _VELL_UNIONS,
    ),
    (
        "a title naming two persons",
        "The classic study is David Rimmer, *Karl Marx and Friedrich Engels* (New York:"
        " Harbour Books, 1974).",
        [work("Rimmer", "Karl Marx and Friedrich Engels", "1974")],
    ),
    (
        "joined by an ampersand",
        "The classic study is David Rimmer, *Class Struggle & Party Politics* (London: Dale"
        " Press, 1974).",
        [work("Rimmer", "Class Struggle & Party Politics", "1974")],
    ),
    (
        "joined title, a translator, then the imprint",
        "The best study is Ann Vell, *Harbour Strikes and Dock Unions*, trans. Tom Rudd"
        " (London: Dale Press, 1990), 23.",
        _VELL_UNIONS,
    ),
    (
        "a title's list of one-word items, then joined words",
        "The best study is Ann Vell, *Harbour Strikes, Lockouts and Dock Unions* (London:"
        " Dale Press, 2000).",
        [work("Vell", "Harbour Strikes, Lockouts and Dock Unions", "2000")],
    ),
    (
        "a title's list with a serial comma",
        "The best study is Ann Vell, *Harbour Strikes, Lockouts, and Dock Unions* (London:"
        " Dale Press, 2000).",
        [work("Vell", "Harbour Strikes, Lockouts, and Dock Unions", "2000")],
    ),
    (
        "a title quoted inside the title, after prose",
        'The best study is Ann Vell, *A Defence of "Harbour Strikes": Dock Work and the State*'
        " (London: Dale Press, 2000).",
        [work("Vell", 'A Defence of "Harbour Strikes": Dock Work and the State', "2000")],
    ),
    (
        "a title in curly quotes inside the title, after prose",
        "The best study is Ann Vell, *A Defence of “Harbour Strikes”: Dock Work and the State*"
        " (London: Dale Press, 2000).",
        [work("Vell", "A Defence of “Harbour Strikes”: Dock Work and the State", "2000")],
    ),
    # a Greek writer in prose before the title
    (
        "Greek according to her",
        "Σύμφωνα με την Άννα Βέλλη, *Οι απεργίες στο λιμάνι*, Νήσος, Αθήνα 2005, σ. 23.",
        _VELLI,
    ),
    (
        "Greek according to him, an initial",
        "Σύμφωνα με τον Κ. Ρούσσο, *Η πόλη και το λιμάνι*, Κέδρος, Αθήνα 1999, σ. 4.",
        [work("Ρούσσο", "Η πόλη και το λιμάνι", "1999")],
    ),
    (
        "Greek by her account",
        "Κατά την Άννα Βέλλη, *Οι απεργίες στο λιμάνι*, Νήσος, Αθήνα 2005, σ. 23.",
        _VELLI,
    ),
    # negatives
    ("negative year after prose", "The strike was lost, as Ann Vell recalls (1999).", []),
    ("negative place alone", "The account is Ann Vell, Harbour Strikes (London).", []),
    (
        "negative cross reference",
        "The account is Ann Vell, Harbour Strikes and Dock Unions (see above).",
        [],
    ),
    (
        "negative translator alone",
        "The account is Ann Vell, Harbour Strikes and Dock Unions (trans. Tom Rudd).",
        [],
    ),
    (
        "negative persons, a place and a year",
        "The meeting heard Ann Vell, Tom Rudd, Ben Hale, London 1990.",
        [],
    ),
    (
        "negative persons, a place, a comma and a year",
        "The meeting heard Ann Vell, Tom Rudd, Ben Hale, London, 1990.",
        [],
    ),
    (
        "negative persons joined, a place and a year",
        "The delegates were Ann Vell, Tom Rudd and Ben Hale, London 1990.",
        [],
    ),
    (
        "negative persons with an initial before an imprint",
        "The delegates were Ann Vell, Tom B. Rudd and Ben Hale (London: Dale Press, 1990).",
        [],
    ),
    (
        "negative persons before a place and a year in brackets",
        "The speakers were Ann Vell, Tom Rudd and Ben Hale (London, 1990).",
        [],
    ),
    (
        "negative persons before a year in brackets",
        "The committee, Ann Vell, Tom Rudd and Ben Hale (1990), agreed.",
        [],
    ),
    (
        "negative four persons before an imprint",
        "The speakers were Ann Vell, Tom Rudd, Ben Hale and Joe Marks (London: Dale Press, 2000).",
        [],
    ),
    (
        "negative four persons, a serial comma, before an imprint",
        "The speakers were Ann Vell, Tom Rudd, Ben Hale, and Joe Marks (London: Dale Press, 2000).",
        [],
    ),
    (
        "negative words quoted in prose before an imprint",
        'The phrase of Ann Vell, Docks "were lost" (London: Dale Press, 2000).',
        [],
    ),
    (
        "negative a writer's apposition and a quoted title",
        'As Ann Vell, the author of "Harbour Strikes" (London: Dale Press, 2000), puts it.',
        [],
    ),
    (
        "negative persons joined before an open imprint",
        "The delegates were Ann Vell, Tom Rudd and Ben Hale, London: Dale Press, 1990.",
        [],
    ),
    (
        "negative persons joined before a publisher-first imprint",
        "The delegates were Ann Vell, Tom Rudd and Ben Hale, Dale Press, London 1990.",
        [],
    ),
    (
        "negative persons in prose",
        "The speakers, Ann Vell, Tom Rudd and Ben Hale, met in London in 1990.",
        [],
    ),
    (
        "negative a person in the publisher's slot",
        "The standard account is Ann Vell, Harbour Strikes, Tom Rudd, London 1990.",
        [],
    ),
    (
        "negative a person in the publisher's slot, a town of two words",
        "The standard account is Ann Vell, Harbour Strikes in Wartime, Tom Rudd, New York 1990.",
        [],
    ),
    (
        "negative a list of places",
        "The standard account is Ann Vell, Harbour Strikes, Leeds, Manchester, London 1990.",
        [],
    ),
    (
        "negative towns in prose",
        "The strike spread to Hull, Leeds, Manchester, London 1990 and after.",
        [],
    ),
    (
        "negative towns joined before a year",
        "The strike spread to Hull, Leeds and Manchester (1990).",
        [],
    ),
    (
        "negative a place and a year in prose",
        "The docks were closed (London, 1990) and never reopened.",
        [],
    ),
    (
        "negative a year after prose, persons after it",
        "It was a time of strikes and lockouts (1926), as Ann Vell, Tom Rudd and others have"
        " shown.",
        [],
    ),
    (
        "negative offices joined in prose",
        "The union sent Ann Vell, Harbour Master and Dock Warden, to London in 1990.",
        [],
    ),
    (
        "negative joined words before a place and a year alone",
        "The account is Ann Vell, Harbour Strikes and Dock Unions, London 1990.",
        [],
    ),
    (
        "negative a sentence before a publisher-first imprint",
        "Ann Vell spoke, Harbour Strikes in Wartime, Dale Press, London 1990.",
        [],
    ),
    (
        "negative Greek prose with a writer and a year",
        "Σύμφωνα με την Άννα Βέλλη, η απεργία έληξε το 2005.",
        [],
    ),
]

test_markdown, test_web = rendering_table_tests(CASES, web_column=2)
test_negatives_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
