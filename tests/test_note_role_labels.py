"""Issue 11, round 22: a contributor's role or a source's label before a colon is no writer
(`extract/note_role_labels.py`).

Constructed notes; every writer, title and journal is invented. A role (ISO 690 / DIN
1505-2: translator, editor, interviewer, moderator; Chicago 14.110: introduction, foreword,
afterword) and a source label ("Quelle:", "Source:", "Πηγή:") take the shape
of the colon style ("Wettkamp: Staat und Streik"); the reader read "Moderation: Klaus
Bergmeyer." as a work by "Moderation" titled "Klaus Bergmeyer". The work a label opens is
read as any note's.

The negatives are writers who must still be read: a writer before a colon whose title is a
role word ("Hans Kolbeck: Vorwort, in: …", "Kolbeck: Einleitung in …"), a title opening
with a role or label word after a writer's comma or colon ("Anna Meierling, Übersetzung:
Theorie und Praxis", "Hans Wettkamp: Quelle und Deutung"), and writers before a place and
its publisher ("Neustadt: Wellmann 1999", "Αθήνα: Εκδόσεις Κουκκίδα 2004").
"""

from __future__ import annotations

from tests.note_tables import Reading, both_renderings_tests, work

# (name, note, the note's readings in Markdown and in its web copy)
ROLES: list[tuple[str, str, list[Reading]]] = [
    ("a translator alone", "Übersetzung: Anna Meierling.", []),
    (
        "a moderator, then a work",
        "Moderation: Klaus Bergmeyer. Vgl. Hans Wettkamp, Die Partei der Werften, Bielefeld "
        "1987, S. 12.",
        [work("Wettkamp", "Die Partei der Werften", "1987")],
    ),
    (
        "a transcriber, then a work in the colon style",
        "Transkription: Ute Sandlohr. Karl Brenneis: Die Streiks am Hafen, Berlin 1999, S. 3.",
        [work("Brenneis", "Die Streiks am Hafen", "1999")],
    ),
    ("an interviewer, a place and a year", "Gesprächsführung: Anna Meierling (Bremen, 1999).", []),
    (
        "a source label, then a work",
        "Quelle: Karl Brenneis, Die Streiks am Hafen, Berlin 1999, S. 3.",
        [work("Brenneis", "Die Streiks am Hafen", "1999")],
    ),
    (
        "an English source label, then a work",
        "Source: Karl Brenneis, *The Strikes* (London, 1999), 3.",
        [work("Brenneis", "The Strikes", "1999")],
    ),
    (
        "an English translator, then a work",
        "Translator: Ann Halloway. See Karl Brenneis, *The Strikes* (London, 1999), 3.",
        [work("Brenneis", "The Strikes", "1999")],
    ),
    (
        "a Greek translator, then a work",
        "Μετάφραση: Άννα Μαυρίδου. Βλ. Κώστας Πετρόπουλος, *Οι απεργίες του λιμανιού*, Αθήνα: "
        "Κέδρος, 1999, σ. 3.",
        [work("Πετρόπουλος", "Οι απεργίες του λιμανιού", "1999")],
    ),
    (
        "a Greek source label, then a work",
        "Πηγή: Κώστας Πετρόπουλος, *Οι απεργίες του λιμανιού*, Αθήνα: Κέδρος, 1999.",
        [work("Πετρόπουλος", "Οι απεργίες του λιμανιού", "1999")],
    ),
    (
        "an adjective before the role",
        "Deutsche Übersetzung: Anna Meierling. Vgl. Hans Wettkamp, Die Partei, Bielefeld 1987.",
        [work("Wettkamp", "Die Partei", "1987")],
    ),
    (
        "a first printing's label, then an article",
        "Erstdruck: Hans Wettkamp, „Die Partei und der Streik“, in: *Neue Blätter* 4 (1958), "
        "S. 12–19.",
        [work("Wettkamp", "Die Partei und der Streik", "1958")],
    ),
    ("two roles after a ';'", "Vorwort: Ute Sandlohr; Nachwort: Klaus Bergmeyer.", []),
    ("two English roles", "Editor: Ann Halloway. Interviewer: Paul Rendall.", []),
    ("two Greek roles", "Επιμέλεια: Άννα Μαυρίδου· συντονισμός: Νίκος Λαζαρίδης.", []),
]

WRITERS: list[tuple[str, str, list[Reading]]] = [
    (
        "negative: a writer, colon, a part titled by its role, in: a book",
        "Hans Kolbeck: Vorwort, in: Karl Brenneis: Die Streiks, Berlin 1999, S. 3.",
        [work("Kolbeck", "Vorwort", "1999")],
    ),
    (
        "negative: a surname, colon, a title opening with a role word",
        "Kolbeck: Einleitung in die Soziologie des Streiks, Berlin 1999, S. 3.",
        [work("Kolbeck", "Einleitung in die Soziologie des Streiks", "1999")],
    ),
    (
        "negative: a surname, colon, Ort: Verlag Jahr",
        "Wettkamp: Staat und Streik, Berlin: Dietz 1970, S. 4.",
        [work("Wettkamp", "Staat und Streik", "1970")],
    ),
    (
        "negative: a writer's comma, then a title 'Role: Subtitle'",
        "Anna Meierling, Übersetzung: Theorie und Praxis, Leipzig 1999, S. 3.",
        [work("Meierling", "Übersetzung: Theorie und Praxis", "1999")],
    ),
    (
        "negative: a writer, colon, a title opening with a label word, Ort: Verlag Jahr",
        "Hans Wettkamp: Quelle und Deutung. Studien zum Hafenstreik, Bremen: Edition Nord 1990.",
        [work("Wettkamp", "Quelle und Deutung", "1990")],
    ),
    (
        "negative: an English title 'Introduction: …', Place: Publisher, Year",
        "Ann Halloway, *Introduction: The Long Strike* (London: Verso, 1999), 3.",
        [work("Halloway", "Introduction: The Long Strike", "1999")],
    ),
    (
        "negative: a writer before Ort: Verlag Jahr",
        "Vgl. Karl Brenneis: Die Streiks am Hafen, Neustadt: Wellmann 1999, S. 3.",
        [work("Brenneis", "Die Streiks am Hafen", "1999")],
    ),
    (
        "negative: a Greek title 'Εισαγωγή: …', Αθήνα: Κέδρος",
        "Κώστας Πετρόπουλος, *Εισαγωγή: Η απεργία*, Αθήνα: Κέδρος 1999, σ. 3.",
        [work("Πετρόπουλος", "Εισαγωγή: Η απεργία", "1999")],
    ),
    (
        "negative: a foreword named in prose after the title",
        "Karl Brenneis, Die Streiks. Vorwort von Anna Meierling, Berlin 1999, S. 3.",
        [work("Brenneis", "Die Streiks", "1999")],
    ),
    (
        "negative: an article titled with a label word",
        'Ann Halloway, "Source and Method," *Labour Notes* 12 (1988): 3.',
        [work("Halloway", "Source and Method", "1988")],
    ),
    (
        "negative: a book titled 'Chair: …', Place, Year",
        "Paul Rendall, *Chair: A History of Committees* (Leeds, 2001), 7.",
        [work("Rendall", "Chair: A History of Committees", "2001")],
    ),
    (
        "negative: a writer, colon, a title opening with 'Original'",
        "Hans Wettkamp: Original und Fälschung, Kassel 1994, S. 7.",
        [work("Wettkamp", "Original und Fälschung", "1994")],
    ),
    (
        "negative: a writer before a place of two words and a publisher",
        "Ute Sandlohr: Hafen und Stadt, Neustadt an der Weinstraße: Wellmann 1988, S. 9.",
        [work("Sandlohr", "Hafen und Stadt", "1988")],
    ),
    (
        "negative: a Greek writer before Αθήνα: Εκδόσεις …",
        "Νίκος Λαζαρίδης, *Το λιμάνι*, Αθήνα: Εκδόσεις Κουκκίδα 2004, σ. 7.",
        [work("Λαζαρίδης", "Το λιμάνι", "2004")],
    ),
]


test_both_renderings_read_alike, test_no_author_year_citation = both_renderings_tests(
    ROLES + WRITERS
)


def test_at_least_half_negatives() -> None:
    assert len(WRITERS) >= len(ROLES)


def test_no_role_or_label_is_read_as_a_writer() -> None:
    from tests.note_tables import one_note_readings, web_copy

    roles = ("Übersetzung", "Moderation", "Transkription", "Gesprächsführung", "Quelle")
    roles += ("Source", "Translator", "Μετάφραση", "Πηγή", "Vorwort", "Editor")
    for _, note, _ in ROLES:
        for text in (note, web_copy(note)):
            read = {s for _, surnames, _, _ in one_note_readings(text) for s in surnames}
            assert not read & set(roles), note
