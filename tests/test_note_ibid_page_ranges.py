"""ambiguous-ibid after a note of several works when the Ibid.'s page lies within the page
range of exactly one of them (issue 11, round 19).

Chicago 14.34: "ibid." refers to the single work of the note before. When that note cites a
book and an article with its page range ("…, *Quarterly Review* 12 (1982): 45–70"), an
"Ibid., 57" finds its page within the article's range and nowhere else the note bounds: the
reader can tell the work (as with Greek "σ. 45-70" and "Ό.π., σ. 57", German "S. 45–70" and
"Ebd., S. 57"). A page outside the article's range with one other work is that work's
(round 26: "Ibid., 71" is the book's). The negatives: a page in two works' ranges, a range
that only begins in one, an Ibid. with no page, a volume's page ("2:57"), and a span of
years that is no page range: all still ambiguous. Every writer and title is invented.
"""

from __future__ import annotations

import pytest

from tests.test_note_citation_rules import findings, manuscript

BOOK = "Grigory Haldane, *The Iron Road* (London: Verso, 1977), 9"
ARTICLE = 'Harold Pike, "War and Reform," *Quarterly Review*, no. 12 (1982): 45–70'
ARTICLE_TOO = 'Ida Brenn, "The Slow Harbour," *Inlet Review* 9 (1990): 50–80'
GREEK = (
    "Θ. Παπαδάκης, *Το κράτος ως δίκτυο*, Αθήνα: Νήσος, 2004· Α. Λιάκου, «Κράτος και "
    "τάξεις», *Ζητήματα Θεωρίας*, τχ. 88, 2004, σ. 45-70· και R. Hallow, *Relational "
    "Theory*, Basingstoke: Palgrave, 2001, κεφ. 2."
)
GERMAN = (
    "Karla Ostwald: *Lesarten der Ordnung*, Berlin 1994, S. 12; vgl. auch Otto Brandl: "
    "„Die Stadt im Nebel“, in: *Jahrbuch für Stadtgeschichte* 4 (1988), S. 45–70."
)

# (the note before, the back-reference, whether reported)
ROWS = [
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 57.", False),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 57–59.", False),
    (f"{ARTICLE}; {BOOK}.", "Ibid., 45.", False),
    (f"{BOOK}; see also {ARTICLE.replace('45–70', '145–70')}.", "Ibid., 150.", False),
    (GREEK, "Ό.π., σ. 57.", False),
    (GERMAN, "Ebd., S. 57.", False),
    # a page outside the article's range is the book's, the one work left (round 26)
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 71.", False),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 9.", False),
    # still ambiguous
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 60–75.", True),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid.", True),
    (f"{BOOK}; see also {ARTICLE}.", "Ibid., 2:57.", True),
    (f"{ARTICLE}; {ARTICLE_TOO}.", "Ibid., 57.", True),
    (f"{BOOK}; see also Harold Pike, *War and Reform, 1982–1990* (London: Pluto, 1991).", "Ibid., 1985.", True),
    (GREEK, "Ό.π., σ. 71.", True),
    (GERMAN, "Ebd., S. 12.", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("previous", "back_reference", "reported"), ROWS, ids=lambda v: str(v)[:40]
)
def test_a_page_within_one_range(previous: str, back_reference: str, reported: bool) -> None:
    found = findings(manuscript(previous, back_reference), "ambiguous-ibid")
    assert [f.data["note"] for f in found] == ([2] if reported else [])
