"""A title the prose names as a piece, whose bracket after it gives that piece's details.

"He referred to his article “The Left and the Classes” (*Monday Notes*, 2016)" and the Greek
"παρέπεμψε στο άρθρο του «…» (*Σημειώσεις της Δευτέρας*, 2016)" (referred to his article)
name an article and its journal: the words in marks are its title, not a quotation, and
the bracket is no quotation's source (`note_parenthetical`), whose work would be the
journal. Greek sets titles and quotations alike in «…», so the noun before the marks ("το
άρθρο του", "το βιβλίο της") is what says which.
"""

from __future__ import annotations

import re

from citecheck.lazy_regex import lazy_compile

# A kind of piece right before a title's opening mark, its writer's possessive before it
# (English) or the writer's genitive pronoun after it (Greek).
# matches "his article ", "her short essay ", "Holm's paper ", Greek "το άρθρο του ",
# "στο βιβλίο της ", "το κείμενό μου "; not "the article " ("calls the article “a turning
# point”": a quotation), "he wrote ", "το άρθρο " (no writer), "the article by Holm, "
_PIECE_BEFORE = lazy_compile(
    r"""(?:(?<![\w'’])(?:his|her|their|my|our|its|[^\W\d_]+['’]s)\s++(?:[a-z]+\s++)?
          (?:article|essay|paper|book|piece|pamphlet|chapter|lecture|speech|review)
        |(?<!\w)(?:άρθρο|βιβλίο|κείμενο|κείμενό|δοκίμιο|δοκίμιό|μελέτη|έργο|μπροσούρα|ομιλία
          |διάλεξη|εισήγηση|συνέντευξη|συνέντευξή)\s++(?:του|της|των|μου|μας|τους))\s*+$""",
    re.IGNORECASE | re.VERBOSE,
)

# How far back the opening mark is looked for (a title is short; the look stays bounded).
_LONGEST_TITLE = 300


def named_piece_before(s: str, bracket: int) -> bool:
    """The quotation that closes right before the bracket at `bracket` in `s` is a title the
    prose names as a piece ("his article “…” (", "το άρθρο του «…» (" read with English
    marks)."""
    start = max(0, bracket - _LONGEST_TITLE)
    closing = max(s.rfind("”", start, bracket), s.rfind('"', start, bracket))
    if closing < 0:
        return False
    opening = max(s.rfind("“", start, closing), s.rfind('"', start, closing))
    if opening < 0:
        return False
    return _PIECE_BEFORE.search(s, max(0, opening - 40), opening) is not None
