"""A work's translation (or its original) named after it with a cue, as the same writer's
second work in the note (Chicago 14.109-110: the original and then its translation, a
second publication with its own title and year; German practice "dt.:"): the cue's
family beyond "English translation:" and "dt.:" — a language alone ("English: *The Day*",
"German: *Der Tag*"), "in English:", "in English as", "available in English as",
"translated into English as", "trans. Ann Bell as", "transl. as", "German translation:",
"original:", "orig.", the book holding the translation ("English translation in", "dt.
in:"), German "auf Deutsch:", "dt. Übers. v. …:", "engl.:", and the cue after a comma
rather than ";" before a marked title (`note_translation_cues.ENGLISH_CUE`,
`note_german._TRANSLATION_CUE`, `note_patterns.SEGMENT_CUE`). A language is never read as
the writer. Every writer, title, journal, place and publisher is invented.

Half the rows or more are negatives: a journal's issue after "English translation in", a
translator after a comma, "English translation mine", prose about translations, a writer
named English, a translator and a place and year, "German edition" and a year, "translated
as early as", "original in the archive", a language before a colon and prose, "in English,"
before prose, "originally a lecture", "dt.:" before a place and year, "English translation:"
before an imprint, "in English" and a year, "auf Deutsch erschienen", "original French"."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

VALE = "Jean Vale, *Le jour* (Paris: Seuil, 1968), 41"
DAY = "*The Day* (London: Verso, 1974), 38."
JOUR = work("Vale", "Le jour", "1968")
THE_DAY = work("Vale", "The Day", "1974")
DAY_FIRST = "Jean Vale, *The Day* (London: Verso, 1974), 38"
GERMAN = "Jean Vale, *Le jour*, Paris 1968, S. 41"
TAG = work("Vale", "Der Tag", "1976")
SAME = "same"  # the web copy reads as the Markdown does

# name, note, readings in Markdown, readings in the web copy (SAME, or None: the web copy's
# plain title after a language and a colon is left as main reads it, a DIN writer as likely)
ROWS = [
    ("'English translation in' a book",
     VALE + "; English translation in *The Day and Other Essays* (London: Verso, 1974), 38.",
     [JOUR, work("Vale", "The Day and Other Essays", "1974")], SAME),
    ("'in English:'", VALE + "; in English: " + DAY, [JOUR, THE_DAY], SAME),
    ("a language alone before a colon", VALE + "; English: " + DAY, [JOUR, THE_DAY], None),
    ("'German:' after an English book",
     DAY_FIRST + "; German: *Der Tag* (Berlin: Dietz, 1976), 38.",
     [THE_DAY, TAG], None),
    ("'German translation:'",
     VALE + "; German translation: *Der Tag* (Berlin: Dietz, 1976), 38.", [JOUR, TAG], SAME),
    ("'translated into English as'", VALE + "; translated into English as " + DAY,
     [JOUR, THE_DAY], SAME),
    ("'in English as'", VALE + "; in English as " + DAY, [JOUR, THE_DAY], SAME),
    ("'available in English as'", VALE + "; available in English as " + DAY,
     [JOUR, THE_DAY], SAME),
    ("the translator before 'as'", VALE + "; trans. Ann Bell as " + DAY, [JOUR, THE_DAY], SAME),
    ("'transl. as'", VALE + "; transl. as " + DAY, [JOUR, THE_DAY], SAME),
    ("'translated as' after a comma", VALE + ", translated as " + DAY, [JOUR, THE_DAY], SAME),
    ("'original:' after the translation", DAY_FIRST + "; original: *Le jour* (Paris: Seuil, 1968).",
     [THE_DAY, JOUR], SAME),
    ("'orig.' in a bracket after the translation",
     DAY_FIRST + " (orig. *Le jour*, Paris: Seuil, 1968).", [THE_DAY, JOUR], [THE_DAY]),
    ("'dt. in:' a book", GERMAN + "; dt. in: *Der Tag und andere Aufsätze*, Berlin 1976, S. 38.",
     [JOUR, work("Vale", "Der Tag und andere Aufsätze", "1976")], SAME),
    ("'auf Deutsch:'", GERMAN + "; auf Deutsch: *Der Tag*, Berlin 1976, S. 38.", [JOUR, TAG], SAME),
    ("the translator before the colon",
     GERMAN + "; dt. Übers. v. Ann Bell: *Der Tag*, Berlin 1976, S. 38.", [JOUR, TAG], SAME),
    ("'engl.:'", GERMAN + "; engl.: *The Day*, London 1974.", [JOUR, THE_DAY], SAME),
    ("'dt.:' after a comma", GERMAN + ", dt.: *Der Tag*, Berlin 1976, S. 38.", [JOUR, TAG],
     [JOUR]),
    ("negative: a journal's issue after 'English translation in'",
     'Jean Vale, "Le jour," *Revue* 12 (1968): 41; English translation in *Review* 4 (1974): 38.',
     [JOUR], SAME),
    ("negative: a translator after a comma",
     VALE + ", trans. Ann Bell (London: Verso, 1974).", [JOUR], SAME),
    ("negative: 'English translation mine'", VALE + ", English translation mine.", [JOUR], SAME),
    ("negative: prose about translations",
     VALE + "; English translations in several journals followed in 1974.", [JOUR], SAME),
    ("negative: a writer named English",
     "Richard English, *Armed Struggle* (London: Macmillan, 2003), 41.",
     [work("English", "Armed Struggle", "2003")], SAME),
    ("negative: a DIN writer named English",
     "Ann English: *Armed Struggle*, London 2003, S. 41.",
     [work("English", "Armed Struggle", "2003")], SAME),
    ("negative: a translator, a place and a year", GERMAN + "; dt. v. Ann Bell, Berlin 1976.",
     [JOUR], SAME),
    ("negative: 'German edition' and a year", VALE + "; German edition 1976.", [JOUR], SAME),
    ("negative: 'translated as early as'", VALE + "; translated as early as 1974.", [JOUR], SAME),
    ("negative: 'original in the archive'", VALE + "; original in the archive, Paris, 1968.",
     [JOUR], SAME),
    ("negative: a language before a colon and prose", VALE + ", German: the word is *Tag*.",
     [JOUR], SAME),
    ("negative: 'in English,' before prose", VALE + "; in English, the book is little known.",
     [JOUR], SAME),
    ("negative: 'originally a lecture'", VALE + "; originally a lecture, Paris, 1968.", [JOUR],
     SAME),
    ("negative: 'dt.:' before a place and a year", GERMAN + "; dt.: Berlin 1976.", [JOUR], SAME),
    ("negative: 'English translation:' before an imprint",
     VALE + "; English translation: London: Verso, 1974.", [JOUR], SAME),
    ("negative: 'English translation in' a year", VALE + "; English translation in 1974.",
     [JOUR], SAME),
    ("negative: 'trans. by' and 'as early as'", VALE + "; trans. by Ann Bell as early as 1974.",
     [JOUR], SAME),
    ("negative: 'in English' and a year", VALE + ", in English 1974.", [JOUR], SAME),
    ("negative: 'auf Deutsch erschienen'", VALE + "; auf Deutsch erschienen 1976.", [JOUR], SAME),
    ("negative: 'original French'", VALE + "; original French, 1968.", [JOUR], SAME),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [r[1:3] for r in ROWS], ids=[r[0] for r in ROWS])
def test_markdown_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


WEB = [(r[0], r[1], r[2] if r[3] == SAME else r[3]) for r in ROWS if r[3] is not None]


@pytest.mark.parametrize(("note", "expected"), [r[1:] for r in WEB], ids=[r[0] for r in WEB])
def test_web_copy_readings(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected


@pytest.mark.parametrize("note", [r[1] for r in ROWS], ids=[r[0] for r in ROWS])
def test_no_language_read_as_a_writer(note: str) -> None:
    surnames = {s for _, authors, _, _ in one_note_readings(note) for s in authors}
    assert not surnames & {"English", "German"} or "Armed Struggle" in note


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    ROWS, least=30
)
