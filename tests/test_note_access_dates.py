"""An English access date in brackets is no year of the work (issue 11, round 17).

Chicago 14.12: "accessed 2 April 2025" says when a page was read, not when it was
published; the truth sets record no year for it. The reader knew the German and Greek
access brackets ("abgerufen am …", "ανάκτηση: …") and took an English one's year for the
work's, even over a publication date before it ("…, 22 November 2022, https://… (accessed 2
April 2025)" read 2025).

Negatives: a bracket with an imprint, a bracket with a year alone, "access" in a title.
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_details import read_details

ROWS = [
    ("the publication date before the address wins",
     ", *Harbour Review*, 22 November 2022, https://x.net/41 (accessed 2 April 2025).", "2022"),
    ("an access date alone gives no year",
     ", *Harbour Review*, https://x.net/41 (accessed 2 April 2025).", ""),
    ("'last accessed', 'retrieved'",
     ", https://x.net/41 (last accessed 3 May 2020); retrieved copy (retrieved 4 May 2021).", ""),
    ("negative: an imprint's bracket",
     " (London: Verso, 1990), https://x (accessed 3 May 2020).", "1990"),
    ("negative: a year alone in brackets",
     " (1990), 12.", "1990"),
    ("negative: a bracket of prose with a year",
     " (first given as a lecture in 1988), 12.", "1988"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "details", "year"), ROWS, ids=[r[0] for r in ROWS])
def test_the_year_read(name: str, details: str, year: str) -> None:
    assert read_details(details).year == year


def test_half_the_rows_are_negatives() -> None:
    assert 2 * sum(r[0].startswith("negative") for r in ROWS) >= len(ROWS)
