"""Issue 11, round 16: a list of writers joined by the connecting words of a German or a
Greek note, and its look-alikes.

German notes join the last two writers of a list with "und" or "u." ("Ilse Varga, Tom
Brill und Ann Ro"), part inverted persons with them as DIN 1505-2 does with "/" ("Varga,
Ilse und Brill, Tom: …"), and write "u. a." ("und andere", DIN 1505-2's mark for writers
not named) where English writes "et al."; Greek notes join them with "και" and write
"κ.ά." ("και άλλοι"). A translation keeps the English serial comma before the last
("Doug Henwood, und Christian Parenti"). Each writer of such a list is read, not only the
last. Greek "και" joins a title's words as often as writers ("Κράτος και Επανάσταση"), so
two surnames alone joined by it before a plain title are writers only in Latin letters
(a foreign writer's name in a Greek note: "Horkheimer και Adorno, Towards …"), or in
Greek letters where an earlier note read a work of theirs under that title ("Μηλιός και
Σαββάκης, Η αγορά του λιμανιού, σ. 9").

Constructed notes (invented writers and titles, no corpus text). At least half the rows
are negatives: places and publishers joined by "und", "u.", "u. a." or "και" ("Berlin und
Wien 1999", "Suhrkamp und Insel", "Berlin u. a. 1999", "Αθήνα και Θεσσαλονίκη"), titles
joined by them ("Krieg und Frieden", "Κράτος και Επανάσταση", "Marx und Engels" as a
title's words), pages ("S. 45 und 46") and prose. None of their words is read as a
writer. The editors named after a book's title ("hg. v.", "Hg.", "επιμ.", "επιμέλεια",
"edited by") are read the same way, and a place or a publisher after one editor ("hg. v.
Ilse Varga, Berlin und Wien 2008") is the imprint, not a second editor.

Each row: (class, the notes before, the note, readings of the last note as (form,
surnames, title, year))."""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests, work

PORTS = "Ports of the North"
MILIOS = "Γιάννης Μηλιός και Ηλίας Σαββάκης, *Η αγορά του λιμανιού*, Αθήνα: Κέδρος, 2008, σ. 4."

# (class, notes before, note, readings)
CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    # German lists
    (
        "und: three writers, a serial comma before und",
        [],
        "Ilse Varga, Tom Brill, und Ann Ro, „Ports of the North“, in: *Harbour Review* 4 "
        "(2008), S. 3.",
        [work("Varga/Brill/Ro", PORTS, "2008")],
    ),
    (
        "und: four writers after Vgl., a serial comma before und",
        [],
        "Vgl. Ilse Varga, Tom Brill, Jan Kolb, und Ann Ro, *Ports of the North*, Berlin 2008, S. 4.",
        [work("Varga/Brill/Kolb/Ro", PORTS, "2008")],
    ),
    (
        "und: three writers, no comma before und",
        [],
        "Ilse Varga, Tom Brill und Ann Ro, „Ports of the North“, in: *Harbour Review* 4 "
        "(2008), S. 3.",
        [work("Varga/Brill/Ro", PORTS, "2008")],
    ),
    (
        "u.: a serial comma before u.",
        [],
        "Ilse Varga, Tom Brill, u. Ann Ro, *Ports of the North*, Berlin 2008, S. 4.",
        [work("Varga/Brill/Ro", PORTS, "2008")],
    ),
    (
        "und: inverted persons, each surname first",
        [],
        "Varga, Ilse, und Brill, Tom, *Ports of the North*, Berlin: Kessel 2008, S. 4.",
        [work("Varga/Brill", PORTS, "2008")],
    ),
    (
        "und: the first person inverted, the second not (DIN colon)",
        [],
        "Varga, Ilse und Tom Brill: Ports of the North. Berlin 2008, S. 4.",
        [work("Varga/Brill", PORTS, "2008")],
    ),
    (
        "u.: inverted persons (DIN colon)",
        [],
        "Varga, Ilse u. Brill, Tom: Ports of the North. Berlin 2008, S. 4.",
        [work("Varga/Brill", PORTS, "2008")],
    ),
    (
        "u. a.: one writer named, the others not",
        [],
        "Ilse Varga u. a., *Ports of the North*, Berlin 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "u.a.: set close, before a DIN colon",
        [],
        "Ilse Varga u.a.: Ports of the North. Berlin 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "u. a.: after an inverted person (DIN 1505-2)",
        [],
        "Varga, Ilse u. a.: Ports of the North. Berlin 2008.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "u. a.: a short form",
        ["Ilse Varga u. a., *Ports of the North*, Berlin 2008, S. 4."],
        "Varga u. a., *Ports*, S. 9.",
        [work("Varga", "Ports", form="short")],
    ),
    (
        "/: three persons with given names (DIN 1505)",
        [],
        "Ilse Varga/Tom Kolb/Ann Ro, *Ports of the North*, Berlin 2008, S. 4.",
        [work("Varga/Kolb/Ro", PORTS, "2008")],
    ),
    (
        "/: four persons before a DIN colon",
        [],
        "Ilse Varga/Tom Kolb/Ann Ro/Jan Holm: Ports of the North. Berlin 2008, S. 4.",
        [work("Varga/Kolb/Ro/Holm", PORTS, "2008")],
    ),
    (
        "und: a comma list and an editor's mark before a DIN colon",
        [],
        "Ilse Varga, Tom Kolb und Ann Ro (Hrsg.): Ports of the North. Berlin 2008.",
        [work("Varga/Kolb/Ro", PORTS, "2008")],
    ),
    (
        "u. a.: after a comma list of persons",
        [],
        "Ilse Varga, Tom Kolb, Ann Ro u. a., *Ports of the North*, Berlin 2008, S. 4.",
        [work("Varga/Kolb/Ro", PORTS, "2008")],
    ),
    (
        "u.a.: after a comma list, before a DIN colon",
        [],
        "Ilse Varga, Tom Kolb u.a.: Ports of the North. Berlin 2008.",
        [work("Varga/Kolb", PORTS, "2008")],
    ),
    # Greek lists
    (
        "και: three writers, a serial comma before και",
        [],
        "Βλ. Ilse Varga, Tom Brill, και Ann Ro, *Ports of the North*, Αθήνα 2008, σ. 4.",
        [work("Varga/Brill/Ro", PORTS, "2008")],
    ),
    (
        "και: inverted persons, each surname first",
        [],
        "Varga, Ilse, και Brill, Tom, *Ports of the North*, Αθήνα: Κέδρος, 2008, σ. 4.",
        [work("Varga/Brill", PORTS, "2008")],
    ),
    (
        "και: two Latin surnames alone before a plain title and an imprint",
        [],
        "Varga και Brill, Ports of the North (London: Verso, 2011), σ. 49.",
        [work("Varga/Brill", PORTS, "2011")],
    ),
    (
        "και: three Latin surnames alone before a plain title and an imprint",
        [],
        "Varga, Kolb και Brill, Ports of the North (London: Verso, 2011), σ. 49.",
        [work("Varga/Kolb/Brill", PORTS, "2011")],
    ),
    (
        "και: two Latin surnames alone, a short form with a plain title",
        ["Ilse Varga και Tom Brill, *Ports of the North*, Αθήνα 2008, σ. 4."],
        "Varga και Brill, Ports of the North, σ. 9.",
        [work("Varga/Brill", PORTS, form="short")],
    ),
    (
        "κ.ά.: after a comma list of persons",
        [],
        "Γιάννης Μηλιός, Ηλίας Σαββάκης κ.ά., *Η αγορά του λιμανιού*, Αθήνα: Κέδρος, 2008.",
        [work("Μηλιός/Σαββάκης", "Η αγορά του λιμανιού", "2008")],
    ),
    (
        "κ.ά.: after an inverted person",
        [],
        "Varga, Ilse κ.ά., *Ports of the North*, Αθήνα: Κέδρος, 2008, σ. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    # Greek surnames alone joined by και, a short form vouched by an earlier note
    (
        "και: Greek surnames alone, a short form of a work read before",
        [MILIOS],
        "Μηλιός και Σαββάκης, Η αγορά του λιμανιού, σ. 9.",
        [work("Μηλιός/Σαββάκης", "Η αγορά του λιμανιού", form="short")],
    ),
    (
        "και: Greek surnames alone after Βλ., a short title",
        [MILIOS],
        "Βλ. Μηλιός και Σαββάκης, Η αγορά, σσ. 9-12.",
        [work("Μηλιός/Σαββάκης", "Η αγορά", form="short")],
    ),
    # editors after the title: a volume cited whole is its editors' work
    (
        "hg. v.: three editors, und before the last",
        [],
        "*Ports of the North*, hg. v. Ilse Varga, Tom Brill und Ann Ro, Berlin 2008, S. 4.",
        [work("Varga/Brill/Ro", PORTS, "2008")],
    ),
    (
        "Hg.: two editors joined by und",
        [],
        "*Ports of the North*, Hg. Ilse Varga und Tom Kolb, Berlin 2008, S. 4.",
        [work("Varga/Kolb", PORTS, "2008")],
    ),
    (
        "hg. v.: one editor and u. a.",
        [],
        "*Ports of the North*, hg. v. Ilse Varga u. a., Berlin 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "hg. v.: a plain title opening the note, three editors",
        [],
        "Aktualität der Häfen, hg. v. Ilse Varga, Tom Kolb und Ann Ro, Frankfurt am Main 1970, S. 9.",
        [work("Varga/Kolb/Ro", "Aktualität der Häfen", "1970")],
    ),
    (
        "επιμ.: two editors joined by και",
        [],
        "*Ports of the North*, επιμ. Ilse Varga και Tom Kolb, Αθήνα: Κέδρος, 2008, σ. 4.",
        [work("Varga/Kolb", PORTS, "2008")],
    ),
    (
        "επιμέλεια: three editors, a serial comma before και",
        [],
        "*Ports of the North*, επιμέλεια Ilse Varga, Tom Kolb, και Ann Ro, Αθήνα: Κέδρος, 2008.",
        [work("Varga/Kolb/Ro", PORTS, "2008")],
    ),
    (
        "edited by: three editors (English, as before)",
        [],
        "*Ports of the North*, edited by Ilse Varga, Tom Kolb, and Ann Ro (London: Verso, 2008), 4.",
        [work("Varga/Kolb/Ro", PORTS, "2008")],
    ),
    # negatives: places, publishers, titles and pages joined by the list words
    (
        "negative: a title joined by und, an imprint",
        [],
        "Krieg und Frieden, Moskau 1990, S. 4.",
        [],
    ),
    (
        "negative: places joined by und before a year",
        [],
        "Berlin und Wien 1999, S. 4.",
        [],
    ),
    (
        "negative: publishers joined by und before a place",
        [],
        "Suhrkamp und Insel, Frankfurt 1999, S. 4.",
        [],
    ),
    (
        "negative: places joined by u. before a publisher",
        [],
        "Berlin u. Wien: Kessel 1999, S. 4.",
        [],
    ),
    (
        "negative: a place and u. a. before a year",
        [],
        "Frankfurt u. a. 1999, S. 4.",
        [],
    ),
    (
        "negative: pages joined by und",
        [],
        "Ilse Varga, *Ports of the North*, Berlin 2008, S. 45 und 46.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: places joined by und after the title",
        [],
        "Ilse Varga, *Ports of the North*, Berlin und Wien 1999, S. 4.",
        [work("Varga", PORTS, "1999")],
    ),
    (
        "negative: publishers joined by und after the title",
        [],
        "Ilse Varga, *Ports of the North*, Berlin: Suhrkamp und Insel, 1999, S. 4.",
        [work("Varga", PORTS, "1999")],
    ),
    (
        "negative: a place and u. a. after the title",
        [],
        "Ilse Varga, *Ports of the North*, Berlin u. a. 1999, S. 4.",
        [work("Varga", PORTS, "1999")],
    ),
    (
        "negative: surnames joined by und as a plain title's words",
        [],
        "Ilse Varga, Marx und Engels, Berlin 1999, S. 4.",
        [work("Varga", "Marx und Engels", "1999")],
    ),
    (
        "negative: surnames joined by und inside a quoted title",
        [],
        "Ilse Varga, „Marx und Engels in London“, in: *Harbour Review* 4 (2008), S. 3.",
        [work("Varga", "Marx und Engels in London", "2008")],
    ),
    (
        "negative: a Greek title joined by και, an imprint",
        [],
        "Κράτος και Επανάσταση, Αθήνα 1978, σ. 4.",
        [work("", "Κράτος και Επανάσταση", "1978")],
    ),
    (
        "negative: a Greek title joined by και, a publisher and a place",
        [],
        "Κράτος και Επανάσταση, Κέδρος, Αθήνα 1978, σ. 4.",
        [work("", "Κράτος και Επανάσταση", "1978")],
    ),
    (
        "negative: a Greek title joined by και after its writer",
        [],
        "Λένιν, Κράτος και Επανάσταση, Αθήνα 1978, σ. 4.",
        [work("Λένιν", "Κράτος και Επανάσταση", "1978")],
    ),
    (
        "negative: a Greek title's words joined by και, then a page",
        [],
        "Κράτος και Επανάσταση, σ. 4.",
        [],
    ),
    (
        "negative: Greek places joined by και before a year",
        [],
        "Αθήνα και Θεσσαλονίκη 1999, σ. 4.",
        [],
    ),
    (
        "negative: Greek places joined by και after the title",
        [],
        "Ilse Varga, *Ports of the North*, Αθήνα και Θεσσαλονίκη: Κέδρος, 1999, σ. 4.",
        [work("Varga", PORTS, "1999")],
    ),
    (
        "negative: Latin places joined by και before a publisher",
        [],
        "London και Berlin: Verso 1999, σ. 4.",
        [],
    ),
    (
        "negative: a Greek surname and a Greek word joined by και, a plain title",
        [],
        "Μηλιός και Επανάσταση, Η αγορά του λιμανιού, σ. 4.",
        [],
    ),
    (
        "negative: places joined by und after one editor",
        [],
        "*Ports of the North*, hg. v. Ilse Varga, Berlin und Wien 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: places joined by and after one editor (English)",
        [],
        "*Ports of the North*, ed. Ilse Varga, London and New York: Verso, 2008, 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: Greek places joined by και after one editor",
        [],
        "*Ports of the North*, επιμ. Ilse Varga, Αθήνα και Θεσσαλονίκη: Κέδρος, 2008, σ. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: publishers joined by und after one editor",
        [],
        "*Ports of the North*, hg. v. Ilse Varga, Suhrkamp und Insel, Berlin 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: places joined by u. after one editor of a plain title",
        [],
        "Aktualität der Häfen, hg. v. Ilse Varga, Frankfurt u. Leipzig: Kessel 1970, S. 9.",
        [work("Varga", "Aktualität der Häfen", "1970")],
    ),
    (
        "negative: translators joined by und are no editors",
        [],
        "*Ports of the North*, übers. v. Ilse Varga und Tom Kolb, Berlin 2008, S. 4.",
        [work("", PORTS, "2008")],
    ),
    (
        "negative: translators joined by και are no editors",
        [],
        "*Ports of the North*, μτφρ. Ilse Varga και Tom Kolb, Αθήνα 2008, σ. 4.",
        [work("", PORTS, "2008")],
    ),
    (
        "negative: a Greek title's words joined by και after a full form of others",
        [MILIOS],
        "Κράτος και Επανάσταση, Η αγορά του λιμανιού, σ. 4.",
        [],
    ),
    (
        "negative: Greek surnames cited before, a title not theirs",
        [MILIOS],
        "Μηλιός και Σαββάκης, Το κράτος, σ. 9.",
        [],
    ),
    (
        "negative: Greek places joined by και before a plain title and a page",
        [MILIOS],
        "Αθήνα και Θεσσαλονίκη, Η αγορά του λιμανιού, σ. 4.",
        [],
    ),
    (
        "negative: places parted by slashes before a publisher",
        [],
        "Frankfurt/Main/Berlin: Suhrkamp 1970, S. 4.",
        [],
    ),
    (
        "negative: places parted by slashes after the title",
        [],
        "Ilse Varga, *Ports of the North*, Berlin/Wien/Zürich: Kessel 2008, S. 4.",
        [work("Varga", PORTS, "2008")],
    ),
    (
        "negative: a title's words joined by und before its subtitle's colon",
        [],
        "Ilse Varga, Kalte Häfen und Neue Wege: Eine Studie (Berlin: Kessel, 2008).",
        [work("Varga", "Kalte Häfen und Neue Wege: Eine Studie", "2008")],
    ),
    (
        "negative: a title's words joined by und before a DIN colon's title",
        [],
        "Ilse Varga, Kritische Theorie und Neue Linke: Ein Streit. Berlin 2008.",
        [work("Varga", "Kritische Theorie und Neue Linke: Ein Streit", "2008")],
    ),
    (
        "negative: places and u. a. before a year",
        [],
        "Ilse Varga, *Ports of the North*, Frankfurt am Main, New York u. a. 1999, S. 4.",
        [work("Varga", PORTS, "1999")],
    ),
    (
        "negative: prose with und between persons and no work",
        [],
        "So sahen es Varga und Brill im Jahr 1999.",
        [],
    ),
]

(
    test_reading,
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_no_reader_reads_a_writer_in_a_negative,
) = context_table_tests(CASES, lambda before, read: not before and not any(r[1] for r in read))
