"""The marker extractor: footnote markers told apart from numbers."""

from __future__ import annotations

import pytest

from citecheck.extract.markers import find_markers
from citecheck.readers.note_lines import note_start, opens_a_list
from tests.helpers import SAMPLE, source_of


def markers_in(body: str, notes: range | list[int] = range(1, 10)) -> list[int]:
    note_lines = "\n\n".join(f"{n} A note." for n in notes)
    source = source_of(f"{body}\n\n{note_lines}\n")
    return [m.number for m in find_markers(source)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # glued after punctuation, quotes and letters
        ("It collapsed on 25 December 1991.1 Yet it cast a shadow.", [1]),
        ("A count of 2,561,351.1 Around two million died.", [1]),
        ("He said “position”.1 “Tankie” videos abound.", [1]),
        ("As he wrote: “the main enemy is at home”1 for them.", [1]),
        ("Is that so?1 Maybe.", [1]),
        ("They argued so1 and left.", [1]),
        ("One,1 two.2 Three;3 four:4 end.5", [1, 2, 3, 4, 5]),
        ("It ended (in 1920).1 Then more.", [1]),
        # explicit forms
        ("The text[^1] and more[^2] here.", [1, 2]),
        ("The text[1] and more[2] here.", [1, 2]),
        ("The text^1 and more^2 here.", [1, 2]),
        ("The text¹ and more² here.", [1, 2]),
        ("The text¹² here.", [12]),
        # hard negatives: numbers that are not markers
        ("Only 1.3 percent were Bolsheviks.", []),
        ("Rates rose 2.5 million times.", []),
        ("It rose by 8.3 per cent in a year.", []),
        ("At the Cop26 mobilisation in Glasgow.", []),
        ("The G7 met in Cornwall.", []),
        ("The 12th Army marched.", []),
        ("In the 1930s and 40s the party grew.", []),
        ("See pp118-119 for the figures.", []),
        ("The year 1917 was decisive.", []),
        ("Out of 1,588,852 members in 1939 only some stayed.", []),
        ("Some 179,000 people were held.", []),
        ("Version 2.003 shipped.", []),
        ("Visit https://example.org/page2 for more.", []),
        ("The ratio was one in 14 members.", []),
    ],
)
def test_markers_table(body: str, expected: list[int]) -> None:
    assert markers_in(body) == expected


def test_year_then_marker_is_year_plus_marker() -> None:
    source = source_of("It collapsed in 1991.1 Yet more.\n\n1 Note.\n")
    [marker] = find_markers(source)
    assert marker.number == 1
    assert marker.span.slice(source.text) == "1"
    assert source.text[marker.span.start - 5 : marker.span.start] == "1991."


def test_count_then_marker_keeps_count_intact() -> None:
    body = "Up to 1. One.1 Two.2 Three.3 Four.4 The gulags had 2,561,351.15 Then"
    text = body.replace("Up to 1. ", "") + "\n\n" + "\n\n".join(f"{n} N." for n in range(1, 16))
    numbers = [m.number for m in find_markers(source_of(text))]
    # 15 is out of the strict window after 4, glued after a decimal point: not a marker.
    assert numbers == [1, 2, 3, 4]


def test_count_then_marker_in_sequence() -> None:
    body = " ".join(f"Claim.{n}" for n in range(1, 15)) + " Peaked at 2,561,351.15 Then."
    text = body + "\n\n" + "\n\n".join(f"{n} N." for n in range(1, 16))
    numbers = [m.number for m in find_markers(source_of(text))]
    assert numbers == list(range(1, 16))


def test_decimal_out_of_window_is_not_a_marker() -> None:
    # After marker 1, "1.3" would be marker 3 only if glued digits after a decimal point
    # could skip the window; "8.3" never can.
    assert markers_in("Start.1 Only 8.3 of them stayed.") == [1]


def test_swapped_markers_are_both_found_and_flagged_out_of_sequence() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    swapped = text.replace(
        "three years earlier at 2,561,351.15", "three years earlier at 2,561,351.16"
    )
    swapped = swapped.replace(
        "As many as seven million people died.16", "As many as seven million people died.15"
    )
    markers = find_markers(source_of(swapped))
    numbers = [m.number for m in markers]
    assert sorted(numbers) == list(range(1, 58))
    # Either of the swapped pair is the one out of place; exactly one is reported.
    assert [m.number for m in markers if not m.in_sequence] in ([15], [16])


def test_sample_has_markers_one_to_fifty_seven_in_order() -> None:
    markers = find_markers(source_of(SAMPLE.read_text(encoding="utf-8")))
    assert [m.number for m in markers] == list(range(1, 58))
    assert all(m.in_sequence for m in markers)


def test_markers_are_not_read_inside_notes() -> None:
    text = "Body text.1\n\n1 See Cliff, 1974, pp118-119.2 and more.\n"
    assert [m.number for m in find_markers(source_of(text))] == [1]


def test_marker_ending_a_paragraph_before_the_notes() -> None:
    # The next line is a note ("1 The ..."), not a lower-case word or a digit of the number.
    text = "A famine with 30 million dead by 1960.1\n\n1 The figure of 38 million is official.\n"
    assert [m.number for m in find_markers(source_of(text))] == [1]


@pytest.mark.parametrize(
    "body",
    [
        "As John 3:4 says. We met at 10:30 and left.",
        "See p.4 and No.5 of the series, vol.2 too.",
    ],
)
def test_verses_times_and_abbreviated_numbers_are_not_markers(body: str) -> None:
    assert markers_in(body) == []


def test_one_stray_explicit_form_does_not_switch_off_glued_markers() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    stray = text.replace(
        "the following month.2", "the following month, across 20 million km² [sic, see [1]].2"
    )
    markers = find_markers(source_of(stray))
    assert [m.number for m in markers] == list(range(1, 58))


def test_explicit_markers_win_when_they_explain_the_notes() -> None:
    assert markers_in("Text[1] and more.2 Then[2] and 1.3 percent.") == [1, 2]


def test_superscript_power_after_a_unit_is_not_a_marker() -> None:
    assert markers_in("An area of 20 km² was flooded.¹ Then 3 m³ of water.²") == [1, 2]


def test_a_note_opening_with_a_glued_superscript_number_is_read():
    # "¹Cliff" opened the notes list with no space: the glued pattern once raised IndexError.
    text = "¹Cliff, 1974."
    start = note_start(text, 0, len(text))
    assert start is not None and start.number == 1
    # a number in the thousands is read, but only a sequence that reached it takes it
    assert not opens_a_list(note_start("1974 was the year.", 0, 18))
