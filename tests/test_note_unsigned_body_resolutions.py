"""Issue 11: a body's resolution, programme or report cited by its title, with the body in
the genitive after the kind of document, and an unsigned article with its paper there
(`extract/note_kind_bodies`, read through `note_no_author.UNSIGNED_LEAD`).

Constructed notes (invented bodies, papers and titles; real places). Chicago 14.75–14.79
cites a work with no personal author by its title, and DIN 1505 cites a party's resolution
so ("o. V."): "Resolution of the Central Committee, “Title,” …", "Beschluss des
Parteivorstands: „Titel“, …", "Απόφαση της ΚΕ του ΕΚΑ, «Τίτλος», …", and in prose after a
cue, "den Beschluss des Parteivorstands „Titel“ vom …"; Chicago 14.191 cites an unsigned
article by its title and its paper, which a note may name first: "the editorial in the
*Clarion*, “Title,” March 3, 1970". The body adopted the document and
is no personal writer: the work is read by its title with no author. Each row with italics
also in its web copy (no emphasis).

At least half the rows are negatives: a person's genitive after the kind (a writer kept),
a body in the author's place (kept as the corporate author), a person before the kind, the
kind and its body as the title itself (before a place and a year), prose, a kind with no
title, a page or a quantity after it."""

from __future__ import annotations

import pytest

from tests.note_tables import Reading, negative_table_tests, unsigned, web_copy
from tests.note_tables import one_note_readings as readings


def by(surname: str, title: str, year: str) -> Reading:
    return ("full", (surname,), title, year)


_ROWS: list[tuple[str, str, list[Reading]]] = [
    (
        "English: a resolution of a committee, a quoted title, a paper and a date",
        "Resolution of the Central Committee, “For a Workers’ Government,” *Party Life*, "
        "March 3, 1934.",
        [unsigned("For a Workers’ Government", "1934")],
    ),
    (
        "English: a committee of a party, several words",
        "Resolution of the Executive Committee of the Harbour Labour Party, “On the Docks,” "
        "*Party Life*, March 3, 1934.",
        [unsigned("On the Docks", "1934")],
    ),
    (
        "English: a body's acronym",
        "Resolution of the HLP, “On the Docks,” *Party Life*, March 3, 1934.",
        [unsigned("On the Docks", "1934")],
    ),
    (
        "English: the programme of a party in prose after a cue",
        "See the programme of the Harbour Labour Party “A Charter for the Docks,” *Party "
        "Life*, May 1, 1921.",
        [unsigned("A Charter for the Docks", "1921")],
    ),
    (
        "German: a resolution of the executive, a colon, place and year",
        "Beschluss des Parteivorstands: „Zur Lage der Partei“, Berlin 1931.",
        [unsigned("Zur Lage der Partei", "1931")],
    ),
    (
        "German: the resolution in prose after a cue, a date",
        "Siehe dazu den Beschluss des Parteivorstands „Zur Lage der Partei“ vom 12. Mai 1931.",
        [unsigned("Zur Lage der Partei", "1931")],
    ),
    (
        "German: acronyms of a committee and its party, a paper",
        "Beschluss des ZK der VAP „Zur Lage der Partei“, in: *Die Neue Glocke*, 14. Mai 1931.",
        [unsigned("Zur Lage der Partei", "1931")],
    ),
    (
        "German: a congress with its ordinal, a comma",
        "Resolution des VII. Weltkongresses, „Die Einheitsfront“, Moskau 1935.",
        [unsigned("Die Einheitsfront", "1935")],
    ),
    (
        "German: the congress's resolution in prose after a cue",
        "Vgl. die Resolution des VII. Weltkongresses „Die Einheitsfront“, Moskau 1935.",
        [unsigned("Die Einheitsfront", "1935")],
    ),
    (
        "Greek: a decision of the committee of a party, acronyms",
        "Απόφαση της ΚΕ του ΕΚΑ, «Για την ενότητα της εργατικής τάξης», Αθήνα 1935.",
        [unsigned("Για την ενότητα της εργατικής τάξης", "1935")],
    ),
    (
        "Greek: the decision in prose after a cue, a paper and a date",
        "Βλ. την απόφαση της ΚΕ «Για την ενότητα», *Νέα Σάλπιγγα*, 5 Απριλίου 1935.",
        [unsigned("Για την ενότητα", "1935")],
    ),
    (
        "Greek: a motion of the central committee in words",
        "Ψήφισμα της Κεντρικής Επιτροπής, «Για την ειρήνη», Αθήνα 1950.",
        [unsigned("Για την ειρήνη", "1950")],
    ),
    (
        "Greek: a plenary of the committee in prose after a cue",
        "Βλ. την απόφαση της Ολομέλειας της ΚΕ «Για την ειρήνη», *Νέα Σάλπιγγα*, 5 Απριλίου 1950.",
        [unsigned("Για την ειρήνη", "1950")],
    ),
    (
        "English: an editorial in a paper, the paper before the quoted title",
        "See also the editorial in the *Morning Clarion*, “The Road Ahead,” March 3, 1970.",
        [unsigned("The Road Ahead", "1970")],
    ),
    # negatives
    (
        "negative: English: a writer, the title, then the paper",
        "Jane Dale, “The Road Ahead,” in the *Morning Clarion*, March 3, 1970.",
        [by("Dale", "The Road Ahead", "1970")],
    ),
    (
        "negative: English: a review in a journal, a volume and a year, no title",
        "See the review in the *Harbour Review*, 4 (1970), 12.",
        [],
    ),
    (
        "negative: Greek: a person's genitive after the kind, the paper after the title",
        "Βλ. το άρθρο του Μπέλλου «Η απεργία», *Νέα Σάλπιγγα*, 3 Μαρτίου 1936.",
        [by("Μπέλλου", "Η απεργία", "1936")],
    ),
    (
        "negative: English: the kind and its paper, no title, a date and a page",
        "See the article in the Morning Clarion of March 3, 1970, p. 4.",
        [],
    ),
    (
        "negative: English: a person's genitive after the kind keeps the writer",
        "See the report of John Dale, “The Harbour Strike,” *Morning Clarion*, March 3, 1970.",
        [by("Dale", "The Harbour Strike", "1970")],
    ),
    (
        "negative: Greek: a person's genitive with an initial keeps the writer",
        "Βλ. το άρθρο του Α. Μπέλλου «Η απεργία στο λιμάνι», *Νέα Σάλπιγγα*, 12 Μαρτίου 1936.",
        [by("Μπέλλου", "Η απεργία στο λιμάνι", "1936")],
    ),
    (
        "negative: German: a body in the author's place stays the author",
        "Zentralkomitee der Arbeiterpartei, „Zur Lage der Partei“, Berlin 1931.",
        [by("Zentralkomitee der Arbeiterpartei", "Zur Lage der Partei", "1931")],
    ),
    (
        "negative: Greek: a body in the author's place stays the author",
        "Κεντρική Επιτροπή του Κόμματος, «Για την ενότητα», Αθήνα 1935.",
        [by("Κεντρική Επιτροπή του Κόμματος", "Για την ενότητα", "1935")],
    ),
    (
        "negative: German: a person before the kind and its body",
        "Anna Kolbe, Bericht des Parteivorstands, Berlin 1931, S. 5.",
        [by("Kolbe", "Bericht des Parteivorstands", "1931")],
    ),
    (
        "negative: German: the kind and its body inside a person's quoted title",
        "Anna Kolbe, „Der Bericht des Parteivorstands“, in: *Die Neue Glocke*, 14. Mai 1931.",
        [by("Kolbe", "Der Bericht des Parteivorstands", "1931")],
    ),
    (
        "negative: English: the kind and its body as the title before a place and a year",
        "Report of the Royal Commission on Labour (London, 1894), 12.",
        [unsigned("Report of the Royal Commission on Labour", "1894")],
    ),
    (
        "negative: German: a programme and its party as the title before a place and a year",
        "Programm der Volkspartei (Berlin 1925), S. 4.",
        [unsigned("Programm der Volkspartei", "1925")],
    ),
    (
        "negative: German prose: the kind and its body in a sentence with a year",
        "Der Bericht des Parteivorstands wurde 1931 gedruckt.",
        [],
    ),
    (
        "negative: German: the kind and its body with no title, a paper and a page",
        "Bericht des Parteivorstands, in: *Die Neue Glocke*, 14. Mai 1931, S. 3.",
        [],
    ),
    (
        "negative: English prose: the statement of a committee with a date and a page",
        "The statement of the Central Committee was printed on 3 March 1934, p. 4.",
        [],
    ),
    (
        "negative: Greek prose: the decision of a committee with a year and a page",
        "Η απόφαση της ΚΕ δημοσιεύτηκε το 1935, σ. 4.",
        [],
    ),
    (
        "negative: English: a quantity after the kind and its body",
        "Resolution of the Central Committee, 14 pages, 1934.",
        [],
    ),
    (
        "negative: English: a journal before a year after the kind and its body",
        "Resolution of the Central Committee, *Party Life* 4 (1934), 12.",
        [],
    ),
    (
        "negative: English: the resolution in lower case in prose, no title",
        "The resolution of the Harbour Labour Party, adopted in Leeds in 1922, failed.",
        [],
    ),
]


# A paper in italics after a German or a Greek genitive article: in a web copy, with no
# italics, that genitive may be a writer's ("des Genossen Brandler", "του Μπέλλου"), so
# these rows are Markdown only.
_MARKDOWN_ROWS: list[tuple[str, str, list[Reading]]] = [
    (
        "German: an editorial of a paper in italics before the title, a date",
        "Siehe den Leitartikel der *Neuen Glocke* „Die Lage im Revier“ vom 3. März 1932.",
        [unsigned("Die Lage im Revier", "1932")],
    ),
    (
        "Greek: an editorial of a paper in italics before the title, a date",
        "Βλ. επίσης το κύριο άρθρο της *Νέας Σάλπιγγας* «Η απεργία», 3 Μαρτίου 1936.",
        [unsigned("Η απεργία", "1936")],
    ),
]


def _with_web_copies(rows: list[tuple[str, str, list[Reading]]]) -> list[tuple]:
    """Each row, and its web copy where the note has italics to lose."""
    out: list[tuple] = []
    for name, note, expected in rows:
        out.append((name, note, expected))
        if "*" in note:
            out.append((name + " (web copy)", web_copy(note), expected))
    return out


CASES = _with_web_copies(_ROWS) + _MARKDOWN_ROWS


@pytest.mark.parametrize(("note", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reading(note: str, expected: list[Reading]) -> None:
    assert readings(note) == expected


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
