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

# "idem" in lower case after a cue ("Cf. idem,"), or "Idem"/"Id." as the IDEM pattern has it.
# matches "idem", "Idem", "*idem*"; not "idempotent", "identity"
_LOWER_IDEM = lazy_compile(r"[*_]{0,2}idem[*_]{0,2}(?!\w)")

# "ibid." standing for the journal of the work before, between a title and its number.
# matches ", ibid., " before "no. 14", " ibid. " before "12 (1983)"; not ", ibidem" (no stop)
_IBID_JOURNAL = lazy_compile(r"[\s,]*+(?i:ibid\.)[\s,]*+")


def idem_work(
    s: str, k: int, cue_end: int, offset: int, end: int, note: int
) -> NoteCitation | None:
    """The work "Idem, *Title* …" at `k` of a segment's text `s` names (it starts at
    `offset` of the note), with its title and details; None when no title follows (an
    "Idem, 41." is the work before again) or no details or page do."""
    found = IDEM.match(s, k) or (_LOWER_IDEM.match(s, k) if k == cue_end and k else None)
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
