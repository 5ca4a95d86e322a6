"""Bibliographies as users keep them (issue 12): BibTeX, CSL-JSON, CSL-YAML, RIS and
pandoc's inline `references:`; `nocite` in pandoc's and LaTeX's syntax; keys in exact
case; and never a silent "All clear" when the bibliography is missing, empty or absent.

The library in tests/fixtures/bibliographies/ is invented; its README says how each export
was made (BibTeX by hand, CSL-JSON and CSL-YAML by pandoc, RIS by hand).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.engine import LintOptions, LintResult, lint_paths
from citecheck.errors import InputError
from citecheck.model import Finding
from tests.helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "bibliographies"
EXPORTS = ("library.bib", "library.json", "library.yaml", "library.ris")


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A scratch folder as the working directory, holding paper.md and the library's exports
    (and no bibliography.bib the engine could fall back on)."""
    for name in ("paper.md", *EXPORTS):
        shutil.copy(FIXTURES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def lint(manuscript: Path, *bib: Path | str) -> LintResult:
    return lint_paths([str(manuscript)], LintOptions(bib_paths=tuple(str(b) for b in bib)))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def of_rule(result: LintResult, rule: str) -> list[Finding]:
    return [f for f in result.findings() if f.rule == rule]


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


# --- one library, four files ------------------------------------------------------------


def _comparable(finding: Finding) -> tuple[object, ...]:
    """A finding without where its bibliography file put the entry (that differs by format)."""
    in_manuscript = finding.path is None
    where = (finding.location.line, finding.location.column) if in_manuscript else None
    return (finding.code, finding.message, where, finding.data.get("suggestion_key"))


def test_the_same_library_in_each_format_gives_the_same_findings(work: Path) -> None:
    results = {name: lint(work / "paper.md", work / name) for name in EXPORTS}
    found = {name: sorted(map(_comparable, r.findings())) for name, r in results.items()}
    assert found["library.json"] == found["library.bib"]
    assert found["library.yaml"] == found["library.bib"]
    assert found["library.ris"] == found["library.bib"]
    assert [(code, suggestion) for code, _, _, suggestion in found["library.bib"]] == [
        ("C101", None),
        ("C101", "SmithPrimary2020"),
        ("C103", None),
        ("C103", None),
    ]
    uncited = {f.data["key"] for f in of_rule(results["library.ris"], "uncited-reference")}
    assert uncited == {"SmithPrimary2020", "garcia2022delta"}


@pytest.mark.parametrize("name", EXPORTS)
def test_uncited_entries_are_located_at_their_key_in_each_format(work: Path, name: str) -> None:
    lines = (work / name).read_text(encoding="utf-8").split("\n")
    uncited = of_rule(lint(work / "paper.md", work / name), "uncited-reference")
    assert len(uncited) == 2
    for finding in uncited:
        assert finding.path == str(work / name)
        assert finding.data["key"] in lines[finding.location.line - 1]


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml", ".ris"])
def test_a_missing_key_is_reported_whatever_the_format(
    work: Path, suffix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before issue 12 these were read as BibTeX: no entries, nothing reported, exit 0.
    source = "library.yaml" if suffix == ".yml" else f"library{suffix}"
    shutil.copy(work / source, work / f"refs{suffix}")
    code, out, _ = run(["lint", "paper.md", "--bib", f"refs{suffix}"], capsys)
    assert code == 1
    assert "C101 citation `@doe2023missing` has no entry" in out
    assert "Checked 5 citations against 5 entries." in out


def test_entries_read_from_csl_keep_authors_particles_and_years(work: Path) -> None:
    from citecheck.bibliography import load_bibliography

    for name in ("library.json", "library.yaml", "library.ris"):
        by_key = {r.key: r for r in load_bibliography([str(work / name)]).references}
        assert [a.folded for a in by_key["okafor2021soil"].authors] == ["okafor", "lindqvist"]
        assert by_key["vanderberg2018"].authors[0].folded == "berg"
        assert by_key["garcia2022delta"].year == "2022", name


# --- syntax errors are located, as B101 is for BibTeX -----------------------------------


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("bad.json", '[\n  {"id": "a", "title": "A"}\n  {"id": "b"}\n]\n', 3),
        ("bad.json", '[\n  {"id": "a"},\n  {"title": "No key"}\n]\n', 3),
        ("bad.yaml", "references:\n- id: a\n  title: [unclosed\n- id: b\n", 4),
        ("bad.ris", "TY  - BOOK\nID  - a\nnot a tag line\nER  - \n", 3),
        ("bad.ris", "TY  - BOOK\nID  - a\nER  - \n\nTY  - BOOK\nID  - b\n", 5),
    ],
)
def test_a_problem_in_a_bibliography_file_is_located(
    tmp_path: Path, name: str, text: str, line: int
) -> None:
    bib = write(tmp_path, name, text)
    manuscript = write(tmp_path, "m.md", "Text [@a].\n")
    (finding,) = of_rule(lint(manuscript, bib), "bib-syntax")
    assert finding.path == str(bib) and finding.location.line == line


def test_a_key_used_twice_in_csl_json_is_a_duplicate(tmp_path: Path) -> None:
    bib = write(tmp_path, "refs.json", '[{"id": "a"},\n{"id": "b"},\n{"id": "a"}]\n')
    manuscript = write(tmp_path, "m.md", "Text [@a; @b].\n")
    (finding,) = of_rule(lint(manuscript, bib), "duplicate-reference")
    assert finding.location.line == 3 and finding.data["first_line"] == 1


def test_ris_keys_without_id_are_generated_as_pandoc_generates_them(tmp_path: Path) -> None:
    from citecheck.bibliography import load_bibliography

    text = (
        "TY  - BOOK\nAU  - Doe, John\nAU  - Roe, Jenny\nPY  - 2007\nER  - \n\n"
        "TY  - BOOK\nAU  - Doe, John\nPY  - 2005\nER  - \n\n"
        "TY  - JOUR\nAU  - Doe, John\nPY  - 2005\nER  - \n"
    )
    bib = load_bibliography([str(write(tmp_path, "refs.ris", text))])
    assert [r.key for r in bib.references] == ["Doe_Roe_2007", "Doe_2005", "Doe_2005a"]


# --- keys match in exact case -------------------------------------------------------------


def test_a_key_differing_only_in_case_is_missing_with_the_right_key_suggested(
    tmp_path: Path,
) -> None:
    # Before issue 12, `@smith2020` matched `Smith2020`; pandoc says "citation smith2020
    # not found".
    bib = write(tmp_path, "refs.bib", "@book{Smith2020, author = {Smith, A}, year = 2020}\n")
    manuscript = write(tmp_path, "m.md", "As shown [@smith2020].\n")
    (finding,) = of_rule(lint(manuscript, bib), "missing-reference")
    assert finding.data["key"] == "smith2020"
    assert finding.suggestion == "@Smith2020" and finding.data["suggestion_key"] == "Smith2020"
    assert "exact case" in finding.message
    right = write(tmp_path, "right.md", "As shown [@Smith2020].\n")
    assert of_rule(lint(right, bib), "missing-reference") == []


# --- pandoc's inline references and nocite; LaTeX's \nocite ------------------------------

INLINE = """\
---
title: Inline
references:
- id: doe2019river
  type: book
  author:
  - family: Doe
    given: Jane
  issued: 2019
- id: unused2001
  author:
  - family: Roe
  issued:
    date-parts: [[2001]]
---

Rivers shape towns [@doe2019river], and floods [@doe2023missing].
"""


def test_inline_references_are_the_bibliography(work: Path) -> None:
    manuscript = write(work, "inline.md", INLINE)
    write(work, "bibliography.bib", "@book{doe2023missing, author = {Doe}, year = 2023}\n")
    result = lint(manuscript)
    # The inline entries are used, and the bibliography.bib beside is not (as in pandoc).
    (missing,) = of_rule(result, "missing-reference")
    assert missing.data["key"] == "doe2023missing"
    (uncited,) = of_rule(result, "uncited-reference")
    assert uncited.data["key"] == "unused2001"
    assert uncited.path is None and uncited.location.line == 10  # its "- id:" line
    assert of_rule(result, "no-bibliography") == []


def test_inline_references_win_over_a_file_entry_of_the_same_key(work: Path) -> None:
    text = INLINE.replace("title: Inline\n", "title: Inline\nbibliography: library.bib\n")
    result = lint(write(work, "both.md", text))
    keys = {f.data["key"] for f in of_rule(result, "uncited-reference")}
    assert "unused2001" in keys and "garcia2022delta" in keys
    assert of_rule(result, "duplicate-reference") == []
    assert [f.data["key"] for f in of_rule(result, "missing-reference")] == ["doe2023missing"]


@pytest.mark.parametrize(
    ("nocite", "uncited"),
    [
        ('"@garcia2022delta"', {"SmithPrimary2020"}),
        ('"@garcia2022delta, @SmithPrimary2020"', set()),
        ("\n  - '@garcia2022delta'\n  - '@SmithPrimary2020'", set()),
        ('"@*"', set()),
        ('"[@*]"', set()),
    ],
)
def test_pandoc_nocite_entries_are_not_uncited(work: Path, nocite: str, uncited: set) -> None:
    text = (work / "paper.md").read_text(encoding="utf-8")
    matter = f"---\nbibliography: library.bib\nnocite: {nocite}\n---\n\n"
    result = lint(write(work, "nocite.md", matter + text))
    assert {f.data["key"] for f in of_rule(result, "uncited-reference")} == uncited


def test_nocite_of_an_unknown_key_is_not_a_missing_citation(work: Path) -> None:
    # pandoc is silent on it too: nocite lists, it does not cite.
    matter = '---\nbibliography: library.bib\nnocite: "@nowhere2000"\n---\n\n'
    result = lint(write(work, "m.md", matter + "Text [@doe2019river].\n"))
    assert of_rule(result, "missing-reference") == []


LATEX = """\
\\documentclass{article}
\\begin{document}
Rivers \\cite{doe2019river}, soils \\citep{okafor2021soil}, dykes \\cite{vanderberg2018}.
%s
\\bibliography{library}
\\end{document}
"""


@pytest.mark.parametrize(
    ("nocite", "uncited"),
    [
        ("", {"SmithPrimary2020", "garcia2022delta"}),
        ("\\nocite{garcia2022delta}", {"SmithPrimary2020"}),
        ("\\nocite{garcia2022delta,SmithPrimary2020}", set()),
        ("\\nocite{*}", set()),
    ],
)
def test_latex_nocite_entries_are_not_uncited(work: Path, nocite: str, uncited: set) -> None:
    result = lint(write(work, "paper.tex", LATEX % nocite))
    assert {f.data["key"] for f in of_rule(result, "uncited-reference")} == uncited
    assert of_rule(result, "missing-reference") == []


def test_latex_nocite_in_the_preamble_counts_and_a_commented_one_does_not(work: Path) -> None:
    preamble = "\\documentclass{article}\n\\nocite{garcia2022delta}\n% \\nocite{*}\n"
    text = (LATEX % "").replace("\\documentclass{article}\n", preamble)
    result = lint(write(work, "paper.tex", text))
    assert {f.data["key"] for f in of_rule(result, "uncited-reference")} == {"SmithPrimary2020"}


# --- never silent ------------------------------------------------------------------------


def test_a_missing_named_bibliography_is_an_input_error_not_a_fallback(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(work / "library.bib", work / "bibliography.bib")
    text = "---\nbibliography: nothere.bib\n---\n\nText [@doe2023missing].\n"
    write(work, "m.md", text)
    code, out, err = run(["lint", "m.md"], capsys)
    assert code == 2 and "All clear" not in out
    assert "nothere.bib" in err and "front matter" in err
    assert len(err.strip().splitlines()) == 1


def test_a_named_bibliography_is_found_beside_the_manuscript_or_in_the_working_directory(
    work: Path,
) -> None:
    # pandoc, run from the project's root, finds `library.bib` there: so does citecheck.
    chapter = work / "chapters" / "one.md"
    chapter.parent.mkdir()
    write(chapter.parent, "one.md", "---\nbibliography: library.bib\n---\n\n[@doe2023missing]\n")
    (finding,) = of_rule(lint(chapter), "missing-reference")
    assert finding.data["key"] == "doe2023missing"
    (work / "library.bib").rename(work / "elsewhere.bib")
    with pytest.raises(InputError, match=r"looked for .*chapters/library\.bib or library\.bib"):
        lint(chapter)


def test_a_missing_latex_bibliography_is_an_input_error(work: Path) -> None:
    manuscript = write(work, "m.tex", LATEX.replace("{library}", "{nothere}") % "")
    with pytest.raises(InputError, match=r"nothere\.bib"):
        lint(manuscript)


def test_one_missing_file_of_a_list_is_an_input_error(work: Path) -> None:
    text = "---\nbibliography: [library.bib, gone.json]\n---\n\nText [@doe2019river].\n"
    with pytest.raises(InputError, match=r"gone\.json"):
        lint(write(work, "m.md", text))


@pytest.mark.parametrize(
    ("name", "text"),
    [("empty.bib", ""), ("empty.bib", "% only a comment\n"), ("empty.json", "[]\n")],
)
def test_an_empty_bibliography_is_an_input_error(
    work: Path, name: str, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before issue 12, `--bib empty.bib` gave "All clear" and exit 0.
    write(work, name, text)
    code, out, err = run(["lint", "paper.md", "--bib", name], capsys)
    assert code == 2 and out == ""
    assert f"{name}: the bibliography has no entries" in err


def test_an_unknown_bibliography_format_is_an_input_error_naming_the_known_ones(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, "refs.txt", "Doe, J. (2019). Rivers of the plain.\n")
    code, _, err = run(["lint", "paper.md", "--bib", "refs.txt"], capsys)
    assert code == 2
    assert "unknown bibliography format '.txt'" in err
    assert ".bib, .bibtex, .json, .yaml, .yml, .ris" in err


def test_citations_with_no_bibliography_at_all_are_reported(work: Path) -> None:
    result = lint(work / "paper.md")
    (finding,) = of_rule(result, "no-bibliography")
    assert finding.code == "B103" and finding.location.line == 3
    assert finding.data["citations"] == 5
    assert "doe2023missing" in finding.data["keys"]
    assert any("front matter" in place for place in finding.data["looked_for"])
    assert "bibliography.bib" in finding.message and "--bib" in finding.message


def test_no_bibliography_in_latex_names_its_commands(work: Path) -> None:
    manuscript = write(work, "m.tex", "\\begin{document}\nRivers \\cite{doe2019river}.\n")
    (finding,) = of_rule(lint(manuscript), "no-bibliography")
    assert "\\bibliography" in finding.message


@pytest.mark.parametrize(
    "text",
    [
        "No citation here at all.\n",
        "Rivers (Doe, 2019).\n\nReferences\n\nDoe, J. (2019). Rivers of the plain. Leeds.\n",
    ],
)
def test_no_bibliography_is_quiet_without_citations_or_with_a_reference_list(
    work: Path, text: str
) -> None:
    assert of_rule(lint(write(work, "m.txt", text)), "no-bibliography") == []


def test_no_bibliography_is_quiet_when_a_bibliography_is_found(work: Path) -> None:
    shutil.copy(work / "library.bib", work / "bibliography.bib")
    assert of_rule(lint(work / "paper.md"), "no-bibliography") == []


# --- the front matter is YAML ------------------------------------------------------------


def test_malformed_front_matter_is_an_input_error_with_its_line(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(work, "m.md", "---\ntitle: A\nbibliography: [a.bib\nauthor: B\n---\n\nText.\n")
    code, _, err = run(["lint", "m.md"], capsys)
    assert code == 2
    assert err.startswith("citecheck: error: m.md:") and "not valid YAML" in err


def test_a_bibliography_that_is_not_a_file_name_is_an_input_error(work: Path) -> None:
    with pytest.raises(InputError, match=r"m\.md:2: `bibliography`"):
        lint(write(work, "m.md", "---\nbibliography: {a: 1}\n---\n\nText [@a].\n"))


def test_front_matter_keys_are_read_as_yaml(tmp_path: Path) -> None:
    from citecheck.bibliography.front_matter import read_front_matter

    text = (
        "---\n"
        '"bibliography":  # quoted key, block list\n'
        "  - a.bib\n"
        "  - 'b c.json'\n"
        "citation-style: apa.csl\n"
        "nocite: |\n"
        "  @x, @y\n"
        "---\n"
    )
    matter = read_front_matter("m.md", text)
    assert matter is not None
    assert matter.bibliography == ("a.bib", "b c.json")
    assert matter.citation_style == "apa.csl"
    assert [key for key, _ in matter.nocite] == ["x", "y"]


# --- the summary and the imports ---------------------------------------------------------


def test_the_summary_counts_citations_and_entries(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["lint", "paper.md", "--bib", "library.ris"], capsys)
    assert out.strip().splitlines()[-1].endswith("Checked 5 citations against 5 entries.")


def _modules_after_lint(cwd: Path, *argv: str) -> set[str]:
    script = (
        "import sys\n"
        "from citecheck.cli import main\n"
        f"main(['lint', *{list(argv)!r}, '--exit-zero', '--output-file', '/dev/null'])\n"
        "print(','.join(m for m in ('pybtex', 'yaml') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, check=True
    )
    return {m for m in done.stdout.strip().split(",") if m}


def test_each_format_imports_only_its_own_parser(work: Path) -> None:
    assert _modules_after_lint(work, "paper.md", "--bib", "library.json") == set()
    assert _modules_after_lint(work, "paper.md", "--bib", "library.ris") == set()
    assert _modules_after_lint(work, "paper.md", "--bib", "library.yaml") == {"yaml"}
    assert _modules_after_lint(work, "paper.md", "--bib", "library.bib") == {"pybtex"}
