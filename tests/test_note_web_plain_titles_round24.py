"""Issue 11, round 24 (wb24): citations read in Markdown but missed in the web copy, where
the title's italics are lost and the rest of the reference must show where a plain title
runs. Each row is a constructed Markdown note (invented writers, titles and publishers),
read as Markdown and as its web copy (no emphasis); Markdown reads every row as main does,
and every positive's web copy was read otherwise (or not at all) on main.

Classes, each by the convention that delimits a plain title:
- a writer set in prose, the writer's comma, a headline-case title, then an imprint outside
  brackets ("…, Place: Publisher, Year", as a bibliography's entry gives it: MLA, DIN
  1505-2, Chicago 14.100), perhaps after an edition's, a translator's or an editor's clause
  (Chicago 14.103-14.104): the open imprint vouches for the title as a bracketed one does
  (`note_open_imprint_titles`, read by `note_evidenced`);
- a title opening with a number (Chicago 8.x keeps a title's numerals: "100 Years of …",
  "9 to 5: …"): after an editors' mark ("…, eds. 100 Years of …", `note_names`), also as
  the next work of a list after an imprint (`note_segments`), and two numbers joined by a
  short word before a colon and a subtitle ("19 y 20: Apuntes para …", `note_titles`);
- a writer in prose, a plain title and its subtitle after a full stop (MLA, DIN 1505-2; the
  italics held them together), both in headline case, the subtitle without a comma and
  running to the imprint (in brackets, or open after a comma), after which the note gives
  no more than a page
  (`note_stop_subtitles`, the segments kept whole by `note_segments`).

Half the rows or more are negatives: a list of writers, a person with an initial after the
comma, prose after a name, a place and a date, a sentence in lower case, a publisher and a
place in the writer's slot, a journal after a quoted article title, pages and volumes after
a writer or an editors' mark, a place and days, a date in Spanish.
"""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, work

WAR = "Harbour Strikes in Wartime"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    # --- a writer in prose, a plain title, an open imprint
    ("prose writer, title, open imprint",
     f"The classic account is Ann Vell, *{WAR}*, London: Dale Press, 1990, 45.",
     [work("Vell", WAR, "1990")], [work("Vell", WAR, "1990")]),
    ("prose writer, title, edition, open imprint",
     f"The classic account is Ann Vell, *{WAR}*, 2nd ed., London: Dale Press, 1990, 45.",
     [work("Vell", WAR, "1990")], [work("Vell", WAR, "1990")]),
    ("prose writer, title, translator, open imprint",
     f"The classic account is Ann Vell, *{WAR}*, trans. Tom Rudd, London: Dale Press, 1990.",
     [work("Vell", WAR, "1990")], [work("Vell", WAR, "1990")]),
    ("prose writer, title with a subtitle, open imprint",
     "I rely here on Ann Vell, *Harbour Strikes: A History*, London: Dale Press, 1990, 45.",
     [work("Vell", "Harbour Strikes: A History", "1990")],
     [work("Vell", "Harbour Strikes: A History", "1990")]),
    ("a second work in prose after a full form, open imprint",
     "Tom Rudd, *The Port* (York: Fen, 1988), 12, which draws on Ann Vell, *Dockers Unite*, "
     "London: Dale Press, 1990, 45.",
     [work("Rudd", "The Port", "1988"), work("Vell", "Dockers Unite", "1990")],
     [work("Rudd", "The Port", "1988"), work("Vell", "Dockers Unite", "1990")]),
    # --- a title opening with a number
    ("editors' mark, then a title opening with a number",
     "Tom Rudd and Ana Vell, eds. *100 Years of the Harbour Strike* (London: Dale Press, 2006).",
     [work("Rudd/Vell", "100 Years of the Harbour Strike", "2006")],
     [work("Rudd/Vell", "100 Years of the Harbour Strike", "2006")]),
    ("numbers joined by a word, a colon and a subtitle",
     "Grupo Norte, *19 y 20: Apuntes para el Nuevo Sindicalismo*, (Lima: Ediciones Sol, 2002).",
     [work("Grupo Norte", "19 y 20: Apuntes para el Nuevo Sindicalismo", "2002")],
     [work("Norte", "19 y 20: Apuntes para el Nuevo Sindicalismo", "2002")]),
    ("numbers joined by to, a colon and a subtitle",
     "Ann Vell, *9 to 5: The Office Strike* (London: Dale Press, 1990), 45.",
     [work("Vell", "9 to 5: The Office Strike", "1990")],
     [work("Vell", "9 to 5: The Office Strike", "1990")]),
    ("a listed work after an imprint: editors, then a title opening with a number",
     "On the port, see Ann Vell, *Dock Work* (Leeds: Dale Press, 2006), Tom Rudd and Joe Mars, "
     "eds. *100 Years of the Harbour Strike* (London: Fen Books, 2006).",
     [work("Vell", "Dock Work", "2006"), work("Rudd/Mars", "100 Years of the Harbour Strike",
                                              "2006")],
     [work("Vell", "Dock Work", "2006"), work("Rudd/Mars", "100 Years of the Harbour Strike",
                                              "2006")]),
    # --- a subtitle after a full stop, in prose
    ("prose writer, title, a full stop, subtitle, imprint",
     "The classic account is Ann Vell, *Harbour Strikes in Wartime. A History of the Port* "
     "(London: Dale Press, 1990), 45.",
     [work("Vell", "Harbour Strikes in Wartime. A History of the Port", "1990")],
     [work("Vell", "Harbour Strikes in Wartime. A History of the Port", "1990")]),
    ("prose writer after a preposition, a subtitle after a full stop",
     "I rely here on Tom Rudd, *Dock Work in Leeds. The Carters and the Port* (York: Fen Books, "
     "1988), 12.",
     [work("Rudd", "Dock Work in Leeds. The Carters and the Port", "1988")],
     [work("Rudd", "Dock Work in Leeds. The Carters and the Port", "1988")]),
    ("prose writer in apposition, a two-word title and a subtitle",
     "A fuller picture emerges from the study by the port's historian, Ann Vell, *Dock Work. The "
     "Carters of Leeds* (York: Fen Books, 1988).",
     [work("Vell", "Dock Work. The Carters of Leeds", "1988")],
     [work("Vell", "Dock Work. The Carters of Leeds", "1988")]),
    ("prose writer, a subtitle after a full stop, an open imprint",
     "The classic account is Ann Vell, *Harbour Strikes in Wartime. A History of the Port*, "
     "London: Dale Press, 1990, 45.",
     [work("Vell", "Harbour Strikes in Wartime. A History of the Port", "1990")],
     [work("Vell", "Harbour Strikes in Wartime. A History of the Port", "1990")]),
    # --- negatives
    ("negative: a person with an initial after the comma",
     "The committee was Ann Vell, Tom B. Rudd, London: Dale Press, 1990.", [], []),
    ("negative: a list of names joined by and",
     "Present were Ann Vell, Tom Rudd and Joe Mars, London: Dale Press, 1990.", [], []),
    ("negative: a list of names joined by commas",
     "The speakers were Ann Vell, Tom Rudd, Joe Mars, London: Dale Press, 1990.", [], []),
    ("negative: prose after a name",
     "Ruiz, who left the party, wrote Harbour Strikes, London: Dale Press, 1990.", [], []),
    ("negative: prose after a writer's comma",
     "Ann Vell, who chaired the meeting, wrote later, London: Dale Press, 1990.", [], []),
    ("negative: a sentence in lower case after the comma",
     "The meeting heard Ann Vell, Tom Rudd spoke next, London: Dale Press, 1990.", [], []),
    ("negative: a place and a date",
     "The speech was given by Ann Vell, London, 3 May 1978.", [], []),
    ("negative: an office, a place and a date",
     "The paper quoted Ann Vell, Secretary of the Dock Union, London, 3 May 1990.", [], []),
    ("negative: a publisher in the writer's slot",
     f"The reissue came from Dale Press, {WAR}, London: Vane Books, 1990.", [], []),
    ("negative: a two-word place in the writer's slot",
     f"The strike spread to New York, {WAR}, London: Dale Press, 1990.", [], []),
    ("negative: a journal after a quoted title is its container",
     "The classic account is Ann Vell, “Dock Work,” *Harbour Review* 12 (1990): 4.",
     [work("Vell", "Dock Work", "1990")], [work("Vell", "Dock Work", "1990")]),
    ("negative: pages joined by and", "Ann Vell, 12 and 14.", [], []),
    ("negative: pages, a colon and a place before a year", "Ann Vell, 3 and 4: London, 1990.",
     [], []),
    ("negative: pages after a short title, a colon and prose",
     "Vell, *Harbour Strikes*, 12 and 14: The figures.",
     [work("Vell", "Harbour Strikes", form="short")],
     [work("Vell", "Harbour Strikes", form="short")]),
    ("negative: a place and two days", "London, 19 and 20 May 1978.", [], []),
    ("negative: editors, then pages", "Tom Rudd and Ana Vell, eds. 45 ff.", [], []),
    ("negative: editors, then volumes", "Tom Rudd and Ana Vell, eds. 2 vols.", [], []),
    ("negative: a person, then a date in Spanish", "Tom Rudd, 19 y 20 de mayo de 1978, Lima.",
     [], []),
    ("negative: a listed person after an imprint, then a date",
     "On the port, see Ann Vell, *Dock Work* (Leeds: Dale Press, 2006), Tom Rudd, 12 May 1990.",
     [work("Vell", "Dock Work", "2006")], [work("Vell", "Dock Work", "2006")]),
    ("negative: a full stop, then prose after the imprint's bracket",
     "The account is Ann Vell, Dock Work. The Union Congress (London: Dale Press, 1990) met in "
     "the spring.", [], []),
    ("negative: a full stop, then a sentence in lower case",
     "The account is Ann Vell, Dock Work. He said so (London: Dale Press, 1990), 45.", [], []),
    ("negative: a writer after by, an office, a full stop",
     "As noted by Ann Vell, Harbour Master. The Port Records (London: Dale Press, 1990), 45.",
     [], []),
    ("negative: a comma before the full stop",
     "The account is Ann Vell, Dock Work, Harbour Life. The Union (London: Dale Press, 1990), "
     "45.", [], []),
    ("negative: a full stop, then a place and a date",
     "The account is Ann Vell, Dock Work. She Wrote It, London, 3 May 1990.", [], []),
    ("negative: a full stop, an open imprint, then prose",
     "The account is Ann Vell, Dock Work. The Union Congress, London: Dale Press, 1990, met in "
     "the spring.", [], []),
    ("negative: a full stop, then a sentence with a place and a year",
     "The account is Ann Vell, Dock Work. He lived in London, 1990.", [], []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES)

(
    test_half_the_rows_or_more_are_negatives,
    test_negatives_give_no_author_year,
) = negative_table_tests(CASES)
