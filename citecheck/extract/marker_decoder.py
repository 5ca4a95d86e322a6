"""Choose which candidates are markers: the best-scoring sequence, not the first guess.

Dynamic programming over the candidates in text order. The state is the highest marker
number accepted so far; a candidate can extend a state when its number is higher: by one
(cheap), or by more (each skipped number costs: a missing marker). The best total of
candidate scores plus sequence costs wins, so a number that merely follows a full stop is
left out unless the sequence wants it, and "1991.1" is a marker when marker 1 is due.

Candidates off the best path are then markers only if they are strong on their own: a
number the path does not have (a swapped or misplaced marker, reported out of sequence),
or one it already has (a note cited twice). The note list is never consulted: a marker
whose note was deleted is still a marker.

Each candidate looks back at most MAX_GAP + 1 states, so decoding is linear.
"""

from __future__ import annotations

from citecheck.extract.marker_candidates import Candidate, Reading
from citecheck.extract.marker_weights import (
    FAR_JUMP,
    GAP_PER_MISSING,
    MAX_GAP,
    MISPLACED,
    NEAR_MISPLACED,
    NEXT_IN_SEQUENCE,
    REPEATED,
)
from citecheck.model import Marker, Span


def decode(candidates: list[Candidate], part: int = 0) -> list[Marker]:
    """The markers among `candidates`, in text order."""
    chosen = _best_path(candidates)
    on_path = dict(chosen)
    markers: list[Marker] = []
    used = {number for _, reading in chosen for number in reading.numbers}
    highest = 0
    for index, candidate in enumerate(candidates):
        reading = on_path.get(index)
        if reading is not None:
            markers.extend(_markers(candidate, reading, part, in_sequence=True))
            highest = max(highest, reading.numbers[-1])
            continue
        single = candidate.readings[0]
        if len(single.numbers) != 1:
            continue
        number = single.numbers[0]
        misplaced = NEAR_MISPLACED if abs(number - highest) <= 2 else MISPLACED
        if number not in used and single.score + misplaced > 0:
            used.add(number)
            markers.extend(_markers(candidate, single, part, in_sequence=False))
        elif number in used and number <= highest and single.score + REPEATED > 0:
            markers.extend(_markers(candidate, single, part, in_sequence=True))
    return markers


def _best_path(candidates: list[Candidate]) -> list[tuple[int, Reading]]:
    """The best sequence of readings, as (candidate index, reading) in text order.

    `value[m]` is the best total of a sequence whose highest number is m, `last[m]` the step
    that ended it; steps are kept in flat lists (candidate, reading, previous step) so that
    the back pointers cost no objects.
    """
    value: dict[int, float] = {0: 0.0}
    last: dict[int, int] = {0: -1}
    step_candidate: list[int] = []
    step_reading: list[Reading] = []
    step_previous: list[int] = []
    top = 0
    for index, candidate in enumerate(candidates):
        updates = []
        for reading in candidate.readings:
            first = reading.numbers[0]
            entry = _best_entry(value, first, top)
            if entry is None:
                continue
            total, previous = entry
            total += NEXT_IN_SEQUENCE * (len(reading.numbers) - 1) + reading.score
            updates.append((reading.numbers[-1], total, reading, last[previous]))
        for number, total, reading, previous_step in updates:
            if total > value.get(number, -_INFINITY):
                value[number] = total
                last[number] = len(step_candidate)
                step_candidate.append(index)
                step_reading.append(reading)
                step_previous.append(previous_step)
                if total > value[top]:
                    top = number
    chosen = []
    step = last[top]
    while step >= 0:
        chosen.append((step_candidate[step], step_reading[step]))
        step = step_previous[step]
    chosen.reverse()
    return chosen


_INFINITY = float("inf")


def _best_entry(value: dict[int, float], first: int, top: int) -> tuple[float, int] | None:
    """The best state to continue with a marker numbered `first`: (total, its number)."""
    best: tuple[float, int] | None = None
    for step in range(1, MAX_GAP + 2):
        previous = value.get(first - step)
        if previous is None:
            continue
        total = previous + NEXT_IN_SEQUENCE - GAP_PER_MISSING * (step - 1)
        if best is None or total > best[0]:
            best = (total, first - step)
    for start in (top, 0):  # far ahead: from the best state, or from nothing
        if start < first - MAX_GAP - 1:
            total = value[start] + FAR_JUMP
            if best is None or total > best[0]:
                best = (total, start)
    return best


def _markers(
    candidate: Candidate, reading: Reading, part: int, *, in_sequence: bool
) -> list[Marker]:
    if len(reading.numbers) == 1:
        return [Marker(reading.numbers[0], candidate.span, candidate.form, in_sequence, part=part)]
    markers = []
    start = candidate.span.start
    for number in reading.numbers:
        end = start + len(str(number))
        markers.append(Marker(number, Span(start, end), "stacked", in_sequence, part=part))
        start = end
    return markers
