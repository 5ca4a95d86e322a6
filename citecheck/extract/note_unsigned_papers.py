"""A paper of one plain word after an unsigned piece's quoted title, as a web copy leaves
it: "For example, the unsigned “Harbour Quiet,” Clarion (Leeds), 12 October 1927, 3."
(Markdown's "*Clarion*", the italics gone).

Chicago 14.191 and 14.203 cite an unsigned newspaper piece by its title, the paper and the
day; the paper's city may follow it in brackets. `note_unsigned_leads` reads a plain paper
of two words or more, but turns away one word: "“Bread and Peace,” Harrogate, May 4, 1917"
is a speech's place and day as likely as a paper's. The prose before the title can settle
it, by the note's own words (no list of papers):

- it says the piece is unsigned or names the kind of press piece it is ("the unsigned",
  "the report", "a leader", German "den anonymen", "die Meldung", Greek "το ανυπόγραφο",
  "το ρεπορτάζ"): a place's day names no piece;
- or it names the paper itself ("See the report in Clarion the next day, “…,” Clarion,
  13 October 1927"): the word was a paper there before it stands after the title.

Not read: a lead of speech or place ("the speech, “…,” Harrogate, May 4" names a talk: its
word is no press piece's), a lead naming the word only as a place ("he spoke at Harrogate")."""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# The lead's last words: an unsigned piece or a kind of press piece, perhaps with "the"
# and an adjective before it and "in" after it.
# matches "the unsigned", "the report", "an anonymous", "the leading article", "den
# anonymen", "die Meldung", "το ανυπόγραφο", "το ρεπορτάζ", "the report in"; not "the
# speech", "the lecture", "said", "in"
_PRESS_PIECE = lazy_compile(
    r"""(?:^|\s)(?i:unsigned|anonymous|unattributed|report|article|editorial|leader
        |(?:leading|front-page|news)\s+article|dispatch|despatch|piece|column|item|notice
        |story|obituary|ungezeichnete[nmrs]?|anonyme[nmrs]?|Bericht|Artikel|Leitartikel
        |Meldung|Notiz|Glosse|ανυπόγραφο|ανυπόγραφη|ρεπορτάζ|άρθρο|ανταπόκριση|σημείωμα)
        (?:\s+(?:in|im|στην?|που))?[,:]?\s*$""",
    re.VERBOSE,
)


def paper_vouched(lead: str, paper: str) -> bool:
    """A one-word plain `paper` after a quoted title is a paper: `lead` (the prose of the
    segment before the title) names a press piece right before it, or names the paper after
    a preposition or an article ("in Clarion", "the Clarion")."""
    if _PRESS_PIECE.search(lead):
        return True
    named = re.compile(
        rf"(?<!\w)(?i:in|im|the|der|die|des|στην?|της)\s+{re.escape(paper)}(?![\w-])"
    )
    return named.search(lead) is not None
