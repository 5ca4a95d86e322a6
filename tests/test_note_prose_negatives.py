"""Prose and details that name no work, from the conventions (issue 11, round 18: false
readings): a broad table of negatives for both readers of a note.

Places and publishers before years, journals with a volume and a year, institutions with
years, events ("the 1969 congress"), laws and treaties with years, quantities and decimals,
a quotation in quotes followed by a year inside prose, months and dates, "vol. 3, 1999",
German "Bd. 2, 1987", Greek "τόμ. 2, 1987", in English, German and Greek. Each note alone
must give no note citation with a writer or a title, and no author-year citation. All
passed on main when written (the reader already refused them); they hold the line for the
changes of this round. Every name here is invented or a real place.
"""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import manuscript

NEGATIVES = [
    "The conference met in London, 1999, and again in Paris.",
    "Published in Leipzig, 1987, after long delays.",
    "Verso, 2015, reissued the series.",
    "Suhrkamp, 1970.",
    "Κέδρος, 1974.",
    "Αθήνα, 1974.",
    "See the Journal of Salt History 12 (1999).",
    "In Road Review, vol. 3, 1999, the editors wrote nothing.",
    "The Kestrel Institute, 2004, published no figures.",
    "At the 1969 congress the delegates split.",
    "The Salt Act of 1887 changed nothing.",
    "The Treaty of Ashford, 1814, ended the dispute.",
    "Prices rose by 3.5 per cent in 1999.",
    "Some 1,200 workers struck in 1921.",
    "He called it “a road to nowhere” in 1999.",
    "On 12 March 1921 the strike began.",
    "In March 1999 the council met again.",
    "Vol. 3, 1999.",
    "Bd. 2, 1987.",
    "τόμ. 2, 1987.",
    "Bd. 2, 1987, S. 44.",
    "Vgl. Bd. 2, Leipzig 1987, S. 44.",
    "Leipzig: Kranich, 1987.",
    "Berlin, Dietz, 1987, S. 4.",
    "Αθήνα, Κέδρος, 1974, σ. 12.",
    "Το συνέδριο του 1969 διασπάστηκε.",
    "Der Parteitag von 1969 spaltete die Partei.",
    "Im März 1999 tagte der Rat erneut.",
    "Die Preise stiegen 1999 um 3,5 Prozent.",
    "Das Gesetz von 1887 änderte nichts.",
    "Η Συνθήκη του 1814 έληξε τη διαμάχη.",
    "The Road Review 12 (1999) printed no reply.",
    "Road Review, vol. 3, 1999.",
    "See Road Review 12, 1999, for the debate.",
    "Salt Quarterly 4 (2001): 12–19.",
    "Kranich Verlag, 1987.",
    "Editions du Seuil, 1974.",
    "Εκδόσεις Κέδρος, 1974.",
    "The Kestrel Foundation, 2004.",
    "The Institute for Salt History, 1999, report.",
    "The Leipzig congress of 1969 ended in a split.",
    "The 1969 congress ended in a split.",
    "Das Salzgesetz von 1887, § 4.",
    "The Treaty of Ashford (1814) ended the dispute.",
    "Act 12 of 1887, s. 4.",
    "About 3.5 million tonnes in 1999.",
    "Rund 1.200 Arbeiter streikten 1921.",
    "Περίπου 1.200 εργάτες απεργούσαν το 1921.",
    "“A road to nowhere,” 1999.",
    "12 March 1921.",
    "12. März 1921.",
    "12 Μαρτίου 1921.",
    "March 1921, 4.",
    "vol. 3, 1999, p. 4.",
    "Bd. 2, 1987, S. 44.",
    "τόμ. 2, 1987, σ. 44.",
    "Berlin, Dietz, 1987.",
    "Leipzig, Kranich, 1987, S. 4.",
    "Αθήνα, Κέδρος, 1974.",
    "London: Kestrel, 1999.",
    "Paris 1968.",
    "Παρίσι 1968.",
    "Er nannte es „Ein Weg ins Nichts“, 1999 kam dann die Wende.",
    "Die Partei sprach von „Verrat“, 1999 wie 2003.",
    "Το κόμμα μίλησε για «προδοσία», 1999 και 2003.",
    "Das Motto lautete „Nie wieder Krieg“ (1999).",
    "The slogan was “Never again” (1999).",
    "So die Losung „Brot und Salz“, 1999, S. 4.",
    "Sie riefen „Brot und Salz!“ 1999 in Leipzig.",
]


@pytest.mark.parametrize("note", NEGATIVES)
def test_no_work_in_prose_or_details(note: str) -> None:
    built = build_manuscript(read_bytes("m.md", manuscript(note).encode()), figures=False)
    assert [c for c in built.note_citations if c.authors or c.title] == []
    assert [c.authors for c in built.citations] == []
