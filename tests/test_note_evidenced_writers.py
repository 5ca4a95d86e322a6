"""Issue 11, round 15: Chicago full forms set in a note's prose, read from their evidence
(an imprint, or a journal's volume, number and date) back to their writer, whatever the
lead-in (`extract/note_evidenced.py`); second works after ", and", a clause or a
possessive's kind of work; works whose writer is the sentence's subject, and the note
writer's own, unsigned (`extract/note_subject_writers.py`). Each shape in Markdown and as a
web copy gives it (italics gone, quotes kept), with at least as many negatives: places,
publishers and journals before years, page numbers, quantities, prose with years, places
as a sentence's subject. Every note is written for this table (invented writers, titles,
journals and publishers)."""

from __future__ import annotations

import pytest

from citecheck.extract import build_manuscript
from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from citecheck.readers import read_bytes


def read(text: str) -> list[tuple[list[str], str, str]]:
    """(surnames, year, title) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title) for c in note_citations_in(text, note)
    ]


def author_year_names(text: str) -> list[str]:
    """The surnames the author-year reader reads in a manuscript of this one note."""
    source = read_bytes("m.md", f"Claim.[^1]\n\n[^1]: {text}\n".encode())
    built = build_manuscript(source, figures=False)
    return [a.surname for c in built.citations for a in c.authors]


# (kind, note text, the works read: (surnames, year, start of the title)); [] = nothing
KINDS = [
    # --- 1. a full form after any lead-in: the evidence after the title vouches
    (
        "lead-in: a journal's volume, number and year after a quoted title",
        "On the strikes, the fullest account remains Tomas Vell, “The Dock Committees, "
        "1911–1913,” *Journal of Port History* 12, no. 3 (1994): 55–80.",
        [(["Vell"], "1994", "The Dock Committees")],
    ),
    (
        "lead-in: web copy, the journal plain",
        "On the strikes, the fullest account remains Tomas Vell, “The Dock Committees, "
        "1911–1913,” Journal of Port History 12, no. 3 (1994): 55–80.",
        [(["Vell"], "1994", "The Dock Committees")],
    ),
    (
        "lead-in: web copy, a reprint's imprint after a plain title",
        "There are several accounts. The most vivid is Ilse Marken-Rohde, Tage am Hafen (1931; "
        "repr., Hamburg: Elbe Verlag, 1979), 12–14.",
        [(["Marken-Rohde"], "1979", "Tage am Hafen")],
    ),
    (
        "lead-in: web copy, a chapter in a collection's volume",
        "The classic statement of this view is Pavel Orlin, The Crisis of the Unions, in "
        "Collected Writings, vol. 3 (Leeds: Northern Press, 1968), 40–59.",
        [(["Orlin"], "1968", "The Crisis of the Unions")],
    ),
    (
        "lead-in: web copy, a plain title opening with a month and a year",
        "Most recently, and well, in Nora Tillet, August 1911 and the Port (Bristol: Seaway "
        "Books, 2016).",
        [(["Tillet"], "2016", "August 1911 and the Port")],
    ),
    (
        "lead-in: web copy, the title's own years and its editor before the imprint",
        "See the letters gathered in Hanna Brell, Letters from the Coast, 1920–1924, ed. and "
        "trans. Owen Pike (Leeds: Northern Press, 1988), especially pp. 47–55.",
        [(["Brell"], "1988", "Letters from the Coast")],
    ),
    (
        "lead-in: web copy, after a ';' and a clause",
        "The standard account is Otto Lenk, Die Hafenarbeiter, 1890–1914 (Berlin: Kai Verlag, "
        "1960); in English, the best is still Ruth Calder, The Port Unions and the Coming of "
        "Peace (Oxford: Harbour Press, 1975).",
        [(["Lenk"], "1960", "Die Hafenarbeiter"), (["Calder"], "1975", "The Port Unions")],
    ),
    (
        "lead-in: a chapter in an edited book, the quoted title holding its comma",
        "The best treatment is Ann Cole, “Salt and Sail,” in *Harbours*, ed. Tom Hale (Leeds: "
        "Dale Press, 1999), 4–20.",
        [(["Cole"], "1999", "Salt and Sail")],
    ),
    (
        "lead-in: a journal's 'vol.' and 'no.'",
        "The fullest account remains Tomas Vell, “The Dock Committees,” *Port History*, vol. "
        "12, no. 3 (1994): 55–80.",
        [(["Vell"], "1994", "The Dock Committees")],
    ),
    (
        "lead-in: a newspaper and its day",
        "The first report was Ann Cole, “Dockers Walk Out,” *Harbour Times*, 4 May 1990, 3.",
        [(["Cole"], "1990", "Dockers Walk Out")],
    ),
    (
        "lead-in: web copy, a blog and its day in American order",
        "The sharpest reply is Tom Hale, “Against the Quay,” Tide Lines (blog), March 3, 2015, "
        "https://tidelines.org/quay.",
        [(["Hale"], "2015", "Against the Quay")],
    ),
    (
        "lead-in: a journal with only a season and a year, then its pages",
        "The sharpest statement is Tom Hale, “Against the Quay,” *Tide Lines* (Spring 1990): 4–9.",
        [(["Hale"], "1990", "Against the Quay")],
    ),
    (
        "lead-in: web copy, an edition between the title and the imprint",
        "The standard text is now Ann Cole, Roads to the Sea, 2nd ed. (Leeds: Dale Press, "
        "2004), 12.",
        [(["Cole"], "2004", "Roads to the Sea")],
    ),
    (
        "negative lead-in: a book's own year in brackets, no pages after it",
        "The sharpest statement is Tom Hale, “Against the Quay,” *Tide Lines* (1990), still "
        "unanswered.",
        None,  # no journal issue without its pages
    ),
    (
        "negative lead-in: a place and a day after the title",
        "The first to say so was Ann Cole, “Dockers Walk Out,” Leeds, 4 May 1990.",
        [],
    ),
    (
        "negative lead-in: a newspaper with a month only",
        "The first to say so was Ann Cole, “dockers walk out,” in May 1990.",
        [],
    ),
    (
        "negative lead-in: web copy, people listed in prose before an imprint",
        "We met Gwen Tate, Paul Okafor and Others (London: Verso, 1990).",
        [],
    ),
    (
        "negative lead-in: a place, a publisher and a year",
        "The fullest account remains London, Verso, 1987.",
        [],
    ),
    (
        "negative lead-in: an imprint alone",
        "The best edition is New York: Pathfinder Press, 1976.",
        [],
    ),
    (
        "negative lead-in: a publisher in the writer's place",
        "The fullest list remains Northern University Press, Annual Catalogue (Leeds: "
        "Northern University Press, 1999).",
        [],
    ),
    (
        "negative lead-in: a place and a street before an imprint",
        "Most recently, in Leeds, Quay Street (Leeds: Northern Press, 2013).",
        [],
    ),
    (
        "negative lead-in: a person, then prose in lower case before a bracket",
        "The fullest account remains Tomas Vell, who wrote in Leeds (Leeds: Northern Press, 1990).",
        [],
    ),
    (
        "negative lead-in: a person, prose with years and a bracket",
        "Owen Pike, the union's secretary from 1911 to 1920 (see below), argued the point.",
        [],
    ),
    (
        "negative lead-in: a person and a quantity",
        "The fullest count remains Owen Pike, 40 per cent of the members (1912).",
        [],
    ),
    (
        "negative lead-in: a person and a year",
        "Most recently, in Ruth Calder, 1998, 41.",
        [],
    ),
    # --- 2. a second work after ", and", a clause, a possessive and its kind of work
    (
        "second work: a possessive, the kind of work and a comma",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), esp. chap. 4, and Owen Trask's "
        "memoir, *Leaving Quay Street* (Leeds: Northern Press, 1990).",
        [(["Pike"], "1987", "The Salt Years"), (["Trask"], "1990", "Leaving Quay Street")],
    ),
    (
        "second work: web copy of the possessive",
        "See Joan Pike, The Salt Years (London: Dale, 1987), esp. chap. 4, and Owen Trask's "
        "memoir, Leaving Quay Street (Leeds: Northern Press, 1990).",
        [(["Pike"], "1987", "The Salt Years"), (["Trask"], "1990", "Leaving Quay Street")],
    ),
    (
        "second work: after ', and, for …,'",
        "See Ivo Sand, *Die Gründung der Union* (Hamburg: Elbe Verlag, 1985), and, for a view "
        "from the docks, Lena Marsh, *From the Quay to the Hall* (New York: Harbor Books, "
        "1977), 210–35.",
        [(["Sand"], "1985", "Die Gründung der Union"), (["Marsh"], "1977", "From the Quay")],
    ),
    (
        "second work: web copy after ', and, for …,'",
        "See Ivo Sand, Die Gründung der Union (Hamburg: Elbe Verlag, 1985), and, for a view "
        "from the docks, Lena Marsh, From the Quay to the Hall (New York: Harbor Books, "
        "1977), 210–35.",
        [(["Sand"], "1985", "Die Gründung der Union"), (["Marsh"], "1977", "From the Quay")],
    ),
    (
        "second work: web copy, a possessive and its kind before a plain title",
        "See, e.g., her use of Colin Darby's memoir, Twenty Winters on the Quay (London: Dale "
        "Press, 2004), at 78–81.",
        [(["Darby"], "2004", "Twenty Winters on the Quay")],
    ),
    (
        "second work: web copy, a possessive and its kind without a comma",
        "He had in mind Paul Rennet's pamphlet Lessons of the Dock Strike (London: Quay "
        "Publications, 1960), which was read widely.",
        [(["Rennet"], "1960", "Lessons of the Dock Strike")],
    ),
    (
        "second work: web copy, a memoir by a person in apposition",
        "On the meeting, see the memoir of the delegate Jules Marchal, Souvenirs d'un docker "
        "(Antwerp: Éditions du Port, 1932), 77–80.",
        [(["Marchal"], "1932", "Souvenirs d'un docker")],
    ),
    (
        "negative second work: a place and a year after ', and'",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), and Leeds, 1990.",
        [(["Pike"], "1987", "The Salt Years")],
    ),
    (
        "negative second work: a place, a publisher and a year after ', and'",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), and New York, Harbor Books, 1977.",
        [(["Pike"], "1987", "The Salt Years")],
    ),
    (
        "negative second work: a journal with its number after ', and'",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), and *Harbour Review*, no. 4 (1999).",
        [(["Pike"], "1987", "The Salt Years")],
    ),
    (
        "negative second work: page numbers after ', and'",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), 44, and 112–15.",
        [(["Pike"], "1987", "The Salt Years")],
    ),
    (
        "negative second work: a possessive and prose before a year",
        "See Joan Pike, *The Salt Years* (London: Dale, 1987), and Owen Trask's memoir, which "
        "is lost (1990).",
        [(["Pike"], "1987", "The Salt Years")],
    ),
    (
        "negative second work: a translator's name before the imprint",
        "Lena Marsh, *From the Quay*, trans. Owen Pike, *Notes* (Leeds: Northern Press, 1980).",
        [(["Marsh"], "1980", "From the Quay")],
    ),
    (
        "negative second work: the book a chapter stands in, after 'in'",
        "Ann Cole and Tom Hale, “Counter-Planning from the Quay,” in Ann Cole, *Point Zero: "
        "Housework and Struggle* (Leeds: Northern Press, 2012), 28.",
        [(["Cole", "Hale"], "2012", "Counter-Planning from the Quay")],
    ),
    (
        "negative second work: web copy of the book a chapter stands in",
        "Ann Cole and Tom Hale, “Counter-Planning from the Quay,” in Ann Cole, Point Zero: "
        "Housework and Struggle (Leeds: Northern Press, 2012), 28.",
        [(["Cole", "Hale"], "2012", "Counter-Planning from the Quay")],
    ),
    (
        "negative second work: web copy, one of a list of editors",
        "Their essays were collected as Port Reloaded, edited by Sebastian Pike, Ann Cole, Tom "
        "Hale, and Ivo Sand, (Leeds: Northern Press, 2007).",
        [(["Pike", "Cole", "Hale", "Sand"], "2007", "Port Reloaded")],
    ),
    (
        "negative second work: web copy, an edition's words and a volume",
        "Ivo Sand, “The Immediate Tasks,” Collected Works, 4th English Edition, Vol. 27 "
        "(Moscow: Harbor Publishers, 1972), 235-77.",
        [(["Sand"], "1972", "The Immediate Tasks")],
    ),
    (
        "negative second work: the writer of the book an introduction is to",
        "Ann Cole, Introduction to Ivo Sand, *On the Port and the Quay* (Leeds: Northern "
        "Press, 1980), 1.",
        [(["Cole"], "1980", "Introduction")],
    ),
    (
        "negative second work: web copy, words of a plain title before a comma",
        "On the port, see Ann Cole, The Port (Leeds: Northern Press, 2006), Tom Hale and Ivo "
        "Sand, eds. 100 Years of Harbour Work, Docks and Quays (London: Dale Press, 2006).",
        None,  # no "Work" (the edited volume is the editor-first class's)
    ),
    (
        "negative second work: web copy, editors after a book's plain title",
        "Ivo Sand, “The Harbour State,” in The Essential Port Reader, Ann Cole and Tom Hale, "
        "eds. (New York: Harbor Books, 2005), 95.",
        [(["Sand"], "2005", "The Harbour State")],
    ),
    # --- 3. the writer as the sentence's subject; the note writer's own, unsigned
    (
        "subject: a surname, a perfect and 'in' before the title",
        "Kell has developed this argument at greater length in “The Dockers' Dilemma,” "
        "*Harbour Review*, no. 42 (Spring 2015), https://harbourreview.org/42/kell.",
        [(["Kell"], "2015", "The Dockers' Dilemma")],
    ),
    (
        "subject: web copy, the journal plain",
        "Kell has developed this argument at greater length in “The Dockers' Dilemma,” "
        "Harbour Review, no. 42 (Spring 2015), https://harbourreview.org/42/kell.",
        [(["Kell"], "2015", "The Dockers' Dilemma")],
    ),
    (
        "subject: a possessive, the remarks and 'appeared as'",
        "An edited version of Kell's closing remarks appeared as “What the Docks Did Not "
        "Answer,” *Harbour Review*, no. 48 (Summer 2018): 4–6.",
        [(["Kell"], "2018", "What the Docks Did Not Answer")],
    ),
    (
        "subject: a possessive, a copula and 'in his memoir,'",
        "Hale's own account is in his memoir, *Quay Days* (Leeds: Dale, 1990), 4.",
        [(["Hale"], "1990", "Quay Days")],
    ),
    (
        "subject: web copy, a present verb and a plain title",
        "Hale develops this in Quay Days (Leeds: Dale, 1990), 44–46.",
        [(["Hale"], "1990", "Quay Days")],
    ),
    (
        "subject: web copy, 'in his book,' before a plain title",
        "Hale has since developed the argument in his book, Quay Days (Leeds: Dale, 1990).",
        [(["Hale"], "1990", "Quay Days")],
    ),
    (
        "subject: an adverb before the verb, then 'as'",
        "Cole later published her lecture as “The Salt Roads,” *Harbour Review* 12 (1991): 4–6.",
        [(["Cole"], "1991", "The Salt Roads")],
    ),
    (
        "negative subject: web copy, a place as the plain title",
        "Hale develops this in London (London: Dale, 1990), 44–46.",
        [],
    ),
    (
        "negative subject: a place and a verb of writing",
        "Leeds has since developed the port, as “Quay Days,” *Harbour Review* 12 (1991): 4–6, "
        "shows.",
        None,
    ),
    # the possessive's writer, as the Markdown reads him (round 26); "review" no verb
    (
        "subject: web copy, a possessive's noun is no verb, a journal's plain name",
        "Hale's review was first published in Die Hafenzeitung: Revue für Seefahrt (Leeds: "
        "Dale, 1924), 306.",
        [(["Hale"], "1924", "Die Hafenzeitung: Revue für Seefahrt")],
    ),
    (
        "negative subject: web copy, a possessive and five words, a journal's plain name",
        "Hale's long and much cited review was first published in Die Hafenzeitung: Revue für "
        "Seefahrt (Leeds: Dale, 1924), 306.",
        [],
    ),
    (
        "negative subject: web copy, a verb of living and a street",
        "Hale lived in Quay Street (Leeds: Dale, 1990).",
        [],
    ),
    (
        "own work: 'I' and a verb, then 'in' before the title",
        "I have discussed the consequences in “Union and Port,” *Harbour Review*, no. 61 (June "
        "2012), available at http://harbourreview.org/61 (accessed 1 August 2013).",
        [([], "2012", "Union and Port")],
    ),
    (
        "own work: 'in my review of' another's book",
        "I made a similar point in my review of Kell's book, “Salt Is Not a Program,” *Harbour "
        "Review*, no. 12 (2005), 30–33.",
        [([], "2005", "Salt Is Not a Program")],
    ),
    (
        "own work: web copy of the review",
        "I made a similar point in my review of Kell's book, “Salt Is Not a Program,” Harbour "
        "Review, no. 12 (2005), 30–33.",
        [([], "2005", "Salt Is Not a Program")],
    ),
    (
        "negative subject: a place has no work",
        "London has been described in “The Port at Night,” *Harbour Review*, no. 4 (Spring 2001).",
        None,  # no author London (the title may be read alone)
    ),
    (
        "negative subject: a place's possessive has no work",
        "Berlin's first edition appeared as “Die Stadt am Hafen,” *Hafenblatt*, no. 4 (1999).",
        None,
    ),
    (
        "negative subject: a quotation in prose, no evidence",
        "Kell has said as much in “a letter to the editors” (March 1990), not in print.",
        [],
    ),
    (
        "negative own work: a phrase in quotes, no evidence",
        "I have discussed this in “the party question,” a phrase of Kell's.",
        [],
    ),
    (
        "own work: 'My original essay was' after another's work (round 17)",
        "Tom Kell, “Councils,” *Harbour Review*, no. 143 (Summer 2025): 31–44. My original "
        "essay was “The Council and Its Discontents,” *Harbour Review*, no. 142 (Spring 2025): 9–30.",
        [(["Kell"], "2025", "Councils"), ([], "2025", "The Council and Its Discontents")],
    ),
    (
        "negative own work: 'my view was' and a quotation",
        "Tom Kell, “Councils,” *Harbour Review*, no. 143 (Summer 2025): 31–44. My view was “the "
        "council is the class,” as I said in 2025.",
        [(["Kell"], "2025", "Councils")],
    ),
    (
        "negative own work: 'my view' and a quotation",
        "In my view, “the port is the union” (as Kell put it in 1990) sums it up.",
        [],
    ),
    (
        "negative subject: a person and a year in prose",
        "Kell argued in 1990, 44 per cent of the dockers agreed (1991).",
        [],
    ),
    # --- a periodical's unsigned piece after a lead-in (`extract/note_lead_titles.py`)
    (
        "unsigned piece: 'with the editorial', a newspaper and a day",
        "Compare the minutes of 3 May 1911 (Hafenarchiv, HA 12/4) with the editorial “Der "
        "Hafen und der Streik,” *Elbische Volkszeitung*, 14 May 1911.",
        [([], "1911", "Der Hafen und der Streik")],
    ),
    (
        "unsigned piece: web copy of the editorial",
        "Compare the minutes of 3 May 1911 (Hafenarchiv, HA 12/4) with the editorial “Der "
        "Hafen und der Streik,” Elbische Volkszeitung, 14 May 1911.",
        [([], "1911", "Der Hafen und der Streik")],
    ),
    (
        "unsigned piece: a colon, a podcast's episode, a month and an address",
        "Kell said as much in a podcast interview: “After the Quay with Ann Kell,” *The Long "
        "Tide* (podcast), episode 12, March 2021, https://longtide.fm/12.",
        [([], "2021", "After the Quay with Ann Kell")],
    ),
    (
        "unsigned piece: 'the unsigned' and a journal's issue",
        "The editors answered at once; see the unsigned “Reply to Our Critics,” *Harbour "
        "Review*, no. 8 (1990): 2.",
        [([], "1990", "Reply to Our Critics")],
    ),
    (
        "second work: 'Compare … with …'",
        "Compare Ann Cole, *Salt Roads* (Leeds: Dale, 1999), with Tom Hale, *Quay Lines* "
        "(London: Verso, 2001).",
        [(["Cole"], "1999", "Salt Roads"), (["Hale"], "2001", "Quay Lines")],
    ),
    (
        "lead-in: two writers with given names",
        "A fuller version is Ann Cole and Tom Hale, *Salt Roads* (Leeds: Dale, 1999).",
        [(["Cole", "Hale"], "1999", "Salt Roads")],
    ),
    (
        "negative unsigned piece: 'the unsigned' and a quotation in prose",
        "The unsigned “reply to our critics” was never printed (1990).",
        [],
    ),
    (
        "negative unsigned piece: a title's own colon before its subtitle and an imprint",
        "For her own defence, see her *A Reply to* Salt Roads: *Tides and the Quay*, trans. "
        "Tom Hale (Leeds: Dale, 2000).",
        None,  # no subtitle read alone as an unsigned piece: checked below
    ),
    (
        "negative unsigned piece: a quotation in lower case after a colon",
        "He put it thus: “the port is dead,” Tribune, 4 May 1990.",
        [],
    ),
    (
        "negative unsigned piece: a slogan, a place and a day",
        "The slogan was: “Bread and Harbours,” London, 4 May 1917.",
        [],
    ),
    (
        "negative unsigned piece: a motion and prose with a day",
        "The motion read: “All Power to the Quays,” carried on 4 May 1917.",
        [],
    ),
]

# Words that must never be read as an author in the rows above (places, publishers).
NEVER_AUTHORS = {
    "London",
    "Leeds",
    "York",
    "Verso",
    "Press",
    "Books",
    "Berlin",
    "Port",
    "Quay",
    "Work",
    "Edition",
    "Reader",
}


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in KINDS], ids=[k for k, _, _ in KINDS]
)
def test_kind(text: str, expected: list[tuple[list[str], str, str]] | None) -> None:
    found = read(text)
    assert not NEVER_AUTHORS & {name for names, _, _ in found for name in names}
    if expected is None:
        return
    assert [(names, year) for names, year, _ in found] == [(n, y) for n, y, _ in expected]
    for (_, _, title), (_, _, start) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


@pytest.mark.parametrize(
    "text", [t for k, t, _ in KINDS if k.startswith("negative")], ids=lambda t: t[:40]
)
def test_negatives_give_no_place_as_an_author_year_citation(text: str) -> None:
    assert not NEVER_AUTHORS & set(author_year_names(text))


def test_a_subtitle_after_a_title_s_colon_is_no_unsigned_piece() -> None:
    text = next(t for k, t, _ in KINDS if k.startswith("negative unsigned piece: a title's own"))
    assert "Tides and the Quay" not in [title for _, _, title in read(text)]


def test_the_kinds_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for kind, _, _ in KINDS if kind.startswith("negative"))
    assert negatives >= len(KINDS) - negatives
