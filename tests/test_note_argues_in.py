"""A writer who "argues in" a title with its imprint, in a note's prose (issue 11, round 16).

"As Grete Ilic argues in *Die bewaffnete Partei* (Graz: Leykam, 1974), the answer …": the
clause names the writer, a verb of arguing or showing and "in" the work, whose details
follow it (MLA 9, a work named in prose; Chicago 14.23). The Markdown copy read it by the
title's emphasis; the web copy, whose title is plain, read the whole clause as an unsigned
title ("As Ann Vell argues in Harbour Strikes") or, after a sentence, nothing. Found on a
review essay written blind to the reader (fourth written set);
`note_prose_writers._ARGUES_IN` reads it in both renderings.

Negatives: a verb that argues nothing ("lived in"), a one-word place after "in", a surname
alone before the verb (read as before), no imprint after the title, a verb in another
clause than the name.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_tests, work

ROWS = [
    ("argues in, then the sentence goes on",
     "As Ann Vell argues in *Harbour Strikes* (Leeds: Dale, 1974), the answer depended on the district.",
     [work("Vell", "Harbour Strikes", "1974")]),
    ("after a sentence of prose",
     "The debate is older. As Ann Vell argues in *Harbour Strikes* (Leeds: Dale, 1974), the answer changed.",
     [work("Vell", "Harbour Strikes", "1974")]),
    ("shows in, with a page",
     "Tom Rudd shows in *The Dock Republic* (London: Verso, 1990), 45, that the strike failed.",
     [work("Rudd", "The Dock Republic", "1990")]),
    ("writes in, a subtitle",
     "As Ute Brandl writes in *Glass and Iron: Harbour Trades* (Chicago: Quill Press, 2001), the trade was old.",
     [work("Brandl", "Glass and Iron: Harbour Trades", "2001")]),
    ("an adverb after the verb (round 17)",
     "It was no contest; as Giulia Ferra showed long ago in *Il biennio rosso e i suoi interpreti* (Bari: Laterza, 1972), 44–61, it ran through each faction.",
     [work("Ferra", "Il biennio rosso e i suoi interpreti", "1972")]),
    ("'has', an adverb, a past participle (round 17)",
     "As Ann Vell has convincingly shown in *Harbour Strikes* (Leeds: Dale, 1974), the answer changed.",
     [work("Vell", "Harbour Strikes", "1974")]),
    ("negative: an adverb, no verb of arguing",
     "Ann Vell lived happily in Harbour Town for years, until the strike of 1974.",
     []),
    ("negative: shown in passing, no title",
     "As Ann Vell has recently shown in passing, the answer changed in 1974.",
     []),
    ("negative: a verb that argues nothing",
     "Ann Vell lived in Harbour Town for years, until the strike of 1974.",
     []),
    ("negative: no imprint after the title",
     "As Ann Vell argues in Harbour Strikes, the answer depended on the district.",
     []),
    ("negative: a year alone after the title",
     "As Ann Vell argues in Harbour Strikes (1974), the answer depended on the district.",
     []),
    ("negative: the name in another clause",
     "Ann Vell disagrees, and the union argues in its minutes (Leeds, 1974) that it won.",
     []),
]  # fmt: skip

test_the_writer_and_title_in_both_renderings, test_no_author_year_in_the_web_copy = (
    both_renderings_tests(ROWS)
)


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
