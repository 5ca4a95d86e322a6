"""Whether a Markdown document's bare "@name"s are handles rather than pandoc keys.

Chicago 17th ed. 14.209 cites a social-media post with its writer's handle beside the
name: "Pete Souza (@petesouza), “…,” Instagram photo, April 1, 2016." A pandoc reader takes
a bare "@petesouza" for a citation key, and pandoc resolves keys against a bibliography
file or the front matter's references only. A document that has neither, whose works are
listed by hand (the list's entries carry no keys), and that writes no bracketed pandoc
citation ("[@key]") anywhere, uses no pandoc citations: its bare "@name"s are handles, and
a list that lacks them lacks nothing.
"""

from __future__ import annotations

from citecheck.extract.citation_keys import PANDOC_GROUP
from citecheck.model import Citation, Manuscript


def bare_handles(manuscript: Manuscript) -> bool:
    """True when the manuscript's bare pandoc keys are handles (see the module's doc)."""
    if manuscript.bibliography is not None or not manuscript.references_in_text:
        return False
    return PANDOC_GROUP.search(manuscript.source.masked) is None


def is_handle(citation: Citation, handles: bool) -> bool:
    """A pandoc key read in a document whose bare keys are handles."""
    return handles and citation.form == "pandoc"
