"""Issue 11, the twentieth round: a second work of the note's writer after a sentence, a cue
and a pronoun, "…, 8. See also his *Unit Operations* (Cambridge: MIT Press, 2006)." The
Markdown's marked title was read as the writer's; a web copy's plain title right after the
pronoun was refused (`note_same_writer_again` took a plain title only after a word naming
the work, "his book …"). Found on Markdown notes from public repositories nobody fitted the
reader to (counted, not copied). A cue before the pronoun now vouches for the plain title,
whose imprint must follow it.

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: no imprint after the title, prose and a year, a
translation of the first work, "in his".
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

FIRST = "Tomas Vell, *Harbour Lights* (London: Verso, 1990), 23."
READ_FIRST = work("Vell", "Harbour Lights", "1990")
SECOND = "The Councils and the Party"

ROWS: list[tuple[str, str, list]] = [
    ("'See also his', the title and its imprint",
     f"{FIRST} See also his *{SECOND}* (Leeds: Northern Press, 1995), 4.",
     [READ_FIRST, work("Vell", SECOND, "1995")]),
    ("'Cf. her', the title and its imprint",
     f"{FIRST} Cf. her *{SECOND}* (Leeds: Northern Press, 1995), 4.",
     [READ_FIRST, work("Vell", SECOND, "1995")]),
    ("negative: no imprint after the title", f"{FIRST} See also his *{SECOND}*.", [READ_FIRST]),
    ("negative: prose and a year", f"{FIRST} See also his Leeds years (1990).", [READ_FIRST]),
    ("negative: a translation of the first work",
     f"{FIRST} See also his translation, *{SECOND}* (Leeds: Northern Press, 1995), 4.",
     [READ_FIRST]),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
