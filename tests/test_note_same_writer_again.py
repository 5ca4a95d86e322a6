"""A second work of a writer the note has named, given after the first reading in prose
(`note_same_writer_again`; Chicago 17th 14.23 several sources in one note, 14.28 the same
author again): by a pronoun ("His earlier books include *B* (…) and a study of …, *C*
(…)", "and her earlier article, “B,” *Journal* 31 (2020)", "the same author's “B,” …"),
or by the writer's name again ("Brenner's own essay “B,” in the same volume, 77–95", "and
on Ferrand-Lucas, « B », *Revue* 7 (1995)"); a work whose writer the prose names before
its title (`note_prose_writers`: "As Carla Bellini shows in her study of …, *B* (…)"); and
unsigned pieces after prose (`note_prose_pieces`). Invented writers, titles and
publishers. The negatives are the shapes that must not be read so: a pronoun in a note
with two writers or none, a journal after the first reading, a review's subject, a
translation, a place and a year, a name in prose with no work, another writer's name, a
quoted phrase, a bare year, a lecture without its day, a place as a paper."""

from __future__ import annotations

import pytest

from tests.note_tables import (
    negative_table_tests,
    one_note_readings,
    rendering_table_tests,
    unsigned,
    web_copy,
    work,
)

SALT = work("Vell", "Salt Roads", "1990")

# (name, note, Markdown readings, web copy's readings): every positive fails on main in
# both renderings.
BOTH = [
    (
        "pronoun_earlier_books_and_a_study",
        "Hartmut Kessler, *Die Werft: Eine Geschichte* (Hamburg: Campus, 2019). His earlier"
        " books include *Hafenkampf: Das Viertel* (Berlin: Rotbuch, 1996) and a study of the"
        " dock group, *Werft und Revolte* (Hamburg: VSA, 2004).",
        [
            work("Kessler", "Die Werft: Eine Geschichte", "2019"),
            work("Kessler", "Hafenkampf: Das Viertel", "1996"),
            work("Kessler", "Werft und Revolte", "2004"),
        ],
        [
            work("Kessler", "Die Werft: Eine Geschichte", "2019"),
            work("Kessler", "Hafenkampf: Das Viertel", "1996"),
            work("Kessler", "Werft und Revolte", "2004"),
        ],
    ),
    (
        "pronoun_earlier_article_after_chapter",
        'See Ambrose-Lindqvist\'s fifth chapter, "The Kitchen and the Yard," esp. 160–72, and'
        ' her earlier article, "Wash Days: Collective Labour in Leeds," *Journal of Urban'
        " Studies* 31 (Spring 2020): 45–67.",
        [
            work("Ambrose-Lindqvist", "The Kitchen and the Yard", "2020"),
            work("Ambrose-Lindqvist", "Wash Days: Collective Labour in Leeds", "2020"),
        ],
        [
            work("Ambrose-Lindqvist", "The Kitchen and the Yard", "2020"),
            work("Ambrose-Lindqvist", "Wash Days: Collective Labour in Leeds", "2020"),
        ],
    ),
    (
        "named_again_after_and_on_guillemets",
        "Corvin, 240–44, relying on Odile Ferrand-Lucas, *Le port ouvrier à Lyon* (Paris:"
        " Éditions de l'Atelier, 1992), and on Ferrand-Lucas, « Les cités et la question"
        " lyonnaise », *Revue d'histoire urbaine* 7 (1995): 33–58.",
        [
            work("Ferrand-Lucas", "Le port ouvrier à Lyon", "1992"),
            work("Ferrand-Lucas", "Les cités et la question lyonnaise", "1995"),
        ],
        [
            work("Ferrand-Lucas", "Le port ouvrier à Lyon", "1992"),
            work("Ferrand-Lucas", "Les cités et la question lyonnaise", "1995"),
        ],
    ),
    (
        "named_own_essay_same_volume",
        "See Greta Brenner and Jan Szyk, eds., *Ein Hafentag und seine Folgen* (Berlin: Merve,"
        " 1998), and, more critically, Brenner's own essay “Der Abschied vom Hafen,” in"
        " the same volume, 77–95.",
        [
            work("Brenner/Szyk", "Ein Hafentag und seine Folgen", "1998"),
            work("Brenner", "Der Abschied vom Hafen", form="short"),
        ],
        [
            work("Brenner/Szyk", "Ein Hafentag und seine Folgen", "1998"),
            work("Brenner", "Der Abschied vom Hafen", form="short"),
        ],
    ),
    (
        "pronoun_later_books_after_page",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and her later books include *Iron"
        " Roads* (Leeds: Dale Press, 1994).",
        [SALT, work("Vell", "Iron Roads", "1994")],
        [SALT, work("Vell", "Iron Roads", "1994")],
    ),
    (
        "negative_pronoun_two_writers",
        "Ann Vell and Tom Rudd, *Salt Roads* (London: Verso, 1990). Her earlier books include"
        " *Iron Roads* (Leeds: Dale Press, 1985).",
        [work("Vell/Rudd", "Salt Roads", "1990")],
        [work("Vell/Rudd", "Salt Roads", "1990")],
    ),
    (
        "negative_pronoun_journal_after_first",
        'Ann Vell, "Salt Roads," *Harbour Review* 14 (1988): 3–9, and her *Harbour Review* 15'
        " (1989).",
        [work("Vell", "Salt Roads", "1988")],
        [work("Vell", "Salt Roads", "1988")],
    ),
    (
        "negative_pronoun_essays_in_journal",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and her later essays in *Harbour"
        " Review* 15 (1989).",
        [SALT],
        [SALT],
    ),
    (
        "negative_review_of_her_book",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12; see also the review of her *Iron"
        " Roads* (Leeds: Dale Press, 1985).",
        [SALT],
        [SALT],
    ),
    (
        "negative_place_and_year",
        "Ann Vell, *Salt Roads* (London: Verso, 1990). Her earlier years were spent in Leeds,"
        " 1985.",
        [SALT],
        [SALT],
    ),
    (
        "negative_name_in_prose_no_work",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and on Rudd, see below.",
        [SALT],
        [SALT],
    ),
    (
        "negative_and_on_another_writer",
        'Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and on Rudd, "Iron Roads," *Harbour'
        " Review* 3 (1991): 4–9.",
        [SALT],
        [SALT],
    ),
    (
        "negative_quoted_phrase",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12; her phrase, “the long harbour,”"
        " recurs in her letters of 1995.",
        [SALT],
        [SALT],
    ),
    (
        "negative_another_person_between",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, as Tom Rudd shows in his *Iron"
        " Roads* (Leeds: Dale Press, 1985).",
        [SALT],
        [SALT],
    ),
    (
        "negative_her_translation",
        "Ann Vell, *Salt Roads* (London: Verso, 1990); her translation, *Routes de sel* (Paris:"
        " Seuil, 1992).",
        [SALT],
        [SALT],
    ),
    (
        "negative_pronoun_no_writer",
        "His earlier books include *Hafenkampf* (Berlin: Rotbuch, 1996).",
        [],
        [],
    ),
    (
        "negative_own_words",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and Vell's own words, “the harbour"
        " is ours,” recur in her letters of 1995.",
        [SALT],
        [SALT],
    ),
    (
        "negative_own_essay_of_another",
        "Greta Brenner, *Ein Hafentag* (Berlin: Merve, 1998), and Szyk's own essay “Der"
        " Abschied,” in the same volume, 77–95.",
        [work("Brenner", "Ein Hafentag", "1998")],
        [work("Brenner", "Ein Hafentag", "1998")],
    ),
    (
        "negative_pronoun_bare_year",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and her earlier *Iron Roads* (1985).",
        [SALT],
        [SALT],
    ),
    (
        "negative_own_essay_in_the_same_year",
        "Ann Vell, *Salt Roads* (London: Verso, 1990), 12, and Vell's own essay “Iron Roads,”"
        " in the same year.",
        [SALT],
        [SALT],
    ),
]

# (name, note, readings) read so in the web copy only (the Markdown read them before): a
# quoted title, then a plain journal, its issue and year.
WEB = [
    (
        "same_author_quoted_plain_journal",
        "Michel Aubry-Lenoir, *La grève en question* (Paris: Éditions du Seuil, 1979), p. 23;"
        ' cf. the same author\'s "Le modèle du port," *Cahiers ouvriers*, no. 4 (1977),'
        " 12-30.",
        [
            work("Aubry-Lenoir", "La grève en question", "1979"),
            work("Aubry-Lenoir", "Le modèle du port", "1977"),
        ],
    ),
    (
        "negative_same_author_phrase_no_details",
        "Michel Aubry-Lenoir, *La grève en question* (Paris: Éditions du Seuil, 1979), p. 23;"
        ' cf. the same author\'s "modèle du port," a phrase he used from 1977 on.',
        [work("Aubry-Lenoir", "La grève en question", "1979")],
    ),
]

# (name, note, readings) read so in Markdown only (the web copy's one-word title is read as
# nothing, as before): a chained second title plain even in Markdown.
MARKDOWN = [
    (
        "pronoun_chain_plain_second_title",
        "Hartmut Kessler, *Die Werft* (Hamburg: Campus, 2019). His earlier books include"
        " *Hafenkampf* (Berlin: Rotbuch, 1996) and a study of the Bremen dock group, Werft und"
        " Revolte (Hamburg: VSA, 2004).",
        [
            work("Kessler", "Die Werft", "2019"),
            work("Kessler", "Hafenkampf", "1996"),
            work("Kessler", "Werft und Revolte", "2004"),
        ],
    ),
    (
        "negative_chain_to_another_writer",
        "Ann Vell, *Salt Roads* (London: Verso, 1990). Her earlier books include *Iron Roads*"
        " (Leeds: Dale Press, 1985) and a study by Tom Rudd, *Coal Roads* (Leeds: Dale Press,"
        " 1987).",
        [SALT, work("Vell", "Iron Roads", "1985"), work("Rudd", "Coal Roads", "1987")],
    ),
]

# A writer the prose names before the title in the same clause (`note_prose_writers`, MLA 9
# works in prose): (name, note, Markdown readings, web copy's readings); every positive
# fails on main in both renderings.
PROSE = [
    (
        "shows_in_her_study",
        "The demand is older. As Carla Bellini shows in her study of the Prato strikes, *La"
        " misura del lavoro: scioperi nel Pratese, 1897–1913* (Florence: Edizioni del Porto, 1991),"
        " the demand was old.",
        [work("Bellini", "La misura del lavoro: scioperi nel Pratese, 1897–1913", "1991")],
        [work("Bellini", "La misura del lavoro: scioperi nel Pratese, 1897–1913", "1991")],
    ),
    (
        "relative_expanded_as_pamphlet",
        'The question closes the last chapter of *The Green Notebook*, "After the Harbour,"'
        " which Kouloumbi has since expanded as a pamphlet, *What the Harbour Knew* (London:"
        " Pluto Press, 2024).",
        [work("Kouloumbi", "What the Harbour Knew", "2024")],
        [work("Kouloumbi", "What the Harbour Knew", "2024")],
    ),
    (
        "described_rejoinder_after_unsigned",
        '"Il porto: la lezione," *Voce del porto*, 12 November 1969, 2, unsigned, but the'
        " style is the collective's; and the Communist rejoinder, Piero Fumetti,"
        " “Estremismo e porto,” *l'Eco*, 16 November 1969.",
        [unsigned("Il porto: la lezione", "1969"), work("Fumetti", "Estremismo e porto", "1969")],
        [unsigned("Il porto: la lezione", "1969"), work("Fumetti", "Estremismo e porto", "1969")],
    ),
    (
        "translation_of_writers_essays",
        "We render it so, following Ines Holt's translation of Obermeyer's essays, *Harbour"
        " Life and Its Limits: Selected Essays* (London: Verso, 2014), xii–xiv.",
        [work("Obermeyer", "Harbour Life and Its Limits: Selected Essays", "2014")],
        [work("Obermeyer", "Harbour Life and Its Limits: Selected Essays", "2014")],
    ),
    (
        "negative_translation_of_no_writer",
        "We follow the translation of the essays, *Harbour Life and Its Limits* (London:"
        " Verso, 2014), xii.",
        [],
        [],
    ),
    (
        "negative_translation_of_place",
        "We follow the translation of London's charters, *Salt Roads* (Leeds: Dale Press,"
        " 1990), 12.",
        [],
        [],
    ),
    (
        "negative_translation_of_no_title",
        "We follow Ines Holt's translation of Obermeyer's essays, made in 2014.",
        [],
        [],
    ),
    (
        "negative_translation_of_bare_year",
        "We follow the translation of Obermeyer's essays, *Harbour Life* (2014).",
        [],
        [],
    ),
    (
        "negative_shows_in_no_details",
        "As Carla Bellini shows in her study of the Prato strikes, *La misura*, the demand"
        " was old.",
        [],
        [],
    ),
    (
        "negative_relative_place_bare_year",
        "The series, which London has since published as a set, *Salt Roads* (1991), sold well.",
        [],
        [],
    ),
    (
        "negative_person_no_title",
        "As Carla Bellini shows in her study of the strikes, the demand was old in 1991.",
        [],
        [],
    ),
    (
        "negative_described_journal_only",
        "Ann Vell, *Salt Roads* (London: Verso, 1990); and the later issue, Tom Rudd, *Harbour"
        " Review* 15 (1989).",
        [SALT],
        [SALT],
    ),
    (
        "negative_shows_in_quoted_phrase",
        "As Carla Bellini shows in her study of the strikes, “the long harbour” was a phrase"
        " of 1912.",
        [],
        [],
    ),
    (
        "negative_relative_pronoun",
        "The talk, which he has since expanded as a pamphlet, *What the Harbour Knew* (London:"
        " Pluto Press, 2024), is shorter.",
        [],
        [],
    ),
    (
        "negative_described_editor",
        'Ann Vell, *Salt Roads* (London: Verso, 1990); and the editor, Tom Rudd, "Preface," in'
        " *Salt Roads*, v–ix.",
        [SALT],
        [SALT],
    ),
    (
        "negative_shows_in_another_clause",
        "Carla Bellini was there. The strike shows in her study of Prato, which was long, and"
        " the paper, 12 March 1912.",
        [],
        [],
    ),
]

# (name, note, readings) read so in the web copy only (the Markdown read them before): a
# possessive before ", in" and a quoted title; "and", a writer and a plain title before its
# imprint.
PROSE_WEB = [
    (
        "possessive_in_quoted_title",
        "I was paraphrasing. The phrase is Tomás Arriaga Soto's, in \"El puerto y los barrios:"
        ' una relación difícil," *Revista del Puerto* 9 (1998): 77–104, at 91.',
        [work("Soto", "El puerto y los barrios: una relación difícil", "1998")],
    ),
    (
        "and_person_plain_title",
        'See Quintana, "La ruptura del muelle," 40 n. 12, and Paul Hervé-Alves, *The Word from'
        " the Quay: Dockers in the Press, 1975–1978* (Manchester: Manchester"
        " University Press, 1990).",
        [
            work("Quintana", "La ruptura del muelle", form="short"),
            work(
                "Hervé-Alves",
                "The Word from the Quay: Dockers in the Press, 1975–1978",
                "1990",
            ),
        ],
    ),
    (
        "negative_and_place_plain_title",
        'See Quintana, "La ruptura del muelle," 40 n. 12, and New York, The Word That Came (London:'
        " Verso, 1990).",
        [work("Quintana", "La ruptura del muelle", form="short")],
    ),
    (
        "negative_possessive_in_surname_alone",
        "The phrase is Soto's, in “the barrios,” a phrase of 1998.",
        [],
    ),
]

# Unsigned pieces after prose (`note_prose_pieces`, and "Nr." as an issue's number in
# `note_evidenced`): a German journal's issue, a lecture's sponsor, place and day (Chicago
# 14.217), a paper the note set in italics before (14.191), a work "published as" a title
# with its imprint. (name, note, Markdown readings,
# web copy's readings); every positive fails on main in both renderings.
PIECES = [
    (
        "first_appeared_german_issue_nr",
        "The interview was held in Leeds on 14 March 2026 and first appeared in German as „Die"
        " Docker waren ungezogen“, *Blätter für Hafenpolitik* 41, Nr. 3 (2026), S. 22–39.",
        [unsigned("Die Docker waren ungezogen", "2026")],
        [unsigned("Die Docker waren ungezogen", "2026")],
    ),
    (
        "lecture_sponsor_place_day",
        "The speaker developed this argument in a lecture, “Was bleibt vom Streik?”,"
        " Hafen-Stiftung, Bremen, 9 November 2024, video at https://www.example.org/media/1842"
        " (accessed 3 April 2026).",
        [unsigned("Was bleibt vom Streik?", "2024")],
        [unsigned("Was bleibt vom Streik?", "2024")],
    ),
    (
        "published_as_title_with_imprint",
        "Only the first volume was ever published commercially, as *Salt Work, Iron Toil*"
        " (Leeds: Dale Press, 1978), with an introduction.",
        [unsigned("Salt Work, Iron Toil", "1978")],
        [unsigned("Salt Work, Iron Toil", "1978")],
    ),
    (
        "negative_published_as_named",
        "Ann Vell's talk, which Vell published as *Salt Roads* (Leeds: Dale Press, 1990), is"
        " longer.",
        [],
        [],
    ),
    (
        "negative_published_as_no_imprint",
        "Only the first was ever published commercially, as *Salt Work, Iron Toil*, in 1978.",
        [],
        [],
    ),
    (
        "negative_known_as",
        "The plan was known as *Useful Work* (Leeds: Dale Press, 1978).",
        [],
        [],
    ),
    (
        "negative_lecture_no_day",
        "The speaker developed this argument in a lecture, “Was bleibt vom Streik?”, Bremen, 2024.",
        [],
        [],
    ),
    (
        "negative_lecture_named_speaker",
        "Ann Vell, in a lecture, “Salt Roads”, Harbour Institute, Leeds, 9 May 2024.",
        [work("Vell", "Salt Roads", "2024")],
        [work("Vell", "Salt Roads", "2024")],
    ),
    (
        "negative_lecture_lowercase_phrase",
        "She said so in a lecture, “the long harbour”, Harbour Institute, Leeds, 9 May 2024.",
        [],
        [],
    ),
    (
        "negative_paper_not_named_before",
        "See also the report the following day, “Total Stoppage at the Quay,” Leeds, 21 June 1972.",
        [],
        [],
    ),
    (
        "negative_paper_named_plain_before",
        "See also the report in Leeds the following day, “Total Stoppage at the Quay,” Leeds,"
        " 21 June 1972.",
        [],
        [],
    ),
    ("negative_nr_in_prose", "It appeared in Nr. 3 (2026) of the journal, S. 22–39.", [], []),
    (
        "negative_speech_before_issue_nr",
        "He said “We will stay,” *Blätter für Hafenpolitik* 41, Nr. 3 (2026), S. 22.",
        [],
        [],
    ),
]

# (name, note, readings) in Markdown only: the web copy loses the italics that name the
# paper before, and reads the piece as nothing, as on main.
PIECES_MARKDOWN = [
    (
        "paper_named_before_in_italics",
        '"Dockers Walk Out," *Harbour Courier* (Leeds), 20 June 1972, p. 5. See also the report'
        ' in *Echo* the following day, "Total Stoppage at the Quay," Echo, 21 June 1972.',
        [
            unsigned("Dockers Walk Out", "1972"),
            unsigned("Total Stoppage at the Quay", "1972"),
        ],
    ),
    (
        "negative_paper_year_only",
        "See also the report in *Echo* the following year, “Total Stoppage at the Quay,” Echo,"
        " 1972.",
        [],
    ),
]

test_markdown, test_web = rendering_table_tests(BOTH)
test_pieces_markdown, test_pieces_web = rendering_table_tests(PIECES)
test_pieces_balance, test_pieces_no_author_year = negative_table_tests(PIECES)
test_prose_markdown, test_prose_web = rendering_table_tests(PROSE)
test_prose_balance, test_prose_no_author_year = negative_table_tests(PROSE)
test_prose_web_balance, test_prose_web_no_author_year = negative_table_tests(PROSE_WEB)
test_balance, test_no_author_year = negative_table_tests(BOTH, least=20)
test_web_balance, test_web_no_author_year = negative_table_tests(WEB)
test_markdown_balance, test_markdown_no_author_year = negative_table_tests(MARKDOWN)


@pytest.mark.parametrize(
    ("note", "expected"), [r[1:] for r in WEB + PROSE_WEB], ids=[r[0] for r in WEB + PROSE_WEB]
)
def test_web_only(note: str, expected: list) -> None:
    assert one_note_readings(web_copy(note)) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [r[1:] for r in MARKDOWN + PIECES_MARKDOWN],
    ids=[r[0] for r in MARKDOWN + PIECES_MARKDOWN],
)
def test_markdown_only(note: str, expected: list) -> None:
    assert one_note_readings(note) == expected
