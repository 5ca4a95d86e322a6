"""Issue 11, round 22: an archive's holding is no work by a writer
(`extract/note_archives.py`).

Constructed notes; every writer, collection and archive is invented (the repositories'
places are real). Chicago 14.232-14.242 cites unpublished papers by collection, repository
and box or folder; German notes by archive, holding, signature and leaf ("Bl."); Greek by
archive and folder ("φάκ."). The reader read the repository's place ("Koblenz", "Bremen"),
the word "Papers" or an archive's initials as a writer.

The negatives are writers who must still be read: dated works and letters that name an
archive or a collection, titles with an archive's word, and short forms whose title opens
with one ("Sammlung und Ordnung", "Records and Memory").
"""

from __future__ import annotations

from tests.note_tables import Reading, both_renderings_tests, work

# (name, note, the note's readings in Markdown and in its web copy)
HOLDINGS: list[tuple[str, str, list[Reading]]] = [
    ("a German federal archive, signature, leaf", "Bundesarchiv Koblenz, B 136/1234, Bl. 5.", []),
    ("a Greek archive's initials, a folder", "ΑΣΚΙ, Αρχείο Πετρόπουλου, φάκ. 12.", []),
    (
        "a person's papers, a library, box and folder",
        "Anna Keller Papers, Wexcombe University Library, box 4, folder 2.",
        [],
    ),
    (
        "an estate, a library, Mappe, Bl.",
        "Nachlass Wettkamp, Staatsbibliothek Bremen, Mappe 12.",
        [],
    ),
    (
        "a state archive, a registry, a file",
        "Staatsarchiv Bremen, Senatsregistratur, Akte 4,65.",
        [],
    ),
    (
        "a union's records, an archive, a file",
        "Records of the Dock Union, Harbor Archive, file 12.",
        [],
    ),
]

WRITERS: list[tuple[str, str, list[Reading]]] = [
    (
        "negative: a German letter, dated, in an estate",
        "Hans Wettkamp an Anna Keller, 3.5.1911, Nachlass Wettkamp, Mappe 12.",
        [work("Wettkamp", "", "1911")],
    ),
    (
        "negative: an English letter, dated, in a person's papers",
        "Anna Keller to Paul Rendall, 3 May 1911, Keller Papers, box 4.",
        [work("Keller", "", "1911")],
    ),
    (
        "negative: a book titled with 'Archiv', Ort Jahr",
        "Hans Wettkamp, Das Archiv der Partei, Bremen 1990, S. 3.",
        [work("Wettkamp", "Das Archiv der Partei", "1990")],
    ),
    (
        "negative: a book titled with 'Papers', (Place, Year)",
        "Anna Keller, The Papers of the Dock Union (Wexcombe, 1988), 12.",
        [work("Keller", "The Papers of the Dock Union", "1988")],
    ),
    (
        "negative: a short form titled 'Collected Papers'",
        "Anna Keller, Collected Papers, 12.",
        [work("Keller", "Collected Papers")],
    ),
    (
        "negative: a short form whose title opens with 'Sammlung'",
        "Hans Wettkamp, Sammlung und Ordnung, S. 12.",
        [work("Wettkamp", "Sammlung und Ordnung")],
    ),
    (
        "negative: a short form whose title opens with 'Records'",
        "Paul Rendall, Records and Memory, 4.",
        [work("Rendall", "Records and Memory")],
    ),
]


test_both_renderings_read_alike, test_no_author_year_citation = both_renderings_tests(
    HOLDINGS + WRITERS
)


def test_at_least_half_negatives() -> None:
    assert len(WRITERS) >= len(HOLDINGS)
