"""Works with no title that Greek notes cite by their speaker, kind, venue and date: an
interview given to a paper, a speech in parliament or at a congress, a statement.

Greek political and historical writing cites these often ("Ν. Καραμπέτσος, συνέντευξη
στην εφημερίδα Η Αυγή, 12/3/2015": N. Karampetsos, interview to the newspaper Avgi; "…,
ομιλία στη Βουλή, 12/3/2015": speech in Parliament). The person is the source, as in
Chicago's "Name, interview by …, date"; the reading has an author and a year and no title.
Only a person shown by an initial or a Greek given name the reader knows, a kind word,
"στο/στη…" (to, in, at) and a date or year: an interview "με" (with) someone leaves the
source in doubt, and is not read.
"""

from __future__ import annotations

import re

from citecheck.extract.note_greek import GREEK_DATE
from citecheck.extract.note_greek_names import greek_given_name
from citecheck.extract.note_names import plausible_names, surnames
from citecheck.extract.note_patterns import GIVEN_PERSON, URL, YEAR
from citecheck.extract.note_rest import full_form_to_end
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A speaker, the kind of spoken or written piece, its venue after "στο"/"στη"/"σε" and its
# date or year, within one segment.
# matches "Ν. Καραμπέτσος, συνέντευξη στην εφημερίδα Η Αυγή, 12/3/2015", "Νικόλαος
# Καραμπέτσος, ομιλία στη Βουλή, 12 Μαρτίου 2015", "Ν. Καραμπέτσος, εισήγηση στο 3ο
# Συνέδριο, Αθήνα 2015"; not "Καραμπέτσος, ομιλία στη Βουλή, 2015" (a surname alone: no
# person shown), "Ν. Καραμπέτσος, συνέντευξη με τον Δ. Σωτηρόπουλο, 2015" ("με": with whom?),
# "Η Αυγή, συνέντευξη στην ΕΡΤ, 2015" (an article opens no person's names)
_SPOKEN = lazy_compile(
    rf"""(?P<writer>{GIVEN_PERSON}),\s++
        (?:συνέντευξη|ομιλία|εισήγηση|δήλωση|ανακοίνωση|παρέμβαση|δημόσια\s+ομιλία)\s+
        (?:στ(?:ο|ον|η|ην|α|ις)|σε|προς\s+τ(?:ο|ον|η|ην))\s+[^;]{{0,100}}?
        (?P<date>{GREEK_DATE.pattern}|(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d))""",
    re.VERBOSE,
)


def spoken_work(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """A titleless interview, speech or statement at `k`, by its speaker and date."""
    found = _SPOKEN.match(s, k) if "," in s else None
    if found is None or not plausible_names(found.group("writer")):
        return None
    first = found.group("writer").split()[0]
    if not (first.endswith(".") or greek_given_name(first)):
        return (
            None  # "Αγία Παρασκευή, δήλωση …": a place; a person shows an initial or a given name
        )
    year = YEAR.search(found.group("date"))
    url = URL.search(s, k)
    return full_form_to_end(
        s,
        k,
        offset,
        note,
        authors=tuple(surnames(found.group("writer"))),
        year=year.group() if year else "",
        url=url.group(0).rstrip(".,;") if url else "",
        unsure="a speech or an interview, no title",
    )
