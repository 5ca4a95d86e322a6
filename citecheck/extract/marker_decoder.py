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
    REPEATED_AT_ONCE,
    RESTART,
)
from citecheck.model import Marker, Span

# States of different parts live in one dict: part * _STRIDE + highest number.
_STRIDE = 1 << 20
_INFINITY = float("inf")


def decode(candidates: list[Candidate], first_part: int = 0, parts: int = 1) -> list[Marker]:
    """The markers among `candidates`, in text order.

    `parts` > 1 when one notes list restarts its numbering per chapter: the sequence may
    then start again at 1, and each restart moves on to the next part.
    """
    chosen = _best_path(candidates, parts)
    on_path = {index: (reading, part) for index, reading, part in chosen}
    markers: list[Marker] = []
    used = {(part, n) for _, reading, part in chosen for n in reading.numbers}
    highest = 0
    part = 0
    for index, candidate in enumerate(candidates):
        if index in on_path:
            reading, part = on_path[index]
            markers.extend(_markers(candidate, reading, first_part + part, in_sequence=True))
            highest = reading.numbers[-1]
            continue
        single = candidate.readings[0]
        if len(single.numbers) != 1:
            continue
        number = single.numbers[0]
        misplaced = NEAR_MISPLACED if abs(number - highest) <= 2 else MISPLACED
        key = (part, number)
        if key not in used and single.score + misplaced > 0:
            used.add(key)
            markers.extend(_markers(candidate, single, first_part + part, in_sequence=False))
        elif key in used and number <= highest:
            repeated = REPEATED if number < highest else REPEATED_AT_ONCE
            if single.score + repeated > 0:
                markers.extend(_markers(candidate, single, first_part + part, in_sequence=False))
    return markers


def _best_path(candidates: list[Candidate], parts: int = 1) -> list[tuple[int, Reading, int]]:
    """The best sequence of readings, as (candidate index, reading, part) in text order.

    `value[k]` is the best total of a sequence whose state is k (part and highest number),
    `last[k]` the step that ended it; steps are kept in flat lists (candidate, reading,
    previous step) so that the back pointers cost no objects.
    """
    value: dict[int, float] = {0: 0.0}
    last: dict[int, int] = {0: -1}
    tops: dict[int, int] = {0: 0}  # part -> its best state
    step_candidate: list[int] = []
    step_reading: list[Reading] = []
    step_previous: list[int] = []
    step_part: list[int] = []
    top = 0
    for index, candidate in enumerate(candidates):
        if parts == 1 and len(candidate.readings) == 1:
            # The common case, one part and one reading: a single update, made at once.
            reading = candidate.readings[0]
            entry = _best_entry(value, 0, reading.numbers[0], tops[0])
            if entry is None:
                continue
            total = entry[0] + (NEXT_IN_SEQUENCE * (len(reading.numbers) - 1) + reading.score)
            state = reading.numbers[-1]
            if total > value.get(state, -_INFINITY):
                previous_step = last[entry[1]]
                value[state] = total
                last[state] = len(step_candidate)
                step_candidate.append(index)
                step_reading.append(reading)
                step_previous.append(previous_step)
                step_part.append(0)
                if total > value[tops[0]]:
                    tops[0] = state
                if total > value[top]:
                    top = state
            continue
        updates = []
        top_part = top // _STRIDE
        for part in range(max(0, top_part - 1), min(parts, top_part + 2)):
            base = part * _STRIDE
            for reading in candidate.readings:
                first = reading.numbers[0]
                entry = _best_entry(value, base, first, tops.get(part))
                if part and part - 1 in tops and first <= MAX_GAP + 1:
                    gain = RESTART + NEXT_IN_SEQUENCE - GAP_PER_MISSING * (first - 1)
                    restart = (value[tops[part - 1]] + gain, tops[part - 1])
                    if entry is None or restart[0] > entry[0]:
                        entry = restart
                if entry is None:
                    continue
                total, previous = entry
                total += NEXT_IN_SEQUENCE * (len(reading.numbers) - 1) + reading.score
                state = base + reading.numbers[-1]
                updates.append((state, total, reading, last[previous]))
        for state, total, reading, previous_step in updates:
            if total > value.get(state, -_INFINITY):
                value[state] = total
                last[state] = len(step_candidate)
                step_candidate.append(index)
                step_reading.append(reading)
                step_previous.append(previous_step)
                part = state // _STRIDE
                step_part.append(part)
                if part not in tops or total > value[tops[part]]:
                    tops[part] = state
                if total > value[top]:
                    top = state
    chosen = []
    step = last[top]
    while step >= 0:
        chosen.append(step)
        step = step_previous[step]
    chosen.reverse()
    return [(step_candidate[k], step_reading[k], step_part[k]) for k in chosen]


def _best_entry(
    value: dict[int, float], base: int, first: int, part_top: int | None
) -> tuple[float, int] | None:
    """The best state of a part to continue with a marker numbered `first`: (total, state)."""
    best_total = -_INFINITY
    best_state = -1
    get = value.get
    state = base + first
    for cost in _STEP_COSTS:  # one step back per cost: from n - 1 to n - 1 - MAX_GAP
        state -= 1
        previous = get(state)
        if previous is not None and previous + cost > best_total:
            best_total, best_state = previous + cost, state
    for start in (part_top, base):  # far ahead: from the part's best state, or from nothing
        if start is not None and start in value and start - base < first - MAX_GAP - 1:
            total = value[start] + FAR_JUMP
            if best_state < 0 or total > best_total:
                best_total, best_state = total, start
    return None if best_state < 0 else (best_total, best_state)


# What continuing from n - 1, n - 2, … n - 1 - MAX_GAP adds (scores are quarters, so the
# sums are exact in any order).
_STEP_COSTS = tuple(
    NEXT_IN_SEQUENCE - GAP_PER_MISSING * (step - 1) for step in range(1, MAX_GAP + 2)
)


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
