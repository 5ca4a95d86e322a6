"""Issue 11, round 18: a link's hidden address is no publication detail.

Synthetic documents (invented writers, titles, sites and addresses; no corpus text, no
works-cited list). A Markdown note may hang an address on its title: "Vell, [*Harbour
Lights*](https://example.org/v), 44.". The page prints "Vell, *Harbour Lights*, 44.", a
surname, a short title and a page: a short form (Chicago 14.29), which is how a web copy of
the page reads it. An address written out ("https://…", "<https://…>") is printed and is a
detail a full form gives (Chicago 14.6); so are a year, an imprint and a periodical.
`note_hidden_links` reads a note whose only detail is a hidden address by its printed words,
so the Markdown and the web copy agree, and a short form whose full form was taken out is
reported (`short-form-before-full`).

The negatives: an address written out or in angle brackets, or as a link whose words are
the address ("Available online at: [https://…](https://…)", the work before's); given
names before the title (an incomplete full form, as the page prints it); a year, an imprint or a periodical beside
the hidden address; a link on a word of the prose, not on a work; the short form given
after its full form (no finding either way). Each row gives the form of every work read and
the notes reported by short-form-before-full; each is read again as its web copy, which
must agree.
"""

from __future__ import annotations

import re

import pytest

from citecheck.extract.note_citations import find_note_citations
from citecheck.readers import read_bytes
from tests.note_tables import THREE_FULL, THREE_FULL_FORMS
from tests.test_note_citation_rules import manuscript
from tests.test_note_short_form_decision import document_forms, form_table_tests, reported

FULL = THREE_FULL_FORMS
F3 = THREE_FULL
LINK = "https://example.org/kessel/strike"

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "a surname and an emphasised title behind a link, a page: short, its full form missing",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}), 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "a quoted title behind a link, its comma inside the link's words",
        [*FULL, f"Kessel, [“The Long Strike,”]({LINK}) 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "a link on the title, no page",
        [*FULL, f"Kessel, [“The Long Strike.”]({LINK})"],
        [*F3, "short"],
        [4],
    ),
    (
        "a link whose address has brackets in it",
        [*FULL, "Kessel, [*Harbour Lights*](https://example.org/wiki/Lights_(book)), 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "after a lead-in",
        [*FULL, f"See Kessel, [*Harbour Lights*]({LINK}), 44–45."],
        [*F3, "short"],
        [4],
    ),
    (
        "a link on the whole short form",
        [*FULL, f"[Kessel, *Harbour Lights*, 44.]({LINK})"],
        [*F3, "short"],
        [4],
    ),
    (
        "a link on the page",
        [*FULL, f"Kessel, *Harbour Lights*, [44]({LINK})."],
        [*F3, "short"],
        [4],
    ),
    (
        "negative: a link on the whole full form",
        [*FULL, f"[Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 44.]({LINK})"],
        [*F3, "full"],
        [],
    ),
    (
        "a link on 'Ibid.'",
        [*FULL, "Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 3.", f"[Ibid.]({LINK}), 45."],
        [*F3, "full", "ibid"],
        [],
    ),
    (
        "negative: the address of the work before, as a link whose words are the address",
        [*FULL, "Available online at: [https://example.org/stiles/tide.htm]"
         "(https://example.org/stiles/tide.htm)"],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a link on a plain title's words in prose",
        [*FULL, f"See the [Strike Report]({LINK}) for more, 44."],
        [*F3],
        [],
    ),
    (
        "negative: a link on a word of a note with no work",
        [*FULL, f"On the [strike]({LINK}) the papers said nothing, 44."],
        [*F3],
        [],
    ),
    (
        "negative: the full form before it, so no finding",
        [*FULL, "Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 3.",
         f"Kessel, [*Harbour Lights*]({LINK}), 44."],
        [*F3, "full", "short"],
        [],
    ),
    (
        "negative: the address written out after the title",
        [*FULL, f"Kessel, “The Long Strike,” {LINK}."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: the address in angle brackets, which the page prints",
        [*FULL, f"Kessel, “The Long Strike,” <{LINK}>."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: given names before the linked title",
        [*FULL, f"Ruth Kessel, [*Harbour Lights*]({LINK})."],
        [*F3, "full"],
        [],
    ),
    (
        "spaces around the link's address (CommonMark 6.3): short, its full form missing",
        [*FULL, f"Kessel, [*Harbour Lights*]( {LINK} ), 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "an address with a space in angle brackets, a link title: short, its full form missing",
        [*FULL, f"Kessel, [*Harbour Lights*](<{LINK}/a page> \"Kessel's site\"), 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "negative: a space before the bracket, no link: the address printed",
        [*FULL, f"Kessel, *Harbour Lights*, 44 ({LINK})."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: the link's address written out again in the note's words, printed",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}), 44, {LINK}."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a periodical and a year beside the link",
        [*FULL, f"Kessel, [“The Long Strike,”]({LINK}) *Jacobin*, 12 May 2020."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: an imprint beside the linked title",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}) (Leeds: Dale, 1999), 44."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a link on the prose, the work given in full",
        [*FULL, f"On the [strike]({LINK}) see Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999)."],
        [*F3, "full"],
        [],
    ),
]  # fmt: skip

test_forms_and_findings, test_balance = form_table_tests(CASES)


def _printed(note: str) -> str:
    """The note as a web page copies it: link words kept, targets and emphasis gone."""
    return re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", note).replace("*", "")


@pytest.mark.parametrize(
    ("notes", "forms", "notes_reported"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_web_copy_agrees(notes: list[str], forms: list[str], notes_reported: list[int]) -> None:
    printed = [_printed(n) for n in notes]
    assert (document_forms(printed), reported(printed)) == (forms, notes_reported)


# A link inside a title's marks leaves its marker in the words read: the title is the
# printed words, the marker its address.
# (note, title read)
TITLES = [
    (f"Kessel, “[The Long Strike]({LINK}),” 44.", "The Long Strike"),
    (f"Kessel, _[Harbour Lights]({LINK})_, 44.", "Harbour Lights"),
    (f"Ruth Kessel, “[The Long Strike]({LINK}),” *Jacobin*, 12 May 2020.", "The Long Strike"),
]


@pytest.mark.parametrize(("note", "title"), TITLES)
def test_title_without_the_link_marker(note: str, title: str) -> None:
    source = read_bytes("m.md", manuscript(*FULL, note).encode("utf-8"))
    last = find_note_citations(source)[-1]
    assert (last.title, bool(last.url)) == (title, True)


# Round 21: the printed words may close with the writer's remark after the page ("…, 44,
# emphasis added."), as a short form's do (Chicago 13.68), and a work with no writer may
# hang its address on its title ("[*Harbour Lights*](…), 44.", a short title and a page:
# Chicago 14.32). Both were read full by the hidden address alone.
# (class, notes, form of each work read in order, notes reported by short-form-before-full)
PRINTED_CLOSE_CASES = [
    (
        "a remark after the page: short, its full form missing",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}), 44, emphasis added."],
        [*F3, "short"],
        [4],
    ),
    (
        "a bracketed remark after 'p.' and the page",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}), p. 44 (my translation)."],
        [*F3, "short"],
        [4],
    ),
    (
        "two writers, a remark",
        [*FULL, f"Kessel and Roe, [“The Long Strike,”]({LINK}) 44, italics in original."],
        [*F3, "short"],
        [4],
    ),
    (
        "no writer: a linked title and a page",
        [*FULL, f"[*Harbour Lights*]({LINK}), 44."],
        [*F3, "short"],
        [4],
    ),
    (
        "negative: a remark, the short form after its full form",
        [*FULL, "Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 3.",
         f"Kessel, [*Harbour Lights*]({LINK}), 44, emphasis added."],
        [*F3, "full", "short"],
        [],
    ),
    (
        "negative: a remark and the address written out",
        [*FULL, f"Kessel, [*Harbour Lights*]({LINK}), 44, emphasis added, {LINK}."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: given names before the title, a remark",
        [*FULL, f"Ruth Kessel, [*Harbour Lights*]({LINK}), 44, emphasis added."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: no writer, a linked title and no page",
        [*FULL, f"[*Harbour Lights*]({LINK})."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: no writer, a linked title and its imprint",
        [*FULL, f"[*Harbour Lights*]({LINK}) (Leeds: Dale, 1999), 44."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a periodical and a date after the title, a remark",
        [*FULL, f"Kessel, [“The Long Strike,”]({LINK}) *Jacobin*, 12 May 2020, emphasis added."],
        [*F3, "full"],
        [],
    ),
]  # fmt: skip

test_printed_close_forms, test_printed_close_balance = form_table_tests(PRINTED_CLOSE_CASES)


def _printed_markdown(note: str) -> str:
    """The note's printed words, its emphasis kept: the link's words without its address."""
    return re.sub(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1", note)


# The positives' forms are those of their printed words, read as Markdown.
PRINTED_CLOSE_POSITIVES = [c for c in PRINTED_CLOSE_CASES if not c[0].startswith("negative")]


@pytest.mark.parametrize(
    ("notes", "forms"),
    [c[1:3] for c in PRINTED_CLOSE_POSITIVES],
    ids=[c[0] for c in PRINTED_CLOSE_POSITIVES],
)
def test_printed_close_reads_as_its_printed_words(notes: list[str], forms: list[str]) -> None:
    assert document_forms([_printed_markdown(n) for n in notes]) == forms


# The twenty-second round: where the text is read, after the page, as the link's words
# ("…, 44; available at [Archive.org](…)."). The page prints a site's name, no address: a
# surname, a short title, a page and where to read it, a short form, as the web copy reads
# it. The negatives: the address written out there, or as the link's words (a full form
# whose page points at a place in the page, reported as before: `note_surname_address`);
# an imprint before the page; a periodical beside the title; given names and no page.
# (class, notes, form of each work read in order, notes reported by short-form-before-full)
WHERE_READ_CASES = [
    (
        "'available at' a site's name after the page: short, its full form missing",
        [*FULL, f"Kessel, *Harbour Lights*, 44; available at [Archive.org]({LINK})."],
        [*F3, "short"],
        [4],
    ),
    (
        "a new sentence, 'Available online at' a press's name",
        [*FULL, f"Kessel, “The Long Strike,” 44. Available online at [the Dale Press]({LINK})."],
        [*F3, "short"],
        [4],
    ),
    (
        "two writers, 'accessible from' a library's name",
        [*FULL, f"Kessel and Roe, *Harbour Lights*, 44. Accessible from [Leeds Library]({LINK})."],
        [*F3, "short"],
        [4],
    ),
    (
        "negative: the address written out after 'available at'",
        [*FULL, f"Kessel, *Harbour Lights*, 44; available at {LINK}."],
        [*F3, "full"],
        [4],
    ),
    (
        "negative: the link's words are its address",
        [*FULL, f"Kessel, *Harbour Lights*, 44; available at [{LINK}]({LINK})."],
        [*F3, "full"],
        [4],
    ),
    (
        "negative: an imprint before the page",
        [*FULL, f"Kessel, *Harbour Lights* (Leeds: Dale, 1999), 44; available at [Archive.org]({LINK})."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: given names before the title and no page",
        [*FULL, f"Ruth Kessel, *Harbour Lights*; available at [Archive.org]({LINK})."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a periodical and a date beside the title",
        [*FULL, f"Kessel, “The Long Strike,” *Jacobin*, 12 May 2020, 4; available at [Jacobin]({LINK})."],
        [*F3, "full"],
        [],
    ),
]  # fmt: skip

test_where_read_forms, test_where_read_balance = form_table_tests(WHERE_READ_CASES)

# The rows with no address printed, as a web copy prints them: read alike.
WHERE_READ_PRINTED = [
    (name, [_printed(n) for n in notes], forms, notes_reported)
    for name, notes, forms, notes_reported in WHERE_READ_CASES
    if LINK not in _printed(notes[-1])
]
test_where_read_web_copy_agrees, _ = form_table_tests(WHERE_READ_PRINTED)
