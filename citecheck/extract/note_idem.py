""" "Idem" (the same writer as the work before) opening another work of that writer:
"Idem, “The Left and the War,” *Quarterly*, no. 14 (1983): 21–40.", "Cf. idem, *The Long
Strike* (London: Verso, 1972), 41." (Chicago 14.34 keeps "idem" for this; a cue puts it in
lower case). The work keeps the form `idem`, no author (the truth set writes what the note
writes), and its own title and details. Its journal may be "ibid." ("Idem, “…,” ibid., no.
14 (1983)": the journal of the note before, Chicago 14.34): the details after it are the
work's. Without a title after it, "Idem, 41." is read as an Ibid. is (`note_reading`)."""

from __future__ import annotations

from citecheck.extract.note_details import read_details
from citecheck.extract.note_parts import build_citation
from citecheck.extract.note_patterns import IDEM
from citecheck.extract.note_titles import read_title
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# "idem" (or "eadem", of a woman) in lower case after a cue ("Cf. idem,"), after a ";" or
# an "and" ("…, 12; idem, *B*", Chicago 14.34), or "Idem"/"Id." as the IDEM pattern has it.
# matches "idem", "Idem", "*idem*", "eadem"; not "idempotent", "identity", "eademque"
_LOWER_IDEM = lazy_compile(r"[*_]{0,2}(?:[Ii]dem|[Ee]adem)[*_]{0,2}(?!\w)")

# "and idem" joining a second work of the writer to the first in one sentence: "…, 12,
# and idem, *The Dock School* (…)", "… as well as idem, “…,” …", "…, or eadem, …".
# matches ", and idem", " and also idem", ", as well as idem", " or eadem"; not "and
# identity", "Idem" at a segment's start (the segment reader's), ", idem" (no joining word)
_JOINED = lazy_compile(
    r"(?:,\s*+|\s++)(?:and|as\s++well\s++as|or)(?:\s++also)?\s++(?=[*_]{0,2}(?:idem|eadem)\b)"
)

# "ibid." standing for the journal of the work before, between a title and its number.
# matches ", ibid., " before "no. 14", " ibid. " before "12 (1983)"; not ", ibidem" (no stop)
_IBID_JOURNAL = lazy_compile(r"[\s,]*+(?i:ibid\.)[\s,]*+")


def idem_work(
    s: str, k: int, cue_end: int, offset: int, end: int, note: int, lower: bool = False
) -> NoteCitation | None:
    """The work "Idem, *Title* …" at `k` of a segment's text `s` names (it starts at
    `offset` of the note), with its title and details; None when no title follows (an
    "Idem, 41." is the work before again) or no details or page do. A lower-case "idem"
    is read after a cue (`k == cue_end`) or where `lower` says a ";" stands before it."""
    lower = lower or (k == cue_end and k > 0)
    found = IDEM.match(s, k) or (_LOWER_IDEM.match(s, k) if lower else None)
    if found is None:
        return None
    title, style, title_end = read_title(s, found.end(), True, colon=False)
    if not title:
        return None
    ibid = _IBID_JOURNAL.match(s, title_end)
    rest = s[ibid.end() :] if ibid and ibid.end() > title_end + 2 else s[title_end:]
    details = read_details(rest)
    if not (details.published or details.pages):
        return None
    if style == "plain" and not (details.place or details.container or details.url):
        return None  # "Idem, London, 1983.": a place and a year, no title
    # (no author: the note names none; the rules know "idem" refers back)
    why = ["idem: the same writer, not named"]
    if ibid and ibid.end() > title_end + 2:
        why.append("ibid. as its journal")
    return build_citation(s, k, offset, end, note, "idem", (), title, style, details, why)


def joined_idem(
    s: str, start: int, end: int, note: int, works: list[NoteCitation]
) -> NoteCitation | None:
    """The work "…, and idem, *Title* (…)" names after the segment's last work read (`s` is
    the segment, at `start` of the note): the same writer's next work, in its own form."""
    last = works[-1]
    if not last.title or "dem" not in s:
        return None
    title_at = s.find(last.title, last.span.start - start)
    if title_at < 0:
        return None
    joined = _JOINED.search(s, title_at + len(last.title))
    if joined is None:
        return None
    return idem_work(s, joined.end(), joined.end(), start, end, note, lower=True)
