"""A translation or another edition named in prose after its original, and a language's
lead-in before a writer (issue 11, round 16; `note_translated_editions.py`).

Chicago 17th (14.88-14.90 translations, 14.113-14.118 editions and reprints) cites a
translation as the same writer's work with its own title and year; its translator ("trans.",
"translated by", "trad.") is never its writer, and "In English," before a writer's names is no
writer either. The positives failed before this round (the translator read as the writer, the
language read as a surname, or the translation not read); the negatives hold the shapes that
must not be read so: a translator with no title, a translation with no title, the annotated
set's "in English translation as" (kept with its original), "English" as a real surname at a
note's start, a language or a place in prose. Every writer, title and translator is invented.
"""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

CALVET = work("Calvet", "La grève longue", "1975")
CALVET_SHORT = work("Calvet", "La grève longue", form="short")

# (name, note, readings): the same readings in the Markdown note and in its web copy.
CASES = [
    (
        "translated as, by its translator",
        "Compare Karl Obrecht's *Die Mauer der Zeit* (Hamburg: Rowohlt, 1984), translated as"
        " *The Wall of Time* by Sonia Vaher (London: Verso, 1990).",
        [
            work("Obrecht", "Die Mauer der Zeit", "1984"),
            work("Obrecht", "The Wall of Time", "1990"),
        ],
    ),
    (
        "translated as, in a journal",
        "Mira Lenz, „Das Ende der Fabrik“, *Der Spiegelgrund* 7 (1981), S. 3–9, translated as"
        " “The End of the Factory” by Omar Quist in *Labour Notes Quarterly* 4 (1983): 12–20.",
        [
            work("Lenz", "Das Ende der Fabrik", "1981"),
            work("Lenz", "The End of the Factory", "1983"),
        ],
    ),
    (
        "the English version, trans., in an edited book",
        'Tomas Argenti, "La fabbrica e il piano," *Rivista operaia* 3 (1964): 5–20, at 9; the'
        ' English version, "The Factory and the Plan," trans. Ruth Dallow, in *Plans and'
        " Workers*, ed. Ivo Brandt and Ruth Dallow (London: Pluto Press, 1982), 30–51, cuts it.",
        [
            work("Argenti", "La fabbrica e il piano", "1964"),
            work("Argenti", "The Factory and the Plan", "1982"),
        ],
    ),
    (
        "the German edition after cf.",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975), 63; cf. the German edition, *Der"
        " lange Streik*, trans. Uwe Bremer (Berlin: Wagenbach, 1979), which adds a chapter.",
        [CALVET, work("Calvet", "Der lange Streik", "1979")],
    ),
    (
        "the Spanish translation after a short form",
        "Calvet, *La grève longue*, 12–14. The Spanish translation, *La huelga larga* (México:"
        " Siglo XXI, 1983), has a new preface.",
        [CALVET_SHORT, work("Calvet", "La huelga larga", "1983")],
    ),
    (
        "the abridged translation",
        "Calvet, *La grève longue*, 9. English readers have only the abridged translation, *The"
        " Long Strike*, trans. Paul Lind (New York: Monthly Review Press, 1977).",
        [CALVET_SHORT, work("Calvet", "The Long Strike", "1977")],
    ),
    (
        "a selection opening the note: no writer",
        "A French selection appeared as *Tunix: un congrès*, trad. Marie Ibert (Paris: Maspero,"
        " 1999).",
        [work("", "Tunix: un congrès", "1999")],
    ),
    (
        "In English, before a writer",
        "The best account is still Pilar Ocampo, *Poder obrero* (Santiago: Ornitorrinco, 1985)."
        " In English, David Harlow, *Workers' Power in Chile* (New York: Monthly Review Press,"
        " 1981), chap. 4.",
        [
            work("Ocampo", "Poder obrero", "1985"),
            work("Harlow", "Workers' Power in Chile", "1981"),
        ],
    ),
    (
        "and, in English, before a surname",
        "See Anselm Rudow, *Das rote Graz* (Vienna: Löcker, 1980), esp. 57–90; and, in English,"
        " Rudow, *Red Graz*, trans. Helen Marsh (London: Pluto Press, 1985), 112–40.",
        [work("Rudow", "Das rote Graz", "1980"), work("Rudow", "Red Graz", "1985")],
    ),
    (
        "in French, before a surname after a semicolon",
        "Pilar Ocampo, *Poder obrero* (Santiago: Ornitorrinco, 1985); in French, Ocampo,"
        " *Pouvoir ouvrier* (Paris: Maspero, 1987).",
        [work("Ocampo", "Poder obrero", "1985"), work("Ocampo", "Pouvoir ouvrier", "1987")],
    ),
    (
        "negative: a translator named alone is read as today",
        "Translated by Omar Quist, 2001.",
        [work("Quist", "", "2001")],
    ),
    (
        "negative: a translation forthcoming, no work",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975), 63; an English translation is"
        " forthcoming from Verso.",
        [CALVET],
    ),
    (
        "negative: English, a surname at the note's start",
        "English, *The Quiet Mill* (London: Pluto Press, 1988), 41.",
        [work("English", "The Quiet Mill", "1988")],
    ),
    (
        "negative: a language in prose",
        "In English, the word has lost its edge; see Calvet, *La grève longue*, 12.",
        [CALVET_SHORT],
    ),
    (
        "negative: the German edition with no title",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975), 63; the German edition adds a"
        " chapter on Porto Marghera.",
        [CALVET],
    ),
    (
        "negative: a translation with no title",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975), 63; the English translation"
        " (London: Verso, 1980) cuts the third chapter.",
        [CALVET],
    ),
    (
        "negative: in English translation as, kept with its original",
        "Quoted by Mira Lenz in *Das Ende der Fabrik* (1981), available in English translation"
        " as *The End of the Factory* in *Factory Papers* (London: Pluto Press, 1990), 4.",
        [work("Lenz", "Das Ende der Fabrik", "1990")],
    ),
    (
        "negative: an edition named by its place and publisher",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975); the German edition, Berlin:"
        " Wagenbach, 1980, adds a chapter.",
        [CALVET],
    ),
    (
        "negative: translated by, no title",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975), translated by Ann Bell (London:"
        " Verso, 1980).",
        [CALVET],
    ),
    (
        "negative: a place in prose, not a language",
        "In England, the strike was read differently (London: Verso, 1980).",
        [],
    ),
    (
        "negative: an edition of a title already named",
        "The English edition of *La grève longue* (London: Verso, 1980) is abridged.",
        [],
    ),
    (
        "the original of a translation, after its language (round 17)",
        "Jean Calvet, *The Long Strike* (London: Verso, 1980); the French original, *La grève"
        " longue* (Paris: Seuil, 1975), is longer.",
        [work("Calvet", "The Long Strike", "1980"), CALVET],
    ),
    (
        "the original opening the note, no writer named (round 17)",
        "The Italian original, *L'ultimo sciopero: Genova 1920* (Turin: Einaudi, 2019), is longer.",
        [work("", "L'ultimo sciopero: Genova 1920", "2019")],
    ),
    (
        "negative: 'the original' with no language",
        "The original, *La grève longue* (Paris: Seuil, 1975), is longer.",
        [],
    ),
    (
        "negative: an original in prose, no title",
        "The Italian original, we are told, was longer (Turin, 2019).",
        [],
    ),
    (
        "negative: an edition's volume, no title",
        "Jean Calvet, *La grève longue* (Paris: Seuil, 1975); the German edition, Bd. 2 (Berlin:"
        " Wagenbach, 1980).",
        [CALVET],
    ),
]

test_negatives_balance, test_negatives_no_author_year = negative_table_tests(CASES)


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_web_copy_readings(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected
