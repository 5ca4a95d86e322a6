"""Issue 11, the twentieth round: editors marked "(eds)" or "(ed)" without a stop (British
practice: New Hart's Rules), then a title with a subtitle and an imprint outside brackets:
"Tomas Vell and Anna Roe (eds), *Harbour Lights: The Strike in Leeds*, Leeds: Northern
Press, 1986." The Markdown's marked title was read as the editors'; in a web copy the
German lead-in reader took the plain title's head for a writer ("Lights", then "The
Strike in Leeds"), since the writer-and-comma before it allowed no editors' mark
(`note_german_leadins._WRITER_AND_COMMA`). Found on Markdown notes from public repositories
nobody fitted the reader to (counted, not copied).

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives keep the German readings: a German editor's "(Hg.)"
before a DIN head "Sand: Die Stadt", and "(ed)" before a DIN imprint without a comma.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

TITLE = "Harbour Lights: The Strike in Leeds"
IMPRINT = "Leeds: Northern Press, 1986."

ROWS: list[tuple[str, str, list]] = [
    ("two editors, '(eds)'", f"Tomas Vell and Anna Roe (eds), *{TITLE}*, {IMPRINT}",
     [work("Vell/Roe", TITLE, "1986")]),
    ("one editor, '(ed)'", f"Tomas Vell (ed), *{TITLE}*, {IMPRINT}",
     [work("Vell", TITLE, "1986")]),
    ("after a cue, and a second work",
     f"See e.g. Tomas Vell and Anna B. Roe (eds), *{TITLE},* {IMPRINT[:-1]}; Ruth Hale (ed.), "
     "*Fieldnotes: The Dockers*, Ithaca: Cornell University Press, 1990.",
     [work("Vell/Roe", TITLE, "1986"), work("Hale", "Fieldnotes: The Dockers", "1990")]),
    ("negative: a German editor before a DIN head",
     "Hans Thiel (Hg.), Ute Sand: Die Stadt. Berlin: Dietz 1998.",
     [work("Thiel", "Ute Sand: Die Stadt", "1998")]),
    ("negative: '(ed)' before a DIN imprint without a comma",
     "Tomas Vell (ed), Ute Sand: Die Stadt, Berlin: Dietz 1998.",
     [work("Sand", "Die Stadt", "1998")]),
    ("negative: '(eds.)' with its stop, read so before",
     f"Tomas Vell and Anna Roe (eds.), *{TITLE}*, {IMPRINT}",
     [work("Vell/Roe", TITLE, "1986")]),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
