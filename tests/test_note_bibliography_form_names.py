"""Issue 11, the twentieth round: a bibliography's entry set in a note. First, after a cue, "See Vell,
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


# Two writers in the bibliography's form, the first inverted, the second given name first
# (Chicago 14.76): "Vell, Tomas A., and Anna B. Roe." was not taken for names alone, and in
# a web copy the stop after "Roe" left no title (`note_patterns.NAMES_SENTENCE`,
# `note_work.read_at`). The negatives: the names before a sentence, before a place and a
# year, and in a note's order, comma and brackets (read as before).
TWO = "The Councils and the Party"
TWO_WRITERS: list[tuple[str, str, list]] = [
    ("two writers, initials",
     f"Vell, Tomas A., and Anna B. Roe. *{TWO}*. Leeds: Northern Press, 2004.",
     [work("Vell/Roe", TWO, "2004")]),
    ("two writers, after 'See'",
     f"See Vell, Tomas, and Anna Roe. *{TWO}*. Leeds: Northern Press, 2004.",
     [work("Vell/Roe", TWO, "2004")]),
    ("two writers, an article",
     "Vell, Tomas A., and Anna B. Roe. “The Councils in 1921.” *Labour History Review* 12, "
     "no. 3 (1990): 23–45.",
     [work("Vell/Roe", "The Councils in 1921", "1990")]),
    ("negative: two writers, then a sentence", "Vell, Tomas, and Anna Roe. The strike spread.",
     []),
    ("negative: two writers, then a sentence with a year",
     "Vell, Tomas, and Anna Roe. The strike spread in 1990.", []),
    ("negative: two writers, then a place and a year",
     "Vell, Tomas, and Anna Roe. Leeds: Northern Press, 2004.", []),
    ("negative: a note's order, the first writer inverted",
     f"Vell, Tomas, and Anna Roe, *{TWO}* (Leeds: Northern Press, 2004), 23.",
     [work("Vell/Roe", TWO, "2004")]),
]  # fmt: skip


(
    test_two_writers_alike,
    test_two_writers_web_quiet,
    test_two_writers_balance,
    test_two_writers_negatives_quiet,
) = both_renderings_table_tests(TWO_WRITERS)


# After a longer sentence of prose and a cue, the inverted name closing the sentence
# ("For the distinction between …, see Vell, Tomas." before the title): the cue's lead-in is
# more than the seven words `note_patterns.CUE` takes, so the name was left to the prose and
# the work read unsigned (`note_citations._cued_inverted_name`). The negatives: a surname and
# "above", a chapter, two places, each after the same prose and cue.
LEAD = "On the mills of a long river valley in the north, see"
AFTER_PROSE: list[tuple[str, str, list]] = [
    ("after a long lead-in and 'see'", f"{LEAD} Vell, Tomas. *{TITLE}*. London: Verso, 1990.",
     [work("Vell", TITLE, "1990")]),
    ("after a long lead-in, an imprint in brackets",
     f"{LEAD} Vell, Tomas. *{TITLE}* (London: Verso, 1990), 23.",
     [work("Vell", TITLE, "1990")]),
    ("negative: a surname and 'above'", f"{LEAD} Vell, above. The strike spread in 1990.", []),
    ("negative: a chapter", f"{LEAD} chapter 3, above. Leeds was different.", []),
    ("negative: two places", f"{LEAD} Leeds, Bradford. The strike spread in 1990.", []),
]  # fmt: skip


(
    test_after_prose_alike,
    test_after_prose_web_quiet,
    test_after_prose_balance,
    test_after_prose_negatives_quiet,
) = both_renderings_table_tests(AFTER_PROSE)


# Both writers inverted, joined by "and" or the French "et" (French and some English
# bibliographies invert every name: "Falola, Toyin, et Paddock, Adam."), found on public
# Markdown notes nobody fitted the reader to (counted, not copied): the note was cut into a
# short form titled "Toyin, et Paddock, Adam" and an unsigned work (`NAMES_SENTENCE`,
# `note_list_words.PERSON_AND`). The negatives: the names before a sentence, two places joined
# by "et", two surnames joined by "et" before a short title no earlier note gave.
BOTH_INVERTED: list[tuple[str, str, list]] = [
    ("both inverted, French 'et'",
     "Vell, Tomas, et Roe, Anna. *Les conseils de Leeds*. Paris : Seuil, 2011.",
     [work("Vell/Roe", "Les conseils de Leeds", "2011")]),
    ("both inverted, initials", "Vell, T., et Roe, A. *Les conseils de Leeds*. Paris : Seuil, 2011.",
     [work("Vell/Roe", "Les conseils de Leeds", "2011")]),
    ("both inverted, 'and'", "Vell, Tomas, and Roe, Anna. *Les conseils de Leeds*. Paris: Seuil, 2011.",
     [work("Vell/Roe", "Les conseils de Leeds", "2011")]),
    ("negative: both inverted, then a sentence", "Vell, Tomas, and Roe, Anna. The strike spread.",
     []),
    ("negative: two places after 'et'", "Paris et Londres, *Les conseils*, p. 4.", []),
    ("negative: two surnames joined by 'et', no earlier work", "Vell et Roe, *Les conseils*, p. 4.",
     []),
]  # fmt: skip


(
    test_both_inverted_alike,
    test_both_inverted_web_quiet,
    test_both_inverted_balance,
    test_both_inverted_negatives_quiet,
) = both_renderings_table_tests(BOTH_INVERTED)
