"""Issue 11, round 22: three Greek classes of full forms the written check halves miss, in
counts (no check note was read): co-authors with initials joined by a close dash, a source
after "στο:" inside the note's prose, and a translator's note naming the Greek translation
by its writer as the Greek edition spells him.

Constructed notes (invented writers, titles and journals; real places and publishers only
as places and publishers). Greek academic practice, as Greek journals and publishers write
their notes:
- co-authors or co-editors joined by a dash set close, each with an initial: "Κ.
  Δρακόπουλος–Ν. Φιλντίσης (επιμ.), *Τίτλος*, Αθήνα: Πόλις, 2001" (`note_patterns.NAMES`);
  a place range ("Αθήνα–Γιάννενα", "Berlin–New York") has no initials and is no list;
- "στο:" ("in:") inside a sentence before the source, its writer or editor named with an
  initial ("Η άποψη στηρίζεται στο: Λ. Βερναρδάκης (επιμ.), *…*, Θεσσαλονίκη: Επίκεντρο,
  1999"), read only with a title and a year (`note_reading._INNER_START`); a place, a
  publisher, an institution, or a name with only a page after "στο:" is no source;
- a translator's note "[Ελλ. μτφρ.: Χέιλ, *…*, μτφρ. …, Αθήνα 2003 — Σ.τ.Μ.]" after the
  original: the Greek translation as a work of its own, its writer by the surname alone or
  with a transliterated given name no list knows (`note_greek_translations`); a translator
  and an imprint, a publisher alone, or a plain title with no translator after it is not.

At least half the rows are negatives; none gives a place, publisher or journal as an
author, and the author-year reader reads nothing in them. Each row is read as Markdown and
as a web copy (no emphasis)."""

from __future__ import annotations

from tests.note_tables import (
    Reading,
    negative_table_tests,
    rendering_table_tests,
    surnames_read,
    web_copy,
)


def full(surnames: str, title: str, year: str) -> Reading:
    return ("full", tuple(surnames.split("/")), title, year)


VERNARDAKIS = "Λ. Βερναρδάκης (επιμ.), *Ο νόμος των πολλών*, Θεσσαλονίκη: Επίκεντρο, 1999."
SALT = "R. Hale, *The Salt Roads*, London: Verso, 1999, p. 45."

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    # co-authors joined by a close dash
    (
        "two editors with initials joined by a close dash",
        "Κ. Δρακόπουλος–Ν. Φιλντίσης (επιμ.), *Σύνορα και αγορές*, Αθήνα: Πόλις, 2001, σ. 12.",
        [full("Δρακόπουλος/Φιλντίσης", "Σύνορα και αγορές", "2001")],
        [full("Δρακόπουλος/Φιλντίσης", "Σύνορα και αγορές", "2001")],
    ),
    (
        "two writers joined by a close dash, an article in a journal",
        "Α. Ζαχαρίου–Λ. Μαυρέλη, «Οι απεργίες του λιμανιού», *Τετράδια Ιστορίας* 14 (1993), "
        "σσ. 45-67.",
        [full("Ζαχαρίου/Μαυρέλη", "Οι απεργίες του λιμανιού", "1993")],
        [full("Ζαχαρίου/Μαυρέλη", "Οι απεργίες του λιμανιού", "1993")],
    ),
    (
        "a Greek and a Latin-script writer joined by a close dash after Βλ.",
        "Βλ. Γ. Αλεξίου–J. Pike, *Η πόλη και οι δρόμοι*, Θεσσαλονίκη: Επίκεντρο, 1998, σ. 4.",
        [full("Αλεξίου/Pike", "Η πόλη και οι δρόμοι", "1998")],
        [full("Αλεξίου/Pike", "Η πόλη και οι δρόμοι", "1998")],
    ),
    (
        "negative: a place range before the publisher (Latin)",
        "R. Hale, «Salt Roads», Berlin–New York: de Gruyter, 1990, σ. 4.",
        [full("Hale", "Salt Roads", "1990")],
        [full("Hale", "Salt Roads", "1990")],
    ),
    (
        "negative: a place range before the publisher (Greek)",
        "Δ. Λάμπρου, «Τα λιμάνια», Αθήνα–Γιάννενα: Δωδώνη, 1990, σ. 7.",
        [full("Λάμπρου", "Τα λιμάνια", "1990")],
        [full("Λάμπρου", "Τα λιμάνια", "1990")],
    ),
    (
        "negative: a railway line between two places, a year",
        "Η γραμμή Αθήνα–Θεσσαλονίκη άνοιξε το 1916.",
        [],
        [],
    ),
    (
        "negative: two persons with initials met, in prose",
        "Η συνάντηση Κ. Δρακόπουλου–Ν. Φιλντίση έγινε τον Μάιο του 1990.",
        [],
        [],
    ),
    (
        "negative: a range of pages and years",
        "Οι σελίδες 12–45 αφορούν τα έτη 1920–1936.",
        [],
        [],
    ),
    # a source after "στο:" inside prose
    (
        "an editor's book after a verb and στο:",
        f"Η άποψη αυτή στηρίζεται στο: {VERNARDAKIS}",
        [full("Βερναρδάκης", "Ο νόμος των πολλών", "1999")],
        [full("Βερναρδάκης", "Ο νόμος των πολλών", "1999")],
    ),
    (
        "an editor's book after Βλ. στο:",
        f"Βλ. στο: {VERNARDAKIS}",
        [full("Βερναρδάκης", "Ο νόμος των πολλών", "1999")],
        [full("Βερναρδάκης", "Ο νόμος των πολλών", "1999")],
    ),
    (
        "an editor's book with years in its title after prose and στο:",
        "Για την ίδια συζήτηση, βλ. το συλλογικό έργο στο: Χ. Μαργαρίτης (επιμ.), *Οι πόλεις "
        "των εργατών, 1920-1936*, Αθήνα: Πόλις, 2004, σ. 33-41.",
        [full("Μαργαρίτης", "Οι πόλεις των εργατών, 1920-1936", "2004")],
        [full("Μαργαρίτης", "Οι πόλεις των εργατών", "2004")],
    ),
    (
        "two editors joined by a close dash after στο:",
        "Η μελέτη δημοσιεύτηκε στο: Κ. Δρακόπουλος–Ν. Φιλντίσης (επιμ.), *Σύνορα και αγορές*, "
        "Αθήνα: Πόλις, 2001.",
        [full("Δρακόπουλος/Φιλντίσης", "Σύνορα και αγορές", "2001")],
        [full("Δρακόπουλος/Φιλντίσης", "Σύνορα και αγορές", "2001")],
    ),
    (
        "negative: a place and a publisher after στο:",
        "Η συζήτηση συνεχίστηκε στο: Αθήνα: Πόλις, 2001.",
        [],
        [],
    ),
    (
        "negative: a publisher, a place and a year after στο:",
        "Η συζήτηση συνεχίστηκε στο: Σύγχρονη Εποχή, Αθήνα 1990.",
        [],
        [],
    ),
    (
        "negative: a name and a year, no title, after στο:",
        "Το κείμενο δημοσιεύτηκε στο: Θ. Ρήγας, 2001.",
        [],
        [],
    ),
    (
        "negative: a name and a page, no title, after στο:",
        "Η συζήτηση έγινε στο: Κ. Δρακόπουλος, σ. 12.",
        [],
        [],
    ),
    (
        "negative: an institution and a date after στο:",
        "Η ομιλία δόθηκε στο: Πανεπιστήμιο Αθηνών, 12/3/1990.",
        [],
        [],
    ),
    (
        "negative: the book a chapter stands in after στο: is no work of its own",
        "Δ. Κόλλιας, «Η πόλη και το λιμάνι», στο: Χ. Μαργαρίτης (επιμ.), *Οι πόλεις των "
        "εργατών*, Αθήνα: Πόλις, 2004, σ. 33-41.",
        [full("Κόλλιας", "Η πόλη και το λιμάνι", "2004")],
        [full("Κόλλιας", "Η πόλη και το λιμάνι", "2004")],
    ),
    # a translator's note naming the Greek translation
    (
        "a translator's note: the translation by the surname alone",
        f"{SALT} [Ελλ. μτφρ.: Χέιλ, *Οι δρόμοι του αλατιού*, μτφρ. Ν. Λάμπρου, Πόλις, Αθήνα "
        "2003 — Σ.τ.Μ.]",
        [full("Hale", "The Salt Roads", "1999"), full("Χέιλ", "Οι δρόμοι του αλατιού", "2003")],
        [full("Hale", "The Salt Roads", "1999"), full("Χέιλ", "Οι δρόμοι του αλατιού", "2003")],
    ),
    (
        "a translator's note: a transliterated given name and the surname",
        "Robert Hale, *The Salt Roads*, London: Verso, 1999, p. 45 [ελλ. μτφρ.: Ρόμπερτ Χέιλ, "
        "*Η σιωπή και οι δρόμοι*, μτφρ. Νίκος Λάμπρου, Πόλις, Αθήνα 2003, σ. 12 — Σ.τ.Μ.].",
        [
            full("Hale", "The Salt Roads", "1999"),
            full("Χέιλ", "Η σιωπή και οι δρόμοι", "2003"),
        ],
        [
            full("Hale", "The Salt Roads", "1999"),
            full("Χέιλ", "Η σιωπή και οι δρόμοι", "2003"),
        ],
    ),
    (
        "a translation in brackets: the surname alone and a title in guillemets",
        "Ann Vell, *Harbour Nights*, Leeds: Marlow, 1987 (ελλ. μτφρ.: Βελ, «Οι νύχτες του "
        "λιμανιού», μτφρ. Ε. Σταύρου, Αθήνα: Νεφέλη, 1995).",
        [full("Vell", "Harbour Nights", "1987"), full("Βελ", "Οι νύχτες του λιμανιού", "1995")],
        [full("Vell", "Harbour Nights", "1987"), full("Βελ", "Οι νύχτες του λιμανιού", "1995")],
    ),
    (
        "negative: a translator's note giving a translator and an imprint",
        "[Ελλ. μτφρ.: Ν. Λάμπρου, Κέδρος, Αθήνα 2003 — Σ.τ.Μ.]",
        [],
        [],
    ),
    (
        "negative: a translator's note giving a publisher and a place",
        "[Ελλ. μτφρ.: Κέδρος, Αθήνα 2003 — Σ.τ.Μ.]",
        [],
        [],
    ),
    (
        "negative: a surname and a plain title with no translator after it",
        "[Ελλ. μτφρ.: Χέιλ, Οι δρόμοι του αλατιού — Σ.τ.Μ.]",
        [],
        [],
    ),
    (
        "negative: a translator's note in prose, a year",
        "[Σ.τ.Μ.: Το βιβλίο του Χέιλ κυκλοφόρησε στα ελληνικά το 2003.]",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)


# Places, publishers, journals and marks written in the rows: never an author, for either
# reader, in either rendering.
NOT_AUTHORS = {
    "Αθήνα",
    "Γιάννενα",
    "Θεσσαλονίκη",
    "Berlin",
    "York",
    "Πόλις",
    "Επίκεντρο",
    "Δωδώνη",
    "Κέδρος",
    "Νεφέλη",
    "Εποχή",
    "Αθηνών",
    "Πανεπιστήμιο",
    "Gruyter",
    "Verso",
    "Marlow",
    "Ιστορίας",
    "μτφρ",
    "επιμ",
}


def test_no_place_publisher_or_journal_is_an_author() -> None:
    for name, note, _, _ in CASES:
        for text in (note, web_copy(note)):
            assert not surnames_read(text) & NOT_AUTHORS, name
