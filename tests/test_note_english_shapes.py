"""Issue 11, English notes by general shape (branch en12): the shapes the kept-apart set's
misses point at, each with hard cases and at least as many negatives (a person named in
prose with no work, "in 1920", a place, a publisher or a journal then a year, a quantity,
"chapter 3", "Figure 2, 41", "Vol. 3, 41"). Every note is written for this table (invented
writers and titles), in Markdown and, where the shape holds there too, as a web copy gives
it (emphasis stripped).

Shapes:
- a short form with a title and no author, its locator a volume in any case or a roman
  numeral, a volume and page joined by a colon, a section sign, or a chapter alone, and
  such a short form after a cue inside prose ("For the figures, see *Capital*, 41.");
- a writer's names, then the year, then the title, as an author-date list gives them
  ("Joan Pike, (1999) *Salt Roads*", "Joan Pike, 1999. “The Weir,” …", "Pike, J. (1999).
  *Salt Roads*."), at the opening of a note or of a ";" group only;
- a translator's or editor's bracket between the names and the title ("Pike, Joan. (Tom
  Hale, Trans.) “The Weir.” …");
- "Surname, *Title*" with an imprint inside a sentence after "of" or "in";
- "Name, interview by X, …": the person interviewed is the source;
- names written with decomposed accents ("Sa\u0301enz").

Decided here: a place, a publisher or a journal then a year is never an author, even
before a title; a year after a surname alone ("Cliff, 1974") stays author-year; a year
after given names in the middle of a sentence is no citation's start."""

from __future__ import annotations

import pytest

from citecheck.extract.note_citations import note_citations_in
from citecheck.extract.note_lone_names import EarlierWorks
from citecheck.model import Note, Span


def read(text: str) -> list[tuple[list[str], str, str, str]]:
    """(surnames, year, title, form) of each work the reader finds in one note."""
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return [
        ([a.surname for a in c.authors], c.year, c.title, c.form)
        for c in note_citations_in(text, note)
    ]


# (kind, note text, the works read: (surnames, year, start of the title, form)); [] = nothing
KINDS = [
    # --- a short form with a title and no author: the locator's shapes
    (
        "untitled short: a volume with a capital",
        "*Salt Roads*, Vol. 2, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "untitled short: a roman volume before the page",
        "*Salt Roads* II, 41--42.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "untitled short: quoted, a volume with a capital and p.",
        "“The Weir,” Vol. 3, p. 7.",
        [([], "", "The Weir", "short")],
    ),
    (
        "untitled short: volume and page joined by a colon",
        "*Canal Towns*, 2:113.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "untitled short: a section sign and a page",
        "*The Lantern Essays*, §12, 88.",
        [([], "", "The Lantern Essays", "short")],
    ),
    (
        "untitled short: a chapter alone",
        "*Canal Towns*, ch. 4.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "untitled short: after 'see' inside prose, a page closing it",
        "The figures are disputed; for the count, see *Canal Towns*, 113.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "untitled short: after 'argued in' inside prose, quoted, with p.",
        "The point is argued in “The Weir,” p. 7.",
        [([], "", "The Weir", "short")],
    ),
    (
        "untitled short: after 'from' inside prose, a volume and a page",
        "The passage is from *Salt Roads*, vol. 2, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "untitled short: two pages listed",
        "*Salt Roads*, 41, 52--53.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "untitled short: 'ff.' after the page",
        "“The Weir,” pp. 7 ff.",
        [([], "", "The Weir", "short")],
    ),
    (
        "untitled short: a note on the page",
        "*Canal Towns*, 113 n. 4.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "untitled short: 'passim'",
        "*The Lantern Essays*, passim.",
        [([], "", "The Lantern Essays", "short")],
    ),
    (
        "untitled short: a named part and a roman page",
        "*Salt Roads*, Preface, xii.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "untitled short: the page, then the quotation after a colon",
        "*Canal Towns*, 113: “The weirs were the first to go.”",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "untitled short: 'page' written out",
        "*Canal Towns*, page 113.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "negative untitled: an ordinal after a title in prose",
        "For more, see *Canal Towns*, 41st edition.",
        [],
    ),
    (
        "negative untitled: an edition, no page",
        "*Canal Towns*, 2nd ed.",
        [],
    ),
    (
        "negative untitled: numbers that are the subject of a sentence",
        "In *Canal Towns*, 41 and 43 are the key chapters of the book.",
        [],
    ),
    (
        "negative untitled: a part of the work in prose, a volume but no page",
        "See chapter 10 of *Canal Towns*, volume 1.",
        [([], "", "Canal Towns", "full")],
    ),
    (
        "negative untitled: a roman numeral that is a word",
        "*Salt Roads*, I think, 41.",
        [],
    ),
    (
        "negative untitled: a title alone after 'see' in prose",
        "For more on the mills, see *Canal Towns*.",
        [],
    ),
    (
        "negative untitled: a quantity after a title in prose",
        "He wrote this in *Canal Towns*, 41 years later.",
        [],
    ),
    ("negative untitled: a figure and a page", "Figure 2, 41.", []),
    (
        "negative untitled: a person in prose and a number",
        "As Joan Pike said, 41 mills closed.",
        [],
    ),
    ("negative untitled: a publisher, a year, a page", "Dale, 1999, 41.", []),
    ("negative untitled: a place, a year, pages", "Leeds, 1999, 41--43.", []),
    ("negative untitled: a plain phrase and pages", "The mills, 41--43.", []),
    (
        "negative untitled: a place and a year after a full form",
        "Joan Pike, *Salt Roads* (Leeds: Dale, 1999), 4. London, 2015.",
        [(["Pike"], "1999", "Salt Roads", "full")],
    ),
    ("negative untitled: 'in 1920' and a chapter", "In 1920, 41 mills closed; see chapter 3.", []),
    ("negative untitled: a volume and a page", "Vol. 3, 41.", []),
    ("negative untitled: a chapter alone", "See chapter 3.", []),
    ("negative untitled: 'in 1920'", "The mills closed in 1920, 41 of them.", []),
    ("negative untitled: a quantity", "Some 4,000 workers, 1920.", []),
    ("negative untitled: a title alone with a year", "*Canal Towns* (1920).", []),
    # --- the year between the names and the title, as an author-date list puts it
    (
        "dated: a bracketed year after the names, a quoted title in a journal",
        "Joan Pike, (1999) “The Weir,” *Harbour Review* 3: 41.",
        [(["Pike"], "1999", "The Weir", "full")],
    ),
    (
        "dated: a bare year and a stop after a middle name, a part in a book",
        "Ruth Anne Cole, 1987. “The Lantern,” in Ruth Anne Cole, *Night Essays* (Hull: Tide "
        "Press, 1987), 42.",
        [(["Cole"], "1987", "The Lantern", "full")],
    ),
    (
        "dated: an initial, a bare year, a journal",
        "Joan M. Pike, 1999. “The Weir,” *Harbour Review* 3: 41.",
        [(["Pike"], "1999", "The Weir", "full")],
    ),
    (
        "dated: two writers, a bracketed year, an imprint",
        "Joan Pike and Tom Hale (2001). *Canal Towns* (Leeds: Dale, 2001), 12.",
        [(["Pike", "Hale"], "2001", "Canal Towns", "full")],
    ),
    (
        "dated: an inverted name with its year in brackets, a sentence each",
        "Pike, J. (1999). *Salt Roads*. Leeds: Dale.",
        [(["Pike"], "1999", "Salt Roads", "full")],
    ),
    (
        "dated: an inverted name with a year, a quoted article in a journal",
        "Hale, Tom (2004). “Canal Ice.” *Harbour Review* 9: 3--20.",
        [(["Hale"], "2004", "Canal Ice", "full")],
    ),
    (
        "dated: Chicago author-date entry, a book, the imprint a sentence of its own",
        "Pike, Joan. 1999. *Salt Roads*. Leeds: Dale.",
        [(["Pike"], "1999", "Salt Roads", "full")],
    ),
    (
        "dated: Chicago author-date entry, an article in a journal",
        "Hale, Tom. 2004. “Canal Ice.” *Harbour Review* 9: 3–20.",
        [(["Hale"], "2004", "Canal Ice", "full")],
    ),
    (
        "dated: Chicago author-date entry, two writers",
        "Pike, Joan, and Tom Hale. 2001. *Canal Towns*. Leeds: Dale.",
        [(["Pike", "Hale"], "2001", "Canal Towns", "full")],
    ),
    (
        "dated: Chicago author-date entries in two groups",
        "Pike, Joan. 1999. *Salt Roads*. Leeds: Dale; Cole, Ruth. 2001. *Weirs*. Hull: Tide.",
        [(["Pike"], "1999", "Salt Roads", "full"), (["Cole"], "2001", "Weirs", "full")],
    ),
    (
        "negative dated: an inverted name and a year, then a title and a page only",
        "Pike, Joan. 1999. *Salt Roads*, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "negative dated: a place and its region, a year, a title and a page",
        "Durham, North Carolina. 2012. *Salt Roads*, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "negative dated: a surname and initials, a year, no title",
        "Pike, J. 1999, 41.",
        [],
    ),
    (
        "negative dated: a journal's name and a year before a sentence",
        "*Harbour Review*, 1999. It printed the letter twice.",
        [([], "1999", "Harbour Review", "full")],
    ),
    (
        "dated web: a bracketed year, a plain title before a journal and an address",
        "Ruth Cole, (2016) Ledgers, Harbour Review: https://example.org/ledgers",
        [(["Cole"], "2016", "Ledgers", "full")],
    ),
    (
        "dated: a bracketed year, a plain title before a journal in emphasis",
        "Ruth Cole, (2016) Ledgers, *Harbour Review*: https://example.org/ledgers",
        [(["Cole"], "2016", "Ledgers", "full")],
    ),
    (
        "dated: a second group after a ';'",
        "See *Salt Roads*, 4; Ruth Anne Cole, 1987. “The Lantern,” *Harbour Review* 3: 41.",
        [([], "", "Salt Roads", "short"), (["Cole"], "1987", "The Lantern", "full")],
    ),
    (
        "negative dated: a place and a bare year before a title and a page",
        "New York, 1999. *Salt Roads*, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "negative dated: a place and a bracketed year before a title and a page",
        "Buenos Aires (2001). *Salt Roads*, 41.",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "negative dated: a place of three words and a year before a journal",
        "Salt Lake City, 2001, *Harbour Review* 3: 4.",
        [],
    ),
    (
        "negative dated: a publisher and a year before a quoted title",
        "Verso, 2005. “The Weir,” *Harbour Review* 3: 41.",
        [],
    ),
    (
        "negative dated: a journal and a year",
        "*Harbour Review*, 2012.",
        [([], "2012", "Harbour Review", "full")],
    ),
    ("negative dated: a surname and a year is author-year", "Cliff, 1974, *Salt Roads*.", []),
    ("negative dated: names and a year, then a page", "Joan Pike, 1999, p. 4.", []),
    (
        "negative dated: a year after names in the middle of a sentence",
        "Her first book, *Salt Roads*, 41. Joan Pike, 1999. *Canal Towns* is later.",
        [],
    ),
    (
        "negative dated: a person in prose, then 'in 1920'",
        "Joan Pike wrote it in 1920, in *Salt Roads*.",
        [],
    ),
    # --- a translator's or editor's bracket between the names and the title
    (
        "role: an inverted name, then the translator in brackets",
        "Bebel, August. (Tom Hale, Trans.) “The Man on the Weir.” *Harbour Review*, 1978, p. 136.",
        [(["Bebel"], "1978", "The Man on the Weir", "full")],
    ),
    (
        "role: given names, then 'trans.' in brackets",
        "Joan Pike (trans. Tom Hale), *Salt Roads* (Leeds: Dale, 2001), 4.",
        [(["Pike"], "2001", "Salt Roads", "full")],
    ),
    (
        "role web: an inverted name, the translator, a plain journal",
        "Bebel, August. (Tom Hale, Trans.) “The Man on the Weir.” Harbour Review, 1978, p. 136.",
        [(["Bebel"], "1978", "The Man on the Weir", "full")],
    ),
    (
        "negative role: a place with a publisher's bracket",
        "London (Dale, trans.) *Salt Roads*, 41.",
        [],
    ),
    (
        "negative role: an editor's bare mark, then a place and a year",
        "Ruth Cole (ed.) Hull, 1920.",
        [],
    ),
    (
        "negative role: a person in brackets after a title is no role",
        "*Salt Roads* (Tom Hale), 41.",
        [],
    ),
    # --- a full form inside a sentence after "of" or "in"
    (
        "inline: 'a critique of Surname, *Title*' with an imprint",
        "Her pamphlet was a critique of Pike, *Salt Roads* (Leeds: Dale, 1999), which it "
        "answers point by point.",
        [(["Pike"], "1999", "Salt Roads", "full")],
    ),
    (
        "inline: 'in Surname, *Title*, trans.' after a quoted part",
        "It is also included as part of the “Postscript,” in Hale, *Canal Towns*, trans. "
        "Ruth Cole (Hull: Tide Press, 1970), in which Hale describes the weirs.",
        [(["Hale"], "1970", "Canal Towns", "full")],
    ),
    (
        "inline: a year and the address",
        "The essay was a reply to the views of Pike, *Salt Roads* (1904), available online "
        "at https://example.org/salt.",
        [(["Pike"], "1904", "Salt Roads", "full")],
    ),
    (
        "negative inline: a year alone beside the title",
        "Her pamphlet was a critique of Pike, *Salt Roads* (1904), which she wrote in exile.",
        [],
    ),
    (
        "negative inline: a place before the title, the same place in the imprint",
        "The history of Leeds, *Salt Roads* (Leeds: Dale, 1999), is long.",
        [],
    ),
    (
        "negative inline: a surname and a title, no details",
        "This is the view of Pike, *Salt Roads*, who wrote in 1999.",
        [],
    ),
    (
        "negative inline: a place, then a title as a sentence's subject",
        "The mills of Leeds, *Salt Roads* says, closed in 1920.",
        [],
    ),
    # --- an interview: the person interviewed is the source, not the interviewer
    (
        "interview: 'interview by' before a journal and a date",
        "Joan Pike, interview by Tom Hale, *Harbour Review*, March 3, 1999.",
        [(["Pike"], "1999", "", "full")],
    ),
    (
        "negative interview: 'by' in prose still names the writer",
        "As argued by Tom Hale, *Salt Roads* (Leeds: Dale, 1999), 4.",
        [(["Hale"], "1999", "Salt Roads", "full")],
    ),
    # --- decomposed accents (a combining mark after the letter), as some web pages store text
    (
        "decomposed: a surname with a combining accent",
        "Ruth Sa\u0301enz and Tom Cruz, “Despue\u0301s,” *Harbour Review*, 4, (January 2002).",
        [(["Sa\u0301enz", "Cruz"], "2002", "Despue\u0301s", "full")],
    ),
    (
        "decomposed web: a surname with a combining accent, a plain journal",
        "Ruth Sa\u0301enz, “Despue\u0301s,” Harbour Review 4 (2002): 7.",
        [(["Sa\u0301enz"], "2002", "Despue\u0301s", "full")],
    ),
    (
        "negative decomposed: a lower-case word with a combining accent",
        "de\u0301ja\u0300 vu, 2002.",
        [],
    ),
    (
        "negative decomposed: a place with a combining accent, then a year",
        "Bogota\u0301, 2002.",
        [],
    ),
    # --- title-only short forms in a note's other contexts
    (
        "context: 'See, e.g.,' before the title",
        "See, e.g., *Canal Towns*, 113.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "context: 'See, e.g.,' before a writer",
        "See, e.g., Pike, *Salt Roads*, 41.",
        [(["Pike"], "", "Salt Roads", "short")],
    ),
    (
        "context: a pointer back in brackets",
        "*Salt Roads*, 41 (see above).",
        [([], "", "Salt Roads", "short")],
    ),
    (
        "context: 'supra' before the page",
        "“The Weir,” supra, 7.",
        [([], "", "The Weir", "short")],
    ),
    (
        "context: a second title-only short form after ', and'",
        "See *Salt Roads*, 41, and *Canal Towns*, 12.",
        [([], "", "Salt Roads", "short"), ([], "", "Canal Towns", "short")],
    ),
    (
        "context: a connective before the title",
        "Again, *Canal Towns*, 113.",
        [([], "", "Canal Towns", "short")],
    ),
    (
        "context: 'also' after an Ibid.",
        "Ibid.; also *Canal Towns*, 113.",
        [([], "", "", "ibid"), ([], "", "Canal Towns", "short")],
    ),
    (
        "context: the work the first quotes, after ', quoting'",
        "Pike, *Salt Roads*, 4, quoting *Canal Towns*, 12.",
        [(["Pike"], "", "Salt Roads", "short"), ([], "", "Canal Towns", "short")],
    ),
    (
        "context: the work the first cites, after ', citing'",
        "Pike, *Salt Roads*, 4, citing Cole, *Canal Towns*, 12.",
        [(["Pike"], "", "Salt Roads", "short"), (["Cole"], "", "Canal Towns", "short")],
    ),
    (
        "negative context: a name before 'again' is no connective",
        "Pike again, *Canal Towns*, 113.",
        [],
    ),
    (
        "negative context: a connective, then the title as a sentence's subject",
        "Again, *Canal Towns* was written in 1867.",
        [],
    ),
    (
        "negative context: 'quoting' people, no work",
        "Pike, *Salt Roads*, 4, quoting the mill owners.",
        [(["Pike"], "", "Salt Roads", "short")],
    ),
    (
        "negative context: 'above all' is no pointer",
        "*Salt Roads*, above all, 41.",
        [],
    ),
    (
        "negative context: a year after 'In', then a title and a page",
        "In 1920, *Capital*, 41.",
        [],
    ),
    (
        "negative context: 'see' before a figure",
        "For the count, see Figure 2, 41.",
        [],
    ),
    # --- a web copy: a quoted part in a book whose emphasis is gone, after "in"
    (
        "web part: 'in' the editors and the plain book, pages without 'p.'",
        "All the quotations are from Joan Pike's essay “The Weir,” in Cole and Hale, Salt "
        "Essays, 58--78.",
        [(["Pike"], "", "The Weir", "full")],
    ),
    (
        "web part: 'in' the plain book and a page",
        "Joan Pike's essay “The Weir,” in Salt Essays, 58.",
        [(["Pike"], "", "The Weir", "full")],
    ),
    (
        "negative web part: prose after the quoted title",
        "Joan Pike's essay “The Weir,” he said, 58.",
        [],
    ),
    (
        "negative web part: no 'in', no 'p.' before the number",
        "Joan Pike's essay “The Weir,” Salt Essays, 58.",
        [],
    ),
    # --- a film's director after its title
    (
        "director: 'directed by' after the title",
        "*The Weir*, directed by Joan Pike (Leeds: Dale Films, 1999).",
        [(["Pike"], "1999", "The Weir", "full")],
    ),
    (
        "negative director: 'directed by' a group, no person",
        "*The Weir*, directed by the mill owners (1999).",
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in KINDS], ids=[k for k, _, _ in KINDS]
)
def test_kind(text: str, expected: list[tuple[list[str], str, str, str]]) -> None:
    found = read(text)
    assert [(names, year, form) for names, year, _, form in found] == [
        (n, y, f) for n, y, _, f in expected
    ]
    for (_, _, title, _), (_, _, start, _) in zip(found, expected, strict=True):
        assert title.strip().startswith(start)


def test_the_kinds_have_at_least_as_many_negatives_as_positives() -> None:
    negatives = sum(1 for kind, _, _ in KINDS if kind.startswith("negative"))
    assert negatives >= len(KINDS) - negatives


# A web copy's short form by a plain title and a page, whole note, after the full form in an
# earlier note (the earlier note vouches for the title; alone the words may be a place's).
# (earlier note, note, (title, pages) read from the note, or None)
LATER_SHORT = [
    (
        "Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.",
        "The Long Winter, 41.",
        ("The Long Winter", "41"),
    ),
    (
        "Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.",
        "See The Long Winter of the North, 41--43.",
        ("The Long Winter of the North", "41--43"),
    ),
    (
        "Joan Pike, “The Ice on the Canal,” Harbour Review 3 (1999): 4.",
        "The Ice on the Canal, p. 7.",
        ("The Ice on the Canal", "p. 7"),
    ),
    ("Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.", "Leeds, 41.", None),
    ("Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.", "The North, 41.", None),
    ("Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.", "The Mills, 41.", None),
    (
        "Joan Pike, The Long Winter of the North (Leeds: Dale, 1999), 4.",
        "The Long Winter was written in 1920.",
        None,
    ),
]


@pytest.mark.parametrize(("first", "text", "expected"), LATER_SHORT)
def test_web_short_title_after_its_full_form(
    first: str, text: str, expected: tuple[str, str] | None
) -> None:
    earlier = EarlierWorks()
    note_citations_in(first, Note(1, Span(0, len(first)), Span(0, 0), Span(0, len(first))), earlier)
    note = Note(2, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    found = [(c.authors, c.title, c.pages) for c in note_citations_in(text, note, earlier)]
    assert found == ([] if expected is None else [((), *expected)])
