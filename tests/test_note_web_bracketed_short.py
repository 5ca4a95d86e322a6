"""Issue 11, round 19: two kinds of note that a web page's copy (emphasis stripped) left
unread where the Markdown reads them, each table rendered both ways (Markdown, and its web
copy), with at least as many negatives as positives:

- a source in brackets inside a note's prose, its title plain: a short form "(Surname,
  Title, page)" after a quotation or a clause (Chicago 13.68, 14.30; German and Greek notes
  alike), its title bounded by the writer's comma and the page's comma at the bracket's
  end; or an inverted name, a plain title and the imprint that vouches for it ("(Surname,
  Given, Title, ed. … (Place: Publisher, Year), p. 71)"). Negatives: a place or a publisher
  where the surname stands, a place as the "title", a year or "op. cit." for the title, a
  table's row, a month (`note_bracketed.PLAIN_SHORT_IN_BRACKET`);
- a short form "Surname, Title, page" whose plain title has a lower-case second word and
  whose locator is a page and the following ("45 f.", "45 ff.": DIN 1505-2, German practice)
  or a volume and page ("2:45", Chicago 14.23), which `PAGES` leaves ("Lenin, 45 ff." stays
  unread). Negatives: a surname and a page alone, places and publishers, prose, times of
  day (`note_work._PLAIN_LOCATOR`);
- a short form whose pages, with their mark, are followed by the writer's comment ("See
  Hallorey, Quiet Harbours, pp. 45–47, where she argues …"; Chicago 14.37): the pages bound
  the title. Negatives: prose and a page before "while" (a sentence going on), prose, a
  writer named in prose, a place and a publisher (`note_work._PAGED_COMMENT`).

Every note is constructed (invented writers, titles and publishers). The Markdown readings
are those main gave before these changes: the web rows change nothing Markdown reads.
"""

from __future__ import annotations

from tests.note_tables import Reading, both_renderings_tests, work

# (name, Markdown note, the readings in both renderings)
BRACKETS: list[tuple[str, str, list[Reading]]] = [
    (
        "a short form after a clause",
        "As she wrote (Hallorey, *The quiet harbour*, p. 45).",
        [work("Hallorey", "The quiet harbour", form="short")],
    ),
    (
        "a Greek short form after a clause",
        "Όπως έγραψε (Χαλλορή, *Το ήσυχο λιμάνι*, σ. 45).",
        [work("Χαλλορή", "Το ήσυχο λιμάνι", form="short")],
    ),
    (
        "a German short form after a clause",
        "Wie sie schrieb (Hallorey, *Der stille Hafen*, S. 45).",
        [work("Hallorey", "Der stille Hafen", form="short")],
    ),
    (
        "an inverted name, an editor and the imprint, after a clause",
        "As she wrote (Hallorey, Marta, *The Quiet Harbour*, ed. Joan Reed "
        "(New York: Norton, 1991), p. 71).",
        [work("Hallorey", "The Quiet Harbour", "1991")],
    ),
    (
        "an inverted name, a translator and the imprint, the bracket opening the note",
        "(Hallorey, Marta, *The Quiet Harbour*, trans. Joan Reed (London: Dale Press, 1991), "
        "p. 71).",
        [work("Hallorey", "The Quiet Harbour", "1991")],
    ),
    (
        "a German short form, the bracket a sentence of its own",
        "Sie schrieb: „die Flut kommt.“ (Hallorey, *Der Hafen und die Stadt*, S. 45.)",
        [work("Hallorey", "Der Hafen und die Stadt", form="short")],
    ),
    (
        "an inverted name, a plain title, an edition and the work's address (nineteenth round)",
        "It was common knowledge (Hallorey, Marta, *The Quiet Harbour*, 2nd ed. (Harbour "
        "Archive): http://example.org/harbour).",
        [work("Hallorey", "The Quiet Harbour", "")],
    ),
    (
        "negative: a place and its country before a plain title and an address",
        "It was common knowledge (Leeds, England, The Quiet Harbour, http://example.org/h).",
        [],
    ),
    ("negative: a place and a street", "The strike spread (London, The Strand, p. 45).", []),
    (
        "negative: a place and a street, its own sentence",
        "Es war so. (Berlin, Unter den Linden, S. 45.)",
        [],
    ),
    (
        "negative: a place and a German street",
        "The strike spread (Berlin, Unter den Linden, S. 45).",
        [],
    ),
    ("negative: a publisher and a place", "The strike spread (Verso, New York, 45).", []),
    ("negative: a place and a publisher", "The strike spread (Paris, Gallimard, p. 45).", []),
    ("negative: op. cit. for a title", "The strike spread (Hallorey, op. cit., p. 45).", []),
    ("negative: a table's row", "The figure rose (Table, Row Three, 12).", []),
    ("negative: a month and a newspaper", "The strike spread (January, The Guardian, 12).", []),
    (
        "negative: a German place and publisher",
        "Es war so (Frankfurt am Main, Suhrkamp, S. 45).",
        [],
    ),
    ("negative: a Greek place and publisher", "Έτσι έγινε (Αθήνα, Κέδρος, σ. 45).", []),
    ("negative: a place and a press", "The strike spread (Oxford, Clarendon Press, 45).", []),
    ("negative: a place and its state", "The strike spread (Durham, North Carolina, 45).", []),
]

LOCATORS: list[tuple[str, str, list[Reading]]] = [
    (
        "a German short form, a page and the following",
        "Hallorey, *Der stille Hafen*, 45 ff.",
        [work("Hallorey", "Der stille Hafen", form="short")],
    ),
    (
        "a German short form, a page and the next",
        "Ellery, *Die alten Salzwege*, 112 f.",
        [work("Ellery", "Die alten Salzwege", form="short")],
    ),
    (
        "a Greek short form, a page and the following",
        "Χαλλορή, *Το ήσυχο λιμάνι*, 45 ff.",
        [work("Χαλλορή", "Το ήσυχο λιμάνι", form="short")],
    ),
    (
        "a short form, a volume and its page",
        "Hallorey, *The quiet harbour*, 2:45.",
        [work("Hallorey", "The quiet harbour", form="short")],
    ),
    (
        "a short form, a volume and its pages",
        "Hallorey, *The quiet harbour*, 2:45–47.",
        [work("Hallorey", "The quiet harbour", form="short")],
    ),
    ("negative: a surname and a page alone", "Lenin, 45 ff.", []),
    ("negative: a place and a publisher", "Frankfurt am Main, Suhrkamp, 45 ff.", []),
    ("negative: a time of day", "The meeting began, as always, at 12:30.", []),
    ("negative: prose and a page", "On this, the figures differ, 45 ff.", []),
    ("negative: prose naming a writer", "The strike, as Hallorey says, was lost, 45 ff.", []),
    ("negative: a place and a time", "The train left Berlin, the capital, at 2:45.", []),
    ("negative: a place, a publisher and a time", "London, Verso Books, 2:45.", []),
]


COMMENTS: list[tuple[str, str, list[Reading]]] = [
    (
        "a short form, its pages, then a comment",
        "See Hallorey, *Quiet Harbours*, pp. 45–47, where she argues the opposite.",
        [work("Hallorey", "Quiet Harbours", form="short")],
    ),
    (
        "a short form with a lower-case title, its pages, then a comment",
        "See Hallorey, *The quiet harbour*, pp. 45–47, where she argues the opposite.",
        [work("Hallorey", "The quiet harbour", form="short")],
    ),
    (
        "a Greek short form, its pages, then a comment",
        "Βλ. Χαλλορή, *Το λιμάνι*, σσ. 45-47, όπου υποστηρίζει το αντίθετο.",
        [work("Χαλλορή", "Το λιμάνι", form="short")],
    ),
    (
        "a German short form, its page, then a comment",
        "Hallorey, *Der stille Hafen*, S. 45, hier gegen Brand.",
        [work("Hallorey", "Der stille Hafen", form="short")],
    ),
    (
        "negative: a place and prose, a page, then a sentence going on",
        "In Mesopotamia, Jericho flourished, pp. 6-7, while Sumer sustained nearly nothing.",
        [],
    ),
    (
        "negative: prose, a page, a comment",
        "In Mesopotamia, the city grew, p. 6, where the river bends.",
        [],
    ),
    (
        "negative: prose naming a writer, a page, a comment",
        "The strike failed, as Hallorey notes, p. 45, where she argues the opposite.",
        [],
    ),
    (
        "negative: a place and a publisher, a page, a comment",
        "London, Verso Books, p. 45, where the list ends.",
        [],
    ),
    (
        "negative: Greek prose, a page, a comment",
        "Έτσι, η πόλη μεγάλωσε, σ. 6, όπου το ποτάμι στρίβει.",
        [],
    ),
    (
        "negative: German prose, a page, a comment",
        "So wuchs die Stadt, S. 6, wo der Fluss biegt.",
        [],
    ),
]


test_both_renderings_read_alike, test_no_author_year_citation = both_renderings_tests(
    BRACKETS + LOCATORS + COMMENTS
)


def test_at_least_half_negatives() -> None:
    for table in (BRACKETS, LOCATORS, COMMENTS):
        negatives = sum(1 for _, _, expected in table if not expected)
        assert 2 * negatives >= len(table)
