"""The HTML reader: the page's text as shown, markers and notes from its structure, and
findings at the page's own lines and columns."""

from __future__ import annotations

import pytest

from citecheck.errors import InputError
from citecheck.extract import build_manuscript
from citecheck.model import Section, Span
from citecheck.readers import read_bytes
from tests.helpers import lint_text

PANDOC = """<!DOCTYPE html>
<html><head><title>T &amp; x</title><script>var n = 1; alert("3")</script>
<style>p { color: red } /* 2 */</style></head>
<body>
<nav>Home 1 2 3</nav>
<p>The famine killed 30 million &amp; more.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> And
   then    it went on.<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></p>
<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">
<hr />
<ol>
<li id="fn1"><p>Cliff, 1974, p. 7.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2"><p>Ibid.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol>
</section>
<footer>Copyright 2024</footer>
</body></html>
"""

GOLDMARK = """<main><article>
<h1>Title</h1>
<p>One claim.<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>
Another.<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup></p>
<div class="footnotes" role="doc-endnotes">
<hr>
<ol>
<li id="fn:1">
<p>First note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
<li id="fn:2">
<p>Second note.&#160;<a href="#fnref:2" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>
</li>
</ol>
</div>
</article></main>
<aside>Related: 1 2 3</aside>
"""

WIKIPEDIA = """<div id="content"><p>A fact.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>
Another fact.<sup id="cite_ref-Smith_2-0" class="reference"><a href="#cite_note-Smith-2">[2]</a></sup></p>
<h2>References</h2>
<ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Smith, 2001.</span></li>
<li id="cite_note-Smith-2"><span class="mw-cite-backlink"><a href="#cite_ref-Smith_2-0">^</a></span> <span class="reference-text">Jones, 2002.</span></li>
</ol></div>
"""

WORD = """<div class=WordSection1><p class=MsoNormal>Text here.<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference><sup>[1]</sup></span></a> More.<a href="#_ftn2" name="_ftnref2"><sup>[2]</sup></a></p></div>
<div><hr align=left size=1 width="33%">
<div id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"><sup>[1]</sup></a> The first.</p></div>
<div id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2"><sup>[2]</sup></a> The second.</p></div>
</div>
"""

GUTENBERG = """<p>A claim.<a name="FNanchor_1_1" id="FNanchor_1_1"></a><a href="#Footnote_1_1" class="fnanchor">[1]</a>
See <a href="#page15">15</a> for more.<a name="FNanchor_2_2" id="FNanchor_2_2"></a><a href="#Footnote_2_2" class="fnanchor">[2]</a></p>
<p><a class="pagebreak" name="page15" id="page15" title="15"></a>Page fifteen.</p>
<div class="footnote"><p><a name="Footnote_1_1" id="Footnote_1_1"></a><a href="#FNanchor_1_1"><span class="label">[1]</span></a> The first note.</p></div>
<div class="footnote"><p><a name="Footnote_2_2" id="Footnote_2_2"></a><a href="#FNanchor_2_2"><span class="label">[2]</span></a> The second note.</p></div>
"""

SUP = """<article><p>First claim.<sup>1</sup> Ten to the 10<sup>6</sup>. Second.<sup>2</sup></p>
<h2>Notes</h2>
<ol><li>Note one.</li><li>Note two.</li></ol></article>
"""


def read(page: str, name: str = "page.html"):
    return read_bytes(name, page.encode("utf-8"))


def where(source, span) -> tuple[int, int]:
    return source.line_index.position(span.start)


@pytest.mark.parametrize(
    ("page", "markers", "notes"),
    [
        (PANDOC, [1, 2], [1, 2]),
        (GOLDMARK, [1, 2], [1, 2]),
        (WIKIPEDIA, [1, 2], [1, 2]),
        (WORD, [1, 2], [1, 2]),
        (GUTENBERG, [1, 2], [1, 2]),
        (SUP, [1, 2], [1, 2]),
    ],
    ids=["pandoc", "goldmark", "wikipedia", "word", "gutenberg", "sup"],
)
def test_each_convention_gives_its_markers_and_notes(page, markers, notes):
    source = read(page)
    assert source.format == "html"
    assert source.markers is not None
    assert [m.number for m in source.markers] == markers
    assert [n.number for n in source.notes] == notes


def test_the_text_is_what_the_page_shows():
    source = read(PANDOC)
    assert source.text == (
        "The famine killed 30 million & more.1 And then it went on.2\n\n"
        "1. Cliff, 1974, p. 7.\n\n2. Ibid."
    )
    for hidden in ("alert", "color", "Home", "Copyright", "↩", "T & x"):
        assert hidden not in source.text


def test_main_and_article_are_the_content_and_asides_are_not():
    source = read(GOLDMARK)
    assert source.text.startswith("Title\n\nOne claim.1 Another.2")
    assert "Related" not in source.text
    assert [p.section for p in source.paragraphs] == [
        Section.HEADING,
        Section.BODY,
        Section.NOTES,
        Section.NOTES,
    ]


def test_markers_and_notes_point_at_the_pages_lines_and_columns():
    source = read(PANDOC)
    lines = PANDOC.split("\n")
    first, second = source.markers
    line, column = where(source, first.span)
    assert lines[line - 1][column - 1 : column + 6] == "1</sup>"
    line, column = where(source, second.span)
    assert lines[line - 1][column - 1 : column + 6] == "2</sup>"
    # A note is where its words are.
    line, column = where(source, source.notes[0].text_span)
    assert lines[line - 1][column - 1 :].startswith("Cliff, 1974")


def test_columns_after_character_references_and_collapsed_white_space_are_the_files():
    page = "<p>A &amp; B &mdash;   far     away.</p>"
    source = read(page)
    assert source.text == "A & B — far away."
    far = source.text.index("far")
    assert source.line_index.position(far) == (1, page.index("far") + 1)
    dash = source.text.index("—")
    assert source.line_index.position(dash) == (1, page.index("&mdash;") + 1)


def test_a_missing_note_is_reported_at_its_marker_in_the_page():
    page = PANDOC.replace(
        '<li id="fn2"><p>Ibid.<a href="#fnref2" class="footnote-back" role="doc-backlink">'
        "↩︎</a></p></li>\n",
        "",
    )
    result = lint_text(page, "N101", name="page.html")
    (finding,) = result.findings
    assert finding.data["note"] == 2
    line = PANDOC.split("\n")[finding.location.line - 1]
    assert line[finding.location.column - 1] == "2"
    assert line[finding.location.column : finding.location.column + 6] == "</sup>"


def test_duplicated_and_orphan_notes_are_found_by_their_anchors():
    doubled = GOLDMARK.replace("</ol>", '<li id="fn:2">\n<p>Second note again.</p>\n</li>\n</ol>')
    assert [n.number for n in read(doubled).notes] == [1, 2, 2]
    orphan = GOLDMARK.replace(
        '<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup>',
        "",
    )
    source = read(orphan)
    assert [m.number for m in source.markers] == [1]
    assert [n.number for n in source.notes] == [1, 2]


def test_page_links_and_powers_are_not_markers():
    gutenberg = read(GUTENBERG)
    assert "15" not in [source_text(gutenberg, m.span) for m in gutenberg.markers]
    sup = read(SUP)
    assert [m.number for m in sup.markers] == [1, 2]  # not the 6 of 10^6


def source_text(source, span) -> str:
    return span.slice(source.text)


def test_a_page_without_structure_is_read_as_plain_text():
    page = (
        "<p>The famine killed millions by 1960.1 It went on.2</p>"
        "<h2>Notes</h2><p>1 Cliff, 1974.</p><p>2 Ibid.</p>"
    )
    source = read(page)
    assert source.format == "html"
    assert source.markers is None  # left to the marker extractor, as for a paste
    manuscript = build_manuscript(source)
    assert [m.number for m in manuscript.markers] == [1, 2]
    assert [n.number for n in source.notes] == [1, 2]
    line, column = source.line_index.position(manuscript.markers[0].span.start)
    assert page[column - 1] == "1" and line == 1


def test_a_declared_charset_is_honoured():
    page = '<meta charset="iso-8859-1"><p>Freisch\xfctz.</p>'.encode("latin-1")
    source = read_bytes("page.htm", page)
    assert source.text == "Freischütz."
    assert source.messages == ()


def test_undeclared_cp1252_is_read_with_a_warning():
    source = read_bytes("page.html", "<p>Freisch\xfctz.</p>".encode("cp1252"))
    assert source.text == "Freischütz."
    assert [m.code for m in source.messages] == ["input-encoding"]


def test_bytes_the_declared_charset_cannot_hold_are_an_input_error():
    with pytest.raises(InputError, match=r"page.html: not valid .*byte \d+") as error:
        read_bytes("page.html", b'<meta charset="utf-8"><p>caf\xe9</p>')
    assert "\n" not in str(error.value)


@pytest.mark.parametrize("page", [b"", b"   \n", b"<html><head></head><body></body></html>"])
def test_an_empty_page_is_an_input_error(page):
    with pytest.raises(InputError, match=r"page.html: the (file is empty|page has no text)"):
        read_bytes("page.html", page)


def test_deep_nesting_is_read_without_recursion():
    # Past 512 open elements the tags are dropped, as a browser stops nesting; the words stay.
    depth = 100_000
    page = "<div>" * depth + "<p>Deep claim.<sup>1</sup></p><ol><li>The note.</li></ol>"
    source = read(page)
    assert "Deep claim." in source.text
    assert "The note." in source.text
    shallow = read("<div>" * 500 + "<p>Deep claim.<sup>1</sup></p><ol><li>The note.</li></ol>")
    assert "Deep claim.1" in shallow.text
    assert [n.number for n in shallow.notes] == [1]


@pytest.mark.parametrize(
    "page",
    ["<p>a <!-- never closed", "<p>a <script>never", "<p>a <a href='x", "<p>" + "<a" * 10_000],
)
def test_unclosed_markup_is_read_or_refused_in_one_line(page):
    try:
        source = read(page)  # quickly too: bench/complexity.py measures the growth
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert source.text.startswith("a")


def test_xhtml_and_htm_are_read_as_html():
    for name in ("page.xhtml", "page.htm", "PAGE.HTML"):
        assert read(PANDOC, name).format == "html"


def test_a_location_spans_the_pages_characters_end_to_end():
    page = "<p>A &amp; B</p>"
    source = read(page)
    location = source.line_index.locate(Span(0, len("A & B")))
    assert (location.line, location.column) == (1, page.index("A") + 1)
    assert (location.end_line, location.end_column) == (1, page.index("B") + 2)
