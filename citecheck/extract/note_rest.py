"""A full form that runs from where it opens to the end of its part of the note: what the
readers of letters, interviews, speeches and works in prose give (the text after the opening
is the work's own details)."""

from __future__ import annotations

from typing import Any

from citecheck.model import NoteCitation, Span


def full_form_to_end(s: str, at: int, offset: int, note: int, **fields: Any) -> NoteCitation:
    """A full form of note `note` from `at` to the end of `s` (which starts at `offset` in
    the document), with the fields read."""
    return NoteCitation(
        text=s[at:], span=Span(offset + at, offset + len(s)), note=note, form="full", **fields
    )
