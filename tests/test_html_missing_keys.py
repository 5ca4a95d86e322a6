"""The HTML report lists each cited work with no entry once, by its key when the citation
has one: two missing keyed citations are two rows, and the card says "2 missing"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from citecheck.cli import main

MANUSCRIPT = (
    "One claim [@doe2023missing]. Another [@smithPrimaryCareCrisis2021].\n\n"
    "A known one [@alpha2020], and the first again [@doe2023missing].\n"
)
BIB = "@book{alpha2020, author = {Alpha, Ann}, title = {One}, year = {2020}}\n"


@pytest.fixture
def page(tmp_path: Path, capsys, monkeypatch) -> str:
    (tmp_path / "paper.md").write_text(MANUSCRIPT, encoding="utf-8")
    (tmp_path / "bibliography.bib").write_text(BIB, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["lint", "paper.md", "--html", "report.html"]) == 1
    capsys.readouterr()
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def _missing_rows(page: str) -> list[tuple[str, str]]:
    table = page[page.index('<table class="refs missing">') :]
    table = table[: table.index("</table>")]
    return re.findall(
        r'<strong>(?P<name>[^<]*)</strong>\s*<span class="status-missing">.*?'
        r'<td class="num">(?P<count>\d+)</td>',
        table,
        re.DOTALL,
    )


def test_each_missing_key_has_its_own_row(page: str) -> None:
    assert _missing_rows(page) == [
        ("@doe2023missing", "2"),
        ("@smithPrimaryCareCrisis2021", "1"),
    ]


def test_the_card_counts_each_missing_work(page: str) -> None:
    card = re.search(r'<li class="cov-missing[^"]*"><span class="n">(\d+)</span> missing', page)
    assert card is not None and card.group(1) == "2"
