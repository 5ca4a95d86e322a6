"""Figure rules: a number in a note, or elsewhere in the text, that contradicts the text.

The comparison is forgiving (rounding to the coarser written precision, approximations,
bounds, ranges) and the link is demanding: two figures are compared only when something
says they describe the same quantity. An unrelated number in a note is not a contradiction.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import combinations

from citecheck.extract.sentences import SentenceIndex, split_sentences
from citecheck.model import Figure, Finding, Manuscript, Marker, Note, Related, Severity, Span
from citecheck.rules.base import CheckContext, Rule
from citecheck.rules.figure_links import (
    ANAPHORIC_LEAD,
    ATTRIBUTION,
    CONTRAST_CUE,
    EXPLAIN_CUE,
    consistent,
    link_score,
    part_or_addition,
    specific,
    unit,
    within_factor,
)

_LEAD_WINDOW = 80  # characters before a note's figure searched for "The figure of"
_SNIPPET = 45  # characters of context quoted either side of a figure
_YEAR_KINDS = frozenset({"year"})


def _years(figures: Iterable[Figure]) -> set[float]:
    return {f.value for f in figures if f.kind in _YEAR_KINDS}


def _snippet(text: str, span: Span, within: Span) -> str:
    """A little context around `span`, cut at word boundaries inside `within`."""
    start = max(within.start, span.start - _SNIPPET)
    end = min(within.end, span.end + _SNIPPET)
    if start > within.start:
        space = text.find(" ", start, span.start)
        start = space + 1 if space != -1 else start
    if end < within.end:
        space = text.rfind(" ", span.end, end)
        end = space if space != -1 else end
    left = "…" if start > within.start else ""
    right = "…" if end < within.end else ""
    return left + " ".join(text[start:end].split()) + right


def _marker_sentence(index: SentenceIndex, text: str, marker: Marker) -> int | None:
    """A marker belongs to the sentence holding the last character before it."""
    offset = marker.span.start - 1
    while offset > 0 and text[offset].isspace():
        offset -= 1
    return index.at(offset)


def _pick(note_figure: Figure, candidates: list[Figure]) -> tuple[Figure, int] | None:
    """The body figure the note figure most plausibly restates; None when it is a tie."""
    scored = sorted(((link_score(note_figure, c), c) for c in candidates), key=lambda p: -p[0])
    if len(scored) > 1 and scored[0][0] == scored[1][0]:
        return None  # two equally good partners: the link is ambiguous
    return scored[0][1], scored[0][0]


def _confidence(
    note_figure: Figure,
    body: Figure,
    score: int,
    candidates: int,
    lead: bool,
    contrast: bool,
    attributed: bool,
) -> str | None:
    """How sure we are the two describe one quantity (design note §4.6, step 5).

    A shared head noun alone is not enough: "2 million inhabitants" and "900,000
    inhabitants in the old town" are a whole and its part. The head must come with a shared
    concept, a contrast cue, a source giving the note's figure ("Smith gives"), another
    shared context word, or a note that adds no word of its own.
    """
    if lead and (candidates == 1 or score > 0):
        return "high"
    shared_heads = specific(note_figure.heads) & specific(body.heads)
    shared_concept = bool(set(note_figure.concepts) & set(body.concepts))
    shared_context = specific(note_figure.context) & specific(body.context)
    # The note restates when it says nothing of its own around the figure ("There were
    # 3 million members"); a word of its own ("in the old town", "at the front") marks a part.
    restates = not specific(note_figure.context) - specific(body.context)
    evidence = shared_concept or contrast or attributed or restates
    if shared_heads and (evidence or shared_context - shared_heads):
        return "medium"
    if shared_concept:
        return "medium"
    if len(shared_context) >= 2:
        return "medium"
    if contrast and candidates == 1:
        return "medium"
    return None


def _text_against_notes(ctx: CheckContext) -> Iterator[Finding]:
    m = ctx.manuscript
    notes = {note.number: note for note in m.notes}
    body: dict[int, list[Figure]] = defaultdict(list)
    in_note: dict[int, list[Figure]] = defaultdict(list)
    for figure in m.figures:
        (body[figure.sentence] if figure.note is None else in_note[figure.note]).append(figure)
    index = SentenceIndex(m.sentences)
    seen: set[tuple[int, int]] = set()
    # What a note offers is worked out once per note, however many markers cite it.
    read_notes: dict[int, _NoteFigures | None] = {}
    for marker in m.markers:
        note = notes.get(marker.number)
        if note is None or note.number not in in_note:
            continue  # a note with no figure offers nothing (asked first: most have none)
        sentence = _marker_sentence(index, m.text, marker)
        if sentence is None:
            continue
        if note.number not in read_notes:
            read_notes[note.number] = _note_figures(m, note, in_note[note.number])
        offered = read_notes[note.number]
        if offered is None:
            continue
        note_text, note_figures, note_years, parts = offered
        body_years = _years(body[sentence])
        for nf in note_figures:
            if (note.number, nf.span.start) in seen:
                continue
            if parts.part_or_addition(m.text, nf):
                continue  # "Of these, 120,000 …", "A further 3 million …": not a restatement
            found = _compare(m.text, note_text, nf, body[sentence], note_years, body_years)
            if found is None:
                continue
            seen.add((note.number, nf.span.start))
            bf, confidence = found
            yield _mismatch(m, marker, nf, bf, confidence, m.sentences[sentence])


class _NoteParts:
    """A note's sentences and figure ends, sorted, for bisection: looking them up by a scan
    for every figure was quadratic in a note with thousands of figures."""

    def __init__(self, sentences: list[Span], figures: list[Figure]) -> None:
        self.sentences = sorted(sentences)
        self.starts = [s.start for s in self.sentences]
        self.ends = sorted(f.span.end for f in figures)

    def part_or_addition(self, text: str, nf: Figure) -> bool:
        """The note gives `nf` as a part of the text's figure or as an addition to it."""
        i = bisect_right(self.starts, nf.span.start) - 1
        if i < 0 or not self.sentences[i].contains(nf.span.start):
            return False
        within = self.sentences[i]
        j = bisect_right(self.ends, nf.span.start) - 1  # the last figure ending before nf
        left = self.ends[j] if j >= 0 and self.ends[j] >= within.start else within.start
        return part_or_addition(text, nf, within, left)


_NoteFigures = tuple[str, list[Figure], set[float], _NoteParts]


def _note_figures(m: Manuscript, note: Note, figures: list[Figure]) -> _NoteFigures | None:
    """The note's text, comparable figures, years and parts; None when it offers nothing."""
    comparable = [f for f in figures if f.comparable]
    if not comparable:
        return None  # asked first: most notes hold no figure, and the cue search is dearer
    note_text = m.note_text(note)
    if EXPLAIN_CUE.search(note_text):
        return None
    parts = _NoteParts(split_sentences(m.text, note.text_span), comparable)
    return note_text, comparable, _years(figures), parts


def _compare(
    text: str,
    note_text: str,
    nf: Figure,
    sentence: list[Figure],
    note_years: set[float],
    body_years: set[float],
) -> tuple[Figure, str] | None:
    """The body figure a note figure contradicts, and how sure the link is."""
    candidates = [
        f for f in sentence if f.comparable and unit(f) == unit(nf) and within_factor(f, nf)
    ]
    if not candidates or any(consistent(nf, c) for c in candidates):
        return None
    picked = _pick(nf, candidates)
    if picked is None:
        return None
    bf, score = picked
    window = max(0, nf.span.start - _LEAD_WINDOW)
    lead = bool(ANAPHORIC_LEAD.search(text, window, nf.span.start))
    contrast = bool(CONTRAST_CUE.search(note_text))
    attributed = bool(ATTRIBUTION.search(text, window, nf.span.start))
    confidence = _confidence(nf, bf, score, len(candidates), lead, contrast, attributed)
    if confidence == "medium" and note_years and body_years and not note_years & body_years:
        return None  # the note speaks of other years: likely another quantity
    return (bf, confidence) if confidence else None


def _mismatch(
    m: Manuscript, marker: Marker, nf: Figure, bf: Figure, confidence: str, sentence: Span
) -> Finding:
    note = next(n for n in m.notes if n.number == marker.number)
    text_value, note_value = bf.span.slice(m.text), nf.span.slice(m.text)
    message = (
        f"figure mismatch: the text gives “{text_value}” "
        f"(“{_snippet(m.text, bf.span, sentence)}”), but note {note.number} gives "
        f"“{note_value}” (“{_snippet(m.text, nf.span, note.text_span)}”). If both refer to "
        "the same quantity, correct one of them; if the difference is intended, explain it "
        "in the text"
    )
    return INCONSISTENT_FIGURE.finding(
        message,
        bf.span,
        data={
            "note": note.number,
            "text_value": text_value,
            "note_value": note_value,
            "confidence": confidence,
        },
        related=(Related(f"note {note.number} gives “{note_value}” here", nf.span),),
    )


def _paragraph_number(m: Manuscript, offset: int) -> int:
    starts = [p.span.start for p in m.source.paragraphs]
    return bisect_right(starts, offset)


def _body_pairs(figures: Iterable[Figure]) -> Iterator[tuple[Figure, Figure]]:
    """Pairs of body figures sharing a unit and a specific head word, each pair once.

    Figures are bucketed by (unit, head), and a bucket keeps only the first figure of each
    distinct value, so a long book costs little more than its distinct figures.
    """
    buckets: dict[tuple[str, str], dict[tuple[str, float, float, str], Figure]] = defaultdict(dict)
    for figure in figures:
        if figure.note is not None or not figure.comparable:
            continue
        key = (figure.kind, figure.value, figure.precision, figure.bound)
        for head in specific(figure.heads):
            buckets[(unit(figure), head)].setdefault(key, figure)
    seen: set[tuple[int, int]] = set()
    for bucket in buckets.values():
        for a, b in combinations(sorted(bucket.values(), key=lambda f: f.span.start), 2):
            if (a.span.start, b.span.start) not in seen:
                seen.add((a.span.start, b.span.start))
                yield a, b


def _body_disagrees(a: Figure, b: Figure, years: dict[int, set[float]]) -> bool:
    """The guards of design note §4.7: every one must hold."""
    if a.sentence == b.sentence or not within_factor(a, b) or consistent(a, b):
        return False
    shared_concept = bool(set(a.concepts) & set(b.concepts))
    shared_heads = specific(a.heads) & specific(b.heads)
    other_context = (specific(a.context) & specific(b.context)) - shared_heads
    if not (shared_concept or other_context):
        return False
    a_years, b_years = years.get(a.sentence, set()), years.get(b.sentence, set())
    return not (a_years and b_years and not a_years & b_years)


def _text_against_text(ctx: CheckContext) -> Iterator[Finding]:
    m = ctx.manuscript
    years: dict[int, set[float]] = defaultdict(set)
    ends: dict[int, list[int]] = defaultdict(list)  # where each sentence's figures end
    for figure in m.figures:
        if figure.note is None and figure.kind in _YEAR_KINDS:
            years[figure.sentence].add(figure.value)
        elif figure.note is None and figure.comparable:
            ends[figure.sentence].append(figure.span.end)
    parts: dict[int, bool] = {}

    def is_part(f: Figure) -> bool:
        """ "A further 3 million …", "Of these, 120,000 …": not the same quantity."""
        if f.span.start not in parts:
            sentence = m.sentences[f.sentence]
            left = max((e for e in ends[f.sentence] if e <= f.span.start), default=sentence.start)
            parts[f.span.start] = part_or_addition(m.text, f, sentence, left)
        return parts[f.span.start]

    for a, b in _body_pairs(m.figures):
        if not _body_disagrees(a, b, years) or is_part(a) or is_part(b):
            continue
        first, second = a.span.slice(m.text), b.span.slice(m.text)
        sentence_a, sentence_b = m.sentences[a.sentence], m.sentences[b.sentence]
        yield INCONSISTENT_FIGURE_BODY.finding(
            f"possible figure mismatch: “{_snippet(m.text, b.span, sentence_b)}” "
            f"(paragraph {_paragraph_number(m, b.span.start)}) and "
            f"“{_snippet(m.text, a.span, sentence_a)}” "
            f"(paragraph {_paragraph_number(m, a.span.start)}) appear to describe the same "
            "quantity with different values: make them agree, or say why they differ",
            b.span,
            data={"text_value": second, "other_value": first, "confidence": "low"},
            related=(Related(f"“{first}” is given here", a.span),),
        )


INCONSISTENT_FIGURE = Rule(
    code="F101",
    name="inconsistent-figure",
    severity=Severity.WARNING,
    summary="A note gives a different figure for what the text's sentence gives.",
    doc="""What it does: compares each figure in a note with the figures of the sentence that
carries the note's marker, and reports a pair that disagrees once both are rounded to the
coarser written precision ("30 million" is precise to the ten million), unless either is an
approximation, a bound or a range that covers the other. A pair is reported only when
something says both describe the same quantity: the note refers back ("The figure of …",
"The number of deaths was …"), shares a concept (deaths) or several specific context words,
shares a head word ("members") together with more evidence (a source giving the figure,
another shared word, or nothing of its own around it), or offers an alternative ("some
sources say"). A note that explains a difference ("includes", "whereas", "compared with")
is left alone, and so is a note figure given as a part of the text's figure or an addition
to it ("Of these, 120,000 …", "A further 3 million …", "Only 300,000 … at the front", "In
Kiev alone …"); so are years, dates, pages, note markers, ordinals, decades, durations,
ratios and vague magnitudes.
Why it matters: a reader who follows the marker finds a second number and cannot tell
which one is right; a copy-editor would query it.
Example: the text says "a famine with 30 million dead by 1960.57" and note 57 says
"The figure of 38 million is from official statistics".
Fix: correct the figure that is wrong, or say in the text why the two differ.""",
    check=_text_against_notes,
    needs_figures=True,
)

INCONSISTENT_FIGURE_BODY = Rule(
    code="F102",
    name="inconsistent-figure-body",
    severity=Severity.INFO,
    summary="Two sentences of the text give different figures for one quantity (opt-in).",
    doc="""What it does: compares figures in different sentences of the text that share a
specific head word ("2 million inmates" and "2.6 million inmates") and also a concept or
another context word, are of the same kind, within a factor of 3, not anchored to different
years, and inconsistent after rounding. Figures in one sentence are a series or a contrast
and are never compared, nor is a figure given as a part or an addition ("a further 3
million", "in Kiev alone"). Off unless selected (--select F102): the evidence is weaker than
for a note, so expect some findings that are two different quantities.
Why it matters: a book that gives a death toll as 38 million in one chapter and 30 million
in another loses the reader's trust in both.
Example: "38 million famine deaths" in paragraph 1 and "30 million famine deaths" in
paragraph 12.
Fix: make the figures agree, or say why they differ (a different year, place or source).""",
    check=_text_against_text,
    default=False,
    needs_figures=True,
)

RULES: tuple[Rule, ...] = (INCONSISTENT_FIGURE, INCONSISTENT_FIGURE_BODY)
