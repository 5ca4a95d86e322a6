"""What one quotation mark is, read from the characters beside it.

A mark is an opening quote, a closing quote, or no quote at all (an apostrophe or a
prime). Curly marks say which they are, except ’, which is also the apostrophe. Straight
marks (" and ') say it only by their shape: an opening mark follows a space or an opening
bracket and comes before a word; a closing mark follows a word or punctuation and comes
before a space or punctuation. The sweep in `citecheck.extract.quotations` decides the
ambiguous cases with what is open at that point.
"""

from __future__ import annotations

import re

# Mark families: a closing mark closes the nearest open quotation of its family.
DOUBLE = "double"
SINGLE = "single"
GUILLEMET = "guillemet"
SINGLE_GUILLEMET = "single-guillemet"

QUOTE_CHARS = frozenset("\"'“”‘’„‚«»‹›")

# The style of a quotation, by its opening mark.
STYLE_OF_OPENER = {
    "“": "double",
    '"': "double",
    "”": "double",  # Swedish and Finnish open with ” too
    "‘": "single",
    "'": "single",
    "„": "low-high",
    "‚": "low-high-single",
    "«": "guillemet",
    "»": "guillemet",  # German and Danish open with »
    "‹": "single-guillemet",
    "›": "single-guillemet",
}
FAMILY_OF_OPENER = {
    "“": DOUBLE,
    '"': DOUBLE,
    "”": DOUBLE,
    "„": DOUBLE,
    "‘": SINGLE,
    "'": SINGLE,
    "‚": SINGLE,
    "«": GUILLEMET,
    "»": GUILLEMET,
    "‹": SINGLE_GUILLEMET,
    "›": SINGLE_GUILLEMET,
}

# Characters after which a mark opens (besides white space and the paragraph's start).
OPENS_AFTER = frozenset("([{<—–-/*_“‘„‚«»‹›\"'")
# Characters before which a mark closes (besides white space and the paragraph's end).
CLOSES_BEFORE = frozenset(".,;:!?)]}>…—–-/*_”’\"'«»‹›[")

# Words whose first letter an apostrophe replaces, so a mark before them opens nothing.
# matches "'tis", "’em", "'n'" (rock 'n' roll), "‘cause"; not "'tissue", "‘Nation"
ELISION = re.compile(r"(?:tis|twas|em|n|til|cause|cos|bout|neath)(?![^\W\d_])", re.IGNORECASE)

# A decade or a year cut short after an apostrophe.
# matches "30s" in "’30s", "68 " in "'68 "; not "1917" (a year in quotes), "3 of"
SHORT_YEAR = re.compile(r"\d\d(?!\d)")


def opens_shape(left: str, right: str) -> bool:
    """A mark shaped as an opening one: after a space or bracket, before a word.

    `left` and `right` are the characters beside the mark, "" at a paragraph's edge.
    """
    return (not left or left.isspace() or left in OPENS_AFTER) and bool(right.strip())


def closes_shape(left: str, right: str) -> bool:
    """A mark shaped as a closing one: after a word or punctuation, before a break."""
    return bool(left.strip()) and (not right or right.isspace() or right in CLOSES_BEFORE)


def is_word_char(char: str) -> bool:
    return char.isalnum()


def is_apostrophe(text: str, index: int, end: int) -> bool:
    """An apostrophe inside or at the start of a word: O’Brien, don't, ’tis, ’30s."""
    left = text[index - 1] if index > 0 else ""
    right = text[index + 1] if index + 1 < end else ""
    if is_word_char(left) and is_word_char(right):
        return True
    if left in "nN" and index > 1 and text[index - 2] in "'’‘":
        return True  # the second mark of rock 'n' roll
    if left and not left.isspace() and left not in OPENS_AFTER:
        return False
    return bool(ELISION.match(text, index + 1, end) or SHORT_YEAR.match(text, index + 1, end))
