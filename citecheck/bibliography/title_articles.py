"""The initial articles a short title leaves out (Chicago 14.29), and a title key's words
without one: what the rules and the matcher compare when they ask whether a short title
shortens a full one."""

from __future__ import annotations

# Initial articles, in the languages the notes cite: English, German, French, Italian,
# Spanish, Greek ("l" of "L'Être", keyed "l etre").
SHORT_TITLE_ARTICLES = frozenset(
    "a an the der die das den dem des ein eine einen einem einer eines le la les l un une "
    "il lo gli el los las ο η το οι τα ένας μια ένα".split()
)


def significant_words(key: str) -> list[str]:
    """A title key's words, an initial article left out: "the state and revolution" ->
    [state, and, revolution]; "die spaltung als schicksal" -> [spaltung, als, schicksal]."""
    words = key.split()
    return words[1:] if words and words[0] in SHORT_TITLE_ARTICLES else words
