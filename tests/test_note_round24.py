"""Issue 11, the twenty-fourth round: sentence adverbs before a title.

Synthetic notes (invented writers, titles and publishers; no corpus text).

- A sentence adverb opening a note before a comma and a title ("Incidentally, *The Iron
  Calendar* (London: Harwood, 1976) …", "Furthermore, …", "Notably, …") was read as the
  work's writer, as "However," and "Moreover," no longer are: no one is called
  "Incidentally". The positives: a writer after such an adverb and a cue.
"""

from __future__ import annotations

from tests.note_tables import NO_READING, negative_table_tests, rendering_table_tests, work

# (name, note, readings in Markdown, readings in the web copy)
CASES = [
    ("a writer after an adverb and a cue",
     "Furthermore, see Ann Vell, *Salt Roads* (Leeds: Dale, 1947), 12.",
     [work("Vell", "Salt Roads", "1947")],
     [work("Vell", "Salt Roads", "1947")]),
    ("a writer after 'Incidentally' and a cue",
     "Incidentally, see Tom Rudd, *Harbour Ledgers* (Leeds: Dale, 1950).",
     [work("Rudd", "Harbour Ledgers", "1950")],
     [work("Rudd", "Harbour Ledgers", "1950")]),
    ("negative: 'Incidentally' before a title and its imprint",
     "Incidentally, *The Iron Calendar* (London: Harwood, 1976) was reprinted.",
     NO_READING, NO_READING),
    ("negative: 'Furthermore' before a title, its imprint and a page",
     "Furthermore, *Salt Roads* (Leeds: Dale, 1947), 12, says so.",
     NO_READING, NO_READING),
    ("negative: 'Notably' before a quoted title in a journal",
     "Notably, “Harbour Strikes,” *Harbour Review* 4 (1990): 3.",
     NO_READING, NO_READING),
    ("negative: 'Consequently' before a title",
     "Consequently, *Salt and Iron* (Oxford: Clarendon, 1988) is cited less.",
     NO_READING, NO_READING),
]  # fmt: skip


test_markdown_readings, test_web_readings = rendering_table_tests(CASES)
test_balance, test_negatives_read_no_author_year = negative_table_tests(CASES)
