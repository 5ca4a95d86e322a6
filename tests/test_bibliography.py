"""Loading bibliographies (BibTeX through pybtex, the manuscript's own list) and matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from citecheck.bibliography import declared_bibliographies, load_bibliography, references_in_text
from citecheck.bibliography.matching import AMBIGUOUS, MATCHED, MISSING, ReferenceIndex
from citecheck.bibliography.names import fold
from citecheck.errors import InputError
from citecheck.extract.citations import find_citations
from citecheck.readers import read_manuscript
from tests.helpers import ROOT, source_of
from tests.shared_data import real_document

DATA = ROOT / "tests" / "data" / "citations"


def write_bib(tmp_path: Path, text: str, name: str = "refs.bib") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def citation(text: str):
    """The one citation of `text`, read as a note (where "Name, Year" needs no cue)."""
    (found,) = find_citations(source_of(f"Body.1\n\n1 {text}\n"))
    return found


def test_project_bibliography_has_the_31_works_with_lines() -> None:
    bib = load_bibliography([str(ROOT / "bibliography.bib")])
    assert bib.problems == ()
    assert len(bib.references) == 31
    by_key = {r.key: r for r in bib.references}
    assert by_key["lenin1965a"].suffix == "a" and by_key["lenin1965a"].year == "1965"
    assert [a.folded for a in by_key["binnshallas1976"].authors] == ["binns", "hallas"]
    assert by_key["zbavitelova2020"].authors[0].folded == "zbavitelova"
    assert all(r.line > 1 for r in bib.references)
    text = (ROOT / "bibliography.bib").read_text(encoding="utf-8").split("\n")
    assert text[by_key["cliff1974"].line - 1].startswith("@book{cliff1974,")


def test_unknown_entries_say_so_and_invent_nothing() -> None:
    bib = load_bibliography([str(ROOT / "bibliography.bib")])
    for reference in bib.references:
        note = reference.field("note")
        assert note, reference.key
        if not note.startswith("CONFIRMED"):
            assert note.startswith(("PARTIAL", "PROBABLE", "UNVERIFIED")), reference.key
        if note.startswith("UNVERIFIED"):
            assert reference.title == "" and reference.field("publisher") == ""


def test_broken_bib_gives_located_problems() -> None:
    bib = load_bibliography([str(DATA / "broken.bib")])
    problems = {(p.code, p.line) for p in bib.problems}
    assert ("duplicate-reference", 7) in problems
    assert ("bib-syntax", 15) in problems  # the repeated year field
    assert ("bib-syntax", 20) in problems  # the missing comma is noticed on the next line
    assert {r.key for r in bib.references} >= {"cliff1974", "harman2009", "binns1975"}


def test_pybtex_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    load_bibliography([str(DATA / "broken.bib")])
    out, err = capsys.readouterr()
    assert out == "" and err == ""


def test_same_key_in_two_files_is_a_duplicate(tmp_path: Path) -> None:
    entry = "@book{cliff1974,\n  author = {Cliff, Tony},\n  year = {1974},\n}\n"
    first = write_bib(tmp_path, entry, "a.bib")
    second = write_bib(tmp_path, "\n" + entry, "b.bib")
    bib = load_bibliography([first, second])
    assert len(bib.references) == 1
    assert [(p.code, p.source, p.line) for p in bib.problems] == [
        ("duplicate-reference", second, 2)
    ]


def test_moving_entries_changes_the_duplicates_data_not_its_message(tmp_path: Path) -> None:
    entry = "@book{cliff1974,\n  author = {Cliff, Tony},\n  year = {1974},\n}\n"
    shifted = write_bib(tmp_path, "\n\n\n" + entry + entry, "shifted.bib")
    one = load_bibliography([write_bib(tmp_path, entry + entry, "one.bib")]).problems
    (two,) = load_bibliography([shifted]).problems
    (one,) = one
    assert one.code == two.code == "duplicate-reference"
    assert (dict(one.data)["first_line"], dict(two.data)["first_line"]) == (1, 4)
    assert (one.line, two.line) == (5, 8)
    assert one.message.replace("one.bib", "X") == two.message.replace("shifted.bib", "X")
    assert "1" not in one.message.replace("cliff1974", "").replace(str(tmp_path), "")


def test_cross_file_duplicate_keeps_the_first_line_in_data(tmp_path: Path) -> None:
    entry = "@book{cliff1974,\n  author = {Cliff, Tony},\n  year = {1974},\n}\n"
    first = write_bib(tmp_path, "\n\n" + entry, "a.bib")
    second = write_bib(tmp_path, entry, "b.bib")
    (problem,) = load_bibliography([first, second]).problems
    assert dict(problem.data) == {"key": "cliff1974", "first_line": 3, "first_path": first}
    assert "3" not in problem.message.replace(str(tmp_path), "")  # no line number


TOO_MANY_COMMAS = """@book{first,
  author = {Cliff, Tony},
  year = 1974,
}

@book{bad2001,
  title = {X},
  author = {Jones, A and Smith,
            John, Jr, Extra},
  year = 2001,
}
"""


def test_name_error_is_located_at_its_entry_and_names_the_key(tmp_path: Path) -> None:
    bib = load_bibliography([write_bib(tmp_path, TOO_MANY_COMMAS)])
    (problem,) = bib.problems
    assert (problem.code, problem.line) == ("bib-syntax", 8)
    assert dict(problem.data)["key"] == "bad2001" and dict(problem.data)["entry_line"] == 6
    assert "bad2001" in problem.message
    assert {r.key for r in bib.references} == {"first", "bad2001"}


def test_name_error_in_a_repeated_key_is_located_at_that_entry(tmp_path: Path) -> None:
    text = TOO_MANY_COMMAS + "\n@book{bad2001,\n  author = {Doe, A, B, C},\n  year = 2001,\n}\n"
    problems = load_bibliography([write_bib(tmp_path, text)]).problems
    located = sorted((p.code, p.line, dict(p.data).get("entry_line")) for p in problems)
    assert located == [
        ("bib-syntax", 8, 6),
        ("bib-syntax", 14, 13),
        ("duplicate-reference", 13, None),
    ]


@pytest.mark.parametrize("name", ["missing.bib", "adir"])
def test_unreadable_bib_is_an_input_error(tmp_path: Path, name: str) -> None:
    (tmp_path / "adir").mkdir()
    with pytest.raises(InputError):
        load_bibliography([str(tmp_path / name)])


def test_latex_accents_and_particles_fold(tmp_path: Path) -> None:
    path = write_bib(
        tmp_path,
        "@book{z, author = {Zbavitelov{\\'a}, Jana and van der Linden, Marcel}, year = 2020}\n",
    )
    (reference,) = load_bibliography([path]).references
    assert [a.folded for a in reference.authors] == ["zbavitelova", "linden"]


@pytest.mark.parametrize(
    ("surname", "folded"),
    [
        ("van der Linden", "linden"),
        ("Zbavitelová", "zbavitelova"),
        ("O’Brien", "obrien"),
        ("d’Alembert", "alembert"),
        ("McGregor", "mcgregor"),
        ("Harman’s", "harman"),
    ],
)
def test_fold(surname: str, folded: str) -> None:
    assert fold(surname) == folded


def test_reference_list_in_the_manuscript() -> None:
    source = source_of((DATA / "reflist.txt").read_text(encoding="utf-8"))
    references = references_in_text(source)
    assert [(r.key, [a.folded for a in r.authors]) for r in references] == [
        ("binns1976", ["binns", "hallas"]),
        ("cliff1974", ["cliff"]),
        ("harman2009", ["harman"]),
        ("orr2015", ["orr"]),
    ]
    assert references[1].title == "State Capitalism in Russia"
    assert references[1].span is not None
    assert references[1].span.slice(source.text).startswith("Cliff, Tony, 1974")


def test_apa_and_chicago_reference_lists() -> None:
    text = (
        "Text.\n\nReferences\n\nCliff, T. (1974). State capitalism in Russia. Pluto.\n"
        "Smith, J., Jones, K., & Brown, L. (2019). A paper. Journal.\n"
        "Harman, Chris. 2009. Zombie Capitalism. London: Bookmarks.\n"
        "Published by Pluto in 1974 as a pamphlet.\n"
    )
    references = references_in_text(source_of(text))
    assert [r.key for r in references] == ["cliff1974", "smith2019", "harman2009"]
    assert [a.folded for a in references[1].authors] == ["smith", "jones", "brown"]


BOER = (
    "Boer, G. J., Smith, D. M., Cassou, C., Doblas-Reyes, F., Danabasoglu, G., Kirtman, B., "
    "Kushnir, Y., Kimoto, M., Meehl, G. A., Msadek, R., Müller, W. A., Taylor, K. E., "
    "Zwiers, F., Rixen, M., Ruprich-Robert, Y., & Eade, R. (2016). The Decadal Climate "
    "Prediction Project (DCPP). Geoscientific Model Development, 9, 3751–3777."
)


def test_apa_entry_with_many_authors_is_read() -> None:
    assert BOER.index("2016") > 200
    text = f"Text.\n\nReferences\n\n{BOER}\n"
    (reference,) = references_in_text(source_of(text))
    assert (reference.key, reference.year, len(reference.authors)) == ("boer2016", "2016", 16)
    assert [a.folded for a in reference.authors][-2:] == ["ruprichrobert", "eade"]
    assert reference.title == "The Decadal Climate Prediction Project"


def test_entry_with_hundreds_of_authors_is_read() -> None:
    names = ", ".join(f"Author{chr(65 + i % 26)}{chr(65 + i // 26)}, A." for i in range(300))
    text = f"Text.\n\nReferences\n\n{names}, & Last, Z. (2020). A title. Journal.\n"
    (reference,) = references_in_text(source_of(text))
    assert (reference.key, len(reference.authors)) == ("authoraa2020", 301)


@pytest.mark.parametrize(
    "line",
    [
        "Published by Pluto in 1974 as a pamphlet.",
        "State Capitalism in Russia 1917-28, Pluto.",
        "1974. Cliff, Tony. State Capitalism.",
        "Pravda (Moscow), 1974, p1.",
    ],
)
def test_lines_that_do_not_start_an_entry(line: str) -> None:
    assert references_in_text(source_of(f"Text.\n\nReferences\n\n{line}\n")) == ()


@pytest.fixture(scope="module")
def index() -> ReferenceIndex:
    return ReferenceIndex(load_bibliography([str(ROOT / "bibliography.bib")]).references)


@pytest.mark.parametrize(
    ("text", "status", "keys"),
    [
        ("Cliff, 1974, p7.", MATCHED, ["cliff1974"]),
        ("Lenin, 1965b.", MATCHED, ["lenin1965b"]),
        ("Lenin, 1965.", AMBIGUOUS, ["lenin1965a", "lenin1965b"]),
        ("Binns and Hallas, 1976.", MATCHED, ["binnshallas1976"]),
        ("Binns et al., 1976.", MATCHED, ["binnshallas1976"]),
        ("Hallas, 1976.", MISSING, []),  # co-authors count
        ("ZBAVITELOVA, 2020.", MATCHED, ["zbavitelova2020"]),
        ("Chang and Halliday (2007)", MATCHED, ["changhalliday2007"]),
    ],
)
def test_matching(index: ReferenceIndex, text: str, status: str, keys: list[str]) -> None:
    match = index.match(citation(text))
    assert match.status == status
    assert [r.key for r in match.references] == keys


@pytest.mark.parametrize(
    ("text", "suggested"),
    [
        ("Cliff, 1975.", "cliff1974"),  # a year one off
        ("Applebam, 2003, p7.", "applebaum2003"),  # a misspelt surname
        ("Lenin, 1965c.", "lenin1965a"),  # a wrong suffix
        ("Harman, 2008.", "harman2009"),
        ("Binns, 1976.", "binnshallas1976"),  # a missing co-author
    ],
)
def test_suggestions(index: ReferenceIndex, text: str, suggested: str) -> None:
    match = index.match(citation(text))
    assert match.status == MISSING
    assert match.suggestion is not None and match.suggestion.key == suggested


@pytest.mark.parametrize("text", ["Nobody, 1974.", "Cliff, 1990.", "Clifford, 1960."])
def test_no_suggestion_when_nothing_is_close(index: ReferenceIndex, text: str) -> None:
    match = index.match(citation(text))
    assert match.status == MISSING and match.suggestion is None


def test_two_unsuffixed_entries_make_the_unsuffixed_citation_ambiguous(tmp_path: Path) -> None:
    one = "@book{lenin1965, author = {Lenin}, year = 1965}\n"
    two = one + "@book{leninstate, author = {Lenin}, year = 1965}\n"
    cited = citation("Lenin, 1965.")
    assert (
        ReferenceIndex(load_bibliography([write_bib(tmp_path, one)]).references).match(cited).status
        == MATCHED
    )
    match = ReferenceIndex(load_bibliography([write_bib(tmp_path, two)]).references).match(cited)
    assert match.status == AMBIGUOUS
    assert [r.key for r in match.references] == ["lenin1965", "leninstate"]


def test_keyed_citation_matches_by_key_and_suggests_a_close_key(index: ReferenceIndex) -> None:
    (found,) = find_citations(source_of("Blah [@cliff1974].\n"))
    assert index.match(found).status == MATCHED
    (typo,) = find_citations(source_of("Blah [@clif1974].\n"))
    match = index.match(typo)
    assert match.status == MISSING and match.suggestion.key == "cliff1974"


@pytest.mark.parametrize(
    ("manuscript", "declared"),
    [
        ("amrex-joss-paper/manuscript.md", ("paper.bib",)),
        ("skimage-peerj-paper/manuscript.tex", ("skimage.bib",)),
        ("pandoc-citations-test/manuscript.md", ()),
        ("platypus-last-illusions/manuscript.md", ()),
    ],
)
def test_declared_bibliographies_of_real_manuscripts(manuscript: str, declared: tuple) -> None:
    assert declared_bibliographies(read_manuscript(real_document(manuscript))) == declared


@pytest.mark.parametrize(
    ("name", "text", "declared"),
    [
        (
            "m.md",
            "---\ntitle: x\nbibliography: 'refs one.bib' # main\n---\n\nText.",
            ("refs one.bib",),
        ),
        (
            "m.md",
            '---\nbibliography:\n  - a.bib\n  - "b.bib"\ntitle: x\n---\nText.',
            ("a.bib", "b.bib"),
        ),
        ("m.md", "---\nbibliography:\n- a.bib\n...\nText.", ("a.bib",)),
        ("m.md", "---\nbibliography: [a.bib, 'b.bib']\n---\nText.", ("a.bib", "b.bib")),
        ("m.md", "Text.\n\n---\nbibliography: late.bib\n---\n", ()),
        ("m.md", "---\nmeta:\n  bibliography: nested.bib\n---\nText.", ()),
        (
            "m.tex",
            "\\bibliographystyle{plain}\n\\bibliography{a, refs/b.bib}\n",
            ("a.bib", "refs/b.bib"),
        ),
        (
            "m.tex",
            "\\addbibresource[location=local]{x.bib}\n\\begin{document}\nText.\n"
            "\\printbibliography\n\\end{document}\n",
            ("x.bib",),
        ),
        ("m.tex", "% \\bibliography{old}\n\\bibliography{new}\n", ("new.bib",)),
        ("m.txt", "Nothing declared here, 1974.\n", ()),
        ("m.md", "LaTeX users write `\\bibliography{refs}` at the end.\n", ()),
        ("m.txt", "In LaTeX, \\bibliography{refs} names the file.\n", ()),
    ],
)
def test_declared_bibliographies(name: str, text: str, declared: tuple) -> None:
    assert declared_bibliographies(source_of(text, name)) == declared
