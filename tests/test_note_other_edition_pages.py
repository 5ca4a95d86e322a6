"""A short form's page in another edition, in brackets, is no imprint (issue 11, round 16).

A translator or editor who quotes the English edition gives the original's page beside it:
"Ruiz, *Salt Roads of Kent*, 133 (German: S. 151)", "(Greek: σ. 98)", "(original: p. 12)".
The bracket's "Word: S. 151)" looked like a place and a publisher ("Frankfurt/Main: dtv,"),
so the short form was read as a full form whose details follow, and with its full form
deleted `short-form-before-full` kept silent. Found on an interview translated from
German, written blind to the reader (`bench/truth/note_citations_written/`, fourth set);
built here as a rule: a locator ("S.", "p.", "pp.", "σ.", "σελ." and a number) after the
colon is no publisher (`note_patterns.LATER_DETAILS`).

Negatives: a real imprint in brackets after the title, with or without a year, a German
imprint with no year ("Berlin: Dietz,"), a place and a year in the brackets, the short
form after its full form.
"""

from __future__ import annotations

from tests.note_tables import short_form_table_tests

DETAILED = [
    "Ann Vell, *Salt Roads* (Hull: Marren, 1981), 3.",
    "Piet Karsh, *The Dock Republic* (London: Verso, 1990), 12.",
    "Ute Brandl, *Glass and Iron* (Chicago: Quill Press, 2001), 45.",
]
RUIZ_FULL = "Tomas Ruiz, *Salt Roads of Kent* (London: Verso, 1988), 120."
ENTRIES = [
    "Vell, *Salt Roads*, 1981.",
    "Karsh, *The Dock Republic*, 1990.",
    "Brandl, *Glass and Iron*, 2001.",
    "Ruiz, *Salt Roads of Kent*, 1988.",
]

# (name, the first notes, the notes after them, the form of the last note's first reading,
# the notes short-form-before-full reports)
ROWS = [
    ("the German edition's page",
     DETAILED, ["See Ruiz, *Salt Roads of Kent*, p. 133 (German: S. 151), on the docks."], "short", [4]),
    ("the Greek edition's page",
     DETAILED, ["Ruiz, *Salt Roads of Kent*, 133 (Greek: σ. 98)."], "short", [4]),
    ("the original's pages",
     DETAILED, ["Ruiz, *Salt Roads of Kent*, p. 133 (Original: pp. 140–42), on the docks."], "short", [4]),
    ("a German page abbreviation without a space",
     DETAILED, ["Ruiz, *Salt Roads of Kent*, S. 133 (Englisch: S.151)."], "short", [4]),
    ("negative: a bracketed imprint with a year",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent* (London: Verso, 1988), 133."], "full", []),
    ("negative: a German imprint with no year",
     DETAILED, ["Tomas Ruiz: Salzstraßen in Kent. Berlin: Dietz, S. 133."], "full", []),
    ("negative: a place and a year in the brackets",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent* (Leeds, 1988), 133."], "full", []),
    ("after its full form: short, and not reported",
     DETAILED, [RUIZ_FULL, "Ruiz, *Salt Roads of Kent*, 133 (German: S. 151)."], "short", []),
    ("negative: a Greek imprint with no year",
     DETAILED, ["Τ. Ρουίθ, *Οι δρόμοι του αλατιού* (Αθήνα: Κέδρος), σ. 133."], "full", []),
    ("negative: a publisher named Sp. after a colon",
     DETAILED, ["Tomas Ruiz, *Salt Roads of Kent* (Leeds: Sp. Dale Press, 1988), 133."], "full", []),
]  # fmt: skip


read_and_reported, same_on_the_web = short_form_table_tests(ROWS, ENTRIES)
test_the_short_form_is_read_and_reported = read_and_reported
test_the_same_form_in_a_web_copy = same_on_the_web


def test_half_the_rows_are_negatives() -> None:
    negatives = [r for r in ROWS if r[0].startswith("negative")]
    assert 2 * len(negatives) >= len(ROWS)
