"""Issue 11, the eighteenth and nineteenth rounds: a year in the prose after a short form is
not the work's.

Synthetic documents (invented writers, titles and places; no corpus text, no works-cited
list). A short form with no page may end its sentence and leave the note to commentary:
"Vell, *Harbour Lights*. In 1921 the strike spread to Leeds." The reader reads details on
into the next sentence, as ISO 690 and German notes write them ("Rudd, *Salt and Iron*.
Essen 1994, S. 79"), and had taken the commentary's year for the work's: a full form of
1921, so its full form's deletion went unreported and the year disagreed with the list.
`note_prose_years` leaves a year in a sentence of prose to the prose; the nineteenth round
counts the lower-case words right after the year too ("Kessel's dating (1921) is
disputed."), and takes an editor's remark ("Quoted from …", "Cited in …", "Written 1921.")
for prose.

The negatives: the imprint in the next sentence (German, ISO 690), a subtitle then its
imprint, a reprint's sentence, given names with details read on, a page before the prose
(closed already), a year inside the short form's own words.
"""

from __future__ import annotations

from tests.note_tables import THREE_FULL, THREE_FULL_FORMS
from tests.test_note_short_form_decision import document_forms, form_table_tests, reported

FULL = THREE_FULL_FORMS
F3 = THREE_FULL

# (class, notes, form of each work read in order, notes reported by short-form-before-full)
CASES = [
    (
        "a sentence opened by 'In' and a year",
        [*FULL, "Kessel, *Harbour Lights*. In 1921 the strike spread to Leeds."],
        [*F3, "short"],
        [4],
    ),
    (
        "a month and a year after the prose's words",
        [*FULL, "Kessel, *Harbour Lights*. The strike of May 1921 spread to Leeds."],
        [*F3, "short"],
        [4],
    ),
    (
        "a year in brackets inside the prose",
        [*FULL, "Kessel, *Harbour Lights*. The strike (1921) spread to Leeds."],
        [*F3, "short"],
        [4],
    ),
    (
        "a preposition opening the sentence, the year later",
        [*FULL, "Kessel, *Harbour Lights*. After the war, in 1946, it was banned in Leeds."],
        [*F3, "short"],
        [4],
    ),
    (
        "lower-case words after the bracketed year",
        [*FULL, "Kessel, *Harbour Lights*. Kessel's dating (1921) is disputed."],
        [*F3, "short"],
        [4],
    ),
    (
        "a remark that the passage was quoted from another source",
        [*FULL, "Kessel, *Harbour Lights*. Quoted from the minutes, 3 May 1921."],
        [*F3, "short"],
        [4],
    ),
    (
        "a remark on when it was written",
        [*FULL, "Kessel, *Harbour Lights*. Written 1921."],
        [*F3, "short"],
        [4],
    ),
    (
        "negative: the work's imprint in the next sentence (German)",
        [*FULL, "Kessel: Hafenlichter. Essen 1994, S. 79."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a subtitle, then the imprint",
        [*FULL, "Ruth Kessel, Weimar im Abgrund. Politik und Gesellschaft 1930–1933, München "
         "2000, S. 512."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a reprint's sentence",
        [*FULL, "Kessel, *Harbour Lights*. Reprinted with a new preface, London 1999."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: an imprint, then a reprint's clause after a comma",
        [*FULL, "Kessel, *Harbour Lights*. London: Dale, 1921, reissued with a new preface "
         "by the author."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: the imprint's place and year, its publisher after the year",
        [*FULL, "Kessel, *Harbour Lights*. Leeds 1921 (Dale Press)."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a German imprint, then the page",
        [*FULL, "Kessel: Hafenlichter. Roman aus dem Hafen. Essen 1994, S. 79 f."],
        [*F3, "full"],
        [],
    ),
    (
        "negative: a page before the prose",
        [*FULL, "Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 3.",
         "Kessel, *Harbour Lights*, 44. In 1921 the strike spread to Leeds."],
        [*F3, "full", "short"],
        [],
    ),
    (
        "negative: the short form after its full form, prose after it",
        [*FULL, "Ruth Kessel, *Harbour Lights* (Leeds: Dale, 1999), 3.",
         "Kessel, *Harbour Lights*. In 1921 the strike spread to Leeds."],
        [*F3, "full", "short"],
        [],
    ),
]  # fmt: skip

test_forms_and_findings, test_balance = form_table_tests(CASES)


def test_the_prose_year_is_not_read() -> None:
    from citecheck.extract.note_citations import find_note_citations
    from citecheck.readers import read_bytes
    from tests.test_note_citation_rules import manuscript

    note = "Kessel, *Harbour Lights*. In 1921 the strike spread to Leeds."
    source = read_bytes("m.md", manuscript(*FULL, note).encode("utf-8"))
    assert find_note_citations(source)[-1].year == ""
    assert document_forms([*FULL, note])[-1] == "short"
    assert reported([*FULL, note]) == [4]
