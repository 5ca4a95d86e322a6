"""What citecheck read from a manuscript, as plain data (`citecheck extract`, the harness).

One job: turn a `Manuscript` into a JSON-ready dict with a versioned schema, and that dict
into a short text listing. It reports the model, not findings, so it is not in the
`REPORTERS` registry of `lint --format`. Positions are 1-based lines and columns, as in
findings. The schema is documented in the README ("What citecheck read").
"""

from __future__ import annotations

from typing import Any

from citecheck.model import LineIndex, Manuscript, Section, Span

SCHEMA_VERSION = 1

# How many words of a note's text the view shows.
FIRST_WORDS = 8


def extraction_view(manuscript: Manuscript) -> dict[str, Any]:
    """Sections, markers, notes, citations, references and figures with their positions."""
    source = manuscript.source
    index = LineIndex.of(source.text)

    def where(span: Span) -> dict[str, int]:
        line, column = index.position(span.start)
        return {"line": line, "column": column}

    return {
        "schema_version": SCHEMA_VERSION,
        "path": source.path,
        "format": source.format,
        "sections": _sections(manuscript, index),
        "markers": [
            {
                "number": marker.number,
                **where(marker.span),
                "offset": marker.span.start,
                "text": marker.span.slice(source.text),
                "form": marker.form,
                "in_sequence": marker.in_sequence,
                "label": marker.label,
            }
            for marker in manuscript.markers
        ],
        "notes": [
            {
                "number": note.number,
                **where(note.number_span),
                "end_line": index.position(max(note.span.end - 1, note.span.start))[0],
                "label": note.label,
                "first_words": _first_words(manuscript.note_text(note)),
            }
            for note in manuscript.notes
        ],
        "citations": [
            {
                "text": citation.text,
                **where(citation.span),
                "authors": [author.surname for author in citation.authors],
                "year": citation.year + citation.suffix,
                "locator": citation.locator,
                "form": citation.form,
                "note": citation.note,
                "key": citation.key,
            }
            for citation in manuscript.citations
        ],
        "references": [
            {
                "key": reference.key,
                "line": reference.line,
                "authors": [author.surname for author in reference.authors],
                "year": reference.year + reference.suffix,
                "title": reference.title,
            }
            for reference in manuscript.references_in_text
        ],
        "figures": [
            {
                "text": figure.surface,
                **where(figure.span),
                "value": figure.value,
                "kind": figure.kind,
                "note": figure.note,
            }
            for figure in manuscript.figures
        ],
        "messages": [
            {"code": message.code, "message": message.message, **where(message.span)}
            for message in source.messages
        ],
    }


def _sections(manuscript: Manuscript, index: LineIndex) -> list[dict[str, Any]]:
    """Consecutive paragraphs of one kind, as line ranges: body, heading, notes, references."""
    runs: list[dict[str, Any]] = []
    for paragraph in manuscript.source.paragraphs:
        first = index.position(paragraph.span.start)[0]
        last = index.position(max(paragraph.span.end - 1, paragraph.span.start))[0]
        kind = _SECTION_NAMES[paragraph.section]
        if runs and runs[-1]["kind"] == kind:
            runs[-1]["end_line"] = last
            runs[-1]["paragraphs"] += 1
        else:
            runs.append({"kind": kind, "start_line": first, "end_line": last, "paragraphs": 1})
    return runs


_SECTION_NAMES = {
    Section.BODY: "body",
    Section.NOTES: "notes",
    Section.REFERENCES: "references",
    Section.HEADING: "heading",
}


def _first_words(text: str) -> str:
    words = text.split()
    shown = " ".join(words[:FIRST_WORDS])
    return shown + (" …" if len(words) > FIRST_WORDS else "")


def view_as_text(view: dict[str, Any]) -> str:
    """A listing for people: one line per section, marker, note, citation and reference."""
    lines = [
        f"{view['path']} ({view['format']}): {len(view['markers'])} markers, "
        f"{len(view['notes'])} notes, {len(view['citations'])} citations, "
        f"{len(view['references'])} references, {len(view['figures'])} figures"
    ]
    lines.append("sections:")
    for run in view["sections"]:
        lines.append(
            f"  {run['kind']:<10} lines {run['start_line']}-{run['end_line']}"
            f" ({run['paragraphs']} paragraphs)"
        )
    lines.append("markers:")
    for marker in view["markers"]:
        order = "" if marker["in_sequence"] else "  out of sequence"
        lines.append(
            f"  {marker['line']}:{marker['column']}  {marker['number']:>3}  {marker['form']}{order}"
        )
    lines.append("notes:")
    for note in view["notes"]:
        lines.append(
            f"  {note['line']}:{note['column']}  {note['number']:>3}  {note['first_words']}"
        )
    lines.append("citations:")
    for citation in view["citations"]:
        lines.append(f"  {citation['line']}:{citation['column']}  {citation['text']}")
    lines.append("references:")
    for reference in view["references"]:
        lines.append(f"  {reference['line']}  {reference['key']}")
    lines.append("figures:")
    for figure in view["figures"]:
        lines.append(f"  {figure['line']}:{figure['column']}  {figure['text']}  {figure['kind']}")
    for message in view["messages"]:
        lines.append(f"reader: {message['line']}:{message['column']}  {message['message']}")
    return "\n".join(lines) + "\n"
