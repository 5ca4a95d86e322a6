"""A newspaper or magazine written before a year is no writer when the document prints it as
a periodical (issue 11, round 18: false readings).

Unsigned newspaper pieces are cited in author-date shape by the paper's name: "Vgl. Spiegel
1999", "(Guardian 2015)", "Βλ. Καθημερινή 2003". The author-year reader read the paper as a
writer (a false reading, and against a reference list a false missing-reference). No list
of papers: the document itself says it, when a note prints the name as the periodical a
work stands in ("*The Guardian*, 12 May 2015", "in: Der Spiegel, 12. März 1999"), as it
says a town is a town when it prints it in an imprint (`imprint_evidence`). A writer the
document names as one stays a writer, and a paper the document never prints as one is read
as before (no name is known to be a paper). Every writer and title here is invented; the
papers are named as papers, no article in them is real.
"""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.readers import read_bytes
from tests.test_note_citation_rules import manuscript


def author_year(*notes: str) -> list[tuple[str, ...]]:
    built = build_manuscript(read_bytes("m.md", manuscript(*notes).encode()), figures=False)
    return [tuple(a.surname for a in c.authors) for c in built.citations]


SPIEGEL = "Ilse Hartung, „Salz und Macht“, in: Der Spiegel, 12. März 1999, S. 4."
ZEIT = "Ilse Hartung, „Brücken“, in: Die Zeit vom 4. März 2003, S. 9."
GUARDIAN = "Tom Pike, “Salt,” *The Guardian*, 12 May 2015."
KATHIMERINI = "Άννα Ρήγα, «Το αλάτι», *Η Καθημερινή*, 4 Μαΐου 2003."
REVIEW = "Tom Pike, “Salt,” *Road Review* 12, no. 3 (1999): 4."
BOOK = "Tom Pike, “Salt,” in *Essays on Wendel*, ed. Ann Moss (London: Kestrel, 1999), 4."

# (notes, author-year readings): the paper is no writer once printed as one. All failed
# before.
PAPERS = [
    ((SPIEGEL, "Vgl. Spiegel 1999."), []),
    ((ZEIT, "Siehe Zeit 2003, S. 4."), []),
    ((GUARDIAN, "See the report (Guardian 2015)."), []),
    ((KATHIMERINI, "Βλ. Καθημερινή 2003."), []),
    ((REVIEW, "See Review 1999."), []),
]

# Writers before a year, and papers no note prints as papers: read as before. None failed
# before.
WRITERS = [
    ((SPIEGEL, "Vgl. Kolb 1999, S. 5."), [("Kolb",)]),
    (("Vgl. Spiegel 1999.",), [("Spiegel",)]),  # no note prints it as a paper
    ((GUARDIAN, "See Kolb 2015, 4."), [("Kolb",)]),
    # a chapter's book, with its imprint and editor: its words stay possible writers
    ((BOOK, "See Wendel 1999."), [("Wendel",)]),
    # the document names the word as a writer too: a writer
    (
        (GUARDIAN, "Ann Guardian, *Salt Roads* (London: Kestrel, 2001).", "See Guardian 2015."),
        [("Guardian",)],
    ),
    ((SPIEGEL, "Vgl. Lark 2001, S. 7."), [("Lark",)]),
    ((KATHIMERINI, "Βλ. Παππάς 2003."), [("Παππάς",)]),
    ((SPIEGEL, "Vgl. Wendel 2001."), [("Wendel",)]),
]


@pytest.mark.parametrize(("notes", "expected"), PAPERS + WRITERS)
def test_periodical_before_a_year(notes: tuple[str, ...], expected: list) -> None:
    assert author_year(*notes) == expected
