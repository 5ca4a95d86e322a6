"""A short form set inside a note's prose (Chicago 14.29-14.33: the surname, a short title
of up to four words, a page, or the surname and a page alone; MLA's "(Surname, Short
Title page)" and "(Surname page)"): "… findet sich bei Kessel, S. 101", "made in Ellery,
pp. 44–52", "(Kessel, 44)", "As Ellery shows in *Socialist International*, 77, …", "στο
Παπαδάκης, *Διεθνής*, σ. 41" (`citecheck/extract/note_prose_shorts.py`). Read only when
an earlier note of the document cites a work of that writer, and a plain short title only
when it is the head of that writer's title: the decision is the document's. Every writer,
title and publisher is invented.

Half the rows or more are negatives: a person named in prose whose work no note cited, a
writer named with no work of theirs cited before, places after "to" (also when a writer
has that name), a publisher, an institution, a newspaper, a year, a quantity, a decimal,
a number that does not close its clause, no locator, an article before the word, given
names before it, words no title of the writer's starts with, a title's words."""

from __future__ import annotations

import pytest

from tests.note_tables import last_note_readings, web_copy

# the notes before: each writer's work in full ("Hamburg" and "London" are writers too, so
# that only the shape keeps the place negatives out)
EARLIER = [
    "Heinrich Kessel, *Die Internationale und der Krieg* (Berlin: Dietz, 1961), 12.",
    "Margaret Ellery, *The Socialist International and the Coming of War* (Oxford: Clarendon"
    " Press, 1972).",
    "Tom Ambler, *Summer 1914: The Last Weeks of Peace* (London: Methuen, 1968).",
    "Γιάννης Παπαδάκης, *Η Διεθνής*, Αθήνα: Κέδρος, 1980.",
    "Jack London, *The Iron Heel* (New York: Macmillan, 1908).",
    "Ann Hamburg, *Docks* (Leeds: Dale, 1990).",
    "Hans Maiwald, *Kongresse* (Berlin: Dietz, 1964).",
]
KESSEL = ("short", ("Kessel",), "", "")
KESSEL_1961 = ("short", ("Kessel",), "", "1961")
MAVRIDIS_OP = ("op-cit", ("Μαυρίδης",), "", "")
INTERNATIONALE = ("short", ("Kessel",), "Internationale", "")
ELLERY = ("short", ("Ellery",), "", "")
SOCIALIST = ("short", ("Ellery",), "Socialist International", "")
AMBLER = ("short", ("Ambler",), "Summer 1914", "")
PAPADAKIS = ("short", ("Παπαδάκης",), "Διεθνής", "")
MAVRIDIS = ("full", ("Μαυρίδης",), "Η κρίση", "1985")
RUDD = ("full", ("Rudd",), "Salt Roads", "1990")

# (name, last note, its readings in Markdown, in the web copy when they differ)
SHORT_FORMS = [
    ("after 'bei' in a German sentence",
     "Die These findet sich schon bei Kessel, S. 101.", [KESSEL]),
    ("after 'bei', the sentence going on",
     "Diese These findet sich bei Kessel, S. 101, und wird dort verworfen.", [KESSEL]),
    ("after 'in' in an English sentence",
     "The same point is made in Ellery, pp. 44–52.", [ELLERY]),
    ("after 'see' inside a sentence, with a short title, and a second writer",
     "On this see Ellery, *Socialist International*, 45, and Kessel, 12.", [SOCIALIST, KESSEL]),
    ("after a clause and a comma",
     "For the congress, Ellery, 45.", [ELLERY]),
    ("'as X shows in' a short title and a page",
     "As Ellery shows in *Socialist International*, 77, the party hesitated.", [SOCIALIST]),
    ("in a bracket, with a comma",
     "The party hesitated (Kessel, 44).", [KESSEL]),
    ("MLA's '(Surname page)'",
     "The party hesitated (Kessel 44).", [KESSEL]),
    ("after a lead-in word in its own ';' group, no title",
     "Kessel, *Internationale*, S. 3; ähnlich Kessel, S. 5.", [INTERNATIONALE, KESSEL]),
    ("Greek: after 'στο', a short title without its article",
     "Η ίδια άποψη στο Παπαδάκης, *Διεθνής*, σ. 41.", [PAPADAKIS]),
    ("a short title holding a year, in a bracket",
     "As the cables show (Ambler, *Summer 1914*, 240), the crisis deepened.", [AMBLER]),
    ("a short title holding a year, the whole note (read in Markdown before)",
     "Ambler, *Summer 1914*, 240.", [AMBLER]),
    ("joined by 'and' to the work before, whose reading ran on over it",
     "See Kessel, *Internationale*, p. 9 and Ellery, *Socialist International*, pp. 44–52.",
     [INTERNATIONALE, SOCIALIST]),
    ("Greek: joined by 'και' after a full form's pages",
     "Γ. Μαυρίδης, *Η κρίση*, Αθήνα: Κέδρος, 1985, σ. 45 κ.ε., και Ellery, *Socialist "
     "International*, σ. 9.", [MAVRIDIS, SOCIALIST]),
    ("a writer's possessive and the pages in a bracket",
     "Kessel’s account (pp. 4–9) is the fullest.", [KESSEL]),
    ("a writer's possessive after 'In', German page mark",
     "In Kessel's view (S. 4), the party hesitated.", [KESSEL]),
    ("German: a back-reference to the note of the full form, in prose",
     "Anders bei Kessel (wie Anm. 1), S. 4–9.", [KESSEL]),
    ("English: a back-reference to the note of the full form, in prose",
     "As shown by Kessel (see n. 1), 45.", [KESSEL]),
    ("German author-date after a comma ending a word of prose",
     "Die Zahl ist strittig; genannt wird sie von der Partei, Kessel 1961, S. 4.", [KESSEL_1961]),
    ("German author-date of two writers joined by '/' (DIN 1505-2), after 'bei'",
     "So auch bei Kessel/Maiwald 1961, S. 4–5 und 7–9.", [KESSEL_1961]),
    ("author-date of two writers, a comma before the bracketed year",
     "Kessel and Maiwald, (1961): 45.", [KESSEL_1961]),
    ("author-date of one writer, a comma before the bracketed year",
     "Kessel, (1961): 45.", [KESSEL_1961]),
    ("Greek op. cit. in prose, no earlier work of the writer read (op. cit. says one was)",
     "Η ίδια άποψη και στο Μαυρίδης, ό.π., σ. 9.", [MAVRIDIS_OP]),
    ("Greek op. cit. with the note it refers to",
     "Βλ. σχετικά στο Μαυρίδης, ό.π. (σημ. 3), σ. 4-9.", [MAVRIDIS_OP]),
    ("Greek op. cit. with a volume before the pages",
     "Όπως στο Μαυρίδης, ό.π., τ. 2, σελ. 4–9.", [MAVRIDIS_OP]),
]  # fmt: skip

NEGATIVES = [
    ("a person in prose, no work of theirs cited",
     "Meier, 45, led the strike in the port.", []),
    ("a place after 'to' (a writer of that name cited)",
     "The strike spread to Hamburg, 12.", []),
    ("a place after 'to' in English (a writer London cited)",
     "The strike spread to London, 12.", []),
    ("a publisher in prose",
     "Der Bericht erschien bei Dietz, S. 12.", []),
    ("an institution",
     "Die Akten liegen im Institut, S. 12.", []),
    ("a newspaper",
     "The report appeared in the Tribune, 12.", []),
    ("a writer named, no work of theirs cited before",
     "As Brandt argues in *Internationale*, 77, the party hesitated.", []),
    ("a writer named in a bracket, no work of theirs cited before",
     "The party hesitated (Brandt, 44).", []),
    ("a year after the surname: an author-year citation",
     "The party hesitated, as Kessel, 1961, shows.", []),
    ("a quantity after the surname",
     "The list led by Kessel, 3,000 strong, marched.", []),
    ("a decimal after the surname",
     "The list led by Kessel, 4.5 per cent, lost.", []),
    ("a number that does not close its clause",
     "Kessel, 45 years later, recalled the congress.", []),
    ("no locator",
     "Ellery, a historian of the congress, disagrees.", []),
    ("an article before the word",
     "Die Zahl nennt das Hamburg, S. 12.", []),
    ("a given name before the surname, no work of that person's",
     "Die Partei wählte Anna Meier, S. 4.", []),
    ("plain words no title of the writer's starts with",
     "The same point is made in Ellery, Berlin Days, 45.", []),
    ("plain words with a year, no title of the writer's",
     "The same point is made in Ambler, Berlin 1961, 45.", []),
    ("a title's words",
     "Vgl. den Roman *Kessel, 12*.", []),
    ("MLA's shape with a year: author-year",
     "The party hesitated (Kessel 1961).", []),
    ("'and' before a writer no note cited",
     "See Kessel, *Internationale*, p. 9 and Brandt, 12.", [INTERNATIONALE]),
    ("'and' before a writer's name inside the title before",
     "Tom Rudd, “Salt Roads and Ellery, 12” (Leeds: Dale, 1990), 4.",
     [("full", ("Rudd",), "Salt Roads and Ellery, 12", "1990")]),
    ("'and' before a writer's name in an imprint, a year after it",
     "Tom Rudd, *Salt Roads* (Leeds: Dale and Ellery, 1990), 4.", [RUDD]),
    ("a possessive of a person no note cited, pages in a bracket",
     "Brandt’s account (pp. 4–9) is the fullest.", []),
    ("a possessive, a number before the bracket",
     "Kessel's 45 delegates (p. 4) voted.", []),
    ("a possessive and a year in a bracket",
     "Kessel's account (1961) is the fullest.", []),
    ("a possessive, other words and pages after a comma (the writer's other works)",
     "So in Kessel's early essays, 4–9.", []),
    ("a possessive, a number that does not close its clause",
     "Kessel's party, 45 strong, won the vote.", []),
    ("a back-reference after a word no writer's",
     "Anders die Partei (wie Anm. 1), S. 4–9.", []),
    ("author-date after an editor's bracket and a comma",
     "Iring Fetscher (Hg.), Kessel 1961, S. 4.", []),
    ("a place and a year after a comma",
     "Die Stadt, Leipzig 1961, S. 4.", []),
    ("two names joined by '/', the first no writer cited before",
     "So auch bei Brandt/Maiwald 1961, S. 4–5.", []),
    ("a Greek month before op. cit.",
     "Η ίδια άποψη και στο Ιούνιος, ό.π., σ. 9.", []),
    ("a function word before op. cit.",
     "Η ίδια άποψη και στο ίδιο, ό.π., σ. 9.", []),
    ("an English month before op. cit.",
     "It happened in April, op. cit., 45.", []),
    ("two names and a bracketed year, the first no writer cited before",
     "Berlin and Maiwald, (1961): 45.", []),
    ("two writers and a bracketed year, no page",
     "Kessel and Maiwald, (1961), wrote on it.", []),
]  # fmt: skip


def _rows(rows: list[tuple]) -> list[tuple[str, str, list]]:
    return [(name, note, expected) for name, note, expected in rows]


@pytest.mark.parametrize(("name", "note", "expected"), _rows(SHORT_FORMS + NEGATIVES))
@pytest.mark.parametrize("rendering", ["markdown", "web"])
def test_a_short_form_in_prose(name: str, note: str, expected: list, rendering: str) -> None:
    earlier = EARLIER if rendering == "markdown" else [web_copy(n) for n in EARLIER]
    text = note if rendering == "markdown" else web_copy(note)
    readings = last_note_readings([*earlier, text])
    assert readings == expected, name


@pytest.mark.parametrize(("name", "note", "expected"), _rows(SHORT_FORMS))
def test_no_reading_without_an_earlier_work_of_the_writer(
    name: str, note: str, expected: list
) -> None:
    # only the readings of a marked short form where a work starts (a note's or group's
    # start, a bracket, after "see") remain
    opening = {
        "after a lead-in word in its own ';' group, no title": [INTERNATIONALE],
        "after 'see' inside a sentence, with a short title, and a second writer": [SOCIALIST],
        "a short title holding a year, in a bracket": [AMBLER],
        "a short title holding a year, the whole note (read in Markdown before)": [AMBLER],
        "joined by 'and' to the work before, whose reading ran on over it": [
            INTERNATIONALE,
            SOCIALIST,
        ],
        # the second work, a marked short title and a page after "και": by its shape (round 24)
        "Greek: joined by 'και' after a full form's pages": [MAVRIDIS, SOCIALIST],
        "Greek op. cit. in prose, no earlier work of the writer read (op. cit. says one was)": [
            MAVRIDIS_OP
        ],
        "Greek op. cit. with the note it refers to": [MAVRIDIS_OP],
        "Greek op. cit. with a volume before the pages": [MAVRIDIS_OP],
        # a surname, a marked short title of up to four words and a page closing the
        # clause: a short form by its shape (round 24, `test_note_shaped_shorts`)
        "Greek: after 'στο', a short title without its article": [PAPADAKIS],
    }
    readings = last_note_readings(["Ann Other, *Elsewhere*, London 1999.", note])
    assert readings == opening.get(name, []), name


def test_half_the_rows_or_more_are_negatives() -> None:
    assert len(NEGATIVES) >= len(SHORT_FORMS)
