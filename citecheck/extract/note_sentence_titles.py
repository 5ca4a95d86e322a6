"""A web copy's plain title in sentence case before an open imprint: "On the docks, Ann
Vell, I porti e la città, Einaudi, Torino 1990, p. 41." (Markdown's "*I porti e la
città*", the italics gone).

Chicago sets titles in other languages, and many English ones, in sentence case (11.6,
14.94: only the first word and proper nouns capitalised), so `headline_words` alone turns
them away. The open imprint after the writer's comma (`note_open_imprint_titles`: "Place:
Publisher, Year" or "Publisher, Place Year") still vouches that the words before it are
a title, as long as those words cannot be read as prose naming a person: two capitalised
words opening them ("Tom Rudd spoke next, Dale Press, London 1990") are a person's names,
a lower-case first word a clause's, one word alone a place's or a publisher's."""

from __future__ import annotations

import re

from citecheck.extract.note_names import plausible_names

# A Greek letter.
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def sentence_case_before_imprint(title: str) -> bool:
    """`title` (the words between a writer's comma and an open imprint) reads as a title
    in sentence case: two words or more, the first capitalised, a lower-case word among the
    rest, and no person's given name and surname opening it."""
    if _GREEK.search(title):
        return False  # a Greek title in prose is `note_greek_prose_works`' to read
    words = title.replace(":", " ").split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if not any(w[:1].islower() and len(w) >= 3 for w in words[1:]):
        return False
    if words[1][:1].isupper() and plausible_names(" ".join(words[:2])):
        return False  # "Tom Rudd spoke next": a person opens a sentence
    return True
