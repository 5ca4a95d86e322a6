"""What a manuscript says about its own bibliography, as written.

Pandoc's YAML front matter (read by PyYAML in `front_matter`): `bibliography` (a file or a
list of files), inline `references`, `nocite` and `citation-style`. LaTeX's
`\\bibliography{a,b}` (BibTeX, which adds ".bib"), `\\addbibresource{x.bib}` (biblatex) and
`\\nocite{a,b}` (in the body also a citation the extractor finds; in the preamble only here).
They are read from `source.text`, since the front matter and the preamble are blanked in
`masked`; a command inside a comment is passed over. Paths are returned as written: the
caller resolves them against the manuscript's folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from citecheck.bibliography.front_matter import FrontMatter, read_front_matter
from citecheck.errors import InputError
from citecheck.model import SourceText

# LaTeX's bibliography commands, with biblatex's optional argument.
# matches "\bibliography{a,b}", "\addbibresource[location=local]{x.bib}";
# not "\bibliographystyle{plain}", "\printbibliography"
LATEX_BIBLIOGRAPHY = re.compile(
    r"\\(?P<command>bibliography|addbibresource)\s*(?:\[[^\]]*\]\s*)?\{(?P<files>[^{}]*)\}"
)


# LaTeX's \nocite, read from the whole text: the preamble may hold it, and the extractor
# reads only the body.
# matches "\nocite{*}", "\nocite{a, b}"; not "\cite{a}", "\nocitex{a}"
LATEX_NOCITE = re.compile(r"\\nocite\s*\{(?P<keys>[^{}]*)\}")


def latex_nocite(source: SourceText) -> tuple[tuple[str, int], ...]:
    """(key or "*", offset) for each key of a LaTeX `\\nocite` outside comments."""
    if source.format != "latex":
        return ()
    comments = [comment.span for comment in source.comments]
    return tuple(
        (key.strip(), match.start())
        for match in LATEX_NOCITE.finditer(source.text)
        if not any(span.contains(match.start()) for span in comments)
        for key in match.group("keys").split(",")
        if key.strip()
    )


def front_matter(source: SourceText) -> FrontMatter | None:
    """The YAML front matter of a Markdown manuscript; None for other formats or none."""
    if source.format != "markdown":
        return None
    return read_front_matter(source.path, source.text)


def declared_bibliographies(source: SourceText) -> tuple[str, ...]:
    """The bibliography files the manuscript names, in order, each once, as written."""
    found: list[str] = []
    # Each syntax counts only in its own format: a Markdown file may quote
    # `\bibliography{x}` in its prose, and plain text has neither.
    if source.format == "markdown":
        matter = front_matter(source)
        names = matter.bibliography if matter is not None else ()
    elif source.format == "latex":
        names = tuple(_latex(source))
    else:
        names = ()
    for name in names:
        if name and name not in found:
            found.append(name)
    return tuple(found)


def named_files(manuscript_path: Path, source: SourceText) -> tuple[Path, ...]:
    """The files the manuscript names, found; an InputError for one that is not there."""
    return tuple(
        _named_file(manuscript_path, name, source) for name in declared_bibliographies(source)
    )


def _named_file(manuscript_path: Path, name: str, source: SourceText) -> Path:
    """A named file: beside the manuscript, else in the working directory (where pandoc,
    run from there, would find it). Never another file in its place."""
    places = [manuscript_path.parent / name]
    if not Path(name).is_absolute() and Path.cwd().resolve() != manuscript_path.parent.resolve():
        places.append(Path(name))
    for place in places:
        if place.is_file():
            return place
    looked = " or ".join(str(place) for place in places)
    raise InputError(
        f"{manuscript_path}: the bibliography {name} named {where_declared(source)} "
        f"does not exist (looked for {looked})"
    )


def where_declared(source: SourceText) -> str:
    """How the manuscript names its bibliography, for messages."""
    if source.format == "latex":
        return "by \\bibliography or \\addbibresource"
    return "in its front matter (`bibliography:`)"


def _latex(source: SourceText) -> Iterable[str]:
    comments = [comment.span for comment in source.comments]
    for match in LATEX_BIBLIOGRAPHY.finditer(source.text):
        if any(span.contains(match.start()) for span in comments):
            continue
        for name in (part.strip() for part in match.group("files").split(",")):
            if not name:
                continue
            if match.group("command") == "bibliography" and not name.endswith(".bib"):
                name += ".bib"  # BibTeX adds the extension itself
            yield name
