"""Issue 11, the twenty-fourth round: a work given again with a place in it and the address
where it is read.

Synthetic documents (invented writers, titles and addresses; no corpus text, no works-cited
list). A short form gives the surname, a short title and a place in the work (Chicago
14.29); a web text's short form may add the address it is read at. "Vell, *Salt Roads*,
para. 14, https://…" after the full form was read as a full form for its address, as were
"14 (https://…)", "chap. 3, https://…", "14, accessed via https://…", "14, see https://…"
and "at https://…": a page alone was taken for a place in the work, bare before the address.
Each is now a short form when the work was given before (`note_surname_address`).

The negatives: the same with no earlier full form (a first citation with an address
printed in brackets is a detail, as `test_note_hidden_links` holds; no finding), given
names before the title with no earlier full form (an incomplete full form), a year before
the address, a periodical, "available at" with no place in the work (a whole text online).
Given names before the title of a work given again were already read short with a page
and an address ("given before, now without details"), and now with a paragraph too.
"""

from __future__ import annotations

from tests.note_tables import THREE_FULL, THREE_FULL_FORMS
from tests.test_note_short_form_decision import form_table_tests

FULL = [*THREE_FULL_FORMS, "Ann Vell, *Salt Roads of the North* (Leeds: Dale, 1947), 3."]
F4 = [*THREE_FULL, "full"]
LINK = "https://example.org/vell/salt"

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    ("a paragraph, then the address", [*FULL, f"Vell, *Salt Roads*, para. 14, {LINK}."], [*F4, "short"], []),
    ("a chapter, then the address", [*FULL, f"Vell, *Salt Roads*, chap. 3, {LINK}."], [*F4, "short"], []),
    ("a page, then the address in brackets", [*FULL, f"Vell, *Salt Roads*, 14 ({LINK})."], [*F4, "short"], []),
    ("a page, then 'accessed via' the address", [*FULL, f"Vell, *Salt Roads*, 14, accessed via {LINK}."], [*F4, "short"], []),
    ("a page, then 'see' the address", [*FULL, f"Vell, *Salt Roads*, 14, see {LINK}."], [*F4, "short"], []),
    ("'at' the address", [*FULL, f"Vell, *Salt Roads*, at {LINK}."], [*F4, "short"], []),
    ("negative: a page and the address in brackets, no full form before", [*THREE_FULL_FORMS, f"Vell, *Salt Roads*, 14 ({LINK})."], [*THREE_FULL, "full"], []),
    ("negative: given names, a paragraph and the address, no full form before", [*THREE_FULL_FORMS, f"Ann Vell, *Salt Roads*, para. 14, {LINK}."], [*THREE_FULL, "full"], []),
    ("negative: a year before the address", [*FULL, f"Vell, *Salt Roads*, 1950, {LINK}."], [*F4, "full"], []),
    ("negative: a periodical before the address", [*FULL, f"Vell, “Salt,” *Harbour Review*, {LINK}."], [*F4, "full"], []),
    ("negative: 'available at', no place in the work, no full form before", [*THREE_FULL_FORMS, f"Vell, *Salt Roads*, available at {LINK}."], [*THREE_FULL, "full"], []),
    ("negative: a chapter and the address, no full form before", [*THREE_FULL_FORMS, f"Vell, *Salt Roads*, chap. 3, {LINK}."], [*THREE_FULL, "full"], []),
]  # fmt: skip

test_address_locator_forms, test_address_locator_balance = form_table_tests(CASES)
