"""Issue 11, the twentieth round: a classical or patristic work cited by its title and a
numbered division, "St. John Chrysostom, *Homilies on Matthew*, Homily 33." (Chicago
14.244-14.247: the division is the locator). A web copy's plain title ran on over the
division ("Homilies on Matthew, Homily 33"), so its title disagreed with the Markdown's
and with the list's. Found on Markdown notes from public repositories nobody fitted the
reader to (counted, not copied). A plain title is now cut before ", Homily 33", ", Sermon
2", ", Psalm 88", ", Book IV" and the like when the division ends the title's words
(`note_work._DIVISION`).

Constructed notes (invented writers and titles; no corpus text), each read as Markdown and
as its web copy, alike. The negatives: a title whose division word goes on ("Ode 3 and
Other Poems"), a title opening "The Book of", a division word without a number.
"""

from __future__ import annotations

from tests.note_tables import both_renderings_table_tests, work

ROWS: list[tuple[str, str, list]] = [
    ("a homily's number", "St. John Chrysostom, *Homilies on the Gospel of John*, Homily 47.",
     [work("Chrysostom", "Homilies on the Gospel of John")]),
    ("a sermon's number, then an imprint", "Tomas Vell, *Sermons on the Strike*, Sermon 2 "
     "(London, 1901).", [work("Vell", "Sermons on the Strike", "1901")]),
    ("a psalm and a sermon", "Blessed Augustine, *Enarrationes in Psalmos*, Psalm 88, Sermon 2.",
     [work("Augustine", "Enarrationes in Psalmos")]),
    ("negative: the division word goes on in the title",
     "Tomas Vell, *Odes and Satires, Ode 3 and Other Poems* (London: Verso, 1990), 12.",
     [work("Vell", "Odes and Satires, Ode 3 and Other Poems", "1990")]),
    ("negative: a title opening 'The Book of'", "Tomas Vell, *The Book of Hours*, 12.",
     [work("Vell", "The Book of Hours")]),
    ("negative: a division word without a number",
     "Tomas Vell, *Letters, Sermons and Homilies* (London: Verso, 1990), 12.",
     [work("Vell", "Letters, Sermons and Homilies", "1990")]),
]  # fmt: skip


test_alike, test_web_quiet, test_balance, test_negatives_quiet = both_renderings_table_tests(ROWS)
