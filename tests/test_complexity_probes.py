"""Every hostile-input probe of `bench/complexity.py` at a tiny size: no exception, a sane
result. Whether the time grows linearly is measured by the bench (`make complexity`), not
here: a timed test would fail on a busy machine and pass on a slow algorithm.
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.readers import read_bytes
from tests.helpers import ROOT


def _bench_module():
    path = ROOT / "bench" / "complexity.py"
    spec = importlib.util.spec_from_file_location("bench_complexity", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


BENCH = _bench_module()


@pytest.mark.parametrize("probe", BENCH.PROBES, ids=lambda p: p.name)
@pytest.mark.parametrize("size", [1, 7, 60])
def test_probe_lints_without_error(probe, size: int) -> None:
    findings, seconds = BENCH.lint_once(probe, size)
    assert findings >= 0 and seconds >= 0
    assert BENCH.PROBES_BY_NAME[probe.name] is probe


def test_every_probe_of_the_issue_is_in_the_bench() -> None:
    names = {probe.name for probe in BENCH.PROBES}
    assert len(names) == len(BENCH.PROBES) >= 17  # books (3) and HTML (3) probes of issue 15
    suffixes = {".txt", ".md", ".tex", ".html"}
    assert all(probe.n > 0 and probe.suffix in suffixes for probe in BENCH.PROBES)
    deadlines = {probe.name for probe in BENCH.PROBES if probe.deadline is not None}
    assert deadlines == {"glued-markers", "markdown-footnotes", "html-footnotes"}


def _lint(name: str, text: str):
    return lint_source(read_bytes(name, text.encode("utf-8")), LintOptions(select=("ALL",)))


def test_a_run_of_digits_past_pythons_integer_limit_is_no_figure() -> None:
    result = _lint("m.txt", BENCH._long_digits(5_000))
    assert result.manuscript is not None
    assert not any(len(f.surface) > 40 for f in result.manuscript.figures)
    # The same text with a small count still has its figure.
    small = _lint("m.txt", "The count was 1,234 people.\n")
    assert small.manuscript is not None and small.manuscript.figures


def test_an_odd_given_name_still_leaves_the_entry_readable() -> None:
    text = BENCH._references_given(40) + "Harman, Chris, 2009, Zombie Capitalism.\n"
    result = _lint("m.txt", text)
    assert result.manuscript is not None
    keys = [r.key for r in result.manuscript.references_in_text]
    assert "harman2009" in keys


def test_unclosed_markdown_constructs_still_mask_what_is_closed() -> None:
    source = read_bytes(
        "m.md", b"Text `x` and <!-- gone --> here.\n\n```\nopen 1917\n\n<!-- open\n"
    )
    assert "gone" not in source.masked
    assert "open 1917" in source.masked  # an unclosed fence masks nothing
    assert source.comments and source.comments[0].text == "gone"


def test_unclosed_latex_constructs_still_mask_what_is_closed() -> None:
    text = "A $x$ and \\[ y \\] here.\n\n\\[ open\n\n\\begin{verbatim} open 1917\n"
    source = read_bytes("m.tex", text.encode("utf-8"))
    assert "$x$" not in source.masked and "\\[ y \\]" not in source.masked
    assert "open 1917" in source.masked


@pytest.mark.parametrize("label", ["²", "1" * 5000])
def test_markdown_labels_int_cannot_read_are_names(label: str) -> None:
    text = f"A claim.[^{label}]\n\n[^{label}]: A note.\n"
    result = _lint("m.md", text)
    assert result.manuscript is not None
    assert [n.label for n in result.manuscript.notes] == [label]


def test_a_latex_footnote_number_past_nine_digits_is_not_read() -> None:
    source = read_bytes("m.tex", ("A claim\\footnote[" + "9" * 5000 + "]{A note.}\n").encode())
    assert not source.notes


@pytest.mark.parametrize(("deadline", "code"), [(60.0, 0), (0.0, 1)])
def test_the_deadline_mode_times_the_probes_with_a_deadline_at_8n(
    deadline: float, code: int, capsys
) -> None:
    tiny = replace(BENCH.PROBES_BY_NAME["glued-markers"], n=2, deadline=deadline)
    assert BENCH.run_deadlines([tiny], timeout=60.0) == code
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("glued-markers") and " 16 " in line
    assert ("ok" in line) == (code == 0)
