"""Issue 11, the nineteenth round: a year in the writer's comment after a short form is not
the work's (`note_comment_years`).

Synthetic documents (invented writers, titles and places; no corpus text, no works-cited
list). A short form (Chicago 14.29-14.30) may be followed by the note writer's comment:
"Kessel, *Harbour Lights*, 44, on the strike of May 1921." The details reader took the
comment's year for the work's date, so the short form read as a full form of 1921 and its
own full form's absence went unreported. A year governed by a preposition or a participle
("of May 1921", "on 1921", "for 1921", "first published 1921"), or qualifying a lower-case
noun ("1921 census"), after a surname and a title with nothing else, is the comment's.

The negatives: a year alone in brackets beside the title, after an edition, as a date after
a comma, an issue's date, an imprint before the comment, "1921 edition", given names before
the title (a full form that lacks its details: not this class).
"""

from __future__ import annotations

import pytest

from tests.note_tables import THREE_FULL, THREE_FULL_FORMS, last_note_readings
from tests.test_note_short_form_decision import form_table_tests

FULL = THREE_FULL_FORMS
F3 = THREE_FULL


def _row(name: str, note: str, form: str) -> tuple[str, list[str], list[str], list[int]]:
    """A row of `form_table_tests`: the note after three full forms of other works; a short
    form's missing full form is reported (note 4), a full form's is not."""
    return (name, [*FULL, note], [*F3, form], [4] if form == "short" else [])


CASES = [
    _row("a page, then 'on the strike of May 1921'",
         "Kessel, *Harbour Lights*, 44, on the strike of May 1921.", "short"),
    _row("a chapter, then '(on 1921)'", "Kessel, *Harbour Lights*, ch. 3 (on 1921).", "short"),
    _row("a table, then '(figures for 1921)'",
         "Kessel, *Harbour Lights*, 44, table 2 (figures for 1921).", "short"),
    _row("a year before a lower-case noun", "Kessel, *Harbour Lights*, note on sources (1921 "
         "census).", "short"),
    _row("a page, then '(first published 1921)'",
         "Kessel, *Harbour Lights*, 44 (first published 1921).", "short"),
    _row("a cue, then 'for the strike of May 1921'",
         "See Kessel, *Harbour Lights*, for the strike of May 1921.", "short"),
    _row("negative: an edition and a year in brackets",
         "Kessel, *Harbour Lights*, 2nd ed. (1921), 44.", "full"),
    _row("negative: a date after a comma", "Kessel, *Harbour Lights*, May 1921, 44.", "full"),
    _row("negative: an issue's date", "Kessel, “Harbour Lights,” *Coastal Review* 12 (May "
         "1921): 44.", "full"),
    _row("negative: an imprint, then the comment",
         "Kessel, *Harbour Lights* (Leeds: Dale, 1921), on the strike, 44.", "full"),
    _row("negative: the year of an edition named", "Kessel, *Harbour Lights*, 1921 edition, "
         "44.", "full"),
    _row("negative: given names, then 'on the strike of 1921'",
         "Ruth Kessel, *Harbour Lights*, on the strike of 1921.", "full"),
]  # fmt: skip

test_forms_and_findings, test_balance = form_table_tests(CASES)


# The twentieth round: a year after the short form's page, with the writer's words between
# them and no imprint (a full form's date comes before its page, Chicago 14.18). The
# negatives: a year alone after the page, a place and a year after it, an imprint's
# publisher in lower case, an original year in square brackets, a translator.
AFTER_PAGE = [
    _row("a relative clause after the page",
         "Kessel, *Harbour Lights*, 44, who was in Leeds, 1921–22.", "short"),
    _row("another source's date after the page",
         "Kessel, *Harbour Lights*, 44, quoting the *Leeds Courier*, 2 May 1921.", "short"),
    _row("a letter's date after the page",
         "Kessel, *Harbour Lights*, 44, dated 12 March 1921.", "short"),
    _row("a remark in brackets after the page",
         "Kessel, *Harbour Lights*, 44 (emphasis in the original, 1921 edition).", "short"),
    _row("negative: a year alone after the page", "Kessel, *Harbour Lights*, 44, 1921.",
         "full"),
    _row("negative: a place and a year after the page",
         "Kessel, *Harbour Lights*, 44, London, 1921.", "full"),
    _row("negative: a number, then an imprint in brackets",
         "Kessel, *Harbour Lights*, 3 (Leeds: the author, 1921), 44.", "full"),
    _row("negative: a year in square brackets after the page",
         "Kessel, *Harbour Lights*, 44 [1921].", "full"),
]  # fmt: skip

test_after_page_forms_and_findings, test_after_page_balance = form_table_tests(AFTER_PAGE)


@pytest.mark.parametrize("note", [CASES[0][1][-1], CASES[3][1][-1]])
def test_the_comments_year_is_not_the_works(note: str) -> None:
    (reading,) = last_note_readings([*FULL, note])
    assert reading[0] == "short" and reading[3] == ""


# The twenty-second round: another writer's year. A short form followed by the source the
# passage is quoted from, or a writer who discussed it, as an author-date citation ("…,
# quoted in Roe (1990), 4."): the year is Roe's (Chicago 15.9), and the short form stayed a
# full form of 1990, its own full form's absence unreported. The negatives: a translator's,
# an editor's or a reprint's year (an edition of the work), a place and a year, a year
# beside the title before the cue, a periodical's issue after "quoted in", "in" alone
# before a name (a place or a collection as often as a writer), given names before the
# title.
ANOTHER_WRITER = [
    _row("quoted in a surname and a bracketed year",
         "Kessel, *Harbour Lights*, quoted in Roe (1990).", "short"),
    _row("cited in a surname, a year and a page",
         "Kessel, *Harbour Lights*, cited in Roe 1990, 4.", "short"),
    _row("German: zitiert nach, two writers",
         "Kessel, *Harbour Lights*, zitiert nach Roe und Hale (1990), S. 4.", "short"),
    _row("as discussed by an initial and a surname",
         "Kessel, *Harbour Lights*, as discussed by A. Roe (1990).", "short"),
    _row("a reply to several writers, a square bracket",
         "Kessel, “The Long Strike,” a reply to Roe et al. [1990].", "short"),
    _row("negative: a translator's year", "Kessel, *Harbour Lights*, trans. Ann Roe (1990).",
         "full"),
    _row("negative: a reprint's year", "Kessel, *Harbour Lights*, reprinted in Roe (1990).",
         "full"),
    _row("negative: a place and a year", "Kessel, *Harbour Lights*, Leeds 1990.", "full"),
    _row("negative: the work's year before 'quoted in'",
         "Kessel, *Harbour Lights* (1990), quoted in Roe, 4.", "full"),
    _row("negative: quoted in a periodical's issue",
         "Kessel, *Harbour Lights*, quoted in *Leeds Review* 3 (1990).", "full"),
    _row("negative: 'in' alone before a name", "Kessel, *Harbour Lights*, in Roe 1990.",
         "full"),
    _row("negative: given names before the title",
         "Ruth Kessel, *Harbour Lights*, quoted in Roe (1990).", "full"),
]  # fmt: skip

test_another_writer_forms_and_findings, test_another_writer_balance = form_table_tests(
    ANOTHER_WRITER
)
