"""Issue 11, second pass: what made C105-C107 cry wolf on the Platypus corpus (incomplete
first citations read as short forms, German details sentences after the title, non-names
as authors, chapters of a book given in full, German Ibid. after an op. cit., a book and
an article of the same title), each as a reader or rule test."""

from __future__ import annotations

from citecheck.extract.note_citations import note_citations_in
from citecheck.model import Note, Span
from tests.test_note_citation_rules import findings, manuscript


def read(text: str):
    note = Note(1, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
    return list(note_citations_in(text, note))


def test_given_names_and_a_title_without_details_are_an_incomplete_full_form() -> None:
    (c,) = read("Thomas Paine, *Common Sense*.")
    assert c.form == "full"
    assert "no publication details" in c.unsure
    (short,) = read("Paine, *Common Sense*, 12.")
    assert short.form == "short"
    assert findings(manuscript("Thomas Paine, *Common Sense*."), "short-form-before-full") == []


def test_details_a_sentence_after_the_title_make_a_full_form() -> None:
    (c,) = read(
        "Lukács, G. (1970): Geschichte und Klassenbewusstsein. Studien zur marxistischen "
        "Dialektik. Neuwied: Luchterhand."
    )
    assert c.form == "full"
    (web,) = read("Trotzki, Leo: Die Permanente Revolution. Einleitung. URL: https://x.org/a.htm.")
    assert web.form == "full"
    (prose,) = read("Marx, *Capital*, 45. This was written in 1867.")
    assert prose.form == "short"


def test_a_subtitle_before_the_details_is_not_a_work_of_its_own() -> None:
    found = read(
        "Adorno, Brief an Horkheimer vom 21.03.1936, zit. nach Wiggershaus, R. (1988): Die "
        "Frankfurter Schule. Geschichte, Theoretische Entwicklung, Politische Bedeutung. "
        "Frankfurt/Main: dtv, S. 299."
    )
    assert "Geschichte" not in [a.surname for c in found for a in c.authors]


def test_a_plain_title_running_into_prose_is_not_a_short_form() -> None:
    text = (
        "In Mesopotamia, Jericho was flourishing with a population of a few thousands around "
        "6,500 BCE, while Sumer sustained nearly 50,000 residents."
    )
    assert read(text) == []
    (work,) = read(
        "Healey, Dan. Homosexual desire in Revolutionary Russia: the regulation of sexual and "
        "gender dissent. 2001. Chicago: University of Chicago Press, p. 170."
    )
    assert [a.surname for a in work.authors] == ["Healey"]


def test_an_editor_before_the_container_is_read() -> None:
    (c,) = read('Marx, "On *The Jewish Question*," in Tucker, ed., *Marx-Engels Reader*, 46.')
    assert c.container == "Marx-Engels Reader"


def test_a_chapter_of_a_book_given_in_full_is_no_short_form_before_full() -> None:
    text = manuscript(
        'Rawls, "Introduction", in *Lectures on the History of Political Philosophy*, '
        "ed. Samuel Freeman (Cambridge MA: Harvard University Press, 2007), 11.",
        'Rawls, "Lectures on Marx: Lecture I", in *Lectures on the History of Political '
        "Philosophy*, 323.",
    )
    assert findings(text, "short-form-before-full") == []
    alone = manuscript('Rawls, "Lectures on Marx: Lecture I", in *Lectures on Politics*, 323.')
    assert [f.data["note"] for f in findings(alone, "short-form-before-full")] == [1]


def test_german_ibid_after_a_work_without_author_or_after_an_op_cit() -> None:
    text = manuscript(
        '„Spätkapitalismus oder Industriegesellschaft?" in: Gesammelte Schriften, Bd.8, 363',
        "ebd. S.365",
        'Adorno, „Marginalien zu Theorie und Praxis" a.a.O. S.771',
        "ebd. S.773",
        "Karl Marx und Friedrich Engels: Manifest der Kommunistischen Partei, MEW 4: 482.",
        "Ebd.: 35.",
    )
    assert findings(text, "ambiguous-ibid") == []
    assert findings(manuscript("A remark.", "Ebd."), "ambiguous-ibid") != []


def test_ibid_after_a_work_quoted_in_another_points_at_the_pair() -> None:
    text = manuscript(
        "Theodor W. Adorno, *Minima Moralia* (Frankfurt: Suhrkamp, 1951), 12, quoted in Rolf "
        "Wiggershaus, *Die Frankfurter Schule* (München: dtv, 1988), 299.",
        "Ebd.",
    )
    assert findings(text, "ambiguous-ibid") == []


def test_a_book_and_an_article_of_the_same_title_are_two_works() -> None:
    text = manuscript(
        "Alain Badiou, *The Communist Hypothesis* (London: Verso, 2010).",
        'Badiou, "The Communist Hypothesis," *New Left Review* 49 (Ιανουάριος 2008), 29--42.',
    )
    assert findings(text, "inconsistent-reference") == []


def test_a_second_author_and_title_after_a_closing_bracket_is_a_second_work() -> None:
    found = read(
        "See Yossi Melman and Meir Javedanfar, *The Nuclear Sphinx of Tehran* (New York: "
        "Carroll & Graff, 2007), and Emanuele Ottolenghi, *Under a Mushroom Cloud* (London: "
        "Profile Books, 2010)."
    )
    assert [(c.authors[0].surname, c.year) for c in found] == [
        ("Melman", "2007"),
        ("Ottolenghi", "2010"),
    ]
    (one,) = read("Adorno, *Prisms* (London: Spearman, 1967), and the *Guardian*, 3 May.")
    assert one.authors[0].surname == "Adorno"


def test_an_introduction_to_a_book_is_the_work_of_its_writer() -> None:
    (c,) = read(
        "Peter Preuss, Introduction to Friedrich Nietzsche, *On the Advantage and Disadvantage "
        "of History for Life* (Indianapolis: Hackett, 1980), 1."
    )
    assert ([a.surname for a in c.authors], c.title, c.year) == (["Preuss"], "Introduction", "1980")


def test_a_plain_title_named_in_prose_is_read_when_an_imprint_follows() -> None:
    (c,) = read(
        "The term was introduced by Perry Anderson in his Considerations on Western Marxism "
        "(London: New Left Books, 1976), 24."
    )
    assert ([a.surname for a in c.authors], c.title, c.year) == (
        ["Anderson"],
        "Considerations on Western Marxism",
        "1976",
    )
    assert read("As argued by Perry Anderson in his view (see above), nothing.") == []


def test_a_response_to_a_questionnaire_given_in_full_by_its_editor_refers_back() -> None:
    full = 'Hal Lenz, "A Survey on the Present: 20 Replies," *Quarry* 12 (Fall 2009), 3--124.'
    response = 'Ida Marsh, response to "A Survey on the Present," 105.'
    assert findings(manuscript(full, response), "short-form-before-full") == []
    # with the questionnaire never given, the response is a short form before its full one
    alone = findings(manuscript("See the replies.", response), "short-form-before-full")
    assert [f.data["note"] for f in alone] == [2]
