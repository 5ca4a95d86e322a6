"""Interviews as German notes cite them: the person interviewed is the source, as in
English ("interview by" keeps the person interviewed, `note_prose.INTERVIEW_BY`).

"Interview mit Jakob Wendel, in: Die Zeit, 3.4.2019, S. 5", "„Die Stadt als Beute“. Ein
Gespräch mit Jakob Wendel, in: Merkur 63 (2009), S. 12", "Jakob Wendel im Gespräch mit
Lena Kramer, in: …", "Interview von Lena Kramer mit Jakob Wendel, …". The person needs
given names (a surname alone may be a place: "Gespräch mit Berlin"), and the interview
needs its publication (a container, a year, an address): a conversation named in prose
("Im Gespräch mit Jakob Wendel wurde deutlich, …") is no citation."""

from __future__ import annotations

import re

from citecheck.extract.note_details import read_details
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, MARKED_TITLE, PERSON, marked_style
from citecheck.extract.note_rest import full_form_to_end
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# The interview named with the person interviewed after "mit" (with), perhaps its title in
# quotes before it, perhaps its interviewer after "von".
# matches "Interview mit Jakob Wendel", "Ein Gespräch mit Jakob Wendel", "Interview von Lena
# Kramer mit Jakob Wendel", "das Interview mit J. Wendel"; not "Gespräch mit Berlin" (no
# given name), "Interviews" (no "mit")
_INTERVIEW_WITH = lazy_compile(
    rf"""(?:(?i:ein|das|im)\s+)?(?:Interview|Gespräch)\s+
        (?:von\s+{PERSON}\s+)?mit\s+(?P<who>{GIVEN_PERSON})""",
    re.VERBOSE,
)

# The person interviewed first: "Jakob Wendel im Gespräch mit Lena Kramer".
# matches "Jakob Wendel im Gespräch mit Lena Kramer", "Jakob Wendel im Interview mit der
# Zeit"; not "Wendel im Gespräch" (no given name), "Jakob Wendel sprach mit Lena Kramer"
_INTERVIEWED_FIRST = lazy_compile(
    rf"""(?P<who>{GIVEN_PERSON})\s+im\s+(?:Interview|Gespräch)\s+mit\s+[^,;:]{{1,80}}?(?=[,:.])""",
    re.VERBOSE,
)

# The title, then the interview in its own sentence or after a comma.
# matches '“Die Stadt als Beute”. ' and '“Die Stadt als Beute”, ' before "Ein Gespräch mit"
_TITLE_BEFORE = lazy_compile(r"\s*[.,:]?\s+")


# Where the interview was published: "in:" or "in" and a capital, after a comma.
# matches ", in: Die Zeit", ", in Merkur"; not " am 3.4.2019", ", in der Nacht"
_PUBLISHED_IN = lazy_compile(r"[\s,]*\bin:?\s+[A-ZÄÖÜ*_“\"‘]")


def german_interview(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The interview a German note cites at `k` of segment `s` (at `offset` in the note),
    by the person interviewed; None when none opens the segment or it gives no details."""
    if "spräch" not in s and "nterview" not in s:
        return None  # cheap test first
    title = ""
    style = ""
    at = k
    marked = MARKED_TITLE.match(s, k)
    if marked is not None:
        gap = _TITLE_BEFORE.match(s, marked.end())
        if gap is None:
            return None
        title = next(g for g in marked.groups() if g).strip(" ,.")
        style = marked_style(marked)
        at = gap.end()
    found = _INTERVIEW_WITH.match(s, at) or (None if title else _INTERVIEWED_FIRST.match(s, at))
    if found is None or not plausible_names(found.group("who")):
        return None
    rest = s[found.end() :]
    details = read_details(rest)
    if not (details.container or details.url or details.place or _PUBLISHED_IN.match(rest)):
        return None  # a conversation named in prose, or held with the writer ("am 3.4.2019")
    return full_form_to_end(
        s,
        k,
        offset,
        note,
        authors=tuple(surnames(found.group("who"))),
        title=title,
        year=details.year,
        pages=details.pages,
        container=details.container,
        url=details.url,
        title_style=style,
        unsure="an interview: the person interviewed",
    )
