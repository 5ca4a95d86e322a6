"""Issue 11, round 16: short forms a writer weaves into the prose of a note, and their
look-alikes.

Constructed notes (invented writers, titles and publishers; real places) in the shapes of
Chicago 17th 14.29–14.36 (a short form: surname, short title, locator) set in running text
as 15.23–15.25 sets a short reference in brackets: the writer named in the sentence (its
subject: "Vell traces it …", "Rudd, who reads …", "Vell's chronology") and the short title
and page in brackets after; a part of the work after the writer's possessive or in the
writer's clause ("Marlowe's introduction to *Letters from the Quay*, xiv–xxi", "Vell comes
closest in his conclusion, *The Harbour Years*, 262–63"), or with no writer named ("the
last chapter of *The Harbour Years* (pp. 380–402)"); a second short title after ";", by
the writer of the short form before it; an op. cit. after a possessive; and a page alone
in brackets after a writer an earlier note cited ("Vell follows her (pp. 121–25)"). In a web
copy (emphasis lost) a plain title is read only as the head of a title cited before.

At least half the rows are negatives: a quoted phrase with a page that is no title, a year
in brackets, a page after a writer never cited, a place or a newspaper with a date in
brackets, a quantity, a person's life dates, a chapter number, an acronym's body, a plain
title never cited before.

Each row: (class, the notes before, the note, readings of the last note as (form,
surnames, title, year))."""

from __future__ import annotations

from tests.note_tables import Reading, context_table_tests, web_copy

V = "Tomas Vell, *The Harbour Years: Genoa and Its Docks, 1890–1914* (London: Dale Press, 1990), 11."
VELL = ("full", ("Vell",), "The Harbour Years: Genoa and Its Docks, 1890–1914", "1990")
M = "Anna Marlowe, ed., *Letters from the Quay* (Leeds: Pell, 1988), 4."
Q = "Ilse Brandt, *Workers and the Quay* (Bristol: Pell, 1979), 9."


def short(surnames: str, title: str) -> Reading:
    return ("short", tuple(surnames.split("/")) if surnames else (), title, "")


HARBOUR = short("Vell", "The Harbour Years")

CASES: list[tuple[str, list[str], str, list[Reading]]] = [
    # the writer named in the sentence, the short title and page in brackets
    (
        "bracket: the clause's subject, a verb, then the bracket",
        [V],
        "Vell traces the custom to a meeting at Sampierdarena in 1903 (*The Harbour Years*, 37).",
        [HARBOUR],
    ),
    (
        "bracket: no earlier note of the writer (a short form before its full form)",
        [],
        "Vell traces the custom to a meeting of the dock committee (*The Harbour Years*, 37).",
        [HARBOUR],
    ),
    (
        "bracket: ', who' after the writer, a quoted title",
        [],
        "Ossani, *Il porto*, 12; compare Rudd, who reads the speech as a retreat "
        "(“Docks and the Party,” 66).",
        [short("Ossani", "Il porto"), short("Rudd", "Docks and the Party")],
    ),
    (
        "bracket: a possessive in the clause",
        [V],
        "The site repeats, without acknowledgement, much of Vell's chronology "
        "(*The Harbour Years*, 301–17).",
        [HARBOUR],
    ),
    (
        "bracket: 'has called' and a quoted phrase before the bracket",
        [V],
        'It is a book which Vell has called, not unfairly, "a story without workers" '
        "(*The Harbour Years*, 311).",
        [HARBOUR],
    ),
    (
        "bracket: a web copy's plain title, the head of the writer's earlier title",
        [web_copy(V)],
        "Vell traces the custom to a meeting at Sampierdarena (The Harbour Years, 37).",
        [HARBOUR],
    ),
    (
        "bracket: the writer after 'according to'",
        [V],
        "According to Vell, the strike failed for want of funds (*The Harbour Years*, 37).",
        [HARBOUR],
    ),
    # a part of the work
    (
        "part: a possessive's introduction to a title, roman pages",
        [],
        "Ibid., 215–16. Compare Marlowe's introduction to *Letters from the Quay*, xiv–xxi.",
        [("ibid", (), "", ""), short("Marlowe", "Letters from the Quay")],
    ),
    (
        "part: the writer's conclusion in the clause",
        [V],
        "Vell comes closest in his conclusion, *The Harbour Years*, 262–63, where he "
        "suggests that the unions might play the part.",
        [HARBOUR],
    ),
    (
        "part: the last chapter, no writer named, pages in brackets",
        [V],
        "This is the argument of the last chapter of *The Harbour Years* (pp. 380–402).",
        [short("", "The Harbour Years")],
    ),
    (
        "part: a web copy's plain title cited before, after a possessive's introduction",
        [web_copy(M)],
        "Compare Marlowe's introduction to Letters from the Quay, xiv–xxi.",
        [short("Marlowe", "Letters from the Quay")],
    ),
    # a second short title after ";"
    (
        "second title: after ';', the writer of the short form before, volume and page",
        [],
        "Vell, *The Harbour Years*, 88; *Gesammelte Schriften*, Bd. 2, S. 317.",
        [HARBOUR, short("Vell", "Gesammelte Schriften")],
    ),
    # an op. cit. after a possessive
    (
        "op. cit.: after a possessive's introduction to a title",
        [Q],
        "Compare Marlowe's gloss in his introduction to *Workers and the Quay*, op. cit., "
        "pp. xi–xiv.",
        [("op-cit", ("Marlowe",), "Workers and the Quay", "")],
    ),
    # a page alone after a writer an earlier note cited
    (
        "page alone: a writer cited before follows her",
        [V],
        "Brandt argued it first; Vell follows her (pp. 121–25) without saying so.",
        [short("Vell", "")],
    ),
    (
        "page alone: 'only in passing'",
        [V],
        "The demand was older than the unions; Vell notes it only in passing (p. 44).",
        [short("Vell", "")],
    ),
    (
        "page alone: right after a writer cited before",
        [V],
        "Vell (p. 44) argues that the strike failed for want of funds.",
        [short("Vell", "")],
    ),
    # negatives
    (
        "negative: a page right after a writer never cited",
        [],
        "Hartley (p. 44) argues that the strike failed for want of funds.",
        [],
    ),
    (
        "negative: a place before a comma is no 'according to' writer",
        [],
        "In Genoa, the strike failed for want of funds (*The Harbour Years*, 37).",
        [],
    ),
    (
        "negative: a quoted phrase with a page, no title",
        [V],
        'Vell has called it "a story without workers" (311).',
        [],
    ),
    (
        "negative: a year in brackets",
        [],
        "Vell traces the custom to the strike of the dockers (1903).",
        [],
    ),
    (
        "negative: a page after a writer never cited",
        [],
        "The demand was older than the unions; Hartley notes it only in passing (p. 44).",
        [],
    ),
    (
        "negative: a page without 'p.' after a writer cited before",
        [V],
        "Vell follows her at all (215 n. 31).",
        [],
    ),
    (
        "negative: a place with a date in brackets",
        [],
        "Genoa saw the first strike of the port (12 March 1903).",
        [],
    ),
    (
        "negative: a newspaper with a date in brackets",
        [],
        "The strike was reported in Genoa (*Il Lavoro*, 12 March 1903).",
        [],
    ),
    (
        "negative: a quantity in brackets",
        [],
        "Vell puts the loss at a third of the wage (37 per cent).",
        [],
    ),
    (
        "negative: a person's life dates in brackets",
        [],
        "Vell quotes the docker Tomaso Ardizzone (1891–1937) at length.",
        [],
    ),
    (
        "negative: a chapter number in brackets",
        [],
        "Rudd devotes chapter 3 (41–45) to the strike.",
        [],
    ),
    (
        "negative: a year after a marked title in brackets",
        [],
        "Rudd traces the custom to the dockers (*The Harbour Years*, 1903).",
        [],
    ),
    (
        "negative: an acronym's body is no writer",
        [],
        "The FIOM reprints the speech in full (*Resoconto*, 37).",
        [],
    ),
    (
        "negative: a place before a colon is no writer",
        [],
        "Genoa reprints it (*Il porto*, 37), as the printers at Genoa: Tipografia Operaia say.",
        [],
    ),
    (
        "negative: a possessive before a noun that names no writing",
        [],
        "It was Rudd's war (*The Harbour Years*, 41).",
        [],
    ),
    (
        "negative: a web copy's plain title never cited before",
        [],
        "Vell traces the custom to a meeting at Sampierdarena (The Harbour Years, 37).",
        [],
    ),
    (
        "negative: a web copy's plain title after a possessive, never cited",
        [],
        "Compare Marlowe's introduction to Letters from the Quay, xiv–xxi.",
        [],
    ),
    (
        "negative: a web copy's second plain title never cited",
        [],
        # a page alone: with a volume too ("Bd. 2, S. 317") the title is the writer's short
        # form since the nineteenth round (tests/test_note_segment_titles.py)
        "Vell, The Harbour Years, 88; Gesammelte Schriften, S. 317.",
        [short("Vell", "The Harbour Years")],
    ),
    (
        "negative: a chapter of a title with a page after a comma and no writer",
        [],
        "This is the argument of the last chapter of *The Harbour Years*, 380.",
        [],
    ),
    (
        "negative: a preposition before a bracket is no verb",
        [],
        "The custom began at Sampierdarena in 1903 (*The Harbour Years*, 37).",
        [],
    ),
]

(
    test_reading,
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_no_reader_reads_a_writer_in_a_negative,
) = context_table_tests(CASES, lambda before, read: not (before or read))
