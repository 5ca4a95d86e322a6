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

from dataclasses import dataclass

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

# A path is a linked list of the readings chosen: (candidate index, reading, previous).
_Path = tuple[int, Reading, "_Path | None"] | None


@dataclass(frozen=True, slots=True)
class _State:
    value: float
    path: _Path


def decode(candidates: list[Candidate], part: int = 0) -> list[Marker]:
    """The markers among `candidates`, in text order."""
    chosen = _best_path(candidates)
    on_path = {index: reading for index, reading in chosen}
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
    states: dict[int, _State] = {0: _State(0.0, None)}
    top_number = 0
    for index, candidate in enumerate(candidates):
        updates: list[tuple[int, _State]] = []
        for reading in candidate.readings:
            first = reading.numbers[0]
            entry = _best_entry(states, first, top_number)
            if entry is None:
                continue
            gain, previous = entry
            inside = NEXT_IN_SEQUENCE * (len(reading.numbers) - 1)
            value = previous.value + gain + inside + reading.score
            updates.append((reading.numbers[-1], _State(value, (index, reading, previous.path))))
        for number, state in updates:
            current = states.get(number)
            if current is None or state.value > current.value:
                states[number] = state
                if state.value > states[top_number].value:
                    top_number = number
    path = states[top_number].path
    chosen = []
    while path is not None:
        index, reading, path = path
        chosen.append((index, reading))
    chosen.reverse()
    return chosen


def _best_entry(
    states: dict[int, _State], first: int, top_number: int
) -> tuple[float, _State] | None:
    """The best state to continue with a marker numbered `first`, and the sequence gain."""
    best: tuple[float, _State] | None = None
    for step in range(1, MAX_GAP + 2):
        state = states.get(first - step)
        if state is None:
            continue
        gain = NEXT_IN_SEQUENCE - GAP_PER_MISSING * (step - 1)
        if best is None or state.value + gain > best[1].value + best[0]:
            best = (gain, state)
    for start in (top_number, 0):  # far ahead: from the best state, or from nothing
        if start < first - MAX_GAP - 1:
            far = states[start]
            if best is None or far.value + FAR_JUMP > best[1].value + best[0]:
                best = (FAR_JUMP, far)
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
