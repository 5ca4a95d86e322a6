"""A web copy's plain title whose subtitle follows a full stop: "The classic account is Ann
Vell, Harbour Strikes in Wartime. A History of the Port (London: Dale Press, 1990), 45."

Chicago parts a title from its subtitle by a colon (8.168), but notes copied from catalogues
and from the title page often write a full stop (MLA, DIN 1505-2 ". Untertitel"); in
Markdown the italics hold both parts together. In a web copy a full stop inside a writer's
plain title is read as the subtitle's only when the subtitle is in headline case, holds no
comma, and runs straight to the imprint (in brackets, or open after a comma), after which
the note gives no more than a page: prose after the imprint ("… (London: Dale, 1990) met in
the spring") or a sentence between ("Ann Vell, Dock Work. He said so (…)") keeps them two
sentences."""

from __future__ import annotations

import re

from citecheck.extract.note_open_imprint_titles import headline_words
from citecheck.lazy_regex import lazy_compile

# A full stop after a word of three letters or more, then a capital: a sentence's end
# inside the words (not "vol. 5", "J. H. Dietz").
# matches ". A" in "Wartime. A History"; not "vol. 5", "J. H"
_STOP = lazy_compile(r"(?<=[a-z]{3})\.\s+(?=[A-Z])")

# The imprint closing the reference, in brackets or open after a comma, then at most a
# page and the note's end.
# matches " (London: Dale Press, 1990), 45.", " (London: Dale, 1990).", " (London: Dale,
# 1990), pp. 4-9;", ", London: Dale Press, 1990, 45."; not " (London: Dale, 1990) met in the
# spring", " (1990)", ", London, 1990."
_IMPRINT_CLOSES = lazy_compile(
    r"""(?:\s*\([A-Z][^():;]{1,40}:\s[^()]{1,80}?(?:1[5-9]\d\d|20\d\d)\s*\)
          |,\s*[A-Z][^():;,]{1,40}:\s[A-Z][^():;]{0,80}?(?:1[5-9]\d\d|20\d\d)(?!\d))
        (?:\s*,\s*(?:pp?\.\s*)?\d[\d\s,–-]*)?\s*[.;]?\s*\Z""",
    re.VERBOSE,
)


def stop_subtitle(title: str, rest: str) -> bool:
    """The one full stop inside plain `title` parts it from a subtitle: both in headline
    case, the subtitle without a comma, and `rest` (what follows the title) the imprint's
    bracket and at most a page."""
    stops = list(_STOP.finditer(title))
    if len(stops) != 1:
        return False
    head, subtitle = title[: stops[0].start()], title[stops[0].end() :]
    if "," in subtitle or len(subtitle.split()) < 2 or len(head.split()) < 2:
        return False
    return (
        headline_words(head)
        and headline_words(subtitle)
        and _IMPRINT_CLOSES.match(rest) is not None
    )
