"""Bibliographies: BibTeX files and the manuscript's own reference list.

(Filled in by the citations issue.)
"""

from __future__ import annotations

from collections.abc import Sequence

from citecheck.model import Bibliography, Reference, SourceText


def load_bibliography(paths: Sequence[str]) -> Bibliography:
    return Bibliography(references=(), sources=tuple(paths))


def references_in_text(source: SourceText) -> tuple[Reference, ...]:
    return ()
