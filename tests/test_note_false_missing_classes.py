"""Classes of false `missing-reference` on clean documents (issue 11, round 19).

Counted on the check halves (counts only): a bare "@name" read as a pandoc key in a document
that uses no pandoc citations, and a works-cited entry of a writer and a year alone written
given-first, as the note writes the name, that the list reader did not read. Each class is
proven with constructed rows (invented writers and titles), at least half of them
negatives: documents where the finding must still be made.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.bibliography import load_bibliography
from citecheck.bibliography.reflist import references_in_list
from citecheck.engine import LintOptions, lint_source
from citecheck.model import Bibliography
from tests.helpers import source_of

LIST = "\n\n## Works cited\n\n"
OTHER_ENTRY = "Halden Reeve, *Crossings*, 2011."  # so that the list is never empty


def missing(text: str, bibliography: Bibliography | None = None) -> list[str]:
    """The citations reported as missing, as the finding's data names them."""
    result = lint_source(
        source_of(text, "m.md"), LintOptions(select=("C101",)), bibliography=bibliography
    )
    return [str(f.data.get("citation")) for f in result.findings if f.rule == "missing-reference"]


# Chicago 17th ed. 14.209: a post cited with its writer's handle. The document lists its
# works by hand and writes no "[@key]": the handles are no citation keys.
HANDLE_NOTES = [
    (
        "an Instagram photo with the handle in brackets",
        "Wenna Osk (@wennaosk), “Low tide at the pier,” Instagram photo, July 9, 2017.",
        "Wenna Osk, *Low tide at the pier*, 2017.",
    ),
    (
        "a post with the handle and a link",
        "Mara Quillfeather (@quillmara), “The harbour at dusk,” Twitter post, March 3, 2019, "
        "https://twitter.com/quillmara/status/1.",
        "Mara Quillfeather, *The harbour at dusk*, 2019.",
    ),
    (
        "a handle named in the note's prose",
        "As @fennwick put it at the time, the ferry was late; see Halden Reeve, *Crossings* "
        "(Hull: Tidewater, 2011), 4.",
        "Halden Reeve, *Crossings*, 2011.",
    ),
]


@pytest.mark.parametrize(("case", "note", "entry"), HANDLE_NOTES, ids=[r[0] for r in HANDLE_NOTES])
def test_a_handle_in_a_document_without_pandoc_citations_is_no_key(
    case: str, note: str, entry: str
) -> None:
    text = f"Body text.[^1]\n\n[^1]: {note}\n" + LIST + entry + "\n"
    assert missing(text) == []


def test_a_handle_in_the_body_is_no_key() -> None:
    text = (
        "The account @tidewatch posted the photographs first.[^1]\n\n"
        "[^1]: Halden Reeve, *Crossings* (Hull: Tidewater, 2011), 4.\n"
        + LIST
        + "Halden Reeve, *Crossings*, 2011.\n"
    )
    assert missing(text) == []


# Negatives: where a key can be resolved, or the document writes pandoc citations, or the
# work itself is unlisted, the finding is still made.
def test_a_bare_key_is_missing_when_a_bibliography_file_is_given(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text("@book{reeve2011, author = {Reeve, Halden}, year = 2011}\n", encoding="utf-8")
    text = "As @reeve2011 and @osk2017 argue, the tide turns.\n"
    assert missing(text, load_bibliography([str(bib)])) == ["@osk2017"]


def test_a_bare_key_is_missing_where_the_document_writes_bracketed_keys() -> None:
    text = (
        "The tide turns [@reeve2011, 4], as @osk2017 says.\n" + LIST + "Reeve, Halden. 2011. "
        "*Crossings*. Hull: Tidewater.\n"
    )
    assert missing(text) == ["@osk2017"]


def test_a_bracketed_key_of_no_entry_is_missing() -> None:
    text = "The tide turns [@osk2017].\n" + LIST + "Reeve, Halden. 2011. *Crossings*.\n"
    assert missing(text) == ["@osk2017"]


def test_the_post_of_a_handle_is_missing_when_its_work_is_unlisted() -> None:
    text = (
        "Body text.[^1]\n\n[^1]: Wenna Osk (@wennaosk), “Low tide at the pier,” Instagram "
        "photo, July 9, 2017.\n" + LIST + "Halden Reeve, *Crossings*, 2011.\n"
    )
    found = missing(text)
    assert len(found) == 1 and found[0].startswith("Wenna Osk")


def test_an_author_year_citation_beside_a_handle_is_missing_when_unlisted() -> None:
    text = (
        "The account @tidewatch posted first (Osk 2017, 4).\n"
        + LIST
        + "Reeve, Halden. 2011. *Crossings*. Hull: Tidewater.\n"
    )
    assert missing(text) == ["Osk 2017"]


# A work known by its writer and year (a post, an interview, a letter) is listed as the
# note names it: "Tobin Vark, 2020." The list reader reads such a line, when it opens a
# paragraph, as an entry.
NAME_YEAR_ENTRIES = [
    ("one writer", "Tobin Vark, Twitter post, May 4, 2020, 9:14 a.m.", "Tobin Vark, 2020."),
    (
        "a particle",
        "Simone de Vries, Facebook post, April 2, 2016.",
        "Simone de Vries, 2016.",
    ),
    (
        "initials",
        "J. P. Fennick, Twitter post, January 5, 2015.",
        "J. P. Fennick, 2015.",
    ),
]


@pytest.mark.parametrize(
    ("case", "note", "entry"), NAME_YEAR_ENTRIES, ids=[r[0] for r in NAME_YEAR_ENTRIES]
)
def test_an_entry_of_a_name_and_a_year_holds_its_work(case: str, note: str, entry: str) -> None:
    text = f"Body text.[^1]\n\n[^1]: {note}\n" + LIST + entry + "\n\n" + OTHER_ENTRY + "\n"
    assert missing(text) == []


def test_two_writers_and_a_year_are_read_as_an_entry() -> None:
    source = source_of(LIST + "Ilse Morrow and Pell Andrade, 2018.\n", "m.md")
    assert [[a.surname for a in r.authors] for r in references_in_list(source)] == [
        ["Morrow", "Andrade"]
    ]


# Negatives: other years, other writers, imprints and prose make no entry, or no match.
@pytest.mark.parametrize(
    ("case", "entry"),
    [
        ("another year", "Tobin Vark, 2019."),
        ("another writer", "Tobin Varga, 2020."),
        ("a place and a year", "New York, 2020."),
        ("prose", "See Tobin Vark, 2020."),
        ("a lower-case phrase", "the harbour at dusk, 2020."),
        ("a name and a year with more after it", "Tobin Vark, 2020, 14."),
    ],
)
def test_the_work_is_missing_where_no_entry_of_its_writer_and_year_stands(
    case: str, entry: str
) -> None:
    note = "Body text.[^1]\n\n[^1]: Tobin Vark, Twitter post, May 4, 2020.\n"
    text = note + LIST + OTHER_ENTRY + "\n\n" + entry + "\n"
    assert len(missing(text)) == 1


@pytest.mark.parametrize(
    "lines",
    [
        "Reeve, Halden. *Crossings*.\nNew York, 2011.",
        "Reeve, Halden. *Crossings*. Hull: Tidewater,\nFenwick Press, 2011.",
    ],
)
def test_an_imprint_line_inside_an_entry_is_no_entry(lines: str) -> None:
    source = source_of(LIST + lines + "\n", "m.md")
    surnames = [a.surname for r in references_in_list(source) for a in r.authors]
    assert "York" not in surnames and "Press" not in surnames


# A title named in running text with its year, its italics lost in a web copy: the title's
# last word and the bracket read as a narrative citation. Where the document lists or cites
# in a note a work of that title and year, and the text writes the title out before the
# bracket, the bracket names the title's year.
TITLED_NOTES = (
    "[^1]: Mira Osk, *Waiting for Halden* (Hull: Tidewater, 1999), 4.\n"
    "[^2]: Tobin Vark, *Tides over Fenwick: A Coastal History* (Leeds: Fenwick Press, 2001), 9.\n"
    "[^3]: Ilse Morrow, *A Year with Marten* (Hull: Tidewater, 2004), 12.\n"
)
TITLED_LIST = (
    LIST + "Mira Osk, *Waiting for Halden*, 1999.\n\n"
    "Tobin Vark, *Tides over Fenwick: A Coastal History*, 2001.\n\n"
    "Ilse Morrow, *A Year with Marten*, 2004.\n"
)


def titled(sentence: str, *, notes: str = TITLED_NOTES, listed: str = TITLED_LIST) -> str:
    return f"{sentence}[^1] More.[^2] And.[^3]\n\n{notes}" + listed


@pytest.mark.parametrize(
    "sentence",
    [
        "She wrote Waiting for Halden (1999) in exile.",
        "As Tides over Fenwick (2001) shows, it was late.",
        "In 2003, Tides over Fenwick: A Coastal History (2001) was reissued.",
        "The memoir A Year with Marten (2004) sold well.",
    ],
)
def test_a_listed_title_with_its_year_is_no_citation(sentence: str) -> None:
    assert missing(titled(sentence)) == []


def test_a_title_only_in_a_note_with_its_year_is_no_citation() -> None:
    listed = LIST + OTHER_ENTRY + "\n"  # the list lacks the titles; the notes give them
    text = titled("She wrote Waiting for Halden (1999) in exile.", listed=listed)
    assert "Halden, 1999" not in labels_missing(text)


# Negatives: a writer of the title's last name, a title of another year, a title not
# written out, a one-word title: the citation is still missing.
@pytest.mark.parametrize(
    ("sentence", "citation"),
    [
        ("As Fenwick (2001) argues, it was late.", "Fenwick, 2001"),
        ("As Halden (1999) argues, it was late.", "Halden, 1999"),
        ("She wrote Waiting for Halden (2003) in exile.", "Halden, 2003"),
        ("As Marten (2004) shows, the memoir sold well.", "Marten, 2004"),
    ],
)
def test_a_writer_named_like_a_title_is_still_missing(sentence: str, citation: str) -> None:
    assert citation in labels_missing(titled(sentence))


def test_a_one_word_title_is_no_evidence() -> None:
    notes = "[^1]: Mira Osk, *Halden* (Hull: Tidewater, 1999), 4.\n"
    listed = LIST + "Mira Osk, *Halden*, 1999.\n"
    text = "As Halden (1999) shows, it was late.[^1]\n\n" + notes + listed
    assert "Halden, 1999" in labels_missing(text)


def labels_missing(text: str) -> list[str]:
    """The missing citations by their labels ("Halden, 1999")."""
    result = lint_source(source_of(text, "m.md"), LintOptions(select=("C101",)))
    return [f.message.split("`")[1] for f in result.findings if "`" in f.message]
