"""Issue 11, the twentieth round: a title, then its writer after "by" with no comma, then
the imprint's bracket: "*Harbour Lights in the Bay* by Tomas Vell (London: Verso, 1990)" (the
order of a review's head, and of many notes written in prose). The Markdown reader read the
writer after the marked title; a web copy's plain title ran on over "by Tomas Vell" and lost
him (`note_titles.plain_title_by`, its bare form). Without the comma, the imprint's bracket
must follow the writer at once, and the words before "by" must be a title: two words at
least, each capitalised but the joining ones, no comma, no role or deed at the end.

Also: prose naming a work "entitled", "titled" or "called" gives the title after that word in
a web copy, as the Markdown's marks do, not the sentence before it (`title_only`).

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: a role before "by" (translated, interviewed, edited),
a one-word head, a sentence before "by", a comma in the head, and "by" with no bracket after
the writer.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, unsigned, work

TITLE = "Harbour Lights in the Bay"
BOOK = "(London: Verso, 1990), 23."

ROWS: list[tuple[str, str, list]] = [
    ("title, 'by', the writer, the imprint", f"*{TITLE}* by Tomas Vell {BOOK}",
     [work("Vell", TITLE, "1990")]),
    ("after 'See'", f"See *{TITLE}* by Tomas Vell {BOOK}", [work("Vell", TITLE, "1990")]),
    ("two writers",
     "See also *The Councils and the Party* by Tomas Vell and Anna Roe (Leeds: Northern "
     "Press, 2004), 45.",
     [work("Vell/Roe", "The Councils and the Party", "2004")]),
    ("a comma before 'by', an imprint without brackets",
     f"*{TITLE}*, by Tomas Vell, London: Verso, 1990, p. 23.", [work("Vell", TITLE, "1990")]),
    ("prose naming the work 'entitled'",
     f"Tomas Vell wrote a memoir entitled *{TITLE}* {BOOK}", [unsigned(TITLE, "1990")]),
    ("negative: a role before 'by'", f"Translated by Tomas Vell {BOOK}", []),
    ("negative: a deed before 'by'", f"Interviewed by Tomas Vell {BOOK}", []),
    ("negative: editors before 'by'",
     "Edited by Tomas Vell and Anna Roe (Leeds: Northern Press, 2004), 45.", []),
    ("negative: one word before 'by'", f"Stand by Tomas Vell {BOOK}", []),
    ("negative: a translator after a signed title",
     "Anna Roe, *Councils Without Illusions*, trans. by Tomas Vell (Oxford: Clarendon Press, "
     "2011), 12.",
     [work("Roe", "Councils Without Illusions", "2011")]),
    ("negative: 'by' and no bracket after the writer",
     f"{TITLE} by Tomas Vell, London: Verso, 1990, p. 23.", []),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)


# A part's own title in single quotes, then "in" and the book, then the book's writer after
# ", by" (MHRA 11.2.4): a web copy read the whole head as a plain title by the book's writer
# (`note_titles._PART_BY_ANOTHER`). The negative: an apostrophe in a title before ", in".
PARTS: list[tuple[str, str, list]] = [
    ("a preface in single quotes, 'in' the book, 'by' its writer",
     "Anna Roe, ‘Preface’, in *The Strike and the City*, by Tomas Vell (London: Verso, 1990), "
     "p. 2.",
     [work("Roe", "Preface", "1990")]),
    ("negative: an apostrophe before ', in' in a title",
     "*The Dockers’ Year, in Pictures*, by Tomas Vell (London: Verso, 1990), p. 2.",
     [work("Vell", "The Dockers’ Year, in Pictures", "1990")]),
]  # fmt: skip


(
    test_parts_alike,
    test_parts_web_quiet,
    test_parts_balance,
    test_parts_negatives_quiet,
) = both_renderings_table_tests(PARTS)
