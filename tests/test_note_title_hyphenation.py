"""Issue 11, the twentieth round: a title whose compound a note and the list spell apart,
one hyphenated, one closed up ("*Neo-liberalism and the State*" in the note, "*Neoliberalism
and the State*" in the list). Spelling joins or parts compounds ("post-war" / "postwar",
"co-operative" / "cooperative"). In the same year a short title's comparison already fitted
them; in another year the titles must agree as wholes, scored 84 (under 85), and the work
was reported missing where its year differs from the list's. The hyphens inside words are
now closed up before the titles are compared again (`note_matching._unhyphenated`), so the
work is matched and its year reported as inconsistent; in the same year nothing is
reported, the spelling no inconsistency of title.

Invented writers, titles and publishers. The rows that report nothing or report a missing
work are the negatives: the same spelling, a subtitle left out, another work of the writer
(still missing), a hyphen that makes another title in another year (still missing).
"""

from __future__ import annotations

from tests.test_note_seeded_classes import document_rows_tests

LISTED = ["Vell, Tomas. *Neoliberalism and the State*. London: Verso, 1990."]
HYPHENED_2004 = ["Tomas Vell, *Neo-liberalism and the State* (London: Verso, 2004), 23."]

ROWS = [
    ("another year, hyphenated in the note: not missing", HYPHENED_2004, LISTED,
     "missing-reference", []),
    ("another year, hyphenated in the note: the year reported", HYPHENED_2004, LISTED,
     "inconsistent-reference", [4]),
    ("another year, hyphenated in the list: the year reported",
     ["Anna Roe, *The Postwar Strike Waves of Leeds* (Leeds: Northern Press, 2009), 3."],
     ["Roe, Anna. *The Post-war Strike Waves of Leeds*. Leeds: Northern Press, 2004."],
     "inconsistent-reference", [4]),
    ("silent: hyphenated in the note, the same year, no title reported",
     ["Tomas Vell, *Neo-liberalism and the State* (London: Verso, 1990), 23."], LISTED,
     "inconsistent-reference", []),
    ("silent: hyphenated in the note, the same year, not missing",
     ["Tomas Vell, *Neo-liberalism and the State* (London: Verso, 1990), 23."], LISTED,
     "missing-reference", []),
    ("silent: the same spelling, the same year",
     ["Tomas Vell, *Neoliberalism and the State* (London: Verso, 1990), 23."], LISTED,
     "missing-reference", []),
    ("silent: a subtitle the note leaves out",
     ["Tomas Vell, *Neoliberalism and the State* (London: Verso, 1990), 23."],
     ["Vell, Tomas. *Neoliberalism and the State: Essays*. London: Verso, 1990."],
     "missing-reference", []),
    ("missing: another work of the writer",
     ["Tomas Vell, *Neo-conservatism and the Church* (London: Verso, 1990), 23."], LISTED,
     "missing-reference", [4]),
    ("missing: a hyphen making another title, another year",
     ["Tomas Vell, *Harbour-Lights Revisited* (London: Verso, 2004), 23."],
     ["Vell, Tomas. *Harbour Lights*. London: Verso, 1990."],
     "missing-reference", [4]),
]  # fmt: skip

test_hyphenation, test_hyphenation_balance = document_rows_tests(ROWS)
