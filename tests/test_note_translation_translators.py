"""A translation named by its translator and imprint is no work of the translator (issue 11,
round 18: false readings).

Greek notes give the Greek edition of a foreign work in brackets, and often name it by its
translator and imprint alone: "(ελλ. μτφρ.: Ρ. Κουν, Κέδρος, Αθήνα 1974)". The reader took
the translator for the writer of a work titled by the publisher ("Κουν", *Κέδρος*), a false
reading and, against a works-cited list, a false missing-reference. German notes do the same
("(dt. Übers.: I. Hartung, Kranich, Leipzig 1974)", read as a work titled "I. Hartung").
A Greek edition named by its own writer and title ("(ελλ. μτφρ.: Ζ. Μπερτελιέ, *Η μέρα*,
Αθήνα: Οδυσσέας, 1979)") stays a work, and an original's title that opens with an article
("(γερμ. πρωτότυπο: Die Maschine, Stuttgart: Klett, 1970)") is a title, not a person.
Every writer, translator and title here is invented.
"""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import manuscript


def readings(note: str) -> list[tuple[tuple[str, ...], str, str]]:
    built = build_manuscript(read_bytes("m.md", manuscript(note).encode()), figures=False)
    return [(tuple(a.surname for a in c.authors), c.title, c.year) for c in built.note_citations]


DANIILIDIS = (("Δανιηλίδης",), "Η θεωρία του κράτους", "1974")
PIKE_DE = (("Pike",), "Die Salzstraßen", "1974")
VALE = (("Vale",), "Le jour", "1968")

# (note, readings): the translator and imprint give no work of their own. All failed before.
TRANSLATOR_ONLY = [
    (
        "Μ. Δανιηλίδης, Η θεωρία του κράτους (ελλ. μτφρ.: Ρ. Κουν, Κέδρος, Αθήνα 1974), σ. 41.",
        [DANIILIDIS],
    ),
    (
        "Μ. Δανιηλίδης, Η θεωρία του κράτους (ελλ. μτφρ. Ρ. Κουν, Κέδρος, Αθήνα 1974), σ. 41.",
        [DANIILIDIS],
    ),
    (
        "Μ. Δανιηλίδης, «Η θεωρία του κράτους» (ελλ. μτφρ.: Ρ. Κουν, Κέδρος, Αθήνα 1974), σ. 41.",
        [DANIILIDIS],
    ),
    (
        "Μ. Δανιηλίδης, Η θεωρία του κράτους (ελλ. μτφρ.: Ρόζα Κουν, εκδ. Κέδρος, Αθήνα 1974).",
        [DANIILIDIS],
    ),
    (
        "Μ. Δανιηλίδης, Η θεωρία του κράτους (ελλ. μτφρ. Ρ. Κουν, Αθήνα: Κέδρος, 1974).",
        [DANIILIDIS],
    ),
    (
        "Tom Pike, Die Salzstraßen (dt. Übers.: I. Hartung, Kranich, Leipzig 1974), S. 41.",
        [PIKE_DE],
    ),
    (
        "J. Vale, *Le jour*, Paris: Seuil, 1968 (γερμ. πρωτότυπο: Die Maschine, Stuttgart: "
        "Klett, 1970).",
        [VALE, ((), "Die Maschine", "1970")],
    ),
]

# Translations and originals that are works, and translators named the usual way: read as
# before. None failed before.
KEPT = [
    (
        "Μ. Δανιηλίδης, Η θεωρία του κράτους (μτφρ. Ρ. Κουν, Κέδρος, Αθήνα 1974), σ. 41.",
        [DANIILIDIS],
    ),
    (
        "J. Vale, *Le jour*, Paris: Seuil, 1968 (ελλ. μτφρ.: Ζ. Μπερτελιέ, *Η μέρα*, Αθήνα: "
        "Οδυσσέας, 1979, σ. 131).",
        [VALE, (("Μπερτελιέ",), "Η μέρα", "1979")],
    ),
    (
        "J. Vale, Le jour, Paris: Seuil, 1968 (ελλ. μτφρ.: Ζ. Μπερτελιέ, Η μέρα, Αθήνα: "
        "Οδυσσέας, 1979, σ. 131).",
        [VALE, (("Μπερτελιέ",), "Η μέρα", "1979")],
    ),
    (
        "J. Vale, *Le jour*, Paris: Seuil, 1968 (ελλ. μτφρ.: *Η μέρα*, Αθήνα: Οδυσσέας, 1979).",
        [VALE, ((), "Η μέρα", "1979")],
    ),
    (
        "J. Vale, Le jour, Paris: Seuil, 1968 (ελλ. μτφρ.: Η μέρα, Κέδρος, Αθήνα 1979).",
        [VALE, ((), "Η μέρα", "1979")],
    ),
    (
        "Tom Pike, *Salt Roads*, London: Kestrel 1968 (dt.: *Die Salzstraßen*, Leipzig: "
        "Kranich 1974), S. 41.",
        [(("Pike",), "Salt Roads", "1968"), PIKE_DE],
    ),
    (
        "Tom Pike, *Salt Roads*, London: Kestrel 1968 (dt. Übers.: Die Salzstraßen, Leipzig: "
        "Kranich 1974).",
        [(("Pike",), "Salt Roads", "1968"), PIKE_DE],
    ),
    (
        "Tom Pike, *Salt Roads* (trans. Ann Moss, Kestrel, London 1974), 41.",
        [(("Pike",), "Salt Roads", "1974")],
    ),
]


@pytest.mark.parametrize(("note", "expected"), TRANSLATOR_ONLY + KEPT)
def test_translation_bracket(note: str, expected: list) -> None:
    assert readings(note) == expected


# Translators, publishers and places must never be read as a writer, whatever else is read.
NOT_WRITERS = ["Κουν", "Κέδρος", "Hartung", "Kranich", "Maschine", "Αθήνα", "Leipzig"]


@pytest.mark.parametrize(("note", "expected"), TRANSLATOR_ONLY + KEPT)
def test_no_translator_or_publisher_as_writer(note: str, expected: list) -> None:
    writers = {name for names, _, _ in readings(note) for name in names}
    assert not writers & set(NOT_WRITERS)
