"""Issue 11: an unsigned newspaper article named in prose by its quoted headline, its paper
and its date, as German prose writes it ("unter der Überschrift „…“ in der *Zeitung* vom
3. März 1970") and English alike ("“…” in the *Clarion* of March 3, 1970")
(`extract/note_unsigned_headlines.py`, used by `extract/note_unsigned_leads.py`).

Constructed notes (invented titles, papers and writers; no corpus text). Chicago 14.191
cites an unsigned newspaper article by its title, its paper and its date; DIN 1505 and
German practice write the same in prose. Beside them: the paper and day in brackets after
the title (running text), an issue's number before the day ("no. 412", Greek "φ."). Each
row is read as Markdown and as a web copy (no emphasis), where a plain paper after a
preposition needs "vom"/"of" before its day, and a bracket needs the paper in italics.

At least half the rows are negatives: a writer before the headline or after the article, a
possessive, a headline with no date after it, a phrase in lower case, a place and a day, a
hall and a day, a speech or a slogan "am" its day, a song in a hall of one word, a span of
days, a paper and a day with no title, a book's title and its place, a date before the
headline, a slogan after prose, a kind and a paper with no date, a place or "*sic*" or a
songbook in brackets, a writer before a bracketed paper. None gives an author, and the
author-year reader reads none."""

from __future__ import annotations

from tests.note_tables import Reading, negative_table_tests, rendering_table_tests, unsigned

STUNDE = "Die Stunde der Wahrheit"
COAL = "The Price of Coal"
BREAD = "Bread and Peace"
ORA = "Η ώρα της αλήθειας"

# (class, note, readings in Markdown, readings in the web copy)
CASES: list[tuple[str, str, list[Reading], list[Reading]]] = [
    (
        "German: unter der Überschrift, in der paper vom day",
        f"Das Blatt schrieb unter der Überschrift „{STUNDE}“ in der *Neuen Glocke* vom "
        "3. März 1970 über den Streik.",
        [unsigned(STUNDE, "1970")],
        [unsigned(STUNDE, "1970")],
    ),
    (
        "German: die Meldung after a cue, in der paper vom numeric day, a page",
        f"Zum Streik vgl. die Meldung „{STUNDE}“ in der *Leipziger Volkszeitung* vom 3.3.1970, "
        "S. 2.",
        [unsigned(STUNDE, "1970")],
        [unsigned(STUNDE, "1970")],
    ),
    (
        "German: unter dem Titel, a paper in italics and a day",
        f"Das Blatt brachte die Meldung unter dem Titel „{STUNDE}“, *Neue Glocke*, 3.3.1970.",
        [unsigned(STUNDE, "1970")],
        [unsigned(STUNDE, "1970")],
    ),
    (
        "German: mit der Schlagzeile, a paper in italics and a numeric day",
        f"Die Zeitung titelte mit der Schlagzeile „{STUNDE}“, *Leipziger Volkszeitung*, 3.3.1970.",
        [unsigned(STUNDE, "1970")],
        [unsigned(STUNDE, "1970")],
    ),
    (
        "English: after a comma, in the paper of a day written day first",
        f"The lockout was front-page news, “{COAL}” in the *Morning Clarion* of 3 March 1970.",
        [unsigned(COAL, "1970")],
        [unsigned(COAL, "1970")],
    ),
    (
        "English: in the paper of its day",
        f"The strike was front-page news in “{COAL}” in the *Morning Clarion* of March 3, 1970.",
        [unsigned(COAL, "1970")],
        [unsigned(COAL, "1970")],
    ),
    (
        "English: the paper and its day in brackets (web copy: no italics, none)",
        f"The strike was reported in “{COAL}” (*Morning Clarion*, March 3, 1970).",
        [unsigned(COAL, "1970")],
        [],
    ),
    (
        "English: an issue's number before the day",
        f"The strike was reported in “{COAL},” *Morning Clarion*, no. 412, March 3, 1970.",
        [unsigned(COAL, "1970")],
        [unsigned(COAL, "1970")],
    ),
    (
        "Greek: an issue's number (φ.) before the day",
        f"Για την απεργία βλ. «{ORA}», *Νέα Σάλπιγξ*, φ. 312, 12 Μαρτίου 1985.",
        [unsigned(ORA, "1985")],
        [unsigned(ORA, "1985")],
    ),
    (
        "negative: a writer before the headline",
        f"Peter Wendland schrieb unter der Überschrift „{STUNDE}“ in der *Neuen Glocke* vom "
        "3. März 1970 über den Streik.",
        [],
        [],
    ),
    (
        "negative: a possessive before the headline",
        f"Seine Glosse erschien unter der Überschrift „{STUNDE}“ in der *Neuen Glocke* vom "
        "3. März 1970.",
        [],
        [],
    ),
    (
        "negative: a headline and a paper with no date",
        f"Das Blatt schrieb unter der Überschrift „{STUNDE}“ in der *Neuen Glocke* über den "
        "Streik.",
        [],
        [],
    ),
    (
        "negative: a phrase in lower case",
        "Das Blatt schrieb unter der Überschrift „nie wieder Krieg“ in der *Neuen Glocke* vom "
        "3. März 1970.",
        [],
        [],
    ),
    (
        "negative: a place and a day after a preposition",
        f"The crowd heard “{BREAD}” in Union Square, May 1, 1970.",
        [],
        [],
    ),
    (
        "negative: a hall of two words and a day",
        f"The crowd heard “{BREAD}” in the Union Hall, May 1, 1970.",
        [],
        [],
    ),
    (
        "negative: a speech in a hall am its day",
        f"Die Rede „{STUNDE}“ im Sportpalast am 3. März 1970 blieb ohne Echo.",
        [],
        [],
    ),
    (
        "negative: a song in a town over a span of days",
        f"Das Lied „{STUNDE}“ erklang in Leipzig vom 3. bis 5. März 1970.",
        [],
        [],
    ),
    (
        "negative: a paper of its day and no title",
        "The *Morning Clarion* of March 3, 1970, said nothing of it.",
        [],
        [],
    ),
    (
        "negative: a book's title, a place and a year",
        f"Der Verlag brachte den Band unter dem Titel „{STUNDE}“ in Berlin 1970 heraus.",
        [],
        [],
    ),
    (
        "negative: the date before the headline, no paper after it",
        f"Die Zeitung meldete am 3. März 1970 unter der Überschrift „{STUNDE}“ nur den Streik.",
        [],
        [],
    ),
    (
        "negative: a slogan after a hall of its day",
        f"The meeting in the Union Hall of March 3, 1970, adopted “{COAL}” as its slogan.",
        [],
        [],
    ),
    (
        "negative: a person after the article",
        f"Vgl. den Genossen Wendland „{STUNDE}“ in der *Neuen Glocke* vom 3. März 1970.",
        [],
        [],
    ),
    (
        "negative: a song in a hall of one word vom its day",
        f"Die Versammlung sang das Lied „{STUNDE}“ in der Festhalle vom 3. März 1970 an.",
        [],
        [],
    ),
    (
        "negative: die Meldung and a paper, no date",
        f"Vgl. die Meldung „{STUNDE}“ in der *Neuen Glocke*.",
        [],
        [],
    ),
    (
        "negative: a slogan in a hall am its day",
        f"Der Redner rief die Parole „{STUNDE}“ in der Halle am 3. März 1970.",
        [],
        [],
    ),
    (
        "negative: a place in brackets with a day",
        f"The crowd heard “{BREAD}” (Union Square, May 1, 1970).",
        [],
        [],
    ),
    (
        "negative: a word in italics in lower case in brackets with a day",
        f"The crowd sang “{BREAD}” (*sic*, May 1, 1970) all night.",
        [],
        [],
    ),
    (
        "negative: a songbook in brackets, its place and year",
        f"The crowd sang the anthem “{BREAD}” (*Songs of the Mills*, London, 1970), 12.",
        [],
        [],
    ),
    (
        "negative: a writer before the title and the bracketed paper",
        f"Ann Vell wrote “{COAL}” (*Morning Clarion*, March 3, 1970).",
        [],
        [],
    ),
]


test_markdown, test_web_copy = rendering_table_tests(CASES)


(
    test_the_table_holds_at_least_as_many_negatives_as_positives,
    test_the_author_year_reader_reads_no_author_in_a_negative,
) = negative_table_tests(CASES)
