"""Markdown reference links: what of them a page does not show (CommonMark 0.31, 4.7 and 6.3).

A reference link names its target by a label defined elsewhere: "Vell, [*Harbour
Lights*][hl], 44." with a line "[hl]: https://example.org/hl". The page prints "Vell,
*Harbour Lights*, 44."; the brackets, the label and the definition line are not prose. The
Markdown reader blanks them, as it blanks an inline link's destination, so a note is read
as it is printed. Only a label the document defines makes a link: "[sic]" or "[1]" with no
definition stays as written, and a footnote's "[^1]" is never a link's.
"""

from __future__ import annotations

import re

from citecheck.model import Span

# A link reference definition: up to three spaces, a label, a colon, the destination (in
# "<…>" or without spaces), perhaps a title, and nothing else on the line.
# matches "[hl]: https://example.org/hl", '[Vell 1990]: <https://x.org/a b> "Vell"'; not
# "[^1]: A note." (a footnote), "[hl]: see above" (words after the destination)
_DEFINITION = re.compile(
    r"""^[ ]{0,3}\[(?!\^)(?P<label>[^\[\]\n]{1,200})\]:[ \t]*+
        (?:<[^<>\n]{0,2000}>|[^\s<>]{1,2000})
        (?:[ \t]++(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?[ \t]*+$""",
    re.MULTILINE | re.VERBOSE,
)

# A full or collapsed reference link, "[text][label]" or "[text][]", or a shortcut "[text]"
# (not followed by "(", "[" or ":", which would make it another construct).
# matches "[*Harbour Lights*][hl]", "[Harbour Lights][]", "[hl]"; not "[^1]", "[a](x)"
_REFERENCE = re.compile(
    r"""!?\[(?!\^)(?P<text>[^\[\]\n]{1,500})\]
        (?:\[(?P<label>[^\[\]\n]{0,200})\]|(?![(\[:]))""",
    re.VERBOSE,
)


def reference_link_spans(text: str) -> list[Span]:
    """The spans a page does not show of `text`'s reference links: each definition line
    whole, and each link's brackets and label (its words stay)."""
    definitions = list(_DEFINITION.finditer(text))
    labels = {_normal(found.group("label")) for found in definitions}
    if not labels:
        return []
    hidden = [Span(found.start(), found.end()) for found in definitions]
    for found in _REFERENCE.finditer(text):
        label = found.group("label")
        if _normal(label or found.group("text")) not in labels:
            continue
        hidden.append(Span(found.start(), found.start("text")))  # "[" (or "![")
        hidden.append(Span(found.end("text"), found.end()))  # "]", "][label]" or "][]"
    return hidden


def _normal(label: str) -> str:
    """A label as CommonMark matches labels: case folded, inner whitespace collapsed."""
    return " ".join(label.split()).casefold()
