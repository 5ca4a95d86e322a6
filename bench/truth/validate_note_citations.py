"""Check the hand-made note-citation truth set (issue 11) against its schema.

Usage: python bench/truth/validate_note_citations.py [--corpus DIR] [FILE.json ...]

With no files, every JSON file in bench/truth/note_citations/ is checked. The
article each file names is read from the corpus directory (default
../shared/corpus/platypus relative to the repository) only to list its footnote
labels; nothing from it is written anywhere. Exit 0 when all files pass, 1 when
any fails, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

SCHEMA_VERSION = 1
FORMS = frozenset({"full", "short", "ibid", "idem", "op-cit", "loc-cit", "mention"})
CITATION_KEYS = frozenset(
    {"form", "authors", "title", "year", "pages", "text", "unsure", "original_year"}
)
TEXT_LIMIT = 400  # the schema asks for ~300 characters; allow some slack

# A footnote definition at the start of a line, possibly indented (some
# articles indent a definition under the previous note).
# Matches: "[^12]: Rose, ..." and "    [^19]: Rose's term"; not: "text[^12] more".
FOOTNOTE_DEFINITION = re.compile(r"^[ \t]*\[\^(?P<label>[^\]]+)\]:", re.MULTILINE)

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TRUTH_DIR = REPO_ROOT / "bench" / "truth" / "note_citations"
DEFAULT_CORPUS = REPO_ROOT.parent / "shared" / "corpus" / "platypus"


def footnote_labels(article_text: str) -> list[str]:
    """Labels of the footnote definitions, in order of appearance."""
    return [m.group("label") for m in FOOTNOTE_DEFINITION.finditer(article_text)]


def _check_citation(where: str, citation: object) -> list[str]:
    if not isinstance(citation, dict):
        return [f"{where}: citation is not an object"]
    errors: list[str] = []
    unknown = set(citation) - CITATION_KEYS
    if unknown:
        errors.append(f"{where}: unknown keys {sorted(unknown)}")
    form = citation.get("form")
    if form not in FORMS:
        errors.append(f"{where}: form {form!r} not in {sorted(FORMS)}")
    authors = citation.get("authors")
    if not isinstance(authors, list) or not all(isinstance(a, str) and a.strip() for a in authors):
        errors.append(f"{where}: authors must be a list of non-empty strings")
    for key in ("year", "original_year"):
        value = citation.get(key)
        if (
            key in citation
            and value is not None
            and (not isinstance(value, int) or isinstance(value, bool))
        ):
            errors.append(f"{where}: {key} must be an int or null, got {value!r}")
    if "year" not in citation:
        errors.append(f"{where}: year missing (use null)")
    for key in ("title", "pages", "text"):
        value = citation.get(key)
        if value is not None and not isinstance(value, str):
            errors.append(f"{where}: {key} must be a string or null")
    if "title" not in citation:
        errors.append(f"{where}: title missing (use null)")
    text = citation.get("text")
    if not isinstance(text, str) or not text.strip():
        errors.append(f"{where}: text missing or empty")
    elif len(text) > TEXT_LIMIT:
        errors.append(f"{where}: text is {len(text)} chars (> {TEXT_LIMIT})")
    if "unsure" in citation and not (
        isinstance(citation["unsure"], str) and citation["unsure"].strip()
    ):
        errors.append(f"{where}: unsure must be a non-empty reason")
    return errors


def check_file(path: Path, corpus: Path) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path.name}: cannot read JSON: {exc}"]
    if not isinstance(data, dict):
        return [f"{path.name}: top level is not an object"]
    errors: list[str] = []
    if data.get("schema_version") != SCHEMA_VERSION:
        errors.append(f"{path.name}: schema_version must be {SCHEMA_VERSION}")
    article = data.get("article")
    if not isinstance(article, str) or Path(article).stem != path.stem:
        errors.append(f"{path.name}: article {article!r} does not match the file name")
        return errors
    notes = data.get("notes")
    if not isinstance(notes, list):
        return [*errors, f"{path.name}: notes must be a list"]
    labels = [note.get("label") if isinstance(note, dict) else None for note in notes]
    source = corpus / article
    try:
        expected = footnote_labels(source.read_text(encoding="utf-8"))
    except OSError as exc:
        errors.append(f"{path.name}: cannot read article {source}: {exc}")
    else:
        duplicates = sorted({lbl for lbl in labels if labels.count(lbl) > 1}, key=str)
        if duplicates:
            errors.append(f"{path.name}: labels annotated more than once: {duplicates}")
        if labels != expected:
            missing = [lbl for lbl in expected if lbl not in labels]
            extra = [lbl for lbl in labels if lbl not in expected]
            errors.append(
                f"{path.name}: labels differ from the article's definitions "
                f"(missing {missing}, not in article {extra}, or out of order)"
            )
    for note in notes:
        if not isinstance(note, dict):
            errors.append(f"{path.name}: a note is not an object")
            continue
        label = note.get("label")
        citations = note.get("citations")
        if not isinstance(citations, list):
            errors.append(f"{path.name} note {label}: citations must be a list")
            continue
        for index, citation in enumerate(citations, start=1):
            errors.extend(_check_citation(f"{path.name} note {label} #{index}", citation))
    return errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args(argv)
    files = args.files or sorted(DEFAULT_TRUTH_DIR.glob("*.json"))
    if not files:
        print("no truth files to check", file=sys.stderr)
        return 2
    failed = 0
    for path in files:
        errors = check_file(path, args.corpus)
        if errors:
            failed += 1
            for error in errors:
                print(error)
        else:
            print(f"ok {path.name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
