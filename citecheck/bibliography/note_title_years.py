"""A year read that the entry's own title writes: the period a work is about, not its date.

A reader that ends a title at its subtitle ("Anja Seeliger: Exil und Erinnerung. Die deutsche
Arbeiteremigration in Prag und Paris 1933–1939, Göttingen: Wallstein 2011", DIN 1505 and ISO
690 write a subtitle after a full stop) may take the first year of the subtitle's period for
the work's. That year is the title's, written in the entry too ("Seeliger, *Exil und
Erinnerung. … 1933–1939*, 2011."): no date of publication to set against the entry's, so the
title read is compared as a short title of the entry's (Chicago 14.32), and no year is
reported as differing. A year written nowhere in the entry's title (another edition's, or a
neighbouring volume's "… 1921–1926") still differs.

Two titles that each write a period and share no year of it are two works, however alike
their words: the volumes of one writer's writings by period ("Selections from Political
Writings 1910–1920" and "… 1921–1926"), a study of one decade and its sequel.
"""

from __future__ import annotations

import re

# A year in a title: four digits from 1500 to 2099, standing alone.
# matches "1933" and "1939" in "Paris 1933–1939", "1930" in "1930/31"; not "19330", "No. 1200"
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def year_in_title(year: str, title: str) -> bool:
    """True when `title` writes `year` as a number of its own: "1933" in "Paris
    1933–1939", in "1930/31"; not in "19330", nor when the title writes no year."""
    if not year or not title:
        return False
    return re.search(rf"(?<!\d){re.escape(year)}(?!\d)", title) is not None


def years_apart(a: str, b: str) -> bool:
    """True when both titles write a year and none is in both: "Political Writings
    1910–1920" / "Political Writings 1921–1926"; not "… 1930–31" / "… 1930", nor a title
    that writes no year."""
    first, second = set(_YEAR.findall(a)), set(_YEAR.findall(b))
    return bool(first and second) and not first & second
