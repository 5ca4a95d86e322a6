"""The figure extractor: values, precision, kinds and bounds, table-driven, plus sentences
and masking of glued markers."""

from __future__ import annotations

import pytest

from citecheck.extract.figures import find_figures
from citecheck.extract.markers import find_markers
from citecheck.extract.sentences import split_sentences
from citecheck.model import Figure, Span
from citecheck.readers import read_bytes

M = 1_000_000


def figures_of(text: str) -> tuple[Figure, ...]:
    source = read_bytes("manuscript.txt", text.encode("utf-8"))
    return find_figures(source, find_markers(source))[1]


def the(text: str, surface: str) -> Figure:
    found = [f for f in figures_of(text) if f.surface == surface]
    assert len(found) == 1, [(f.surface, f.kind) for f in figures_of(text)]
    return found[0]


# (text, surface, kind, value, precision, bound)
CASES = [
    ("a famine with 30 million dead", "30 million", "count", 30 * M, 10 * M, "point"),
    ("The figure of 38 million is official.", "38 million", "count", 38 * M, M, "point"),
    ("As many as seven million people died.", "seven million", "count", 7 * M, M, "upper"),
    (
        "In all, two and a half million fled.",
        "two and a half million",
        "count",
        2.5 * M,
        M / 2,
        "point",
    ),
    ("It had risen to 2,468,524, having peaked.", "2,468,524", "count", 2468524, 1, "point"),
    ("It was 2.5 million in all.", "2.5 million", "count", 2.5 * M, 100_000, "point"),
    ("By 1930, some 179,000 people were held.", "179,000", "count", 179_000, 1000, "approx"),
    ("Up to 20 million people passed through.", "20 million", "count", 20 * M, 10 * M, "upper"),
    ("We met at least 400 workers there.", "400", "count", 400, 100, "lower"),
    ("It stood at around 26 million, with others.", "26 million", "count", 26 * M, M, "approx"),
    ("No fewer than 2,000 delegates came.", "2,000", "count", 2000, 1000, "lower"),
    ("Then 2,500 people were sentenced.", "2,500", "count", 2500, 100, "point"),
    ("Then 2500 people were sentenced.", "2500", "count", 2500, 100, "point"),
    ("There were a million of them.", "a million", "count", M, M, "point"),
    (
        "There were twenty-five thousand of them.",
        "twenty-five thousand",
        "count",
        25_000,
        1000,
        "point",
    ),
    (
        "There were two hundred and twelve of them.",
        "two hundred and twelve",
        "count",
        212,
        1,
        "point",
    ),
    ("only 1.3 percent had been members", "1.3 percent", "percent", 1.3, 0.1, "point"),
    ("About 90 percent were purged.", "90 percent", "percent", 90, 10, "approx"),
    ("a royalty fee of 20% of profits", "20%", "percent", 20, 10, "point"),
    ("a cut of 8 per cent in pay", "8 per cent", "percent", 8, 1, "point"),
    ("a rise of 5 percentage points", "5 percentage points", "points", 5, 1, "point"),
    ("a value of 0.10 on the scale", "0.10", "small", 0.1, 0.01, "point"),
    ("We counted 14 people.", "14", "small", 14, 1, "point"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "precision", "bound"), CASES)
def test_values_precision_kind_bound(
    text: str, surface: str, kind: str, value: float, precision: float, bound: str
) -> None:
    figure = the(text, surface)
    assert (figure.kind, figure.bound) == (kind, bound)
    assert figure.value == pytest.approx(value)
    assert figure.precision == pytest.approx(precision)


# (text, surface, kind): things that are not comparable figures, and ranges.
KINDS = [
    ("Estimates range from 15 to 45 million.", "15 to 45 million", "range"),
    ("It was between 2 and 3 million.", "2 and 3 million", "range"),
    ("Some 15–20 percent left.", "15–20 percent", "range"),
    ("Just one in 14 members remained.", "one in 14", "ratio"),
    ("and one in six in 1920", "one in six", "ratio"),
    ("nine-tenths of the members", "nine-tenths", "ratio"),
    ("tens of millions of other people", "tens of millions", "vague"),
    ("Hundreds of thousands of people fled.", "Hundreds of thousands", "vague"),
    ("He murdered thousands of them.", "thousands of", "vague"),
    ("Stalinism’s long shadow. Issue: 173 of the journal.", "173", "identifier"),
    ("See Cliff, pp. 517, 518 for this.", "518", "page"),
    ("See Cliff, p. 157 for this.", "157", "page"),
    ("Workers Hammer 156 (May -- June 1997).", "156", "identifier"),
    ("Call (801) 596-1887 today.", "596-1887", "identifier"),
    ("Write to UT 84116 now.", "84116", "identifier"),
    ("famines in the Volga region in 1932-3 killed", "1932-3", "year"),
    ("in the Civil War in 1918-1920 were", "1918-1920", "year"),
    ("ruled between 1928 and 1953 in all", "1928 and 1953", "year"),
    ("the revolution of 1917 was", "1917", "year"),
    ("as quoted in Chang and Halliday, 2007, here", "2007", "citation-year"),
    ("collapsed on 25 December 1991 at last", "25", "date"),
    ("collapsed on 25 December 1991 at last", "1991", "date"),
    ("hopes of the 1930s were", "1930s", "decade"),
    ("in the 1950s and 60s there", "60s", "decade"),
    ("the 12th Army marched", "12th", "ordinal"),
    ("its 104th anniversary came", "104th", "ordinal"),
    ("Some 30 years ago it fell.", "30", "duration"),
    ("the Five Year Plans began", "Five", "duration"),
    ("three days later it fell", "three", "duration"),
    ("it cost £2 million to build", "£2 million", "money"),
    ("it cost 5,000 roubles to build", "5,000", "money"),
]


@pytest.mark.parametrize(("text", "surface", "kind"), KINDS)
def test_kinds(text: str, surface: str, kind: str) -> None:
    figure = the(text, surface)
    assert figure.kind == kind
    assert figure.comparable is (kind in {"count", "percent", "range"})


def test_range_ends_borrow_the_scale() -> None:
    figure = the("Estimates range from 15 to 45 million.", "15 to 45 million")
    assert (figure.lo, figure.hi) == (15 * M, 45 * M)


def test_a_change_from_one_value_to_another_is_two_values_not_a_range() -> None:
    found = figures_of("Membership rose from 2 million to 3 million in a year.")
    assert [(f.surface, f.kind, f.value) for f in found if f.comparable] == [
        ("2 million", "count", 2 * M),
        ("3 million", "count", 3 * M),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cliff, 1974, pp533-535.",
        "Cliff, 1974, p157.",
        "at the Cop26 mobilisation",
        "Smith, 1965a, argued",
        "at https://example.org/2019/10/page-300 online",
        "see 17997-h.htm or 17997.txt",
        "open at 10:30 each day",
        "values of 1.2.3 and 2/3",
    ],
)
def test_no_comparable_figure_in(text: str) -> None:
    assert [f.surface for f in figures_of(text) if f.comparable] == []


def numbered(n: int, tail: str) -> str:
    """A body whose sentences carry markers 1..n-1, then `tail`, and notes 1..n."""
    body = " ".join(f"Sentence {i} here.{i}" for i in range(1, n)) + " " + tail
    notes = "\n\n".join(f"{i} Cliff, 1974." for i in range(1, n + 1))
    return body + "\n\n" + notes + "\n"


def test_glued_markers_are_masked_not_read_as_decimals() -> None:
    found = figures_of(numbered(15, "It peaked at 2,561,351.15 Around 2 million died."))
    surfaces = {f.surface: f for f in found}
    assert "2,561,351.15" not in surfaces
    assert surfaces["2,561,351"].kind == "count"
    assert surfaces["2,561,351"].value == 2_561_351


def test_year_with_glued_marker_is_a_year() -> None:
    found = figures_of("It collapsed on 25 December 1991.1 Yet it lives.\n\n1 Cliff, 1974.\n")
    assert [(f.surface, f.kind) for f in found if f.note is None] == [
        ("25", "date"),
        ("1991", "date"),
    ]


def test_decimal_out_of_sequence_stays_a_decimal() -> None:
    found = figures_of("Members in 1917.1 Only 1.3 percent were left.\n\n1 Cliff, 1974.\n")
    assert the_surface(found, "1.3 percent").value == pytest.approx(1.3)


def the_surface(found: tuple[Figure, ...], surface: str) -> Figure:
    return next(f for f in found if f.surface == surface)


def test_note_figures_carry_their_note_number() -> None:
    text = "A famine with 30 million dead.1\n\n1 The figure of 38 million is official.\n"
    found = figures_of(text)
    assert [(f.surface, f.note) for f in found] == [("30 million", None), ("38 million", 1)]


def test_heads_context_and_concepts() -> None:
    figure = the("Around 2 million inmates died during this period.", "2 million")
    assert figure.heads == ("inmate", "die")
    assert "DEATH" in figure.concepts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("It fell in 1991. Yet it lives.", 2),
        ("See p. 5 of the book. Then stop.", 2),
        ("As e.g. the others did. Then.", 2),
        ("Dr. Smith and E. H. Carr wrote.", 1),
        ("Only 1.3 percent stayed.", 1),
        ("He said “no.” Then left!", 2),
    ],
)
def test_sentences(text: str, count: int) -> None:
    assert len(split_sentences(text, Span(0, len(text)))) == count
