"""ambiguous-ibid "the previous note cites no work": a note that names a title in the
quotation marks of Greek («…»), French (« … »), German (»…«, ‚…‘) or British (‘…’) notes
names a source, as one with “…” or *…* does, though the reader read no work in it; an Ibid.
after it is not reported. After a note of prose with no title (apostrophes are no marks)
it still is. Every title is invented."""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

# (the note before, the back-reference): a title marked; no finding
MARKED = [
    ("Πρβλ. την ανάλυση στο «Το κράτος ως σχέση» του συγγραφέα.", "Ό.π."),
    ("Voir le débat sur « L’ordre des choses » dans la revue.", "Ibid."),
    ("Vgl. dazu die Debatte um »Die Ordnung der Dinge« in der Zeitschrift.", "Ebd."),
    ("Vgl. dazu die Debatte um ‚Die Ordnung der Dinge‘ in der Zeitschrift.", "Ebd."),
    ("Compare the argument of ‘The Iron Road’ on this point.", "Ibid."),
]

# no title marked: the finding must appear
UNMARKED = [
    ("On Pike’s reading and Haldane’s, see the discussion above.", "Ibid."),
    ("Zur Debatte siehe oben, Abschnitt zwei.", "Ebd."),
    ("Για τη συζήτηση βλ. παραπάνω.", "Ό.π."),
]


@pytest.mark.parametrize(("previous", "back_reference"), MARKED)
def test_ibid_after_a_marked_title(previous: str, back_reference: str) -> None:
    assert findings(manuscript(previous, back_reference), "ambiguous-ibid") == []


@pytest.mark.parametrize(("previous", "back_reference"), UNMARKED)
def test_ibid_after_prose_with_no_title(previous: str, back_reference: str) -> None:
    found = findings(manuscript(previous, back_reference), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == [2]
    assert "no work" in found[0].message
