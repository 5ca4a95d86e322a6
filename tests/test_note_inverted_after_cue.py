"""Issue 11, the twentieth round: a bibliography's entry set in a note after a cue, "See Vell,
Tomas. *Harbour Lights in the Bay*. London: Verso, 1990." (Chicago 14.2's bibliography form,
which authors paste into notes). Without the cue the inverted name was read; after "See" the
note was cut at "Tomas." and read as a short form titled "Tomas" and an unsigned work. Found
on Markdown notes from public repositories nobody fitted the reader to (counted, not copied).
`note_citations._names_alone` now looks for the inverted name after the cue, as it did for
a name written given name first.

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: two places, a surname and "above" or "passim", a
chapter, two surnames, each after a cue and before a sentence.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

TITLE = "Harbour Lights in the Bay"

ROWS: list[tuple[str, str, list]] = [
    ("after 'See', an imprint outside brackets",
     f"See Vell, Tomas. *{TITLE}*. London: Verso, 1990.", [work("Vell", TITLE, "1990")]),
    ("after 'See also', an imprint in brackets",
     f"See also Vell, Tomas. *{TITLE}* (London: Verso, 1990), 23.",
     [work("Vell", TITLE, "1990")]),
    ("after prose and 'see', an article",
     "On this, see Vell, Tomas. “The Councils in 1921.” *Labour History Review* 12, no. 3 "
     "(1990): 23–45.",
     [work("Vell", "The Councils in 1921", "1990")]),
    ("negative: two places after 'See'", "See Leeds, Bradford. The strike spread.", []),
    ("negative: a surname and 'above'", "See Vell, above. The strike spread.", []),
    ("negative: a chapter and 'below'", "See chapter 3, below. The strike spread.", []),
    ("negative: two surnames after 'Compare'", "Compare Vell, Roe. The strike spread in 1990.",
     []),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
