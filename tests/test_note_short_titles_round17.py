"""short-form-before-full: which earlier full form a short title shortens (Chicago 14.29).

Two classes, each with cases where the finding must appear and cases where it must not:
- a short title leaves out an initial article in any language the notes cite ("Spaltung"
  of *Die Spaltung als Schicksal?*, "Partage" of *Le Partage des eaux*): the full form is
  there, no finding (main read "die" as the title's head and reported the short form);
- a short title keeps the full title's words whole: "Briefe" is not a word of
  *Briefwechsel* (a word that shares its stem and runs on is another word), so a short
  form "Briefe" after the full form of *Briefwechsel* alone has no full form (main took
  the letters' edition for it). Inflections and slips stay the same word ("Revolution" of
  *Revolutions*, "Manifest" of *Manifest*).
Writers, titles and imprints are invented.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript


def _full(surname: str, title: str) -> str:
    return f"Vera {surname}, *{title}* (Frankfurt am Main: Edition Kranich, 1974), 12."


def _reported(*notes: str) -> list[int]:
    return [f.data["note"] for f in findings(manuscript(*notes), "short-form-before-full")]


# (full title given in note 1, the short title of note 2, whether note 1 gives its full form)
ROWS = [
    # initial articles left out by the short title
    ("Die Spaltung als Schicksal? Eine Streitschrift", "Spaltung", True),
    ("Der Lärm der Städte", "Lärm", True),
    ("Le Partage des eaux", "Partage", True),
    ("La Grève générale", "Grève", True),
    ("Η ηγεμονία ως πρόβλημα", "Ηγεμονία", True),
    ("Il tempo della rivolta", "Tempo", True),
    ("The Broken Harbour", "Broken Harbour", True),
    # words kept whole; an inflection or a slip is the same word
    ("Revolutions in the Provinces", "Revolution", True),
    ("Manifest der Ordnung", "Manifest", True),
    ("Briefe über die Vollendung der Zeit", "Briefe", True),
    # another work: a word that shares its stem with a title's word and runs on
    ("Briefwechsel", "Briefe", False),
    ("Kapitalismus und Krise", "Kapital", False),
    ("Geschichtsphilosophie", "Geschichte", False),
    ("Die Ordnung der Städte", "Ordnungspolitik", False),
    # another work: the short title is not the head (the article aside)
    ("The Wage and the Capital", "Capital", False),
    ("A History of the Harbour", "Harbour", False),
]


@pytest.mark.parametrize(("title", "short", "given"), ROWS)
def test_which_full_form_a_short_title_shortens(title: str, short: str, given: bool) -> None:
    notes = (_full("Tessendorf", title), f"Tessendorf, *{short}*, 44.")
    assert _reported(*notes) == ([] if given else [2])


@pytest.mark.parametrize("short", ["Spaltung", "Briefe", "Partage"])
def test_a_short_form_with_no_full_form_is_reported(short: str) -> None:
    assert _reported("A remark.", f"Tessendorf, *{short}*, 44.") == [2]


def test_the_right_one_of_two_works_is_the_full_form() -> None:
    letters = _full("Tessendorf", "Briefe über die Vollendung der Zeit")
    edition = _full("Tessendorf", "Briefwechsel")
    assert _reported(letters, edition, "Tessendorf, Briefe, S. 44–46.") == []
    assert _reported("A remark.", edition, "Tessendorf, Briefe, S. 44–46.") == [3]
