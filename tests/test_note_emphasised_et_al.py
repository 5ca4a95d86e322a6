"""Issue 11, the twentieth round: "et al." set in emphasis, as Markdown writers set it
("Ruiz *et al.*, *Title* (…)", "Ruiz _et al._, “Title,” 12"). The Markdown reader took the
emphasised abbreviation for the work's marked title, so every such note read a work titled
"et al"; its web copy, the emphasis gone, was read right. Found on Markdown notes from public
repositories nobody fitted the reader to (counted, not copied). `note_emphasis.plain_et_al`
moves the emphasis marks behind "et al." as spaces (offsets kept) before the notes are read,
and `et_al_back` gives the citation its text as written.

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: "et al." without emphasis, a title "Et Alia" in
emphasis, and prose with "et al." emphasised and no work.
"""

from __future__ import annotations

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.note_tables import both_renderings_table_tests, work
from tests.test_note_citation_rules import manuscript

TITLE = "Harbour Lights in the Bay"
BOOK = "(London: Verso, 1990), 23."

ROWS: list[tuple[str, str, list]] = [
    ("asterisks, a full form", f"Tomas Vell *et al.*, *{TITLE}* {BOOK}",
     [work("Vell", TITLE, "1990")]),
    ("underscores, a quoted article",
     "Tomas Vell _et al._, “The Councils in 1921,” *Labour History Review* 12, no. 3 (1990): "
     "23–45.",
     [work("Vell", "The Councils in 1921", "1990")]),
    ("underscores, a short form", "Vell _et al._, _Harbour Lights_, 23.",
     [work("Vell", "Harbour Lights", "", "short")]),
    ("negative: 'et al.' without emphasis", f"Tomas Vell et al., *{TITLE}* {BOOK}",
     [work("Vell", TITLE, "1990")]),
    ("negative: a title 'Et Alia' in emphasis", f"Tomas Vell, *Et Alia: Essays* {BOOK}",
     [work("Vell", "Et Alia: Essays", "1990")]),
    ("negative: prose, 'et al.' emphasised, no work",
     "The argument of Vell *et al.* is weaker than it looks.", []),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)


def test_the_citation_text_is_as_written() -> None:
    note = "Vell _et al._, _Harbour Lights_, 23."
    source = read_bytes("m.md", manuscript(note).encode("utf-8"))
    assert [c.text for c in find_note_citations(source)] == [note]
