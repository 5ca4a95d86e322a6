"""A second work after the one a segment's reading closes on, in the same note: what is
left after the first work's imprint, page or closing bracket is read again where it has a
work's shape (Chicago 14.23 lists several works in one note, DIN and Greek practice alike):
"his *B* (…)", "Her later *B* (…)", "The same author's *B* (…)", "in seinem *B*, Berlin
1924", "και του ιδίου, *B*, Αθήνα: Κέδρος, 1985", joined by a comma, "and", "und", "και",
a sentence stop or a cue (`citecheck/extract/note_reread.py`). Half the rows or more are
negatives: places, publishers, journals before their years, pages, prose with no title,
a pronoun with no writer before it, a marked title with no year of its own."""

from __future__ import annotations

import pytest

from tests.note_tables import negative_table_tests, one_note_readings, web_copy, work

HALE = "Peter Hale, *The Strike and the City* (London: Verso, 1974), 12"
HALE_READ = work("Hale", "The Strike and the City", "1974")
DOCK = work("Hale", "The Dock School", "1980")
BLAKE = "Mary Blake, *Docks and Unions* (Oxford: Clarendon Press, 1981), 45"
BLAKE_READ = work("Blake", "Docks and Unions", "1981")
OBER = "Hans Obermann: *Die Stadt und der Streik*, Leipzig 1921, S. 12"
OBER_READ = work("Obermann", "Die Stadt und der Streik", "1921")
HAFEN = work("Obermann", "Der Hafen als Schule", "1924")
PAPA = "Γ. Παπαδάκης, *Η πόλη και η απεργία*, Αθήνα: Κέδρος, 1981, σ. 12"
PAPA_READ = work("Παπαδάκης", "Η πόλη και η απεργία", "1981")
LIMANI = work("Παπαδάκης", "Το λιμάνι", "1985")

# name, note, readings in Markdown, readings in the web copy (None: as in Markdown)
CASES = [
    ("his-after-stop", HALE + ". His *The Dock School* (London: Pluto, 1980) goes further.",
     [HALE_READ, DOCK], [HALE_READ]),
    ("see-also-his", HALE + ". See also his *The Dock School* (London: Pluto, 1980), 45.",
     [HALE_READ, DOCK], None),
    ("her-later", BLAKE + ". Her later *The Long Strike* (Oxford: Clarendon Press, 1985) "
     "goes further.", [BLAKE_READ, work("Blake", "The Long Strike", "1985")], None),
    ("same-authors", HALE + ". The same author's *The Dock School* (London: Pluto, 1980) "
     "goes further.", [HALE_READ, DOCK], [HALE_READ]),
    ("seinem-in-prose", OBER + ". Obermann hat das in seinem *Der Hafen als Schule*, Berlin "
     "1924, S. 40, vertieft.", [OBER_READ, HAFEN], [OBER_READ]),
    ("vgl-auch-sein", OBER + ". Vgl. auch sein *Der Hafen als Schule*, Berlin 1924.",
     [OBER_READ, HAFEN], [OBER_READ]),
    ("kai-tou-idiou", PAPA + ", και του ιδίου, *Το λιμάνι*, Αθήνα: Κέδρος, 1985, σ. 40.",
     [PAPA_READ, LIMANI], None),
    ("kai-tis-idias", "Ε. Σταθάκη, *Η πόλη και η απεργία*, Αθήνα: Κέδρος, 1981, σ. 12, και "
     "της ιδίας, *Το λιμάνι*, Αθήνα: Κέδρος, 1985.",
     [work("Σταθάκη", "Η πόλη και η απεργία", "1981"), work("Σταθάκη", "Το λιμάνι", "1985")],
     None),
    # no work after the first: a place, a publisher, a page, prose
    ("negative-place-publisher", HALE + ", and London: Pluto, 1980.", [HALE_READ], None),
    ("negative-german-place", OBER + ", und Berlin 1924, S. 40.", [OBER_READ], None),
    ("negative-greek-place", PAPA + ", και Αθήνα: Κέδρος, 1985.", [PAPA_READ], None),
    ("negative-pages", HALE + ", and 45–60.", [HALE_READ], None),
    ("negative-his-pages", HALE + ". See his remarks on pp. 45–60.", [HALE_READ], None),
    ("negative-his-preface", HALE + ". In his preface, 4, he thanks the printers.",
     [HALE_READ], None),
    # a journal before its year, a marked title with no year of its own
    ("negative-his-journal", HALE + ". His article in *Labour Review* 12 (1980) is the "
     "source.", [HALE_READ], None),
    ("negative-his-title-no-year", HALE + ". His *The Dock School* was never printed.",
     [HALE_READ], None),
    ("negative-sein-no-year", OBER + ". Obermann nennt auch sein *Der Hafen als Schule*, das "
     "ungedruckt blieb.", [OBER_READ], None),
    # "this", not "his"; a pronoun with no writer before it; the same title again
    ("negative-this", HALE + ". This *The Dock School* (London: Pluto, 1980) answers.",
     [HALE_READ], None),
    ("negative-no-writer-before", "*The Strike and the City* (London: Verso, 1974), 12. His "
     "*The Dock School* (London: Pluto, 1980) goes further.",
     [work("", "The Strike and the City", "1974")], None),
    ("negative-his-publisher", HALE + ". His publisher, Pluto, London, 1980, reprinted it.",
     [HALE_READ], None),
    # the first work's translation is read by the translation cues' readers (as the
    # writer's second publication, Chicago 14.109-110), not read again here; a web copy's
    # plain title after "translated as" too (`note_translated_editions`, round 16)
    ("translated-as", HALE + ", translated as *Die Hafenschule* (Berlin: Dietz, 1980), 38.",
     [HALE_READ, work("Hale", "Die Hafenschule", "1980")], None),
    ("dt-translation", OBER + ", dt.: *The Harbour as School*, London 1980, S. 38.",
     [OBER_READ, work("Obermann", "The Harbour as School", "1980")], [OBER_READ]),
    # a review of the writer's work is another's
    ("negative-review-of-his", HALE + ". See also a review of his *The Dock School* (London: "
     "Pluto, 1980), 9.", [HALE_READ], None),
]  # fmt: skip

test_half_are_negatives, test_no_author_year_in_negatives = negative_table_tests(CASES)


@pytest.mark.parametrize(
    ("note", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_the_rest_is_read_again(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [(c[1], c[2] if c[3] is None else c[3]) for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_the_web_copy(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected
