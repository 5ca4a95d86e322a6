"""A short form in prose closed by "and" before the next work (issue 11, twenty-fifth
round).

A short form set in a sentence ("… can be seen in Dicken, *Journalistic Standards*, 66-7.")
is read when its page closes the clause: a full stop, a comma, a semicolon, a bracket. A
second work joined by "and" ("… 66-7 and Curran and Seaton, *Power Without
Responsibility*, 43.") left the first unread, in Markdown and on the web. Now "and" (German
"und", French "et", Spanish "y") before a capital closes the clause too.

The direction came from the real notes read whole (an English article's comparison of
two works); the notes here are invented. Half the rows are negatives: places and numbers
before "and", "and" before lower case, a name and a number opening a sentence.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

FULL = "Hazel Dicken, *Journalistic Standards in the Northern Press* (Madison: Lakeside Press, 1989), 12."

# (case, note, whether an earlier note gives Dicken's work, the works read: writer, title)
READ = [
    ("a marked title, another work after 'and'", "A comparison can be seen in Dicken, *Journalistic Standards*, 66-7 and Curran and Seaton, *Power Without Responsibility*, 43, 52.", False, [("Dicken", "Journalistic Standards"), ("Curran", "Power Without Responsibility")]),
    ("a web copy's plain title, its work cited before", "A comparison can be seen in Dicken, Journalistic Standards, 66-7 and Curran and Seaton, Power Without Responsibility, 43, 52.", True, [("Dicken", "Journalistic Standards")]),
    ("German 'und'", "Ein Vergleich findet sich bei Dicken, *Journalistic Standards*, S. 66 und Vell, *Salz*, S. 4.", False, [("Dicken", "Journalistic Standards"), ("Vell", "Salz")]),
]  # fmt: skip

NOT_READ = [
    ("places and numbers", "The strike spread to Hamburg, 12 and Bremen, 14.", False, []),
    ("'and' before lower case", "A comparison can be seen in Dicken, *Journalistic Standards*, 66-7 and the rest.", False, []),
    ("a name and a number opening a sentence", "Meier, 45 and Vell led the strike.", False, []),
]  # fmt: skip


def _works(note: str, earlier: bool) -> list[tuple[str, str]]:
    body = "Text.[^1] More.[^2]" if earlier else "Text.[^2]"
    text = f"{body}\n\n" + (f"[^1]: {FULL}\n\n" if earlier else "") + f"[^2]: {note}\n"
    citations = lint_text(text, name="m.md").manuscript.note_citations
    return [(c.authors[0].surname, c.title) for c in citations if c.note == 2 and c.authors]


@pytest.mark.parametrize(
    ("case", "note", "earlier", "works"), READ + NOT_READ, ids=[r[0] for r in READ + NOT_READ]
)
def test_a_short_form_before_and_another_work(
    case: str, note: str, earlier: bool, works: list[tuple[str, str]]
) -> None:
    assert _works(note, earlier) == works
