"""Greek notes' works with no person as their writer: a document in an archive, a paper's
unsigned editorial, and a pamphlet signed by a body.

- An archive's document: the archive's acronym, its fonds ("Αρχείο Σ. Καλαμαρά", the papers
  of a person, who is not the document's writer), a call number ("φάκ. 14/3": folder;
  "κουτί": box), then the document's title and date. The acronym and the fonds are no
  writer: the document has none (the truth schema's rule for an archive's call number).
- A newspaper's editorial ("το κύριο άρθρο του *Ριζοσπάστη*, «…», 12.7.1989"), or an
  unsigned piece ("ανυπόγραφο άρθρο"): the paper is no writer; the piece has none.
- A body that signs a pamphlet, with the name it goes by in guillemets ("Ομάδα Κομμουνιστών
  Διεθνιστών «Ανάχωμα», *…*") or in the genitive after the kind of work ("την μπροσούρα της
  Ομάδας …, *…*"): the whole name is the writer, as Chicago 14.92 takes a body for the
  author; the guillemets name the body, not the title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from citecheck.bibliography.names import author
from citecheck.extract.citation_patterns import UPPER
from citecheck.extract.note_greek import GREEK_CAPITALS, GREEK_MONTHS, greek_date_year
from citecheck.extract.note_names import GREEK_BODIES
from citecheck.extract.note_patterns import YEAR
from citecheck.extract.note_rest import full_form_to_end
from citecheck.extract.note_work import read_at
from citecheck.lazy_regex import lazy_compile
from citecheck.model import NoteCitation

# A title in guillemets, quotes or emphasis.
_MARKED = r"""«[^»]{2,300}»|“[^”]{2,300}”|"[^"]{2,300}"|\*[^*]{2,300}\*"""

# An archive's document: the acronym, the fonds, one to four call numbers, the title (marked,
# or a web copy's plain one up to the comma before its date).
# matches "ΑΣΚΙ, Αρχείο Σ. Καλαμαρά, φάκ. 14/3, «Πρακτικά …»", "ΕΛΙΑ, Αρχείο Α. Βρεττού,
# κουτί 2, φάκ. 5, *Εκθέσεις …*", "Αρχείο Καλαμαρά, φάκ. 14/3, Πρακτικά …" before ", Μάρτιος
# 1975"; not "ΑΣΚΙ, Αθήνα, 1975" (no call number), "ΚΚΕ, *Η κρίση*, Αθήνα 1975" (a body's
# work: no archive), "Αρχείο Καλαμαρά, φάκ. 14/3." (no title)
_ARCHIVE_DOCUMENT = lazy_compile(
    rf"""(?:[{GREEK_CAPITALS}A-Z]{{2,8}}(?:-[{GREEK_CAPITALS}A-Z]{{2,8}})?\s*,\s*)?
        (?:Αρχείο|Αρχ\.)(?:\s+[^\s,«»“”"*;]+){{1,6}}\s*,\s*
        (?:(?:φάκ(?:\.|ελος)|κουτί|κ\.|υποφ(?:\.|άκελος)|αρ\.|έγγρ(?:\.|αφο))\s*[\w/.–-]{{1,20}}\s*,\s*){{1,4}}
        (?P<title>{_MARKED}
          |[{GREEK_CAPITALS}][^,;«»*]{{2,200}}?(?=\s*,\s*(?:\d|(?i:{GREEK_MONTHS}))))""",
    re.VERBOSE,
)


def archive_document(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The archive's document at `k`, with no writer, its title and year; None when none
    stands there."""
    found = _ARCHIVE_DOCUMENT.match(s, k) if "Αρχ" in s else None
    if found is None:
        return None
    year = _year_after(s, found.end())
    if not year:
        return None  # a document's date makes it one; without it, a fonds named in prose
    title = found.group("title")
    if not title.strip('«»“”"*').strip():
        return None  # "«  »": marks and no title
    return full_form_to_end(
        s,
        k,
        offset,
        note,
        title=title.strip('«»“”"*').strip(),
        title_style=_STYLES.get(title[0], "plain"),
        year=year,
        unsure="an archive's document: no writer",
    )


# How each mark sets a title.
_STYLES = {"«": "quoted", "“": "quoted", '"': "quoted", "*": "italic"}


def _year_after(s: str, at: int) -> str:
    """The year of the date after a title ending at `at`: a Greek or numeric date, else a
    year in the next 40 characters."""
    rest = s[at:]
    year = greek_date_year(rest)
    if year:
        return year
    bare = YEAR.search(rest[:40])
    return bare.group("year") if bare else ""


# A paper's editorial or an unsigned piece, the paper in the genitive (or after "in"), then
# the piece's marked title.
# matches "το κύριο άρθρο του *Ριζοσπάστη*, «Ποιος …;»", "ανυπόγραφο άρθρο στην *Αυγή*,
# «…»", "σημείωμα της σύνταξης του περ. *Θέσεις*, «…»"; not "το κύριο άρθρο του" before no
# paper, "το άρθρο του Α. Μπέλλου, «…»" (a signed article: its writer is named)
_EDITORIAL = lazy_compile(
    rf"""(?i:(?:το\s+)?(?:κύριο\s+άρθρο|ανυπόγραφο\s+(?:άρθρο|σημείωμα|κείμενο)
              |σημείωμα\s+της\s+σύνταξης))
        \s+(?:του|της|των|στον|στην|στο|στη)\s+
        (?:(?:εφ\.|εφημερίδας|περ\.|περιοδικού)\s+)?
        (?P<paper>[*_]?(?:«[^»]{{1,60}}»|[{UPPER}][^\W\d_]*(?:\s+[{UPPER}][^\W\d_]*){{0,4}})[*_]?)
        \s*,\s*(?P<title>{_MARKED})""",
    re.VERBOSE,
)


def editorial(s: str, k: int, offset: int, note: int) -> NoteCitation | None:
    """The unsigned editorial or piece named in the segment after `k`, with its title and
    year and no writer; None when none is named."""
    if "άρθρο" not in s and "σημείωμα" not in s:
        return None  # cheap test first
    found = _EDITORIAL.search(s, k)
    if found is None:
        return None
    year = _year_after(s, found.end())
    if not year:
        return None
    start = found.start()
    return full_form_to_end(
        s,
        start,
        offset,
        note,
        title=found.group("title").strip('«»“”"*').strip(),
        title_style="quoted",
        container=found.group("paper").strip("*_«»"),
        year=year,
        unsure="an unsigned piece: the paper is no writer",
    )


# A body signing a work: its name (a body's noun among its first words), perhaps the name it
# goes by in guillemets, after the kind of work and the genitive article, or at the start.
# matches "την μπροσούρα της Ομάδας Κομμουνιστών Διεθνιστών «Ανάχωμα», " and "Ομάδα
# Κομμουνιστών Διεθνιστών «Ανάχωμα», " before a title; not "Ο Δ. Φωτεινός «…», " (no body),
# "Ομάδα Κομμουνιστών, " with no guillemets and no genitive lead (`note_names` reads it)
_BODY = lazy_compile(
    rf"""(?P<lead>(?:τη|την|το|τα|τις)\s+[α-ωάέήίόύώϊϋΐΰ]+\s+(?:της|του|των)\s+)?
        (?P<body>[{GREEK_CAPITALS}][^\W\d_]+(?:\s+[{GREEK_CAPITALS}][^\W\d_]+){{1,5}})
        (?:\s+(?P<nick>«[^»]{{1,40}}»))?
        (?=\s*,\s*(?:[*“"«]|[{UPPER}]))""",
    re.VERBOSE,
)


def body_work(s: str, k: int, offset: int, end: int, note: int) -> NoteCitation | None:
    """The work at `k` that a body signs, by the name it goes by or after the kind of work:
    read as after a writer's name, with the body's whole name as its writer; None when none
    stands there."""
    found = _BODY.match(s, k)
    if found is None or not (found.group("lead") or found.group("nick")):
        return None
    if not any(w.lower() in GREEK_BODIES for w in found.group("body").split()[:2]):
        return None
    name = found.group("body") + (" " + found.group("nick") if found.group("nick") else "")
    at = found.start("body")
    width = found.end() - at
    stand_in = s[:at] + "X" + "x" * (width - 1) + s[found.end() :]
    read = read_at(stand_in, at, offset, end, note)
    if read is None or not read.title:
        return None
    return replace(
        read,
        text=s[read.span.start - offset : read.span.end - offset],
        authors=(author(name),),
        unsure="; ".join(p for p in (read.unsure, "a body signs the work") if p),
    )
