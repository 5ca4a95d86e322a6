"""Fuzzing the in-process API and every reporter with hypothesis.

Any bytes under any suffix either read into a `SourceText` or raise `InputError`; what
reads is linted with every rule and rendered by every reporter (text, json, github,
sarif, html) without an exception. The seed is fixed (`derandomize=True`) so CI runs the
same bounded set each time; `make fuzz` runs the long version
(CITECHECK_FUZZ_EXAMPLES=20000). Inputs stay small, so a case is milliseconds.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.engine import LintOptions, LintResult, lint_source
from citecheck.errors import InputError
from citecheck.readers import read_bytes
from citecheck.reporters import REPORTERS, get_reporter
from tests.bad_inputs import document_xml, docx_bytes

EXAMPLES = int(os.environ.get("CITECHECK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=True,  # a fixed seed: the same examples in every CI run
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of manuscripts that exercise the readers and extractors: markers, notes,
# headings, citations, figures, suppression directives, Markdown and LaTeX syntax,
# and characters that have broken tools before (bidi overrides, ESC, separators).
FRAGMENTS = [
    "Text.1 ",
    "word,2 ",
    "1991.1 ",
    "¹² ",
    "[12] ",
    "^3 ",
    "[^1] ",
    "[^1]: A note.\n",
    "[^a]: named\n",
    "\n\nNotes\n\n",
    "\n\nReferences\n\n",
    "1 A note.\n\n",
    " 1 Indented note.\n",
    "2 See Cliff, 1974, pp118-119.\n\n",
    "Cliff, T. (1974) State Capitalism. London: Pluto.\n",
    "(Cliff 1974: 118) ",
    "see Harman, 2009; Lenin, 1965a ",
    "Chang and Halliday, 2007 ",
    "van der Walt et al., 2001 ",
    "30 million dead ",
    "the figure of 38 million ",
    "2,561,351.15 ",
    "15 - ",
    "Ab-",
    "O’",
    "<!-- citecheck: ignore N101 -- reason -->\n",
    "<!-- citecheck: off -->",
    "<!-- citecheck: on -->",
    "---\nbibliography: refs.bib\n---\n",
    "```\ncode 1\n```\n",
    "](",
    "\\footnote{A note, Cliff, 1974.}",
    "\\cite{cliff1974} ",
    "\\[ x \\]",
    "\\begin{verbatim}",
    "% citecheck: ignore N105\n",
    "[Footnote 1: Gutenberg note.]\n",
    "\u202e",
    "\u2029",
    "\x1b]0;title\x07",
    "\r\n",
    "\t",
    "\n",
    " ",
]
manuscript_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40
).map("".join)
SUFFIXES = [".txt", ".md", ".tex", ".text", ".markdown", ""]


def check_everything(name: str, data: bytes) -> None:
    try:
        source = read_bytes(name, data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc).strip()
        return
    file = lint_source(source, LintOptions(select=("ALL",)))
    result = LintResult((file,))
    for format_name in REPORTERS:
        output = get_reporter(format_name)(result)
        assert isinstance(output, str)
        if format_name in {"json", "sarif"}:
            json.loads(output)
    from citecheck.reporters.html import render_file

    assert "<html" in render_file(file)


@FUZZ
@given(
    text=manuscript_text,
    suffix=st.sampled_from(SUFFIXES),
    encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]),
)
def test_any_text_manuscript_reads_or_is_an_input_error(
    text: str, suffix: str, encoding: str
) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    check_everything(f"fuzz{suffix}", data)


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from([*SUFFIXES, ".docx"]))
def test_any_bytes_read_or_are_an_input_error(data: bytes, suffix: str) -> None:
    check_everything(f"fuzz{suffix}", data)


paragraph_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<&\x00"),
    max_size=60,
)


@FUZZ
@given(paragraphs=st.lists(paragraph_text, max_size=8), cut=st.integers(min_value=0, max_value=400))
def test_any_docx_reads_or_is_an_input_error(paragraphs: list[str], cut: int) -> None:
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    data = docx_bytes(document_xml(body))
    check_everything("fuzz.docx", data)
    check_everything("fuzz.docx", data[:cut] + data[cut + 1 :])  # one byte gone
