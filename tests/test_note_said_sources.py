"""A note that mixes commentary and sources (Chicago 14.37–14.40) quotes a passage and then
gives its source with a verb of saying: the writer after the verb with a quoted title
("“…,” writes Ann Vell, “The Long Shore Revisited,” *Harbour Review* …"), or the writer
first ("“…,” Ann Vell writes in *The Long Shore* (…)"). The reader had read nothing there,
or the quotation as an unsigned work's title, or the same work twice
(`citecheck/extract/note_quoted_sources.py`, `said_sources`). Every writer and title is
invented.

Half the rows or more are negatives: prose that names a person and a year, a place, a book
or a column without a citation ("“…,” writes Ann Vell, who moved to Leeds in 1991", "As
Vell's *Long Shore* shows, …"), quantities, decades and page-like numbers after a cue, and a
place where a writer would stand ("wrote New York in …")."""

from __future__ import annotations

from tests.note_tables import negative_table_tests, rendering_table_tests, work

LONG = (
    "The harbour board never published its minutes, and the men who sat on it left few "
    "letters. What survives is the memory of the dockers themselves, gathered decades "
    'later: "We were paid in salt and promises, and the promises ran out first," Ann Vell '
    "writes in *The Long Shore* (Leeds: Harrow Press, 1991), 212, drawing on interviews "
    "she held in the 1970s. Her account of the 1911 strike remains the fullest."
)

# name, note, readings (alike in Markdown and in the web copy)
CASES = [
    ("writer after the verb, quoted title",
     '"The shore was long," writes Ann Vell, "The Long Shore Revisited," *Harbour Review* '
     "12, no. 3 (2011): 41.",
     [work("Vell", "The Long Shore Revisited", "2011")]),
    ("writer after the verb, in her essay",
     '"The shore was long," writes Ann Vell in her essay "The Long Shore Revisited," '
     "*Harbour Review* 12, no. 3 (2011): 41.",
     [work("Vell", "The Long Shore Revisited", "2011")]),
    ("writer first, then the verb and in",
     '"The shore was long," Ann Vell writes in *The Long Shore* (Leeds: Harrow Press, '
     "1991), 12.",
     [work("Vell", "The Long Shore", "1991")]),
    ("writer after the verb, memoir in a periodical",
     '"Salt was our wage," notes Tom Rudd in his memoir, "Salt and Tar," *Minster '
     "Quarterly* 4, no. 1 (1988): 9--30, at 12.",
     [work("Rudd", "Salt and Tar", "1988")]),
    ("initials first, inside commentary",
     'The strike was brief. "No one came back," J. P. Rudd recalls in *Salt and Tar* '
     "(York: Minster Books, 1988), 212; the quay closed in 1902.",
     [work("Rudd", "Salt and Tar", "1988")]),
    ("a long note of commentary", LONG, [work("Vell", "The Long Shore", "1991")]),
    ("a dated piece read once, not twice",
     '"The quay was empty by noon," observes Marta Hallorey, "Dock Days," *Leeds Courier*, '
     "June 2, 1991, https://courier.example.org/dock-days.",
     [work("Hallorey", "Dock Days", "1991")]),
    ("negative: a relative clause with a place and a year",
     '"The shore was long," writes Ann Vell, who moved to Leeds in 1991.', []),
    ("negative: said in a place in a year",
     '"The shore was long," Ann Vell said in Leeds in 1991.', []),
    ("negative: a year, a person and a periodical in prose",
     "In 1991 Ann Vell moved to Leeds, where she wrote for the *Harbour Review* until 2011.",
     []),
    ("negative: a possessive and a book in passing",
     "As Vell's *Long Shore* shows, the trade fell by half in the 1890s.", []),
    ("negative: a quotation broken by its writer, then quantities",
     '"The trade fell by half," Ann Vell writes, "in the 1890s alone," and 4,000 men left by '
     "1902.", []),
    ("negative: an interview and page-like numbers",
     '"No one came back," Ann Vell recalls in her 1991 interview, 12--14 of the transcript.',
     []),
    ("negative: a decade and a quantity after the verb",
     '"No one came back," Tom Rudd argues in the 1980s, when 3,000 jobs went.', []),
    ("negative: a book with no details, then quantities",
     '"The shore was long," notes Ann Vell in *The Long Shore*, a book of 412 pages that '
     "sold 4,000 copies by 1993.", []),
    ("negative: a place where the writer would stand",
     '"The quay was empty," wrote New York in *The Harbour Times*, 4.', []),
    ("negative: a year inside a broken quotation",
     '"The quay was empty," Ann Vell writes in 1991, "and the sheds were shut."', []),
    ("negative: a memoir by its length",
     "The quay was empty by 1902, Ann Vell writes in her memoir, a book of 212 pages.", []),
    ("negative: a notebook's pages",
     '"No one came back," Tom Rudd argues, pp. 12--14 of his 1988 notebook.', []),
    ("negative: a column by its length",
     '"The quay was empty," Ann Vell writes in "Harbour Notes," a column of 1,200 words.', []),
]  # fmt: skip

test_markdown, test_web_copy = rendering_table_tests(CASES, web_column=2)


test_half_the_rows_or_more_are_negatives, test_negatives_give_no_author_year = negative_table_tests(
    CASES, least=20
)
