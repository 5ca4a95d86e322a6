"""Issue 11, round 26 (wb26): citations read in Markdown but not in the web copy, where the
title's italics are lost and what follows the title must show where a plain title ends.
Each row is a constructed Markdown note (invented writers, titles and editions), read as
Markdown and as its web copy (no emphasis); Markdown reads every row as main does, and every
positive's web copy was read otherwise on main (the locator run into the title, or the title
lost).

Classes, each by the convention that bounds a plain short title:
- a part of the work after the title's comma, before its page: "ch. 3", "pt. 2", "bk. 1",
  "§ 3", "para. 3" (Chicago's locators), German "Kap. 3", "Teil 2" (DIN 1505), a page in
  roman numerals ("p. xii"): `note_patterns.PLAIN_TITLE_END`;
- a collected edition cited by its abbreviation or name and its volume before the page
  ("Hale, HGW 19, 66", "Hale, CW 19: 66", "Hale, Werke 19, 66"; DIN 1505's "… 23, S. 45"):
  the volume is no part of the title (`note_titles.read_title`);
- a volume in roman numerals and its page after the title ("Vell, Harbour Strikes, II,
  45", "…, III, S. 4"): a person's given names are never followed by a volume, so the words are a short
  title, not an inverted name's given names (`note_work._title_as_given`).

- "op. cit." or "loc. cit." after a plain title whose last words are a joining word and a
  capitalised word ("Vell, Harbour Strikes in Wartime, op. cit., 45"): headline case
  (Chicago 8.159) sets the title's articles and prepositions in lower case, so the capital
  after one is the title's last word, not a surname in prose before "op. cit."
  (`note_author_locators._prose_before`); in prose ("as argued in Vell, op. cit.") the
  surname's "op. cit." is read as before.

- a writer's plain title set in prose, then a full stop and an open imprint ("The classic
  account is Ann Vell, Harbour Strikes in Wartime. London: Dale Press, 1990"), as a
  bibliography's entry gives it (Chicago's and MLA's "Title. Place: Publisher, Year."): the
  segment is kept whole at that full stop (`note_segments._imprint_by_stop`) and the open
  imprint ends the title (`note_open_imprint_titles.title_to_open_imprint`), when the title
  is of two words or more in headline case.

Half the rows or more are negatives: prose with a chapter, a part or a paragraph, a
journal and its volume, a place and a year, an archive's call number, a body's abbreviation
and a number in prose, an imprint and a part; "op. cit." after a surname in prose; a person's office, a sentence, a list of persons, a
place and a date before or after a full stop.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, work

WAR = "Harbour Strikes in Wartime"


def short(surname: str, title: str) -> Reading:
    return work(surname, title, "", form="short")


def op(surname: str, title: str) -> Reading:
    return work(surname, title, "", form="op-cit")


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
    # --- op. cit. after a plain title ending in a joining word and a capitalised word
    ("op. cit. after a title with 'in'", "Vell, *Harbour Strikes in Wartime*, op. cit., 45.",
     [op("Vell", "Harbour Strikes in Wartime")], [op("Vell", "Harbour Strikes in Wartime")]),
    ("op. cit. after a title ending in a place's name", "Vell, *Dock Lives in Leeds*, op. cit., 45.",
     [op("Vell", "Dock Lives in Leeds")], [op("Vell", "Dock Lives in Leeds")]),
    ("op. cit. after a cue and a title with 'of'",
     "See Vell, *Harbour Strikes of Wartime*, op. cit., 45.",
     [op("Vell", "Harbour Strikes of Wartime")], [op("Vell", "Harbour Strikes of Wartime")]),
    ("loc. cit. after a title with 'in'", "Vell, *Harbour Strikes in Wartime*, loc. cit.",
     [work("Vell", "Harbour Strikes in Wartime", form="loc-cit")],
     [work("Vell", "Harbour Strikes in Wartime", form="loc-cit")]),
    ("op. cit. after given names and a title", "Ann Vell, *Harbour Strikes in Wartime*, op. cit., 45.",
     [op("Vell", "Harbour Strikes in Wartime")], [op("Vell", "Harbour Strikes in Wartime")]),
    ("op. cit. as a note's second work", "Rudd, *Dock Lives*, 12; Vell, *The Port of Leeds*, op. cit., 45.",
     [short("Rudd", "Dock Lives"), op("Vell", "The Port of Leeds")],
     [short("Rudd", "Dock Lives"), op("Vell", "The Port of Leeds")]),
    ("op. cit. after a German title with 'am'", "Vell, *Der Streik am Hafen*, op. cit., S. 45.",
     [op("Vell", "Der Streik am Hafen")], [op("Vell", "Der Streik am Hafen")]),
    # --- a full stop, then an open imprint, after a writer's title in prose
    ("prose writer, title, a full stop, open imprint",
     "The classic account is Ann Vell, *Harbour Strikes in Wartime*. London: Dale Press, 1990.",
     [work("Vell", WAR, "1990")], [work("Vell", WAR, "1990")]),
    ("a cue in prose, title, a full stop, open imprint and page",
     "On this see Ann Vell, *Harbour Strikes in Wartime*. London: Dale Press, 1990, 45.",
     [work("Vell", WAR, "1990")], [work("Vell", WAR, "1990")]),
    ("a writer after an apposition, title, a full stop, open imprint",
     "Cf. the study by the port's historian, Ann Vell, *Dock Work in the North*. Leeds: Fen "
     "Books, 1988, 12.",
     [work("Vell", "Dock Work in the North", "1988")],
     [work("Vell", "Dock Work in the North", "1988")]),
    ("two works, each with a full stop before its open imprint",
     "On the port see Ann Vell, *Dock Work*. Leeds: Fen Books, 1988; and Tom Rudd, *The Port*. "
     "York: Dale, 1990.",
     [work("Vell", "Dock Work", "1988"), work("Rudd", "The Port", "1990")],
     [work("Vell", "Dock Work", "1988"), work("Rudd", "The Port", "1990")]),
    # --- negatives
    ("negative: a person's office, a full stop, an imprint",
     "The reply came from Ann Vell, Secretary. Leeds: Dale Press, 1990.", [], []),
    ("negative: a sentence after a person, a full stop, an imprint",
     "I met Ann Vell, Tom Rudd spoke next. London: Dale Press, 1990.", [], []),
    ("negative: a person's office, a full stop, a place and a date",
     "We thank Ann Vell, Harbour Master. London, 3 May 1990.", [], []),
    ("negative: a list of persons, a full stop, an imprint",
     "The speakers were Ann Vell, Tom Rudd, Joe Mars. London: Dale Press, 1990.", [], []),
    ("negative: a title, then a sentence running into an imprint",
     "The account is Ann Vell, Dock Work. She wrote it in London: Dale Press, 1990.", [], []),
    ("negative: op. cit. after a surname in prose with 'in'",
     "Tom Rudd, *The Port* (York: Fen, 1988), 12; as argued in Vell, op. cit., 45.",
     [work("Rudd", "The Port", "1988"), op("Vell", "")],
     [work("Rudd", "The Port", "1988"), op("Vell", "")]),
    ("negative: op. cit. after a surname in prose with 'of'",
     "Tom Rudd, *The Port* (York: Fen, 1988), 12, and the study of Vell, op. cit., 45.",
     [work("Rudd", "The Port", "1988"), op("Vell", "")],
     [work("Rudd", "The Port", "1988"), op("Vell", "")]),
    ("negative: op. cit. after 'given in'",
     "Tom Rudd, *The Port* (York: Fen, 1988), 12; the figures are as given in Vell, op. cit., 45.",
     [work("Rudd", "The Port", "1988"), op("Vell", "")],
     [work("Rudd", "The Port", "1988"), op("Vell", "")]),
    ("negative: capitalised words and 'in' with no writer's comma before them",
     "Tom Rudd, *The Port* (York: Fen, 1988), 12; Harbour Strikes in Vell, op. cit., 45.",
     [work("Rudd", "The Port", "1988"), op("Vell", "")],
     [work("Rudd", "The Port", "1988"), op("Vell", "")]),
    ("negative: a given name, a verb and 'in' after a comma",
     "On the port, Ann wrote in Vell, op. cit., 45.", [op("Vell", "")], [op("Vell", "")]),
    ("negative: German prose, 'bei' and a.a.O.",
     "Rudd, *Streiks im Hafen*, S. 12; vgl. die Darstellung bei Vell, a.a.O., S. 45.",
     [short("Rudd", "Streiks im Hafen"), op("Vell", "")],
     [short("Rudd", "Streiks im Hafen"), op("Vell", "")]),
    ("negative: op. cit. after 'the account in'",
     "Tom Rudd, *The Port of Leeds* (York: Fen, 1988), 12; for the strike, see the account in "
     "Vell, op. cit., 45.",
     [work("Rudd", "The Port of Leeds", "1988"), op("Vell", "")],
     [work("Rudd", "The Port of Leeds", "1988"), op("Vell", "")]),
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
