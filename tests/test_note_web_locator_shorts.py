"""Issue 11, round 26 (wb26): short forms read in Markdown but not in the web copy, where the
title's italics are lost and what follows the title must show where a plain title ends.
Each row is a constructed Markdown note (invented writers, titles and editions), read as
Markdown and as its web copy (no emphasis); Markdown reads every row as main does, and every
positive's web copy was read otherwise on main (the locator run into the title, or the title
lost).

Classes, each by the convention that bounds a plain short title:
- a part of the work after the title's comma, before its page: "ch. 3", "pt. 2", "bk. 1",
  "§ 3", "para. 3" (Chicago 14.150-14.156), German "Kap. 3", "Teil 2" (DIN 1505), a page in
  roman numerals ("p. xii"): `note_patterns.PLAIN_TITLE_END`;
- a collected edition cited by its abbreviation or name and its volume before the page
  ("Hale, HGW 19, 66", "Hale, CW 19: 66", "Hale, Werke 19, 66"; DIN 1505's "… 23, S. 45"):
  the volume is no part of the title (`note_titles.read_title`);
- a volume in roman numerals and its page after the title ("Vell, Harbour Strikes, II,
  45", "…, III, S. 4"): a person's given names are never followed by a volume, so the words are a short
  title, not an inverted name's given names (`note_work._title_as_given`).

Half the rows or more are negatives: prose with a chapter, a part or a paragraph, a
journal and its volume, a place and a year, an archive's call number, a body's abbreviation
and a number in prose, an imprint and a part, a title that keeps its own numeral.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, work


def short(surname: str, title: str) -> Reading:
    return work(surname, title, "", form="short")


# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    # --- a part of the work after the title
    ("chapter after the short title", "Vell, *Harbour Strikes*, ch. 3.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("part and page after the short title", "Vell, *Harbour Strikes*, pt. 2, 45.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("book and page after the short title", "Vell, *Harbour Strikes*, bk. 1, 45.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("section mark after the short title", "Vell, *Harbour Strikes*, § 3.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("paragraph after the short title", "Vell, *Harbour Strikes*, para. 3.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("German chapter after the short title", "Vell, *Streiks im Hafen*, Kap. 3.",
     [short("Vell", "Streiks im Hafen")], [short("Vell", "Streiks im Hafen")]),
    ("German part and page after the short title", "Vell, *Streiks im Hafen*, Teil 2, S. 66.",
     [short("Vell", "Streiks im Hafen")], [short("Vell", "Streiks im Hafen")]),
    ("a page in roman numerals", "Vell, *Harbour Strikes*, p. xii.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    # --- a collected edition's abbreviation and its volume
    ("abbreviation, volume, page", "Hale, *HGW* 19, 66.",
     [short("Hale", "HGW")], [short("Hale", "HGW")]),
    ("abbreviation, volume, colon, page", "Hale, *CW* 19: 66.",
     [short("Hale", "CW")], [short("Hale", "CW")]),
    ("German abbreviation, volume, page", "Hale, *HGW* 23, S. 45.",
     [short("Hale", "HGW")], [short("Hale", "HGW")]),
    ("edition's name, volume, page", "Hale, *Werke* 19, 66.",
     [short("Hale", "Werke")], [short("Hale", "Werke")]),
    # --- a volume in roman numerals after the short title
    ("roman volume and page", "Vell, *Harbour Strikes*, II, 45.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    ("roman volume and German page", "Vell, *Harbour Strikes*, III, S. 4.",
     [short("Vell", "Harbour Strikes")], [short("Vell", "Harbour Strikes")]),
    # --- negatives
    ("negative: prose with a chapter", "The union met in 1990, ch. 3 of the rules was changed.",
     [], []),
    ("negative: a place and a part in prose", "In Leeds, Part 2 of the plan began.", [], []),
    ("negative: a journal and its volume", "Harbour Review 12, 45.", [], []),
    ("negative: a body's abbreviation and numbers in prose", "The TUC 19, the ILP 12.", [], []),
    ("negative: a paragraph of a statute in prose", "Tom Rudd spoke on § 3 of the statute.",
     [], []),
    ("negative: an archive's call number", "VIII 15, the archive's call number.", [], []),
    ("negative: a date and a chapter", "On 3 May, Kap. 3 was read aloud.", [], []),
    ("negative: an imprint and a part", "London: Dale Press, 1990, pt. 2, 45.", [], []),
    ("negative: a body's abbreviation and a roman page", "The NATO 2 summit, p. xii.", [], []),
    ("negative: a place, a year and a chapter", "Leeds, 1990, ch. 3.", [], []),
    ("negative: a year in prose and a section", "Since 1990, § 3 has applied.", [], []),
    ("negative: a person and a volume in prose", "Tom Rudd, II, said so.", [], []),
    ("negative: a collected edition's volume in prose", "The HGW 19 appeared late.", [], []),
    ("negative: a part in prose after a name", "As Vell put it, pt. 2 was the hardest.",
     [], []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES)

(
    test_half_the_rows_or_more_are_negatives,
    test_negatives_give_no_author_year,
) = negative_table_tests(CASES)
