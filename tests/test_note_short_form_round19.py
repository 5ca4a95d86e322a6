"""short-form-before-full, round 19: what an earlier note must be to count as the full form
of a work later cited short (Chicago 14.29-14.36). Writers and titles are invented.

A short form is the writer's surname and a short title made of the full title's own words
(14.29): a short title with a word of substance the full title lacks shortens another work
of the writer, and a short form of it after only that other work's full form is a short
form before its full one. A full form given where a note does not stand, in the body's
first mention with its publication details, or a note's "hereafter cited as" that
announces the short title, is the full form the short ones refer back to.
"""

from __future__ import annotations

import pytest

from tests.helpers import lint_text

RULE = "short-form-before-full"


def document(*notes: str, body: tuple[str, ...] = ()) -> str:
    """Each note after a sentence of the body (`body`'s, where given)."""
    sentences = [body[n] if n < len(body) else "A claim." for n in range(len(notes))]
    text = "".join(f"{s}[^{n}] " for n, s in enumerate(sentences, 1)) + "\n\n"
    return text + "".join(f"[^{n}]: {note}\n\n" for n, note in enumerate(notes, 1))


def reported(text: str) -> list[int]:
    result = lint_text(text, RULE, name="m.md")
    return [f.data["note"] for f in result.findings if f.rule == RULE]


ORCHARDS = "Ada Marsh, *Orchards* (London: Dale, 1974), 3."
ESSAY = "Ada Marsh, “Orchards,” *Hill Review* 4 (1974): 12."
NORTHERN = "Ada Marsh, *The Long History of Glass in Northern Europe* (London: Dale, 1974), 3."
SCHRIFTEN = "Ada Marsh: *Schriften*, Berlin: Dietz 1974, S. 3."
REVOLUTIONEN = "Ada Marsh: *Die Revolutionen*, Berlin: Dietz 1974, S. 3."

# (notes, the notes reported): the writer's other work given in full is not this work.
OTHER_WORK = [
    # positives: the short title holds a word the full title lacks
    ((ESSAY, "Marsh, *Glass Orchard*, 41."), [2]),
    ((ORCHARDS, "Marsh, *The Orchard Keeper*, 41."), [2]),
    ((ORCHARDS, "Marsh, *Orchard Songs*, 41."), [2]),
    (("Ada Marsh, *Glass* (London: Dale, 1974), 3.", "Marsh, *Glass Houses*, 41."), [2]),
    (("Ada Marsh, *Letters* (London: Dale, 1974), 3.", "Marsh, *Letters from Exile*, 41."), [2]),
    ((NORTHERN, "Marsh, *Glass in Southern Europe*, 41."), [2]),
    ((SCHRIFTEN, "Marsh, Kleine Schriften, S. 41."), [2]),
    ((SCHRIFTEN, "Marsh, Schriften zur Politik, S. 41."), [2]),
    # negatives: the full title's own words, inflected, a volume's numeral, reordered
    ((NORTHERN, "Marsh, *Long History of Northern Glass*, 41."), []),
    ((NORTHERN, "Marsh, *Glass in Northern Europe*, 41."), []),
    ((ORCHARDS, "Marsh, *Orchards*, 41."), []),
    ((ORCHARDS, "Marsh, *Orchard*, 41."), []),
    (("Ada Marsh, *Capital* (London: Dale, 1974), 3.", "Marsh, *Capital I*, 41."), []),
    ((REVOLUTIONEN, "Marsh, Revolution, S. 41."), []),
    ((ESSAY, "Marsh, “Orchards,” 41."), []),
    # a quoted short title after the book's full form may name a part of the book
    ((ORCHARDS, "Marsh, “Orchard Letters,” 41."), []),
    (("Ada Marsh, *Glass Houses* (London: Dale, 1974), 3.", "Marsh, *Houses of Glass*, 41."), []),
    (
        (
            "Ada Marsh, *Glass Houses and Gardens* (London: Dale, 1974), 3.",
            "Marsh, *Glass Houses*, 41.",
        ),
        [],
    ),
    (
        (
            "Α. Μαρκάκης, *Ο γυάλινος κήπος*, Αθήνα: Κέδρος, 1974, σ. 12.",
            "Μαρκάκης, *Γυάλινος κήπος*, σ. 41.",
        ),
        [],
    ),
    # a place, a publisher, a year and a page after the short title are no words of it
    ((ORCHARDS, "Marsh, *Orchards*, London, 41."), []),
    ((ORCHARDS, "Marsh, *Orchards*, 1974, 41."), []),
]


@pytest.mark.parametrize(("notes", "expected"), OTHER_WORK)
def test_the_writers_other_work_is_not_this_work(notes: tuple[str, ...], expected: list) -> None:
    assert reported(document(*notes)) == expected


GLASS = "Ada Marsh, *The Glass Orchard and Other Essays* (London: Dale, 1974), 12"
GARTEN = "Ada Marsh: *Der gläserne Garten. Essays*, Berlin: Dietz 1974, S. 12"
KIPOS = "Α. Μαρκάκης, *Ο γυάλινος κήπος*, Αθήνα: Κέδρος, 1974, σ. 12"

# A short title announced at the full form ("hereafter cited as"): its short forms refer
# back to that full form, however little of the title they keep.
ANNOUNCED = [
    # negatives: the full form announced the short title
    ((f"{GLASS}; hereafter cited as *GO*.", "Marsh, *GO*, 41."), []),
    ((f"{GLASS} (hereafter *GOE*).", "Marsh, *GOE*, 41."), []),
    ((f"{GLASS}, henceforth *GOE*.", "Marsh, *GOE*, 41."), []),
    ((f"{GARTEN} (im Folgenden zitiert als: *GGE*).", "Marsh, *GGE*, S. 41."), []),
    ((f"{GARTEN} (künftig zitiert als *GGE*).", "Marsh, *GGE*, S. 41."), []),
    ((f"{KIPOS} (στο εξής: *ΓΚ*).", "Μαρκάκης, *ΓΚ*, σ. 41."), []),
    # positives: another writer's full form announced it, or nothing did, or no full form
    # stands before the announcement ("hereafter" in prose)
    (("Bo Lind, *Frost* (London: Dale, 1974), 12 (hereafter *GOE*).", "Marsh, *GOE*, 41."), [2]),
    ((f"{GLASS}.", "Marsh, *GO*, 41."), [2]),
    (("Hereafter, the party split.", "Marsh, *The Party*, 41."), [2]),
    (("Marsh is cited hereafter as *GO*.", "Marsh, *GO*, 41."), [2]),
    ((f"{GLASS} (hereafter *GOE*).", "Marsh, *Frost*, 41."), [2]),
]


@pytest.mark.parametrize(("notes", "expected"), ANNOUNCED)
def test_a_short_title_announced_at_the_full_form(notes: tuple[str, ...], expected: list) -> None:
    assert reported(document(*notes)) == expected


SHORT = "Marsh, *Glass Orchard*, 41."

# The full form in the body's first mention, with its publication details (a mention with
# none is no full form).
IN_THE_BODY = [
    # negatives: the body gives the work in full before the note
    (("In *The Glass Orchard* (London: Dale, 1974), Ada Marsh argues the point.",), [SHORT], []),
    (("Ada Marsh wrote *The Glass Orchard* (Paris 1974).",), [SHORT], []),
    (
        ("In *Der gläserne Garten* (Berlin: Dietz 1974) hat Ada Marsh gezeigt, dass",),
        ["Marsh, Gläserne Garten, S. 41."],
        [],
    ),
    (
        ("Στο βιβλίο του *Ο γυάλινος κήπος* (Αθήνα: Κέδρος, 1974) ο Α. Μαρκάκης δείχνει",),
        ["Μαρκάκης, *Γυάλινος κήπος*, σ. 41."],
        [],
    ),
    # positives: a mention without details, details of another work, no mention at all
    (("Ada Marsh, in *The Glass Orchard* (1974), argues.",), [SHORT], [1]),
    (("Ada Marsh argues in *The Glass Orchard* the point.",), [SHORT], [1]),
    (("Ada Marsh wrote *The Glass Orchard* in Paris (see chapter 3).",), [SHORT], [1]),
    (
        ("In *Frost* (London: Dale, 1974), Bo Lind argues against Marsh and her orchard glass.",),
        [SHORT],
        [1],
    ),
    # the body gives it in full only after the short form's marker
    (
        ("A claim.", "In *The Glass Orchard* (London: Dale, 1974), Ada Marsh argues."),
        [SHORT, "Marsh, *Glass Orchard*, 50."],
        [1],
    ),
]


@pytest.mark.parametrize(("body", "notes", "expected"), IN_THE_BODY)
def test_a_full_form_in_the_body(body: tuple[str, ...], notes: list, expected: list) -> None:
    assert reported(document(*notes, body=body)) == expected
