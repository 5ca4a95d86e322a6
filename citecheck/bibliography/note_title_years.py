"""A year read that the entry's own title writes: the period a work is about, not its date.

A reader that ends a title at its subtitle ("Hanna Wirbel: Stadt im Nebel. Politik und
Alltag 1920–1925, Kassel o. J.", DIN 1505 and ISO 690 write a subtitle after a full stop)
may take the first year of the subtitle's period for the work's. That year begins a period
the entry's title writes too ("Wirbel, *Stadt im Nebel. Politik und Alltag 1920–1925*,
2001."): no date of publication to set against the entry's, so the title read is compared
as a short title of the entry's (Chicago 14.32), and the year compared is the one the note
gives outside the title (its imprint's), if any. A year a title writes alone ("… at the
Polls in 2016") is no period: a note's year one off may be a slip, and still differs.

Two titles that each write a period and share no year of it are two works, however alike
their words: the volumes of one writer's writings by period ("Scritti politici 1910–1920"
and "… 1921–1926"), a study of one decade and its sequel.
"""

from __future__ import annotations

import re

# A period a title writes: two years joined by a dash or a slash, the second whole or by its
# last two digits.
# matches "1933–1939", "1930-31", "1930/31", "1910 - 1920"; not "1933" alone, "No. 1200-1300",
# "19330–19339"
_PERIOD = re.compile(r"(?<!\d)(?P<first>(?:1[5-9]|20)\d\d)\s*[–—/-]\s*(?P<second>\d{4}|\d\d)(?!\d)")


def _period_years(title: str) -> set[str]:
    """The years that begin and end the periods `title` writes: "1930–31" -> 1930, 1931."""
    years = set()
    for period in _PERIOD.finditer(title):
        first, second = period.group("first"), period.group("second")
        years |= {first, second if len(second) == 4 else first[:2] + second}
    return years


def year_in_title(year: str, title: str) -> bool:
    """True when `year` begins or ends a period `title` writes: "1933" in "Paris
    1933–1939", "1931" in "1930/31"; not a year the title writes alone ("… at the Polls in
    2016", which a note's slip of a year may give), nor in "19330"."""
    return bool(year) and year in _period_years(title)


def years_apart(a: str, b: str) -> bool:
    """True when both titles write a period and no year begins or ends both: "Political
    Writings 1910–1920" / "… 1921–1926"; not "… 1930–31" / "… 1930–1931", nor a title
    that writes a year alone (its year may be a slip: "The Strike of 1926" / "… 1927")."""
    first, second = _period_years(a), _period_years(b)
    return bool(first and second) and not first & second


def year_beyond_title(written: tuple[str, ...], title: str, listed: str) -> str:
    """Where the year read is one the entry's title writes, the year the citation gives
    outside that title's periods to set against the entry's `listed` one: the imprint's
    ("… 1920–1925, Kassel 1998" against 2001: "1998"); "" when it gives the listed year,
    or no year but the title's ("Kassel o. J.")."""
    beyond = [y for y in written if not year_in_title(y, title)]
    return "" if not beyond or listed in beyond else beyond[-1]
