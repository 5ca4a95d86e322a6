"""Issue 11, round 24 (ml24): the writers of a work read wrongly from a note's name list.
Each row is a constructed note (invented writers, titles, places and publishers), read as
Markdown and as its web copy (no emphasis). Every positive failed on main in at least one
rendering.

Classes, each by the convention that delimits the writers:
- a list of two or more writers running into a plain title with no comma between ("James
  Fenn and Henry Orly Salt Roads in Winter (…)"): Chicago 14.76 names each writer with
  given names first, so the list's last person, after its "and", is read in the shape of
  those before it, and an imprint right after vouches for the title (`note_list_run_on`);
- a book's editors after its title written "ed. by" (British practice beside Chicago's
  "ed." and "edited by", 14.87), "edited and translated by", "edited with an introduction
  by", "ed. and trans." (14.103-14.104), and "by" after "edited"/"ed." is no new work's
  writer (`note_editor_lists.EDITED_BY`, `note_reading._INNER_START`); in a web copy the
  editors' clause with the work's place and year after it vouches for the plain title
  before it as an imprint does (`note_plain_titles._edited_with_details`);
- a list ended by its role or run into its title, the title's subtitle after a full stop
  (a question mark ending it, 14.97; a stray comma before the imprint's bracket) and the
  imprint after both (Chicago 14.89 sets a colon; web copies and writers a stop):
  the stop ends no sentence (`note_segments._OPEN_PLAIN_TITLE`, `subtitle_after_stop`) and
  the title runs to it (`note_titles.read_title`, `note_list_run_on`);
- editors before the title marked as British practice contracts the word, "(eds)" and
  "(ed)" without a stop (New Hart's Rules), or as MLA writes it out, ", editors," (MLA 9,
  5.6) (`note_patterns.ROLE`);
- a generational suffix set off by commas ("Martin Obst, Jr., *…*", "Obst, Martin, Jr.
  *…*": Chicago 6.43, 14.76) is no title (`note_work._COMMA_SUFFIX`, `_INVERTED_SUFFIX`).

Half the rows or more are negatives: a title opening with persons, persons in prose or as
a sentence's subjects, places and publishers before a year, a list before a year or a page
only, names inside a title, an author with the editor of the book, a chapter in an edited
book, a journal after the title.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, work

WINTER = "Salt Roads in Winter"
NORTH = "Harbours of the North"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    # --- a list running into a plain title, no comma between
    ("run-on list of two",
     f"James Fenn and Henry Orly {WINTER} (Burlington, VT: Ashgate, 2009), 7.",
     [work("Fenn/Orly", WINTER, "2009")], [work("Fenn/Orly", WINTER, "2009")]),
    ("run-on list of three with particles",
     f"Ana della Rocca, Piet van Loon, and Jan Obst {WINTER} (Leeds: Fenwick, 2001), 9.",
     [work("della Rocca/van Loon/Obst", WINTER, "2001")],
     [work("della Rocca/van Loon/Obst", WINTER, "2001")]),
    ("run-on list with initials",
     f"Ana Rocca and A. R. Tolland {WINTER} (Leeds: Fenwick, 2001), 9.",
     [work("Rocca/Tolland", WINTER, "2001")], [work("Rocca/Tolland", WINTER, "2001")]),
    ("run-on list of four after a cue",
     f"See Ada Fenn, Max Orly, Lou Mosk, and Bert Rake {WINTER} (Leeds: Fenwick, 2006), 196.",
     [work("Fenn/Orly/Mosk/Rake", WINTER, "2006")], [work("Fenn/Orly/Mosk/Rake", WINTER, "2006")]),
    ("editors' mark, then a subtitle after a full stop",
     f"Tom Rudd and Ann Lee (eds.) {WINTER}. Confrontation and Retreat (New York: Zed, 2012).",
     [work("Rudd/Lee", WINTER, "2012")], [work("Rudd/Lee", WINTER, "2012")]),
    ("run-on list, then a subtitle after a full stop",
     f"Tom Rudd, Ann Lee, and Bo Dee {WINTER}. Confrontation and Retreat (New York: Zed, 2012).",
     [work("Rudd/Lee/Dee", WINTER, "2012")], [work("Rudd/Lee/Dee", WINTER, "2012")]),
    ("editors' comma role, then a subtitle after a full stop",
     f"Tom Rudd and Ann Lee, eds., {WINTER}. Confrontation and Retreat (New York: Zed, 2012).",
     [work("Rudd/Lee", WINTER, "2012")], [work("Rudd/Lee", WINTER, "2012")]),
    ("run-on list, a subtitle, a comma before the imprint",
     f"Ada Fenn, Max Orly, Lou Mosk, and Bert Rake {WINTER}. Walkers and Networks, "
     "(Minneapolis, MN: Lakeside Press, 2006): 196.",
     [work("Fenn/Orly/Mosk/Rake", WINTER, "2006")], [work("Fenn/Orly/Mosk/Rake", WINTER, "2006")]),
    ("editors' mark, a subtitle asking a question",
     f"Tom Rudd and Ann Lee (eds.) {WINTER}. Confrontation or Retreat? (New York: Zed, 2012).",
     [work("Rudd/Lee", WINTER, "2012")], [work("Rudd/Lee", WINTER, "2012")]),
    ("one writer, a subtitle asking a question",
     f"Tom Rudd, {WINTER}. Confrontation or Retreat? (New York: Zed Books, 2012).",
     [work("Rudd", WINTER, "2012")], [work("Rudd", WINTER, "2012")]),
    ("one writer, a subtitle, a comma before the imprint",
     f"Tom Rudd, {WINTER}. Confrontation and Retreat, (New York: Zed Books, 2012).",
     [work("Rudd", WINTER, "2012")], [work("Rudd", WINTER, "2012")]),
    # --- editors after the title
    ("editors after ed. by", f"*{NORTH}*, ed. by Harry Ruiz and Lena Obst (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz/Obst", NORTH, "2001")], [work("Ruiz/Obst", NORTH, "2001")]),
    ("editors after eds. by", f"*{NORTH}*, eds. by Harry Ruiz and Lena Obst (Leeds: Fenwick, 2001).",
     [work("Ruiz/Obst", NORTH, "2001")], [work("Ruiz/Obst", NORTH, "2001")]),
    ("three editors after edited by, a web copy",
     f"*{NORTH}*, edited by Harry Ruiz, Lena Obst, and Jon Kiel (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz/Obst/Kiel", NORTH, "2001")], [work("Ruiz/Obst/Kiel", NORTH, "2001")]),
    ("editors after edited and translated by",
     f"*{NORTH}*, edited and translated by Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("editors after edited with an introduction by",
     f"*{NORTH}*, edited with an introduction by Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("editors after ed. and trans.", f"*{NORTH}*, ed. and trans. Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("British (eds) without a stop",
     f"Harry Ruiz and Lena Obst (eds), *{NORTH}* (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz/Obst", NORTH, "2001")], [work("Ruiz/Obst", NORTH, "2001")]),
    ("British (ed) without a stop", f"Harry Ruiz (ed), *{NORTH}* (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("MLA editors written out", f"Harry Ruiz and Lena Obst, editors, *{NORTH}* (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz/Obst", NORTH, "2001")], [work("Ruiz/Obst", NORTH, "2001")]),
    ("MLA editor written out", f"Harry Ruiz, editor, *{NORTH}* (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("web: editors et al. vouch for a plain title",
     f"*{NORTH}*, edited by Harry Ruiz et al. (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    ("web: editors and volumes vouch for a plain title",
     f"*{NORTH}*, edited by Harry Ruiz and Lena Obst, 2 vols. (Leeds: Fenwick, 2001).",
     [work("Ruiz/Obst", NORTH, "2001")], [work("Ruiz/Obst", NORTH, "2001")]),
    ("web: editors and an open imprint vouch for a plain title",
     f"*{NORTH}*, edited by Harry Ruiz, Leeds: Fenwick, 2001, 9.",
     [work("Ruiz", NORTH, "2001")], [work("Ruiz", NORTH, "2001")]),
    # --- a suffix set off by commas
    ("Jr. set off by commas", f"Martin Obst, Jr., *{WINTER}* (Leeds: Fenwick, 2001), 9.",
     [work("Obst", WINTER, "2001")], [work("Obst", WINTER, "2001")]),
    ("Sr. after the last of two", f"Ann Lee and Martin Obst, Sr., *{WINTER}* (Leeds: Fenwick, 2001), 9.",
     [work("Lee/Obst", WINTER, "2001")], [work("Lee/Obst", WINTER, "2001")]),
    ("a numeral set off by commas", f"Martin Obst, III, *{WINTER}* (Leeds: Fenwick, 2001), 9.",
     [work("Obst", WINTER, "2001")], [work("Obst", WINTER, "2001")]),
    ("Jr. after an inverted name", f"Obst, Martin, Jr. *{WINTER}*. Leeds: Fenwick, 2001.",
     [work("Obst", WINTER, "2001")], []),
    # --- negatives
    ("negative: a title opening with persons",
     "Karl Marx and Friedrich Engels on the Irish Question (London: Dale, 1971).",
     [work("", "Karl Marx and Friedrich Engels on the Irish Question", "1971")],
     [work("", "Karl Marx and Friedrich Engels on the Irish Question", "1971")]),
    ("negative: letters of persons",
     "Letters of James Fenn and Henry Orly (Burlington, VT: Ashgate, 2009), 7.",
     [work("", "Letters of James Fenn and Henry Orly", "2009")],
     [work("", "Letters of James Fenn and Henry Orly", "2009")]),
    ("negative: a run-on list before a year", f"James Fenn and Henry Orly {WINTER}, 1999.", [], []),
    ("negative: a run-on list before a page", "James Fenn and Henry Orly Salt Roads, 44.", [], []),
    ("negative: places joined before an imprint",
     "London and New York Review Press (London: Dale, 1971).",
     [work("", "London and New York Review Press", "1971")],
     [work("", "London and New York Review Press", "1971")]),
    ("negative: persons in prose", "James Fenn and Henry Orly met in Leeds in 1971.", [], []),
    ("negative: persons as subjects", "On Ruiz, Obst and Kiel see the discussion in chapter two.",
     [], []),
    ("negative: places before a year", "Printed in London, New York, and Paris, 1901.", [], []),
    ("negative: publishers before a year", "Published by Verso, Pluto and Zed, 1999.", [], []),
    ("negative: and others in prose",
     "Harry Ruiz and others, who wrote in the same year, disagreed.", [], []),
    ("negative: names in a title", "Tom Rudd, *Marx, Engels and Lenin* (London: Dale, 1990), 45.",
     [work("Rudd", "Marx, Engels and Lenin", "1990")], [work("Rudd", "Marx, Engels and Lenin", "1990")]),
    ("negative: an author and the book's editor",
     f"Tom Rudd, *{NORTH}*, ed. by Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Rudd", NORTH, "2001")], [work("Rudd", NORTH, "2001")]),
    ("negative: a chapter in an edited book",
     f'Tom Rudd, "The Salt Trade," in *{NORTH}*, ed. by Harry Ruiz and Lena Obst '
     "(Leeds: Fenwick, 2001), 9.",
     [work("Rudd", "The Salt Trade", "2001")], [work("Rudd", "The Salt Trade", "2001")]),
    ("negative: a journal after the title",
     'Ana Rocca and Jan Obst, "Salt Roads," *Journal of Rivers* 4, no. 2 (2006): 12.',
     [work("Rocca/Obst", "Salt Roads", "2006")], [work("Rocca/Obst", "Salt Roads", "2006")]),
    ("negative: the editor of a journal in prose",
     "Harry Ruiz, editor of the *Harbour Review*, wrote in 1999.", [], []),
    ("negative: an author, then the editor and translator",
     f"Tom Rudd, *{NORTH}*, edited and translated by Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Rudd", NORTH, "2001")], [work("Rudd", NORTH, "2001")]),
    ("negative: an author, then the translator",
     f"Tom Rudd, *{NORTH}*, translated by Harry Ruiz (Leeds: Fenwick, 2001), 9.",
     [work("Rudd", NORTH, "2001")], [work("Rudd", NORTH, "2001")]),
    ("negative: edited in a year, by a body", f"*{NORTH}*, edited in 1990 by the Harbour Board.",
     [], []),
    ("negative: an editor, a place and a year", "Edited by Harry Ruiz, Leeds, 2001.", [], []),
    ("negative: (eds) in prose", "The editors (eds) of the series disagreed in 1999.", [], []),
    ("negative: editors in prose", "Harry Ruiz, editors, and Lena Obst met in Leeds in 2001.",
     [], []),
    ("negative: a plain title and its editor in prose",
     "Harbours of the North, edited by Harry Ruiz, was reviewed in 2001.", [], []),
    ("negative: places with a role before a year", "Leeds, London, and York (eds.), 2001.", [], []),
    ("negative: an editor before a year", "Harry Ruiz, editor, 2001.", [], []),
    ("negative: editors' mark, a title, then prose",
     f"Tom Rudd and Ann Lee (eds.) {WINTER}. They disagreed in 1999.", [], []),
    ("negative: persons in prose, then a title's sentence",
     f"Tom Rudd and Ann Lee met in Leeds. {WINTER} (New York: Zed Books, 2012).", [], []),
    ("negative: a subtitle, then a page alone",
     f"Tom Rudd and Ann Lee (eds.) {WINTER}. Confrontation and Retreat, 45.", [], []),
    ("negative: a subtitle, then a remark in brackets",
     f"Tom Rudd and Ann Lee (eds.) {WINTER}. Confrontation and Retreat (see below).", [], []),
    ("negative: prose, then a comma before an imprint",
     "Tom Rudd met Ann Lee. They argued, (New York: Zed Books, 2012).", [], []),
    ("negative: a question in prose, then a remark",
     "They argued about it. Who Is Left? (see below).", [], []),
    ("negative: places, then words and a bracketed year",
     "Leeds, York, and Hull. Ports and Roads, (1901).", [], []),
    ("negative: editors before the title",
     "Harry Ruiz, Lena Obst, and Jon Kiel, eds., *Quiet Harbours* (Leeds: Fenwick, 2001), 9.",
     [work("Ruiz/Obst/Kiel", "Quiet Harbours", "2001")],
     [work("Ruiz/Obst/Kiel", "Quiet Harbours", "2001")]),
]  # fmt: skip

test_author_lists_markdown, test_author_lists_web = rendering_table_tests(CASES)
test_author_lists_balance, test_author_lists_negatives_no_author_year = negative_table_tests(CASES)
