"""Issue 11: Latin-script titles in Greek guillemets «…» read as titles in “…”, and the
Greek page marks "σ.", "σσ.", "σελ." read as "p." and "pp.".

Greek notes set an article's title in «…», close to its words, the comma inside or outside
(«Title,» / «Title»,); Greek translations of English notes keep the English titles and give
them the Greek marks ("Varga, «Lectures on Trade», στο *Lectures on Ports*, 323"). The
English grammar reads such a title where the marks are “…” (a writer in prose before it, a
source in brackets after a quotation, a paper's title before its collection); the Greek
modules read Greek titles in «…» and are left to them. Greek notes mark a page "σ." or
"σελ." and pages "σσ." where Chicago writes "p."/"pp." or nothing: after a short title
alone ("*Harbour Songs*, σ. 770"), a short form in brackets after a quotation, a plain title
in prose; the English shapes that take "p." take them.

Constructed rows written for this table (invented writers, titles, journals; no corpus
text). Half the rows are negatives: a phrase, a series, a journal, a place, a quotation,
French guillemets with their spaces, a Greek title (no new reading): no reading and no
author-year citation. Each row is read as Markdown and as a web copy (emphasis stripped);
the readings are those of its last note: (form, surnames, title, year).
"""

from __future__ import annotations

import pytest

from citecheck.extract.note_greek_marks import english_pages, english_quotes
from tests.note_tables import Reading, built_from_note, surnames_read, web_copy, work
from tests.note_tables import last_note_readings as readings

HOLM = "Olaf Holm, *Writings* (London: Verso, 1999)."
VARGA = "Ilse Varga, *Ports of Call* (London: Verso, 2010)."

# (class, notes, readings of the last note); "failed before" rows are marked in the id
CASES: list[tuple[str, list[str], list[Reading]]] = [
    (
        "short form: the comma outside, στο before the collection",
        [
            "Varga, «Lectures on Trade: Lecture I: The Harbour as a Market», στο "
            "*Lectures on the History of Ports*, 323."
        ],
        [work("Varga", "Lectures on Trade: Lecture I: The Harbour as a Market", form="short")],
    ),
    (
        "a writer in prose, the journal in brackets after στο",
        [
            "Varga's biographer, the historian J. P. Holm, in the essay «The Guilds of Bergen "
            "as a Model» (στο *Past and Present* 30 [April 1965], 65–95), addressed this issue."
        ],
        [work("Holm", "The Guilds of Bergen as a Model", "1965")],
    ),
    (
        "a source in brackets after a quotation, σ. as the page",
        [
            "Varga calls the guild «the cornerstone on which the whole port rests» («The "
            "History of the Guild Movement,» *Collected Papers: Volume IV* (New York: Basic "
            "Books, 1959), σ. 168)."
        ],
        [work("Varga", "The History of the Guild Movement", "1959")],
    ),
    (
        "a paper named in prose before its collection, short",
        [
            HOLM,
            "This return is announced by Holm in his paper «The Harbour Thing, or the Meaning "
            "of the Return to the Sea,» *Writings*, σ. 337.",
        ],
        [work("Holm", "The Harbour Thing, or the Meaning of the Return to the Sea", form="short")],
    ),
    (
        "Βλ., a date in brackets and an address (read before too)",
        [
            "Βλ. Ilse Varga, «Why the Harbour Matters Again» (May 11, 2016), online at "
            "http://www.example.org/harbour/, where Varga says that,"
        ],
        [work("Varga", "Why the Harbour Matters Again", "2016")],
    ),
    (
        "a writer's possessive before the title and the journal",
        [
            "Olaf Brenner's article is «Mending the Nets,» *Weekly Harbour* 899 (February 2, "
            "2012), available online."
        ],
        [work("Brenner", "Mending the Nets", "2012")],
    ),
    (
        "a writer's possessive, the title alone",
        ["Holm's «Critique of the Harbour Program» is available online, with other texts."],
        [work("Holm", "Critique of the Harbour Program")],
    ),
    (
        "Βλ., a possessive and a colon before the title",
        [
            "Βλ. Ilse Varga's encomium on Holm: «Olaf Holm (1926–2005),» *Jahrbuch für "
            "Hafengeschichte*, 2006, 461–63."
        ],
        [work("Varga", "Olaf Holm (1926–2005)", "2006")],
    ),
    (
        "Πρβλ., the comma inside (read before too)",
        [
            "Πρβλ. Olaf Brenner, «The Quiet Mill,» στο *Rural Work*, επιμ. Ada Lind (Chicago: "
            "University of Chicago Press, 2003), 93–110."
        ],
        [work("Brenner", "The Quiet Mill", "2003")],
    ),
    # Greek page marks after forms written otherwise in Chicago style
    (
        "pages: a short title alone and σ.",
        ["Ilse Varga, *Harbour Songs* (London: Verso, 2016).", "*Harbour Songs*, σ. 770"],
        [work("", "Harbour Songs", form="short")],
    ),
    (
        "pages: a short title alone and σσ.",
        ["Ilse Varga, *Harbour Songs* (London: Verso, 2016).", "*Harbour Songs*, σσ. 12–14."],
        [work("", "Harbour Songs", form="short")],
    ),
    (
        "pages: a short form in brackets after a quotation, σ.",
        [
            "Ilse Varga, *Ports of Call* (London: Verso, 2010).",
            "«Today we are nearing a new epoch of trade» (Varga, *Ports of Call*, σ. 403).",
        ],
        [work("Varga", "Ports of Call", form="short")],
    ),
    (
        "pages: a short form in brackets after a quotation, σελ.",
        [
            "Ilse Varga, *Ports of Call* (London: Verso, 2010).",
            "«Today we are nearing a new epoch of trade» (Varga, *Ports of Call*, σελ. 403).",
        ],
        [work("Varga", "Ports of Call", form="short")],
    ),
    (
        "pages: a writer's book of a year named in prose, σ.",
        [
            "Βλ. Olaf Holm's 1989 book, *The Harbour Republic: Bergen and the Guild "
            "Revolution*, σ. 19-42."
        ],
        [work("Holm", "The Harbour Republic: Bergen and the Guild Revolution", "1989")],
    ),
    (
        "pages: a full form and σσ. (read before too)",
        ["Ilse Varga, *Ports of Call* (London: Verso, 2010), σσ. 41–44."],
        [work("Varga", "Ports of Call", "2010")],
    ),
    # negatives
    (
        "negative: a phrase quoted in Greek prose",
        ["Η φράση «labour of the negative» ανήκει στον Hegel."],
        [],
    ),
    ("negative: a series and a place", ["Στη σειρά «Penguin Classics» (London, 1998)."], []),
    ("negative: a journal, a volume, a page", ["The journal «Harbour Notes» 12 (1998), 4."], []),
    ("negative: a place in guillemets", ["Published in «New York», 1998, σ. 4."], []),
    (
        "negative: a slogan, a place and a year",
        ["The slogan «No Borders» appeared in London in 1998, σ. 4."],
        [],
    ),
    ("negative: a quotation and a page", ["Varga calls it «the end of trade,» σ. 12."], []),
    (
        "negative: a quotation mid-sentence",
        ["Varga wrote that «the port is a market» in 1998."],
        [],
    ),
    (
        "negative: French guillemets with their spaces",
        ["Le mot « harbour » revient souvent, London 1998, σ. 4."],
        [],
    ),
    ("negative: a Greek phrase in guillemets", ["Η λέξη «λιμάνι» στο Λονδίνο, 1998, σ. 4."], []),
    ("negative: a publisher in guillemets", ["Η εταιρεία «Verso», London 1998."], []),
    ("negative pages: a place, a publisher, a year", [VARGA, "London: Verso, 1998, σ. 4."], []),
    ("negative pages: a Greek place and a year", [VARGA, "Αθήνα, 1998, σσ. 41–44."], []),
    ("negative pages: a publisher alone", [VARGA, "Verso, σ. 12."], []),
    ("negative pages: a year alone", [VARGA, "1998, σελ. 12."], []),
    ("negative pages: a volume", [VARGA, "Τόμος 3, σ. 12."], []),
    ("negative pages: a place alone", [VARGA, "New York, σ. 12."], []),
    ("negative pages: Greek prose", [VARGA, "Η απεργία κράτησε 12 μέρες, σ. 4."], []),
    ("negative pages: English prose", [VARGA, "The strike lasted 12 days in Bergen, σ. 4."], []),
    ("negative pages: a press", [VARGA, "Oxford University Press, σσ. 3–5."], []),
]


@pytest.mark.parametrize("rendering", ["markdown", "web"])
@pytest.mark.parametrize(("notes", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(notes: list[str], expected: list[Reading], rendering: str) -> None:
    if rendering == "web":
        notes = [web_copy(n) for n in notes]
    assert readings(notes) == expected


NEGATIVES = [c for c in CASES if c[0].startswith("negative")]


@pytest.mark.parametrize("notes", [c[1] for c in NEGATIVES], ids=[c[0] for c in NEGATIVES])
def test_negatives_give_no_author(notes: list[str]) -> None:
    """The last note of a negative row names no author to either reader."""
    assert surnames_read(notes[-1]) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varga, «Progress» (1962).", "Varga, “Progress” (1962)."),
        ("«Title,» *J*", "“Title,” *J*"),
        ("“Die «Kritik» der Häfen”", "“Die ‘Kritik’ der Häfen”"),
        ("«Το λιμάνι», «Ports»", "«Το λιμάνι», “Ports”"),
        ("« J'ai envie »", "« J'ai envie »"),
        ("«Holm: « J'ai envie »,»", "«Holm: « J'ai envie »,»"),
        ("«never closed", "«never closed"),
        ("«two\nlines»", "«two\nlines»"),
        ("«A»", "“A”"),
    ],
)
def test_english_quotes(text: str, expected: str) -> None:
    """Latin-script pairs set close take English marks, one character for one; French
    spacing, Greek words, nested or unclosed guillemets are left alone."""
    assert english_quotes(text) == expected
    assert len(english_quotes(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Varga, *Ports*, σ. 12.", "Varga, *Ports*, p. 12."),
        ("(σσ. 41–44)", "(pp. 41–44)"),
        ("σελ. 7", "p.   7"),
        ("σ.7", "p.7"),
        ("Οδυσσ. 4", "Οδυσσ. 4"),
        ("κ.σ. 4", "κ.σ. 4"),
        ("σ. Α΄", "σ. Α΄"),
        ("σελίδα 4", "σελίδα 4"),
    ],
)
def test_english_pages(text: str, expected: str) -> None:
    """Greek page marks before a page take the English ones, as long as they are."""
    assert english_pages(text) == expected
    assert len(english_pages(text)) == len(text)


@pytest.mark.parametrize(
    ("note", "pages"),
    [
        ("Varga, «Lectures on Trade», στο *Lectures on Ports*, 323.", "323"),
        ("Ilse Varga, *Ports of Call* (London: Verso, 2010), σσ. 41–44.", "σσ. 41–44"),
        ("Ilse Varga, *Ports of Call* (London: Verso, 2010), σελ. 41.", "σελ. 41"),
    ],
)
def test_citation_keeps_its_marks(note: str, pages: str) -> None:
    """A citation's text is the note's, with the marks the note wrote, and so are its
    pages."""
    (citation,) = built_from_note(note).note_citations
    assert (citation.text, citation.pages) == (note, pages)
