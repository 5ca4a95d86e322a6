"""Check the hand-made note-citation truth set (issue 11) against its schema.

Usage: ``python bench/truth/validate_note_citations.py [FILE.json ...]`` (default: every
file in ``bench/truth/note_citations/``). For each file it checks the schema version, that
every footnote label defined in the source article (in ``../shared/corpus/platypus/``, or
``$CITECHECK_SHARED/corpus/platypus/``) appears exactly once and in the order of the
definitions, the citation forms, and the field types. Prints one line per problem and a
summary; exit 0 when all files pass, 1 when any problem is found, 2 on bad input.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRUTH_DIR = ROOT / "bench" / "truth" / "note_citations"
SCHEMA_VERSION = 1
FORMS = frozenset({"full", "short", "ibid", "idem", "op-cit", "loc-cit", "mention"})
CITATION_KEYS = frozenset(
    {"form", "authors", "title", "year", "pages", "text", "original_year", "unsure"}
)
MAX_TEXT_CHARS = 400  # the schema asks for ~300; allow some slack before complaining

# A footnote definition at the start of a line, possibly indented (one corpus article indents
# one), e.g. "[^12]: Ibid., 4." or "    [^note-a]: See"; not a reference inside prose,
# e.g. "as he said.[^12] Then".
FOOTNOTE_DEFINITION = re.compile(r"^[ \t]*\[\^(?P<label>[^\]\s]+)\]:", re.MULTILINE)


def corpus_dir() -> Path:
    """The Platypus corpus: ``$CITECHECK_SHARED`` if set, else ``../shared`` beside the project."""
    configured = os.environ.get("CITECHECK_SHARED")
    shared = Path(configured) if configured else ROOT.parent / "shared"
    return shared / "corpus" / "platypus"


def source_labels(article: Path) -> list[str]:
    """The footnote labels defined in the article, in the order of their definitions."""
    return FOOTNOTE_DEFINITION.findall(article.read_text(encoding="utf-8"))


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def citation_problems(where: str, citation: object) -> list[str]:
    """Type and value problems of one citation entry."""
    if not isinstance(citation, dict):
        return [f"{where}: citation is not an object"]
    problems = [f"{where}: unknown key {key!r}" for key in sorted(set(citation) - CITATION_KEYS)]
    if citation.get("form") not in FORMS:
        problems.append(f"{where}: form {citation.get('form')!r} not in {sorted(FORMS)}")
    authors = citation.get("authors")
    if not isinstance(authors, list) or not all(isinstance(a, str) and a for a in authors):
        problems.append(f"{where}: authors must be a list of non-empty strings")
    for key in ("year", "original_year"):
        if citation.get(key) is not None and not is_int(citation.get(key)):
            problems.append(f"{where}: {key} must be an int or null")
    for key in ("title", "pages"):
        if key not in citation or not (citation[key] is None or isinstance(citation[key], str)):
            problems.append(f"{where}: {key} must be present, a string or null")
    if "year" not in citation:
        problems.append(f"{where}: year missing (use null)")
    text = citation.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text must be a non-empty string")
    elif len(text) > MAX_TEXT_CHARS:
        problems.append(f"{where}: text is {len(text)} characters (> {MAX_TEXT_CHARS})")
    if "unsure" in citation and not isinstance(citation["unsure"], str):
        problems.append(f"{where}: unsure must be a string saying why")
    return problems


# A Platypus article kept in the shared corpus outside its folder (real/ holds one, with its
# source noted): named by its path from the Platypus folder, inside the shared corpus.
# matches "../real/platypus-last-illusions/manuscript.md"; not "x.md", "../../etc/x.md",
# "../real/a/../../../x.md"
_ELSEWHERE = re.compile(r"\.\./(?!\.\.)[\w.-]+(?:/(?!\.\.)[\w.-]+)+\.md")


def _elsewhere_in_corpus(article: object) -> bool:
    return isinstance(article, str) and _ELSEWHERE.fullmatch(article) is not None


def file_problems(path: Path, corpus: Path) -> tuple[list[str], Counter[str], int]:
    """Problems of one truth file, its citation count per form, and its note count."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"{path.name}: cannot read JSON: {error}"], Counter(), 0
    problems: list[str] = []
    forms: Counter[str] = Counter()
    if data.get("schema_version") != SCHEMA_VERSION:
        problems.append(f"{path.name}: schema_version must be {SCHEMA_VERSION}")
    article = data.get("article")
    if article != f"{path.stem}.md" and not _elsewhere_in_corpus(article):
        problems.append(f"{path.name}: article {article!r} does not match the file name")
    notes = data.get("notes")
    if not isinstance(notes, list):
        return [*problems, f"{path.name}: notes must be a list"], forms, 0
    labels = [note.get("label") if isinstance(note, dict) else None for note in notes]
    source = corpus / str(article)
    if not source.is_file() and (path.parent / str(article)).is_file():
        # a document the project wrote itself (truth/note_citations_written/) sits beside
        # its truth file
        source = path.parent / str(article)
    if source.is_file():
        expected = source_labels(source)
        if labels != expected:
            problems.append(
                f"{path.name}: labels {labels} differ from the source's definitions {expected}"
            )
    else:
        problems.append(f"{path.name}: source article not found: {source}")
    for note in notes:
        if not isinstance(note, dict) or not isinstance(note.get("citations"), list):
            problems.append(f"{path.name}: every note needs a label and a citations list")
            continue
        for index, citation in enumerate(note["citations"], start=1):
            where = f"{path.name} note {note.get('label')} citation {index}"
            problems.extend(citation_problems(where, citation))
            if isinstance(citation, dict):
                forms[str(citation.get("form"))] += 1
    return problems, forms, len(notes)


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv] or sorted(TRUTH_DIR.glob("*.json"))
    corpus = corpus_dir()
    if not corpus.is_dir():
        print(f"validate_note_citations: corpus not found: {corpus}", file=sys.stderr)
        return 2
    all_problems: list[str] = []
    total_forms: Counter[str] = Counter()
    total_notes = 0
    for path in paths:
        problems, forms, note_count = file_problems(path, corpus)
        all_problems.extend(problems)
        total_forms.update(forms)
        total_notes += note_count
    for problem in all_problems:
        print(problem)
    per_form = ", ".join(f"{form} {count}" for form, count in sorted(total_forms.items()))
    print(
        f"{len(paths)} files, {total_notes} notes, {sum(total_forms.values())} citations"
        f" ({per_form or 'none'}); {len(all_problems)} problems"
    )
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
