"""Where the web copy's reading of a note departs from its Markdown reading (issue 11).

    .venv/bin/python bench/note_web_agreement.py [--written | --held] [--half tune|check] [--list]
    .venv/bin/python bench/note_web_agreement.py --notes FILE   (one Markdown note a line)

A web page's copy of a note loses its italics and link targets, so its titles are plain.
Each note is read as Markdown and as its web copy (`note_accuracy.web_copy`), and the two
readings are compared work by work (paired by first author, else by title): a work the
web copy lost, a title cut at a comma, a colon or elsewhere, a title running on, a year
lost or taken from the title, a form changed, an extra web reading. On the truth sets the
kinds are counted over the notes whose Markdown reading is right (every truth citation
found, nothing false) and the web reading is not; `--list` prints those notes, for the
tune half only (the check halves are seen in counts only). `--held` counts the articles
kept apart, and never lists them. `--notes` compares notes one
writes oneself and lists every disagreement.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import note_accuracy as na  # noqa: E402
from note_scoring import folded_title, key, score_note  # noqa: E402

from citecheck.extract.note_citations import note_citations_in  # noqa: E402
from citecheck.extract.note_lone_names import EarlierWorks  # noqa: E402
from citecheck.model import Note, NoteCitation, Span  # noqa: E402


def read_notes(texts: Sequence[str]) -> list[list[NoteCitation]]:
    """The note reader's readings of a document's notes, in order (earlier works carried)."""
    earlier = EarlierWorks()
    found = []
    for number, text in enumerate(texts, 1):
        note = Note(number, Span(0, len(text)), Span(0, 0), Span(0, len(text)))
        found.append(list(note_citations_in(text, note, earlier)))
    return found


def _authors(c: NoteCitation) -> tuple[str, ...]:
    return tuple(key(a.surname) for a in c.authors)


def _cut_kind(whole: str, part: str) -> str:
    """How the web title `part` (a head of the Markdown title `whole`) was cut."""
    rest = whole[len(part) :].lstrip()
    if not rest:
        return "title equal"
    mark = rest[0]
    if mark == ",":
        return "title cut at a comma"
    if mark in ":.;":
        return "subtitle lost (cut at ':' or '.')"
    if mark in "?!":
        return "title cut at ? or !"
    if mark == "(":
        return "title cut at a bracket"
    if any(ch.isdigit() for ch in rest.split()[0]):
        return "title cut at a number"
    return "title cut elsewhere"


def _title_kind(md: str, web: str) -> str | None:
    a, b = folded_title(md), folded_title(web)
    if a == b:
        return None
    if not b:
        return "title lost"
    if a.startswith(b):
        whole, part = md.strip(), web.strip()
        return _cut_kind(whole, part) if whole.startswith(part) else "title cut elsewhere"
    if b.startswith(a):
        extra = b[len(a) :].split()
        if any(w.isdigit() for w in extra):
            return "title runs on into a number or year"
        return "title runs on (place, series, subtitle of another)"
    if b in a:
        return "title loses its head"
    return "title differs"


def compare(md: list[NoteCitation], web: list[NoteCitation]) -> list[str]:
    """The kinds of disagreement between one note's Markdown and web readings."""
    kinds: list[str] = []
    free = list(web)
    for m in md:
        twin = next((w for w in free if _authors(w) == _authors(m)), None)
        if twin is None and m.authors:
            twin = next((w for w in free if w.authors and _authors(w)[0] == _authors(m)[0]), None)
        if twin is None and m.title:
            twin = next(
                (w for w in free if folded_title(w.title or "") == folded_title(m.title)), None
            )
        if twin is None:
            kinds.append("work lost" if m.authors else "unsigned work lost")
            continue
        free.remove(twin)
        if _authors(twin) != _authors(m):
            kinds.append("authors differ")
        title = _title_kind(m.title or "", twin.title or "")
        if title:
            kinds.append(title)
        if m.year != twin.year:
            if not twin.year:
                kinds.append("year lost")
            elif twin.year in (m.title or ""):
                kinds.append("year from the title")
            else:
                kinds.append("year differs")
        if m.form != twin.form:
            kinds.append(f"form {m.form} -> {twin.form}")
    kinds += ["extra web reading" if w.authors else "extra unsigned web reading" for w in free]
    return kinds


_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GERMAN = re.compile(r"\b(?:S\.|Hg\.|Hrsg\.|[Vv]gl\.|Bd\.|Verlag|und|der|die|das|ders\.)(?!\w)")


_SHAPES = (
    ("a page", re.compile(r"[,.]?\s*(?:pp?\.|S\.|σσ?\.|\d+(?:[-–]\d+)?\s*(?:f\.|ff\.)?\s*\.?$)")),
    ("op. cit.", re.compile(r"[,.]?\s*(?:op\.\s*cit|a\.\s*a\.\s*O|ό\.\s*π)")),
    ("a year", re.compile(r"[,.]?\s*(?:1[5-9]|20)\d\d\b")),
    ("a bracket", re.compile(r"\s*[(\[]")),
    ("words then a year", re.compile(r"[,.]\s*[^\W\d][^,:;()]{0,40}?\s(?:1[5-9]|20)\d\d\b")),
    ("words then ':'", re.compile(r"[,.]\s*[^\W\d][^,:;()]{0,40}?:")),
    ("words, words", re.compile(r"[,.]\s*[^\W\d][^,:;()]{0,40}?,")),
    ("'trans.', 'ed.', 'in'", re.compile(r"[,.]\s*(?:trans|ed|hg|hrsg|μτφρ|επιμ|in|στο)\b", re.I)),
)


def _shape(rest: str) -> str:
    """What follows a title, as a kind (never the words)."""
    return next((name for name, pattern in _SHAPES if pattern.match(rest)), "other")


def _names_shape(names: str) -> str:
    """The words before a lost title, back to the last ';' or sentence end, as a kind."""
    names = re.split(r";|(?<=[a-zα-ω]{3})\.\s", names)[-1]
    parts = [p.split() for p in names.split(",")]
    shape = "+".join(str(len(p)) for p in parts)
    joined = " and" if re.search(r"\b(?:and|und|και|&)\b", names) else ""
    return f"words between commas {shape}{joined}"


_CUES = frozenset("see cf vgl siehe βλ βλέπε also auch και ebenso dazu zu".split())


def _surname_place(before: str, m: NoteCitation) -> str:
    """Where the lost work's first surname stands in the words before its title."""
    words = [key(w) for w in before.split()]
    first = _authors(m)[0]
    if words[-1:] == [first] or (words and words[-1].startswith(first)):
        raw = before.split()
        k = len(raw) - 1
        while k > 0 and raw[k - 1][:1].isupper() and raw[k - 1][-1:] not in ".;:,":
            k -= 1  # back over the given names
        lead = raw[k - 1] if k > 0 else ""
        if not lead:
            return "right before the title, opening the note"
        if lead[-1:] in ";.":
            return "right before the title, after ';' or a sentence"
        if lead.lower().strip(".,:") in _CUES:
            return "right before the title, after a cue"
        return f"right before the title, after a word ending {lead[-1:]!r}"
    if first in words[-4:]:
        return "within four words before the title"
    if first in words:
        return "further back"
    return "not before the title"


_SAME_WRITER = re.compile(r"(?i:\b(?:ders|dies|dens|id|idem|eadem|ibid)\b|ίδιου|ίδιας|ίδιος|ίδια)")


def _surname_after(before: str, after: str, m: NoteCitation) -> str:
    """Where the lost work's first surname stands after its title, if anywhere."""
    words = [key(w) for w in after.split()]
    first = _authors(m)[0]
    if _SAME_WRITER.search(before):
        return "a same-writer mark before the title"
    if first in words[:8]:
        return "within eight words after the title"
    if first in words:
        return "further after the title"
    return "neither before nor after the title as written"


_WORD_KINDS = (
    ("a cue", re.compile(r"(?i:see|cf|vgl|siehe|βλ|βλέπε|also|auch|compare)\W*$")),
    ("'in'", re.compile(r"(?i:in|στο|στην|στον|στα|im|dans)\W*$")),
    ("'by'", re.compile(r"(?i:by|von|de|του|της|των)\W*$")),
    ("'and'", re.compile(r"(?i:and|und|και|et|&)\W*$")),
    ("an editor's or translator's mark", re.compile(r"(?i:eds?|hg|hrsg|trans|tr|επιμ|μτφρ)\W*$")),
    ("a lower-case word", re.compile(r"[^\W\d_]*[a-zß-ÿα-ω]\W*$")),
    ("a capitalised word", re.compile(r"[^\W\d_]+\W*$")),
    ("a number", re.compile(r"\d+\W*$")),
)


def _word_before(before: str) -> str:
    """The kind of the word right before a lost title (never the word)."""
    words = before.split()
    if not words:
        return "nothing: the note opens with it"
    last = words[-1]
    if re.fullmatch(r"\W+", last):
        return f"a mark alone, after {_word_before(' '.join(words[:-1]))}"
    kind = next((name for name, pattern in _WORD_KINDS if pattern.match(last)), "other")
    return f"{kind}{', then a comma' if last.endswith(',') else ''}"


def _web_instead(m: NoteCitation, web: list[NoteCitation]) -> str:
    """What the web copy read in the note instead of the lost work, as a kind."""
    if not web:
        return "nothing in the note"
    if any(w.authors and _authors(w)[0] == _authors(m)[0] for w in web):
        return "the writer, with another title"
    overlapping = any(w.span.start < m.span.end and m.span.start < w.span.end for w in web)
    return "another work over its place" if overlapping else "other works elsewhere"


def lost_features(web_text: str, md: list[NoteCitation], web: list[NoteCitation]) -> list[str]:
    """Counts-only features of the works the web copy lost: no text, title or name."""
    read = {_authors(w) for w in web}
    features = []
    language = "el" if _GREEK.search(web_text) else "de" if _GERMAN.search(web_text) else "en"
    for m in md:
        if _authors(m) in read or not m.authors:
            continue
        title = (m.title or "").strip()
        at = web_text.find(title) if title else -1
        after = web_text[at + len(title) :].lstrip()[:1] if at >= 0 else "?"
        before = web_text[:at].rstrip()[-1:] if at > 0 else "^"
        marks = [
            name
            for name, there in (
                ("colon", ":" in title),
                ("comma", "," in title),
                ("digit", any(ch.isdigit() for ch in title)),
                ("?!", title[-1:] in "?!" if title else False),
            )
            if there
        ]
        names = web_text[:at].rstrip(" ,:") if at > 0 else ""
        folded = folded_title(title)
        absorbed = any(folded and folded in folded_title(f"{w.title} {w.container}") for w in web)
        second = title.split()[1:2]
        case = (
            "one word"
            if not second
            else "second word capitalised"
            if second[0][:1].isupper()
            else "second word lower case"
        )
        given = len(m.text.split(",")[0].split()) > 1
        opening = web_text.lstrip().startswith(m.text.strip()[:12])
        opens = "opens" if opening else "does not open"
        swallowed = any(title and title in w.text for w in web)
        mark = re.match(r"\W*(S\.|Sp\.|pp?\.|σσ?\.|σελ\.|\d)", web_text[at + len(title) :])
        features += [
            f"the title {'inside' if swallowed else 'in no'} web reading's text",
            f"page mark after the title: {mark.group(1) if mark else '-'}",
            f"{language} {m.form} {m.title_style or 'no title'}",
            f"title {case}; {'inside another web reading' if absorbed else 'in no web reading'}",
            f"given names {'written' if given else 'not written'}; the work {opens} the note",
            f"after the title: {_shape(web_text[at + len(title) :] if at >= 0 else '')}",
            f"names before: {_names_shape(names)}",
            f"the writer's surname {_surname_place(names, m)}",
            "the writer's surname, if not before: "
            + (
                _surname_after(web_text[:at], web_text[at + len(title) :], m)
                if _surname_place(names, m) == "not before the title"
                else "(before)"
            ),
            f"the word before the title: {_word_before(web_text[:at] if at > 0 else '')}",
            f"the web read instead: {_web_instead(m, web)}",
            f"before the title {before!r}, after it {after!r}",
            f"title has {'+'.join(marks) or 'none of colon/comma/digit/?!'}",
            f"{len(m.authors)} author(s), {len(title.split())} title words",
        ]
    return features


def describe(c: NoteCitation) -> str:
    return f"{c.form} {[a.surname for a in c.authors]} {c.title!r} {c.year}"


def print_pair(text: str, md: list[NoteCitation], web: list[NoteCitation], kinds: list[str]):
    print(f"--- {', '.join(kinds)}")
    print(f"  text {text.strip()[:400]!r}")
    for c in md:
        print(f"  md   {describe(c)}")
    for c in web:
        print(f"  web  {describe(c)}")


def measure(only_half: str | None, listing: bool) -> dict[str, Counter]:
    """Per half: the kinds in notes read right in Markdown and not on the web."""
    counts: dict[str, Counter] = {}
    for path in na.truth_files():
        truth = na.json.loads(path.read_text(encoding="utf-8"))
        part = na.half(path.name)
        if only_half and part != only_half:
            continue
        masked, notes = na.notes_by_label(na.CORPUS / truth["article"])
        entries = [e for e in truth["notes"] if e["label"] in notes]
        texts = [notes[e["label"]].text_span.slice(masked) for e in entries]
        webs = [na.web_copy(t) for t in texts]
        md_read, web_read = read_notes(texts), read_notes(webs)
        tally = counts.setdefault(part, Counter())
        for entry, text, md, web in zip(entries, texts, md_read, web_read, strict=True):
            md_score = score_note(entry["label"], entry["citations"], md, text)
            web_score = score_note(entry["label"], entry["citations"], web, na.web_copy(text))
            tally["notes"] += 1
            if md_score.missed or md_score.wrong:
                continue
            tally["notes read right in Markdown"] += 1
            if not (web_score.missed or web_score.wrong):
                continue
            tally["of them, wrong on the web"] += 1
            tally["  citations missed on the web"] += len(web_score.missed)
            tally["  false web readings"] += len(web_score.wrong)
            kinds = compare(md, web)
            for kind in kinds or ["(readings agree; scored apart)"]:
                tally[f"kind: {kind}"] += 1
            for feature in lost_features(na.web_copy(text), md, web):
                tally[f"lost: {feature}"] += 1
            if listing and part == "tune":
                print_pair(text, md, web, kinds)
    return counts


def print_counts(counts: dict[str, Counter]) -> None:
    for part, tally in sorted(counts.items()):
        print(f"\n## {part}")
        for name, n in sorted(tally.items(), key=lambda x: (x[0].startswith("kind"), -x[1])):
            print(f"{n:5d}  {name}")


def compare_notes(path: Path) -> int:
    """Each line of `path` a Markdown note; print those whose web reading departs."""
    lines = [line.rstrip("\n") for line in path.read_text(encoding="utf-8").splitlines()]
    texts = [line for line in lines if line.strip() and not line.startswith("#")]
    total: Counter = Counter()
    for text in texts:
        # each note alone: a constructed note is its own document
        md, web = read_notes([text])[0], read_notes([na.web_copy(text)])[0]
        kinds = compare(md, web)
        total.update(kinds)
        if kinds:
            print_pair(text, md, web, kinds)
    print(f"\n{len(texts)} notes")
    for name, n in total.most_common():
        print(f"{n:5d}  {name}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--written", action="store_true", help="the documents written blind")
    parser.add_argument("--half", choices=("tune", "check"), help="one half only")
    parser.add_argument("--list", action="store_true", help="list the tune half's notes")
    parser.add_argument("--notes", type=Path, help="a file of constructed notes, one a line")
    parser.add_argument("--held", action="store_true", help="the held-out articles, counts only")
    args = parser.parse_args()
    if args.notes:
        return compare_notes(args.notes)
    if args.held:
        if args.list or args.written:
            parser.error("--held prints counts only (no --list, --written)")
        na.TRUTH = na.HELD
    if args.written:
        na.use_written()
    if not na.CORPUS.is_dir():
        print(f"note_web_agreement: {na.CORPUS} not found (the shared corpus)", file=sys.stderr)
        return 2
    print_counts(measure(args.half, args.list))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
