"""Issue 11, round 21: a Romance definite article before a marked word is no surname.

French, Spanish and Italian notes set a foreign or technical word in italics after its
article: "Le *dataset* RASAM est disponible …", "La *Gazette* publia le texte …". The
reader took the article for a writer's surname and the word for a short form's title (two
such notes among the real French notes this round read). A surname before its title takes a
comma (Chicago 14.29: "Le Goff, *La civilisation*, 44."; a surname "Le" too: "Le, *Harbour
Lights*, 44."). With the comma absent and words of a sentence after the mark, the reading
is prose and is dropped; with a comma or a stop after the mark ("Le *Monde*, 3 mai 1921."),
the work is kept without a writer, its article in the title. Synthetic notes.
"""

from __future__ import annotations

import pytest

from tests.note_tables import one_note_readings, surnames_read, web_copy, work

# (class, note, readings of the Markdown note)
CASES = [
    ("French prose, a technical word", "Le *dataset* RASAM est disponible sur le site.", []),
    ("French prose, a paper's name", "La *Gazette* publia le texte le 3 mai 1921.", []),
    ("Spanish prose", "El *corpus* está disponible en línea.", []),
    ("Italian prose", "Il *dataset* è disponibile online.", []),
    # the French month gives the issue its year, as "*The Times*, 3 May 1921." has it (round 24)
    ("a paper and its date", "Le *Monde*, 3 mai 1921.", [work("", "Le Monde", "1921")]),
    (
        "negative: a surname with a particle, its comma",
        "Le Goff, *La civilisation de l'Occident médiéval*, 44.",
        [work("Le Goff", "La civilisation de l'Occident médiéval", form="short")],
    ),
    (
        "negative: the surname Le and its comma",
        "Le, *Harbour Lights*, 44.",
        [work("Le", "Harbour Lights", form="short")],
    ),
    (
        "negative: a surname opening with La",
        "La Fontaine, *Fables choisies*, 12.",
        [work("La Fontaine", "Fables choisies", form="short")],
    ),
    (
        "negative: a surname and a title",
        "Vell, *Harbour Lights*, 44.",
        [work("Vell", "Harbour Lights", form="short")],
    ),
    (
        "a full form after the prose",
        "Le *dataset* est décrit dans Ana Ruiz, *Corpus et méthode* (Paris: Seuil, 2019), 4.",
        [work("Ruiz", "Corpus et méthode", "2019")],
    ),
    ("negative: an English article", "The *Times* reported it on 3 May 1921.", []),
    ("negative: a German article", "Die *Zeit* berichtete darüber am 3. Mai 1921.", []),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_markdown(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(
    "note", [c[1] for c in CASES if not c[2]], ids=[c[0] for c in CASES if not c[2]]
)
def test_no_article_as_writer(note: str) -> None:
    assert surnames_read(note) | surnames_read(web_copy(note)) == set()


def test_balance() -> None:
    negatives = sum(1 for name, *_ in CASES if name.startswith("negative"))
    assert negatives >= len(CASES) - negatives
