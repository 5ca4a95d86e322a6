"""The HTML report in real headless Chromium (Debian's /usr/bin/chromium, via Playwright).

Each report is opened from file://; every request the page makes is recorded, so "no
network" means the only request is the report's own file URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from citecheck.cli import main
from tests.browser_support import ARTIFACTS, PageLog, launch_chromium, open_report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "stalinisms-long-shadow.txt"
SAMPLE_BIB = ROOT / "bibliography.bib"

CURRENT = re.compile(r"\bis-current\b")  # where the last link followed led

# Each payload would set window.__pwned or open a dialog if it ever ran.
HOSTILE = """Hostile title <script>window.__pwned = "title"</script>

Body with <script>window.__pwned = 1; alert(1)</script> and <img src=x onerror="window.__pwned=2;alert(2)"> and <a href="javascript:window.__pwned=3">a link</a> and [md](javascript:alert(3)).1 More: <svg onload=alert(5)>.2

Notes

1 <script>window.__pwned = 4</script><img src=x onerror=alert(4)> as quoted in

2 Fine, 2001.
"""


def write_report(manuscript: Path, out: Path, *extra: str) -> Path:
    assert main(["report", str(manuscript), "-o", str(out), *extra]) == 0
    return out / f"{manuscript.stem}.html"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reports")
    return write_report(SAMPLE, out, "--bib", str(SAMPLE_BIB))


@pytest.fixture
def sample(browser: Browser, sample_report: Path) -> Iterator[tuple[Page, PageLog]]:
    page, log = open_report(browser, sample_report)
    yield page, log
    page.context.close()


def assert_offline_and_clean(page: Page, log: PageLog, report: Path) -> None:
    assert log.requests == [report.resolve().as_uri()]
    assert log.console_errors == []
    assert log.page_errors == []
    assert log.dialogs == []


def in_viewport(page: Page, selector: str) -> bool:
    return page.eval_on_selector(
        selector,
        """el => { const r = el.getBoundingClientRect();
                   return r.bottom > 0 && r.top < window.innerHeight && r.height > 0; }""",
    )


def test_sample_report_opens_from_file_with_no_network_and_no_errors(sample, sample_report):
    page, log = sample
    expect(page.locator("h1")).to_have_text("stalinisms-long-shadow.txt")
    page.hover(".mk.k-marker >> nth=0")  # exercise the script, then check nothing went wrong
    page.click("#findings a.goto >> nth=0")
    assert_offline_and_clean(page, log, sample_report)


def test_sample_report_shows_the_three_missing_notes(sample):
    page, _ = sample
    expect(page.locator(".seq .c-missing")).to_have_text(["3", "5", "33"])
    expect(page.locator(".gaps")).to_contain_text("3 gaps: 3, 5, 33")
    expect(page.locator(".finding.r-N101 .msg")).to_have_count(3)
    expect(page.locator(".finding.r-N101 .msg").nth(2)).to_contain_text("note 33")
    expect(page.locator(".sev-count.sv-error .n")).to_have_text("3")


def test_sample_report_shows_the_30_vs_38_million_finding(sample):
    page, _ = sample
    f101 = page.locator(".finding.r-F101")
    expect(f101).to_have_count(1)
    expect(f101.locator(".msg")).to_contain_text("30 million")
    expect(f101.locator(".msg")).to_contain_text("38 million")
    related = f101.locator(".related a")
    target = related.get_attribute("href")
    expect(page.locator(target)).to_have_text("38 million")


def test_clicking_a_finding_scrolls_to_its_place_and_back(sample):
    page, _ = sample
    f101 = page.locator(".finding.r-F101")
    href = f101.locator("a.goto").get_attribute("href")
    assert href and href.startswith("#m-")
    assert not in_viewport(page, href)
    f101.locator("a.goto").click()
    place = page.locator(href)
    expect(place).to_have_class(CURRENT)
    expect(place).to_have_text("30 million")
    assert page.evaluate("window.scrollY") > 0 and in_viewport(page, href)
    expect(page.locator("#tip")).to_be_visible()  # the place is focused: its tooltip shows
    expect(page.locator("#tip")).to_contain_text("38 million")
    # and back: the place links to its finding
    place.click()
    finding_id = f101.get_attribute("id")
    expect(page.locator(f"#{finding_id}")).to_have_class(CURRENT)


def test_clicking_a_block_finding_highlights_the_note(sample):
    page, _ = sample
    n105 = page.locator(".finding.r-N105").first
    n105.locator("a.goto").click()
    expect(page.locator("#note-30")).to_have_class(CURRENT)
    assert in_viewport(page, "#note-30")


def test_severity_filter_hides_and_shows_findings_by_keyboard(sample):
    page, _ = sample
    total = page.locator(".finding").count()
    errors = page.locator(".finding.sv-error")
    expect(errors).to_have_count(3)
    box = page.locator("input[data-hide='hide-s-error']")
    box.focus()
    page.keyboard.press("Space")
    expect(box).not_to_be_checked()
    for i in range(3):
        expect(errors.nth(i)).to_be_hidden()
    expect(page.locator(".finding.sv-warning").first).to_be_visible()
    expect(page.locator("#shown-count")).to_have_text(str(total - 3))
    page.keyboard.press("Space")
    for i in range(3):
        expect(errors.nth(i)).to_be_visible()
    expect(page.locator("#shown-count")).to_have_text(str(total))


def test_rule_filter_hides_one_rules_findings(sample):
    page, _ = sample
    page.locator("input[data-hide='hide-r-N106']").uncheck()
    expect(page.locator(".finding.r-N106").first).to_be_hidden()
    expect(page.locator(".finding.r-N101").first).to_be_visible()


def test_hover_and_focus_show_what_a_mark_matched(sample):
    page, _ = sample
    tip = page.locator("#tip")
    expect(tip).to_be_hidden()
    page.hover("a.mk.k-marker[href='#note-1']")
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("Footnote marker: note 1")
    expect(tip).to_contain_text("Thanks to Joseph Choonara")
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()
    missing = page.locator(".seq .c-missing").first.get_attribute("href")
    page.focus(missing)  # keyboard focus, not hover
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("note 3 is cited in the text but missing")
    expect(page.locator(missing)).to_have_attribute("aria-describedby", "tip")


def test_screenshot_of_the_sample_report(sample):
    page, _ = sample
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "sample-report.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000
    page.locator(".finding.r-F101 a.goto").click()
    page.screenshot(path=str(ARTIFACTS / "sample-report-finding.png"))


def test_narrow_screen_has_no_sideways_scrolling(browser, sample_report):
    page, log = open_report(browser, sample_report, width=390, height=844)
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        expect(page.locator(".panel")).to_have_css("position", "static")
        page.screenshot(path=str(ARTIFACTS / "sample-report-narrow.png"))
        assert log.console_errors == []
    finally:
        page.context.close()


def test_print_layout_hides_the_controls(sample):
    page, _ = sample
    page.emulate_media(media="print")
    expect(page.locator(".filters")).to_be_hidden()
    expect(page.locator(".finding").first).to_be_visible()
    expect(page.locator(".ms")).to_be_visible()


def test_manuscript_markup_renders_as_text_and_never_runs(browser, tmp_path):
    manuscript = tmp_path / "hostile.txt"
    manuscript.write_text(HOSTILE, encoding="utf-8")
    # A bibliography of its own (an empty one is an input error since issue 12).
    bib = tmp_path / "fine.bib"
    bib.write_text("@book{fine2001, author = {Fine, Ann}, year = 2001}\n", encoding="utf-8")
    report = write_report(manuscript, tmp_path / "out", "--bib", str(bib))
    page, log = open_report(browser, report)
    try:
        text = page.locator(".ms").inner_text()
        assert "<script>window.__pwned = 1; alert(1)</script>" in text
        assert '<img src=x onerror="window.__pwned=2;alert(2)">' in text
        assert '<a href="javascript:window.__pwned=3">a link</a>' in text
        assert "[md](javascript:alert(3))" in text
        assert page.locator(".ms script, .ms img, .ms svg, a[href^='javascript:']").count() == 0
        assert_inert_when_used(page, log, report, "hostile.txt")
    finally:
        page.context.close()


def assert_inert_when_used(page, log, report, title: str) -> None:
    """Hover the note holding a payload (shown in tooltips through textContent only), click
    every finding's link, and check that no payload ran and nothing left the machine."""
    page.hover("a.mk.k-marker[href='#note-1']")
    expect(page.locator("#tip")).to_contain_text("<img src=x onerror=alert(4)>")
    for link in page.locator("#findings a.goto").all():
        link.click()
    page.wait_for_timeout(200)  # give any stray handler (onerror, onload) its chance
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.title().startswith(title)
    assert_offline_and_clean(page, log, report)


# A saved web page full of active content. Each payload would set window.__pwned or open a
# dialog if it ever ran; the escaped one is text the page shows, and must show as text.
HOSTILE_PAGE = """<!DOCTYPE html>
<html><head><title>Hostile <script>window.__pwned = "title"</script></title>
<script>window.__pwned = 1; alert(1)</script>
<style>body { display: none }</style>
<meta http-equiv="refresh" content="0; url=javascript:alert(7)">
</head>
<body onload="window.__pwned = 8; alert(8)">
<p onclick="window.__pwned = 5">Body with <img src=x onerror="window.__pwned=2;alert(2)">
and <a href="javascript:window.__pwned=3;alert(3)">a link</a> and
&lt;script&gt;window.__pwned = 4&lt;/script&gt; shown as text.<a href="#fn1"
class="footnote-ref" id="fnref1"><sup>1</sup></a> More <svg onload="alert(5)"><text>svg</text></svg>
<iframe srcdoc="<script>alert(6)</script>"></iframe>claims.<a href="#fn2" class="footnote-ref"
id="fnref2"><sup>2</sup></a> And a third.<a href="#fn3" class="footnote-ref"><sup>3</sup></a></p>
<section class="footnotes"><ol>
<li id="fn1"><p>&lt;img src=x onerror=alert(4)&gt; as quoted <img src=y onerror="alert(9)">
in it.<a href="#fnref1" class="footnote-back">↩︎</a></p></li>
<li id="fn2"><p>Fine, 2001.<a href="#fnref2" class="footnote-back">↩︎</a></p></li>
</ol></section>
</body></html>
"""


def test_html_manuscript_shows_its_text_and_nothing_of_it_runs(browser, tmp_path):
    manuscript = tmp_path / "hostile.html"
    manuscript.write_text(HOSTILE_PAGE, encoding="utf-8")
    bib = tmp_path / "fine.bib"
    bib.write_text("@book{fine2001, author = {Fine, Ann}, year = 2001}\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(manuscript), "-o", str(out), "--bib", str(bib)]) == 0
    report = out / "hostile.html"
    page, log = open_report(browser, report)
    try:
        text = page.locator(".ms").inner_text()
        # The page's text, as its reader sees it: escaped markup shows as written ...
        assert "<script>window.__pwned = 4</script> shown as text." in text
        assert "<img src=x onerror=alert(4)> as quoted in it." in text
        assert "a link" in text
        # ... and the page's own markup, scripts, styles and handlers are nowhere.
        for absent in ("window.__pwned = 1", 'onerror="', "javascript:", "display: none", "↩"):
            assert absent not in text
        assert page.locator(".ms script, .ms img, .ms svg, .ms iframe").count() == 0
        assert page.locator("a[href^='javascript:'], [onload], [onclick], [onerror]").count() == 0
        expect(page.locator("#findings")).to_contain_text("note 3")
        assert_inert_when_used(page, log, report, "hostile.html")
    finally:
        page.context.close()


def test_bidi_overrides_and_escapes_show_as_code_points(browser, tmp_path):
    # U+202E would show "evil" as "live"; ESC and BEL would be an invisible terminal title.
    manuscript = tmp_path / "bidi.txt"
    manuscript.write_text(
        "A claim.1 Another.2\n\nNotes\n\n1 See the \u202elive\u202c text \x1b]0;x\x07 and\n\n"
        "2 Cliff, 1974.\n",
        encoding="utf-8",
    )
    report = write_report(manuscript, tmp_path / "out")
    page, log = open_report(browser, report)
    try:
        text = page.locator(".ms").inner_text()
        assert "⟨U+202E⟩live⟨U+202C⟩" in text
        assert "⟨U+001B⟩]0;x⟨U+0007⟩" in text
        assert "\u202e" not in page.locator("body").inner_text()
        shown = page.locator(".ms .ctl", has_text="⟨U+202E⟩").first
        expect(shown).to_be_visible()
        expect(shown).to_have_attribute("title", "control character ⟨U+202E⟩")
        # The finding that quotes the note shows them too.
        expect(page.locator("#findings .msg").first).to_contain_text("⟨U+202E⟩live")
        assert_offline_and_clean(page, log, report)
    finally:
        page.context.close()


def test_a_six_megabyte_report_opens(browser, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([text] * 100), encoding="utf-8")
    assert big.stat().st_size > 6_000_000
    report = write_report(big, tmp_path, "--select", "N", "--bib", str(SAMPLE_BIB))
    page, log = open_report(browser, report)
    try:
        findings = page.locator(".finding")
        assert findings.count() > 100
        expect(page.locator("#shown-count")).to_have_text(str(findings.count()))
        last = page.locator(".b").last
        last.scroll_into_view_if_needed()
        expect(last).to_contain_text("38 million")
        assert_offline_and_clean(page, log, report)
    finally:
        page.context.close()


UNCLOSED = """Trotsky wrote that “the revolution is the forcible entry of the masses”.1 Reed asked
“Did you bring anything to read?2 and left.

Notes

1 Trotsky, 1932, p17.

2 Reed, 1919, p40.
"""


def test_an_unclosed_quotation_is_marked_with_its_finding(browser, tmp_path):
    manuscript = tmp_path / "quotes.txt"
    manuscript.write_text(UNCLOSED, encoding="utf-8")
    # The notes' two works, so that the quotation is the page's only problem (an empty
    # .bib is an input error).
    bib = tmp_path / "works.bib"
    bib.write_text(
        "@book{trotsky1932, author = {Trotsky, Leon}, year = {1932}, title = {Invented}}\n"
        "@book{reed1919, author = {Reed, John}, year = {1919}, title = {Invented}}\n",
        encoding="utf-8",
    )
    report = write_report(manuscript, tmp_path / "out", "--bib", str(bib))
    page, log = open_report(browser, report)
    try:
        quotes = page.locator(".ms a.mk.k-quote")
        expect(quotes).to_have_count(3)  # a closed pair, and one opening mark left open
        expect(page.locator(".ms a.mk.k-quote.st-ok")).to_have_count(2)
        unclosed = page.locator(".ms a.mk.k-quote.st-problem")
        expect(unclosed).to_have_count(1)
        expect(unclosed).to_have_text("“")
        expect(unclosed).to_have_class(re.compile(r"\bsv-warning\b.*\br-Q101\b"))
        finding = page.locator(".finding.r-Q101")
        expect(finding).to_have_count(1)
        expect(finding.locator(".msg")).to_contain_text("before note marker 2")
        unclosed.hover()
        tip = page.locator("#tip")
        expect(tip).to_contain_text("Quotation: never closed: Did you bring anything to read?")
        expect(tip).to_contain_text("Q101 the quotation opened here")
        page.locator(".ms a.mk.k-quote.st-ok").first.hover()
        expect(tip).to_contain_text("Quotation: the revolution is the forcible entry")
        expect(tip).not_to_contain_text("Compared")
        finding.locator("a.goto").click()
        expect(unclosed).to_have_class(CURRENT)
        assert_offline_and_clean(page, log, report)
    finally:
        page.context.close()
