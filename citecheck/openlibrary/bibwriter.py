"""BibTeX entries for the works OpenLibrary confirmed (`citecheck resolve --write-bib`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.model import Resolution
from citecheck.openlibrary.candidates import fold

# Characters BibTeX or LaTeX read as syntax: "{", "}", "%", "&", "#", "$", "_", "\".
_SPECIAL = re.compile(r"([{}%&#$_\\])")


def _escape(value: str) -> str:
    return _SPECIAL.sub(lambda m: "\\" + m[1] if m[1] not in "{}\\" else "", value)


def _key(resolution: Resolution, taken: set[str]) -> str:
    if resolution.reference_key and resolution.reference_key not in taken:
        return resolution.reference_key
    surname = fold(resolution.cited_authors[0] if resolution.cited_authors else "anon")
    base = (surname.replace(" ", "") or "anon") + (resolution.cited_year or "")
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
            f"  {name} = {{{value if name == 'url' else _escape(value)}}}"
            for name, value in fields
            if value
        )
        entries.append(f"@book{{{key},\n{body}\n}}\n")
    return "\n".join(entries)
