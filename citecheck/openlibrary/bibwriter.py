"""BibTeX entries for the works OpenLibrary confirmed (`citecheck resolve --write-bib`).

Every value comes from a server, so none may carry BibTeX syntax: braces, backslashes and
line breaks are removed from text fields (a work key like
`/works/OL1W},\n note = {INJECTED}\n}` would otherwise close the field and add entries),
URLs are percent-encoded, and keys keep only the characters BibTeX allows in a key.
`check_bibtex` parses the result again before anything is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote

from citecheck.errors import OutputError
from citecheck.model import Resolution
from citecheck.openlibrary.candidates import fold

# Characters BibTeX or LaTeX read as syntax and that a backslash escapes: "%", "&", "#", "$", "_".
# matches "%" in "50% off"; not "a"
_ESCAPABLE = re.compile(r"([%&#$_])")

# What can never stand in a field value: braces, backslashes, control characters (line
# breaks included) and Unicode line separators.
# matches "}", "\\", "\n", "\u2028"; not "é" or " "
_UNSAFE = re.compile(r"[{}\\\x00-\x1f\x7f-\x9f\u2028\u2029]")

# Characters that may not stand in an entry key.
# matches " ", ",", "}", "#"; not "cliff1974a" or "doe:2005"
_NOT_KEY = re.compile(r"[^A-Za-z0-9_:.\-]")

_URL_SAFE = ":/?=&+;,@!$'()*~.-_"


def escape_field(value: str) -> str:
    """A server's text as a BibTeX field value: no syntax, no line breaks."""
    plain = " ".join(_UNSAFE.sub(" ", value).split())
    return _ESCAPABLE.sub(lambda m: "\\" + m[1], plain)


def escape_url(value: str) -> str:
    """A URL with everything but plain URL characters percent-encoded (braces, spaces, "%")."""
    return quote(value.strip(), safe=_URL_SAFE)


def _key(resolution: Resolution, taken: set[str]) -> str:
    own = _NOT_KEY.sub("", resolution.reference_key or "")
    if own and own not in taken:
        return own
    surname = fold(resolution.cited_authors[0] if resolution.cited_authors else "anon")
    base = _NOT_KEY.sub("", surname.replace(" ", "") + (resolution.cited_year or "")) or "anon"
    key, n = base, 0
    while key in taken:
        n += 1
        key = f"{base}{chr(ord('a') + n - 1)}" if n <= 26 else f"{base}-{n}"
    return key


def bibtex_entries(resolutions: Iterable[Resolution]) -> str:
    """One @book per confirmed work, in citation order; other statuses are left out."""
    taken: set[str] = set()
    entries = []
    for r in resolutions:
        if r.status != "confirmed" or not r.work_key:
            continue
        key = _key(r, taken)
        taken.add(key)
        year = r.matched_year or r.first_year
        fields = [
            ("author", " and ".join(r.authors)),
            ("title", r.title or ""),
            ("year", str(year) if year else ""),
            ("publisher", r.publisher),
            ("isbn", r.isbn),
            ("url", r.url or ""),
            ("note", f"OpenLibrary {r.work_key}" + (f", {r.edition_key}" if r.edition_key else "")),
        ]
        body = ",\n".join(
            f"  {name} = {{{escape_url(value) if name == 'url' else escape_field(value)}}}"
            for name, value in fields
            if value
        )
        entries.append(f"@book{{{key},\n{body}\n}}\n")
    return "\n".join(entries)


def check_bibtex(text: str, expected: int) -> None:
    """Parse the written BibTeX again: exactly `expected` entries and no problem, or raise."""
    from citecheck.bibliography.bibtex import parse_bibtex  # pybtex, only when writing

    references, problems = parse_bibtex("--write-bib", text)
    if problems or len(references) != expected:
        reason = problems[0].message if problems else f"{len(references)} entries, not {expected}"
        raise OutputError(
            f"--write-bib: the BibTeX made from OpenLibrary does not parse ({reason}); "
            "nothing was written"
        )
