"""The bibliography files a manuscript names itself, as written.

Pandoc's YAML front matter (`bibliography: paper.bib`, or a list of files) and LaTeX's
`\\bibliography{a,b}` (BibTeX, which adds ".bib") and `\\addbibresource{x.bib}` (biblatex).
They are read from `source.text`, since the front matter and the preamble are blanked in
`masked`; a command inside a comment is passed over. Paths are returned as written: the
caller resolves them against the manuscript's folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from citecheck.model import SourceText

# YAML front matter at the very top of the text.
# matches "---\ntitle: x\nbibliography: a.bib\n---\n"; not a "---" rule later in the text
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)

# The front matter's top-level `bibliography` key and what follows it on its line.
# matches "bibliography: paper.bib", "bibliography:" (a list follows); not "  bibliography: x"
YAML_KEY = re.compile(r"^bibliography[ \t]*:(?P<value>[^\n]*)$", re.M)

# One item of a YAML block list, on its own line.
# matches "  - a.bib", "- 'b.bib'"; not "authors:"
YAML_ITEM = re.compile(r"^[ \t]*-[ \t]+(?P<item>[^\n]+)$")

# A YAML comment after a value.
# matches " # the main one" in "paper.bib # the main one"; not "#" inside "a#b.bib"
YAML_COMMENT = re.compile(r"\s+#.*$")

# LaTeX's bibliography commands, with biblatex's optional argument.
# matches "\bibliography{a,b}", "\addbibresource[location=local]{x.bib}";
# not "\bibliographystyle{plain}", "\printbibliography"
LATEX_BIBLIOGRAPHY = re.compile(
    r"\\(?P<command>bibliography|addbibresource)\s*(?:\[[^\]]*\]\s*)?\{(?P<files>[^{}]*)\}"
)


def declared_bibliographies(source: SourceText) -> tuple[str, ...]:
    """The bibliography files the manuscript names, in order, each once, as written."""
    found: list[str] = []
    # Each syntax counts only in its own format: a Markdown file may quote
    # `\bibliography{x}` in its prose, and plain text has neither.
    if source.format == "markdown":
        names = tuple(_front_matter(source.text))
    elif source.format == "latex":
        names = tuple(_latex(source))
    else:
        names = ()
    for name in names:
        if name and name not in found:
            found.append(name)
    return tuple(found)


def _front_matter(text: str) -> Iterable[str]:
    matter = FRONT_MATTER.match(text)
    if not matter:
        return
    body = matter.group("body")
    key = YAML_KEY.search(body)
    if not key:
        return
    value = _scalar(key.group("value"))
    if value.startswith("[") and value.endswith("]"):  # a flow list: [a.bib, b.bib]
        yield from (_scalar(item) for item in value[1:-1].split(","))
    elif value:
        yield value
    else:  # a block list on the following lines
        for line in body[key.end() + 1 :].split("\n"):
            item = YAML_ITEM.match(line)
            if not item:
                break
            yield _scalar(item.group("item"))


def _scalar(value: str) -> str:
    """A YAML scalar without its comment and quotes: "'paper.bib' # main" -> "paper.bib"."""
    value = value.strip()
    if value[:1] in {"'", '"'} and value[-1:] == value[:1] and len(value) > 1:
        return value[1:-1]
    return YAML_COMMENT.sub("", value).strip().strip("'\"")


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
