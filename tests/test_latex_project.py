"""A LaTeX thesis over several files: the root brings in its chapters, which are linted at
their own paths and lines against the bibliography the tree names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.readers import read_manuscript
from citecheck.readers.latex_project import MAX_DEPTH, assemble, is_root

BIB = (
    "@book{alpha2020, author = {Alpha, Ann}, title = {One}, year = {2020}}\n"
    "@book{beta2021, author = {Beta, Ben}, title = {Two}, year = {2021}}\n"
    "@book{listed2019, author = {Listed, Lea}, title = {Three}, year = {2019}}\n"
    "@book{unused2018, author = {Unused, Uma}, title = {Four}, year = {2018}}\n"
)
MAIN = r"""\documentclass{book}
\begin{document}
\nocite{listed2019}
\input{chapters/intro}
% \input{chapters/draft}
\include{chapters/method.tex}
\bibliography{refs}
\end{document}
"""
INTRO = r"""\chapter{Introduction}
As shown before \cite{alpha2020}.

And a missing one \cite{ghost2001}.
"""
METHOD = r"""\chapter{Method}
We follow \cite{beta2021}.
"""


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def thesis(tmp_path: Path) -> Path:
    root = tmp_path / "thesis"
    _write(
        root,
        {
            "main.tex": MAIN,
            "chapters/intro.tex": INTRO,
            "chapters/method.tex": METHOD,
            "refs.bib": BIB,
        },
    )
    return root


def _lint_json(argv: list[str], cwd: Path, capsys, monkeypatch) -> tuple[int, list[dict], str]:
    monkeypatch.chdir(cwd)
    code = main([*argv, "--format", "json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    findings = [f for file in report["files"] for f in file["findings"]]
    return code, findings, err


@pytest.mark.parametrize("argv", [["lint", "main.tex"], ["lint", "."], ["lint"]])
def test_a_three_file_thesis(thesis: Path, argv: list[str], capsys, monkeypatch) -> None:
    code, findings, err = _lint_json(argv, thesis, capsys, monkeypatch)
    assert code == 1, err
    by_code = {(f["code"], f.get("data", {}).get("key") or f["message"]) for f in findings}
    missing = [f for f in findings if f["code"] == "C101"]
    # the missing key is found in the chapter, at the chapter's own line
    assert len(missing) == 1 and "ghost2001" in missing[0]["message"]
    assert Path(missing[0]["path"]).as_posix().endswith("chapters/intro.tex")
    assert missing[0]["line"] == 4
    # cited in one chapter or the other, or listed by \nocite: not "never cited"
    uncited = sorted(f["data"]["key"] for f in findings if f["code"] == "C103")
    assert uncited == ["unused2018"]
    # the chapters use the root's \bibliography: no "no bibliography" for them
    assert not any(code == "B103" for code, _ in by_code)


def test_an_included_file_is_linted_once(thesis: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(thesis)
    main(["lint", ".", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    paths = sorted(Path(file["path"]).as_posix() for file in report["files"])
    assert paths == ["chapters/intro.tex", "chapters/method.tex", "main.tex"]


def test_the_project_follows_latex_rules(tmp_path: Path) -> None:
    _write(
        tmp_path,
        {
            "main.tex": "\\documentclass{article}\n\\input{preamble}\n\\begin{document}\n"
            "\\import{parts/}{one}\n\\subfile{two.tex}\n\\input{absent}\n\\end{document}\n",
            "preamble.tex": "\\addbibresource{refs.bib}\n",
            "parts/one.tex": "\\subimport{sub/}{deep}\n\\input{again}\n",
            "parts/again.tex": "Text \\input{one}.\n",  # relative to parts/: a cycle
            "parts/sub/deep.tex": "Deep text.\n",
            "two.tex": "\\documentclass[main]{subfiles}\n\\begin{document}\nTwo.\n\\end{document}\n",
        },
    )
    root = tmp_path / "main.tex"
    project = assemble(root, read_manuscript(root), read_manuscript)
    names = [m.path.relative_to(tmp_path).as_posix() for m in project.members]
    assert names == [
        "main.tex",
        "preamble.tex",
        "parts/one.tex",
        "parts/sub/deep.tex",
        "parts/again.tex",
        "two.tex",
    ]
    assert [m.path.name for m in project.members if m.preamble] == ["preamble.tex"]
    assert "preamble.tex" not in [m.path.name for m in project.body]
    notes = "\n".join(project.notes)
    assert "a cycle" in notes and "again.tex:1" in notes
    assert "absent.tex" in notes and "main.tex:6" in notes


def test_nesting_too_deep_is_a_note_not_a_hang(tmp_path: Path) -> None:
    files = {"main.tex": "\\documentclass{article}\n\\begin{document}\n\\input{f0}\n"}
    for i in range(MAX_DEPTH + 3):
        files[f"f{i}.tex"] = f"Level {i}. \\input{{f{i + 1}}}\n"
    _write(tmp_path, files)
    root = tmp_path / "main.tex"
    project = assemble(root, read_manuscript(root), read_manuscript)
    assert len(project.members) == MAX_DEPTH
    assert any("deep" in note for note in project.notes)


def test_a_chapter_is_not_a_root(thesis: Path) -> None:
    assert is_root(read_manuscript(thesis / "main.tex"))
    assert not is_root(read_manuscript(thesis / "chapters" / "intro.tex"))


def test_missing_and_cyclic_includes_are_noted_on_stderr(thesis: Path, capsys, monkeypatch) -> None:
    (thesis / "chapters" / "method.tex").write_text(
        METHOD + "\\input{chapters/method}\n\\input{chapters/results}\n", encoding="utf-8"
    )
    code, _findings, err = _lint_json(["lint", "main.tex"], thesis, capsys, monkeypatch)
    assert "chapters/method.tex:3" in err and "a cycle" in err
    assert "chapters/results.tex" in err and "no such file" in err
    assert code == 1  # the rest was checked


def test_bibliography_and_nocite_star_anywhere_in_the_tree(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    _write(
        tmp_path,
        {
            "main.tex": "\\documentclass{book}\n\\input{preamble}\n\\begin{document}\n"
            "\\include{chapters/one}\n\\end{document}\n",
            "preamble.tex": "\\usepackage{biblatex}\n\\addbibresource{refs.bib}\n",
            "chapters/one.tex": "Cited \\cite{alpha2020}; missing \\cite{ghost2001}.\n"
            "\\nocite{*}\n",
            "refs.bib": BIB,
        },
    )
    code, findings, err = _lint_json(["lint"], tmp_path, capsys, monkeypatch)
    assert code == 1, err
    assert [(f["code"], f["data"]["key"]) for f in findings] == [("C101", "ghost2001")]
    assert Path(findings[0]["path"]).as_posix() == "chapters/one.tex"
