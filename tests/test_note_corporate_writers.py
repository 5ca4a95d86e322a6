"""A body as the writer of a work, an archive's unsigned document, a body that compiled a
work and a speech printed in a volume (`note_corporate_writers`): Chicago 17th 14.69 and
14.72 (organisation as author), 14.222-14.232 (manuscript collections), ISO 690's
corporate body. Constructed notes; the negatives are places, publishers, persons with
particles or a body's word for a surname, prose, journals, series and papers, which must
not be read as a body's work."""

from __future__ import annotations

import pytest

from citecheck.extract.note_corporate_writers import UNSURE
from tests.note_tables import built_from_note, one_note_readings, unsigned, web_copy, work

_PSL = "Partito Comunista Ligure, Sezione di Genova"
_SPT = "Sozialistische Partei Tirols, Zentralkomitee"
_AGRUPACION = "Agrupación de Ex Portuarios de Valparaíso"
_COMISION = "Comisión de Asuntos Sindicales del PSCh"

# name, note (Markdown), its reading; each row is read in the web copy too
_BOTH = [
    (
        "party-and-section",
        f"{_PSL}, *Il piano delle officine* (Genoa: Tipografia Moderna, 1921), 4.",
        work(_PSL, "Il piano delle officine", "1921"),
    ),
    (
        "party-and-central-committee",
        f"{_SPT}, *Die Wohnungsfrage im Gebirge* (Innsbruck: Verlag der SPT, 1927), 9.",
        work(_SPT, "Die Wohnungsfrage im Gebirge", "1927"),
    ),
    (
        "command-with-particle",
        "Comando Comunal de Renca, *¿Quién decide en el barrio?* (Santiago: Imprenta Lautaro,"
        " 1972), p. 5.",
        work("Comando Comunal de Renca", "¿Quién decide en el barrio?", "1972"),
    ),
    (
        "archive-document-unsigned",
        'Archivio di Stato di Genova, Prefettura, Gabinetto, cat. B2, b. 77, "Relazione sullo'
        ' sciopero dei portuali," 9 March 1921.',
        unsigned("Relazione sullo sciopero dei portuali", "1921"),
    ),
    (
        "compiled-by-a-body",
        f"See *Voces del puerto: testimonios*, comp. {_AGRUPACION} (Valparaíso: edición de los"
        " autores, 2003).",
        work(_AGRUPACION, "Voces del puerto: testimonios", "2003"),
    ),
    (
        "speech-in-a-body's-volume",
        "Marta Ferrazzi, speech to the third congress of the Federazione Italiana Lavoratori"
        " del Mare, Genoa, 4 June 1922, in FILM, *Atti del III Congresso* (Genoa: FILM, 1923),"
        " 12–19.",
        work("Ferrazzi", "Atti del III Congresso", "1923"),
    ),
    (
        "commission-quoted-title",
        f'{_COMISION}, "Notas sobre la huelga del carbón," mimeograph (Concepción, 1971), 2.',
        work(_COMISION, "Notas sobre la huelga del carbón", "1971"),
    ),
    (
        "sentence-case-centre",
        "Centro di studi sulle lotte contadine, *Cronache delle campagne*, 2 vols. (Bari:"
        " Laterza, 1975), vol. 1, 7.",
        work("Centro di studi sulle lotte contadine", "Cronache delle campagne", "1975"),
    ),
]

# read so in the web copy only (the Markdown note is read so already)
_WEB_ONLY = [
    (
        "speech-in-an-edited-volume",
        "Tomás Riquelme Soto, speech to the regional assembly of the CUT, Valparaíso, 8 April"
        " 1972, in *Documentos del cordón Almendral, 1971-1973*, ed. Inés Carrasco (Santiago:"
        " Ediciones Sur, 1990), 45-52.",
        work("Soto", "Documentos del cordón Almendral, 1971-1973", "1990"),
    ),
]

POSITIVES = [
    *[(f"{name}-md", note, [reading]) for name, note, reading in _BOTH],
    *[(f"{name}-web", web_copy(note), [reading]) for name, note, reading in _BOTH],
    *[(f"{name}-web", web_copy(note), [reading]) for name, note, reading in _WEB_ONLY],
]

# name, note, a name no reading may take for its writer
_NEGATIVES = [
    ("person-with-particles", "Juan de la Cruz, *Las noches del puerto* (Madrid: Alianza, 1990), 12.", "Juan de la Cruz"),
    ("publisher-in-imprint", "Ana Ruiz, *El puerto* (Rome: Federazione Italiana Operai Metallurgici, 1921), 3.", "Federazione Italiana Operai Metallurgici"),
    ("body-in-prose", "The Federazione Italiana Lavoratori del Mare met in Genoa in 1921 and voted to strike.", "The Federazione Italiana Lavoratori del Mare"),
    ("journal-before-year", "Quaderni del Centro Studi Liguri, 12 (1978): 33–40.", "Quaderni del Centro Studi Liguri"),
    ("surname-a-body-word", "Marco Lega, *La città dei portuali* (Genoa: Sagep, 1988), 40.", "Marco Lega"),
    ("particle-surname-a-body-word", "Pedro del Centro, *Las voces del muelle* (Lima: Horizonte, 1979), 8.", "Pedro del Centro"),
    ("place-before-section-and-date", "Genoa, Sezione di Sampierdarena, 4 June 1922.", "Genoa, Sezione di Sampierdarena"),
    ("series-name", "Collana del Centro di Studi Sociali, vol. 4 (Milan: Giuffrè, 1968).", "Collana del Centro di Studi Sociali"),
    ("body-in-a-title", 'Mario Bassi, "La Federazione e il porto," *Il Lavoro*, 4 June 1922, 3.', "La Federazione"),
    ("letter-in-a-paper", "Anna Ruiz, letter to the editor, in *El Siglo* (Santiago), 3 May 1972.", "El Siglo"),
    ("publisher-a-party", "Paolo Neri, *Storia della Camera del Lavoro di Genova* (Genoa: Edizioni del Partito Comunista Ligure, 1960), 5.", "Edizioni del Partito Comunista Ligure"),
    ("host-a-body-no-year", 'Luisa Conti, "Il Comitato Centrale, la sezione e il porto," in Federazione Italiana Lavoratori del Mare, *Atti*, 3.', "Federazione Italiana Lavoratori del Mare"),
]  # fmt: skip

NEGATIVES = [
    *[(f"negative-{name}-md", note, name_) for name, note, name_ in _NEGATIVES],
    *[(f"negative-{name}-web", web_copy(note), name_) for name, note, name_ in _NEGATIVES],
]


@pytest.mark.parametrize(
    ("note", "expected"), [r[1:] for r in POSITIVES], ids=[r[0] for r in POSITIVES]
)
def test_body_speech_and_archive_readings(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(
    ("note", "name"), [r[1:] for r in NEGATIVES], ids=[r[0] for r in NEGATIVES]
)
def test_no_body_read_in_negatives(note: str, name: str) -> None:
    built = built_from_note(note)
    readings = [*built.citations, *built.note_citations]
    assert all(a.surname != name for c in readings for a in c.authors)
    assert all(UNSURE not in c.unsure for c in built.note_citations)


def test_negatives_outnumber_positives() -> None:
    assert len(NEGATIVES) >= len(POSITIVES)
