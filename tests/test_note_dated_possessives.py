"""Issue 11, the nineteenth round: "See Tomas Vell's Harbour Lights and the Party (2009)."
in a web copy, the Markdown's "See Tomas Vell's *Harbour Lights and the Party* (2009).",
which the reader takes: a possessive, a plain title and its year alone closing the segment,
after a cue or at the note's start (`note_bridges.DATED_PLAIN_BRIDGE`).

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: prose after the bracket, a lower-case word in the
"title", one word, no cue inside a sentence, a page in the bracket, a place's possessive.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

TITLE = "Harbour Lights and the Party"

ROWS: list[tuple[str, str, list]] = [
    ("after 'See', given names", f"See Tomas Vell's *{TITLE}* (2009).",
     [work("Vell", TITLE, "2009")]),
    ("after 'Cf.', a surname alone", f"Cf. Vell's *{TITLE}* (2009).", [work("Vell", TITLE, "2009")]),
    ("at the note's start", f"Tomas Vell's *{TITLE}* (2009).", [work("Vell", TITLE, "2009")]),
    ("negative: prose after the bracket", f"Tomas Vell's {TITLE} (2009) makes the point.", []),
    ("negative: a lower-case word in the 'title'", "See Tomas Vell's argument in the Party (2009).",
     []),
    ("negative: one word", "See Tomas Vell's Account (2009).", []),
    ("negative: inside a sentence, no cue", f"The strike, as in Vell's {TITLE} (2009).", []),
    ("negative: a page, not a year", f"See Tomas Vell's {TITLE} (p. 44).", []),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
