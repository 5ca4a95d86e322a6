"""The HTML report without a browser: view data, escaping, the page's structure, the CLI.

The manuscripts here are hand-built model values (citations, figures, findings placed by
hand), so these tests do not depend on the extractors and rules of other issues.
"""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from itertools import pairwise
from pathlib import Path

import pytest

from citecheck.cli import main
from citecheck.engine import FileResult, LintOptions, LintResult, lint_paths
from citecheck.errors import UsageError
from citecheck.extract.markers import find_markers
from citecheck.model import (
    Author,
    Bibliography,
    Citation,
    Figure,
    Finding,
    LineIndex,
    Manuscript,
    Reference,
    Related,
    Resolution,
    Severity,
    Span,
)
from citecheck.readers import read_bytes
from citecheck.reporters.html import render_file, write_html
from citecheck.reporters.html_biblio import OPENLIBRARY
from citecheck.reporters.html_model import build_view

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "stalinisms-long-shadow.txt"

XSS_LINES = (
    "<script>window.__pwned = 1; alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a> and [x](javascript:alert(1))',
)

TEXT = f"""A title

Smith argued this in 1991.1 Doe disagreed.2 As Smith, 2001 shows, 30 million died.3

The odd case: {XSS_LINES[0]} then {XSS_LINES[1]} then {XSS_LINES[2]}.

1 Smith, 2001, p5.

3 The figure of 38 million is from Doe, 1999, see
"""


def span_of(text: str, needle: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle))


def smith() -> Author:
    return Author("Smith", "smith")


def make_result(text: str = TEXT, resolutions: tuple[Resolution, ...] = ()) -> FileResult:
    """A FileResult as the engine would return it, every value placed by hand."""
    source = read_bytes("paper.txt", text.encode("utf-8"))
    note3 = next(n for n in source.notes if n.number == 3)
    citations = (
        Citation(
            "Smith, 2001", span_of(text, "Smith, 2001"), (smith(),), "2001", "", "", "A, Y", None
        ),
        Citation(
            "Smith, 2001, p5",
            span_of(text, "Smith, 2001, p5"),
            (smith(),),
            "2001",
            "",
            "p5",
            "A, Y, L",
            1,
        ),
        Citation(
            "Doe, 1999",
            span_of(text, "Doe, 1999"),
            (Author("Doe", "doe"),),
            "1999",
            "",
            "",
            "A, Y",
            3,
        ),
    )
    references = (
        Reference("smith2001", (smith(),), "2001", "", "A <b>Bold</b> Book", "refs.bib", 3),
        Reference("never", (Author("Nobody", "nobody"),), "1900", "", "Uncited", "refs.bib", 9),
    )
    figures = (
        Figure("30 million", span_of(text, "30 million"), 3e7, 1e7, "count"),
        Figure("38 million", span_of(text, "38 million"), 3.8e7, 1e6, "count", note=3),
    )
    manuscript = Manuscript(
        source=source,
        markers=find_markers(source),
        citations=citations,
        bibliography=Bibliography(references, sources=("refs.bib",)),
        figures=figures,
    )
    index = LineIndex.of(text)

    def finding(code: str, severity: Severity, message: str, span: Span, **extra) -> Finding:
        return Finding(
            code, code.lower(), severity, message, span, location=index.locate(span), **extra
        )

    marker2 = next(m for m in manuscript.markers if m.number == 2)
    findings = (
        finding("N101", Severity.ERROR, "note 2 is cited in the text but missing", marker2.span),
        finding(
            "F101",
            Severity.WARNING,
            "the text gives 30 million, note 3 gives 38 million",
            span_of(text, "30 million"),
            related=(Related("note 3 gives 38 million here", span_of(text, "38 million")),),
        ),
        finding("N105", Severity.WARNING, "note 3 stops mid-sentence", note3.span),
        finding("X900", Severity.INFO, f"odd text {XSS_LINES[1]}", span_of(text, "odd case")),
        Finding(
            "B101",
            "bib-thing",
            Severity.WARNING,
            "entry has no title",
            Span(0, 1),
            path="refs.bib",
            location=LineIndex.of("a\nb\nc\n").locate(Span(4, 5)),
        ),
    )
    stats = {"markers": len(manuscript.markers), "notes": len(manuscript.notes)}
    return FileResult("paper.txt", findings, stats, manuscript, resolutions)


# --- view data --------------------------------------------------------------------------


def test_segments_keep_every_character_and_marks_never_overlap():
    view = build_view(make_result())
    text = TEXT
    marks = []
    for block in view.blocks:
        assert "".join(s.text for s in block.segments) == block.span.slice(text)
        marks.extend(s.mark for s in block.segments if s.mark is not None)
    spans = [m.span for m in marks]
    assert spans == sorted(spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert {m.kind for m in marks} == {"marker", "citation", "figure", "finding"}
    assert len({m.id for m in marks}) == len(marks)


def test_marks_link_to_what_they_matched_or_to_their_finding():
    view = build_view(make_result())
    marks = {
        (m.kind, m.span.slice(TEXT)): m
        for b in view.blocks
        for s in b.segments
        if (m := s.mark) is not None
    }
    marker1 = marks[("marker", "1")]
    assert (marker1.status, marker1.href, marker1.preview) == ("ok", "#note-1", "note-1")
    marker2 = marks[("marker", "2")]
    finding = view.findings[0]
    assert marker2.status == "problem" and marker2.href == f"#{finding.id}"
    assert finding.href == f"#{marker2.id}"  # and back
    cited = marks[("citation", "Smith, 2001")]
    assert (cited.status, cited.href) == ("ok", "#ref-1")
    unknown = marks[("citation", "Doe, 1999")]
    assert unknown.status == "unchecked" and unknown.href == ""


def test_a_finding_about_a_whole_note_marks_the_note_block():
    view = build_view(make_result())
    note3 = next(b for b in view.blocks if b.id == "note-3")
    n105 = next(f for f in view.findings if f.code == "N105")
    assert note3.head is not None and n105.id in note3.head.findings
    assert n105.href == "#note-3"
    assert note3.head.href == f"#{n105.id}"


def test_a_finding_on_unmarked_text_gets_a_mark_and_related_places_link():
    view = build_view(make_result())
    odd = next(f for f in view.findings if f.code == "X900")
    mark = next(
        s.mark for b in view.blocks for s in b.segments if s.mark and s.mark.kind == "finding"
    )
    assert mark.span.slice(TEXT) == "odd case" and odd.href == f"#{mark.id}"
    f101 = next(f for f in view.findings if f.code == "F101")
    note_figure = next(
        s.mark for b in view.blocks for s in b.segments if s.mark and s.text == "38 million"
    )
    assert f101.related[0].href == f"#{note_figure.id}"
    assert note_figure.status == "problem" and f101.id in note_figure.findings


def test_a_finding_about_another_file_has_no_place_here():
    b101 = next(f for f in build_view(make_result()).findings if f.code == "B101")
    assert b101.href == "" and b101.where == "refs.bib:3"


def test_notes_panel_keeps_every_number_and_shows_the_gaps():
    view = build_view(make_result())
    assert [(c.number, c.state) for c in view.notes] == [(1, "ok"), (2, "missing"), (3, "problem")]
    assert view.summary.gaps == (2,)
    missing = view.notes[1]
    marker2 = next(s.mark for b in view.blocks for s in b.segments if s.mark and s.text == "2")
    assert missing.href == f"#{marker2.id}"


def test_summary_counts_severities_rules_coverage_and_resolution():
    resolutions = (
        Resolution("Smith, 2001", "confirmed", reference_key="smith2001", work_key="/works/OL1W"),
        Resolution("Doe, 1999", "mismatch", url="javascript:alert(1)"),
        Resolution("Other, 2000", "confirmed"),
    )
    view = build_view(make_result(resolutions=resolutions))
    s = view.summary
    assert s.severities == (("error", 1), ("warning", 3), ("info", 1))
    assert [(r.code, r.count) for r in s.rules] == [
        ("B101", 1),
        ("F101", 1),
        ("N101", 1),
        ("N105", 1),
        ("X900", 1),
    ]
    assert (s.cited, s.uncited, s.missing) == (1, 1, 1)
    assert (s.resolution_ran, s.confirmed, s.resolved) == (True, 2, 3)
    smith_row, never_row = view.references
    assert (smith_row.count, [p.text for p in smith_row.places]) == (2, ["¶2", "note 1"])
    assert smith_row.url == f"{OPENLIBRARY}/works/OL1W"  # a link in the page, never fetched
    assert never_row.count == 0 and never_row.resolution == ""
    (doe,) = view.unmatched
    assert (doe.label, doe.status, doe.resolution, doe.url) == (
        "Doe, 1999",
        "missing",
        "mismatch",
        "",
    )


def test_sample_view_shows_the_three_missing_notes_and_the_figure_mismatch():
    result = lint_paths([str(SAMPLE)], LintOptions())
    view = build_view(result.files[0])
    assert view.summary.gaps == (3, 5, 33)
    assert [c.number for c in view.notes if c.state == "missing"] == [3, 5, 33]
    f101 = [f for f in view.findings if f.code == "F101"]
    assert len(f101) == 1 and "30 million" in f101[0].message and "38 million" in f101[0].message
    assert f101[0].href.startswith("#m-")


# --- the page ---------------------------------------------------------------------------


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_manuscript_markup_is_escaped_into_text():
    html = render_file(make_result())
    page = parse(html)
    assert [t for t, _ in page.tags].count("script") == 1
    assert "img" not in [t for t, _ in page.tags]
    assert not [(tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on")]
    for tag, attrs in page.tags:
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("#", "https://")), (tag, href)
    assert "&lt;script&gt;window.__pwned = 1; alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "A &lt;b&gt;Bold&lt;/b&gt; Book" in html
    assert "<b>Bold" not in html


def test_only_the_reports_own_script_may_run():
    html = render_file(make_result())
    page = parse(html)
    (script,) = page.scripts
    csp = next(
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    )
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}';" in csp
    assert "default-src 'none'" in csp
    assert not re.search(r"(src|href)=\"(https?:)?//", html.replace(f'href="{OPENLIBRARY}', ""))


def test_page_ids_are_unique_and_every_internal_link_has_a_target():
    page = parse(render_file(make_result()))
    ids = [a["id"] for _, a in page.tags if a.get("id")]
    assert len(ids) == len(set(ids))
    targets = {a["href"][1:] for _, a in page.tags if (a.get("href") or "").startswith("#")}
    assert targets <= set(ids)


def test_filters_have_one_checkbox_per_severity_and_rule():
    page = parse(render_file(make_result()))
    boxes = [a["data-hide"] for t, a in page.tags if t == "input"]
    assert boxes == [
        "hide-s-error",
        "hide-s-warning",
        "hide-s-info",
        "hide-r-B101",
        "hide-r-F101",
        "hide-r-N101",
        "hide-r-N105",
        "hide-r-X900",
    ]


def test_write_html_writes_one_manuscript_and_refuses_several(tmp_path):
    result = LintResult((make_result(),))
    target = tmp_path / "out" / "paper.html"
    write_html(result, str(target))
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")
    with pytest.raises(UsageError):
        write_html(LintResult((make_result(), make_result())), str(tmp_path / "two.html"))


# --- the command ------------------------------------------------------------------------


def test_report_writes_one_page_per_manuscript_and_exits_0(tmp_path, capsys):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / folder / "paper.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "reports"
    code = main(["report", str(tmp_path / "a" / "paper.txt"), str(tmp_path / "b"), "-o", str(out)])
    assert code == 0  # findings do not fail a report
    printed = capsys.readouterr().out.split()
    assert printed == [str(out / "paper.html"), str(out / "paper-2.html")]
    assert "note 2 is cited" in (out / "paper.html").read_text(encoding="utf-8")


def test_report_select_and_ignore_choose_the_rules(tmp_path, capsys):
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text(TEXT, encoding="utf-8")
    assert (
        main(["report", str(manuscript), "-o", str(tmp_path), "--select", "N", "--ignore", "N105"])
        == 0
    )
    html = (tmp_path / "paper.html").read_text(encoding="utf-8")
    assert 'data-hide="hide-r-N101"' in html and 'data-hide="hide-r-N105"' not in html


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "missing.txt"],
        ["report", "{sample}", "--select", "Z999"],
        ["report", "{sample}", "-o", "{file}"],
    ],
)
def test_report_input_errors_exit_2(argv, tmp_path, capsys):
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    argv = [a.format(sample=SAMPLE, file=a_file) for a in argv]
    if "-o" not in argv:
        argv += ["-o", str(tmp_path / "out")]
    assert main(argv) == 2
    assert capsys.readouterr().err.startswith("citecheck: error:")
    assert not (tmp_path / "out").exists()


def test_jinja2_is_imported_only_when_a_report_is_written():
    script = (
        "import sys\n"
        "from citecheck.cli import main\n"
        f"main(['lint', {str(SAMPLE)!r}, '--format', 'json'])\n"
        "assert 'jinja2' not in sys.modules, 'lint imported jinja2'\n"
        "import citecheck.reporters.html_model\n"
        "assert 'jinja2' not in sys.modules, 'the view model imported jinja2'\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr


def test_result_without_manuscript_is_refused():
    with pytest.raises(ValueError):
        build_view(replace(make_result(), manuscript=None))
