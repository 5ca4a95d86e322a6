"""How much the note-citation reader leans on the words it knows (issue 11's held-apart gap).

    .venv/bin/python bench/note_lexical_novelty.py [--half tune|check] [--only STEM ...]

An unseen article brings writers, places and publishers that no list of ours holds. This
bench gives the annotated articles (tune and check halves) new words of the same shape and
measures the reader again: each writer's surname (from the truth), the given names that
stand beside a surname in a note, and every word of `extract/imprint_words.py` (places,
publishers, journals) is replaced, in every note of the article and in its truth alike, by
an invented word of the same script and case. A word keeps its last two letters, so a Greek
or German ending (the case a name is declined in, "-ός"/"-ού", "-s") stays, and the same
stem is replaced by the same invented stem throughout the article: "Μηλιός" and "Μηλιού"
stay one writer. Layout, punctuation, cue words, titles' other words and years are
untouched.

A reader that reads by shape loses little here; a reader that reads by its word lists
loses what they held. The table gives recall and precision as written and with the new
words, per rendering, half and the article's language (by its notes' script and words).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import note_accuracy  # noqa: E402
from accuracy_harness.note_gate import gate_failures, load_thresholds, print_verdict  # noqa: E402
from note_scoring import Score  # noqa: E402

from citecheck.extract.imprint_words import is_imprint_word  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_LATIN = re.compile(r"[A-Za-z]")
# The commonest function words: a note in German has more of the first than of the second.
_GERMAN_WORDS = re.compile(r"\b(?:und|der|die|das|von|mit|zur|nach|vgl|hrsg|hg)\b", re.IGNORECASE)
_ENGLISH_WORDS = re.compile(r"\b(?:and|the|of|see|with|from|trans|ed|eds)\b", re.IGNORECASE)

# Cue words that stand before a writer's name and are no given name ("See Marx", "Vgl. Adorno").
_NOT_GIVEN = frozenset(
    "see cf also in on by and with from ed eds trans idem ibid vgl siehe bei von und mit "
    "zit nach ders dies hg hrsg βλ πρβλ και του της των στο στη από".split()
)

# Words of dates, never renamed: a corporate writer ("Women's March") may share them, and
# renaming "March 20, 2015" would spoil a date, not test a name.
_DATE_WORDS = frozenset(
    """january february march april may june july august september october november december
    januar februar märz juni juli oktober dezember ιανουάριος φεβρουάριος μάρτιος απρίλιος
    μάιος ιούνιος ιούλιος αύγουστος σεπτέμβριος οκτώβριος νοέμβριος δεκέμβριος""".split()
)

_SYLLABLES = {
    "latin": ("bdfgklmnprstvz", "aeiou"),
    "greek": ("βγδκλμνπρστφχ", "αεηιου"),
}


def _folded(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _script(word: str) -> str:
    return "greek" if _GREEK.search(word) else "latin"


def _invented_stem(stem: str, salt: str) -> str:
    """A pronounceable stem of the same length and script, fixed by the stem and the article."""
    consonants, vowels = _SYLLABLES[_script(stem)]
    digest = hashlib.sha256(f"{salt}\0{_folded(stem)}".encode()).digest()
    letters = []
    for i in range(max(len(stem), 2)):
        pool = consonants if i % 2 == 0 else vowels
        letters.append(pool[digest[i % len(digest)] % len(pool)])
    return "".join(letters)


def _cased_like(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


class NovelWords:
    """The replacements of one article: its writers' stems, given names, imprint words."""

    def __init__(self, truth: dict, note_texts: list[str], salt: str) -> None:
        self.salt = salt
        self.writer_stems: set[str] = set()
        self.short_writers: set[str] = set()  # whole surnames of five letters or fewer
        for entry in truth["notes"]:
            for citation in entry["citations"]:
                for author in citation.get("authors") or []:
                    for word in _WORD.findall(author):
                        if word[:1].isupper() and len(word) >= 2:
                            self._add_writer(word)
        lower_words = {w for text in note_texts for w in _WORD.findall(text) if w.islower()}
        self.given: set[str] = set()
        for text in note_texts:
            words = list(_WORD.finditer(text))
            for i, match in enumerate(words):
                if not self._writer(match.group()):
                    continue
                for j in (i - 1, i + 1):
                    if 0 <= j < len(words) and self._given_beside(words, i, j, text, lower_words):
                        self.given.add(words[j].group())

    def _add_writer(self, word: str) -> None:
        folded = _folded(word)
        if len(folded) <= 5:
            self.short_writers.add(folded)
        else:
            self.writer_stems.add(folded[:-2])

    def _writer(self, word: str) -> bool:
        folded = _folded(word)
        if folded in self.short_writers:
            return True
        return len(folded) >= 6 and folded[:-2] in self.writer_stems

    def _given_beside(
        self, words: list[re.Match], i: int, j: int, text: str, lower_words: set[str]
    ) -> bool:
        """`words[j]` is a given name beside the writer `words[i]`: capitalised, one space
        or ", " between them, no cue word, never written in lower case in the notes."""
        word = words[j].group()
        left, right = (words[j], words[i]) if j < i else (words[i], words[j])
        between = text[left.end() : right.start()]
        return (
            len(word) >= 3
            and word[:1].isupper()
            and not word.isupper()
            and between in (" ", ", ")
            and _folded(word) not in _NOT_GIVEN
            and word.lower() not in lower_words
            and not self._writer(word)
            and not is_imprint_word(word)
        )

    def word(self, word: str) -> str:
        if not word[:1].isupper() or word.lower() in _DATE_WORDS:
            return word
        if self._writer(word) or word in self.given:
            folded = _folded(word)
            if folded in self.short_writers or (word in self.given and len(folded) <= 5):
                return _cased_like(_invented_stem(word, self.salt), word)
            return _cased_like(_invented_stem(word[:-2], self.salt), word) + word[-2:]
        if is_imprint_word(word):
            return _cased_like(_invented_stem(word, self.salt + "imprint"), word)
        return word

    def text(self, text: str) -> str:
        return _WORD.sub(lambda m: self.word(m.group()), text)

    def truth(self, truth: dict) -> dict:
        notes = []
        for entry in truth["notes"]:
            citations = []
            for c in entry["citations"]:
                c = dict(c)
                c["authors"] = [self.text(a) for a in c.get("authors") or []]
                for field in ("title", "text"):
                    if c.get(field):
                        c[field] = self.text(c[field])
                citations.append(c)
            notes.append({**entry, "citations": citations})
        return {**truth, "notes": notes}


def language(note_texts: list[str]) -> str:
    text = " ".join(note_texts)
    if len(_GREEK.findall(text)) > len(_LATIN.findall(text)):
        return "greek"
    german, english = len(_GERMAN_WORDS.findall(text)), len(_ENGLISH_WORDS.findall(text))
    return "german" if german > english else "english"


def note_texts(truth: dict) -> list[str]:
    masked, notes = note_accuracy.notes_by_label(note_accuracy.CORPUS / truth["article"])
    return [n.text_span.slice(masked) for n in notes.values()]


def measure(
    only_half: str | None,
) -> dict[tuple[str, str, str, str], Score]:
    """(rendering, half, language, "as written"/"novel") -> score."""
    table: dict[tuple[str, str, str, str], Score] = {}
    for path in note_accuracy.truth_files():
        part = note_accuracy.half(path.name)
        if only_half not in (None, part):
            continue
        truth = json.loads(path.read_text(encoding="utf-8"))
        texts = note_texts(truth)
        lang = language(texts)
        novel = NovelWords(truth, texts, salt=path.stem)
        variants: list[tuple[str, dict, Callable[[str], str] | None]] = [
            ("as written", truth, None),
            ("novel", novel.truth(truth), novel.text),
        ]
        for rendering in ("markdown", "web"):
            for variant, variant_truth, rewrite in variants:
                score = note_accuracy.score_article(variant_truth, rendering, rewrite=rewrite)
                for language_row in (lang, "all"):
                    row = (rendering, part, language_row, variant)
                    table.setdefault(row, Score()).add(score)
    return table


def print_table(table: dict[tuple[str, str, str, str], Score]) -> None:
    print(
        "| rendering | half | language | recall as written | recall, novel words "
        "| precision as written | precision, novel words | found/truth (novel) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    rows = sorted({key[:3] for key in table}, key=lambda r: (r[0], r[1] != "tune", r[2]))
    for rendering, part, lang in rows:
        written = table[(rendering, part, lang, "as written")]
        novel = table[(rendering, part, lang, "novel")]
        print(
            f"| {rendering} | {part} | {lang} | {written.recall:.3f} | {novel.recall:.3f} "
            f"| {written.precision:.3f} | {novel.precision:.3f} "
            f"| {novel.true_positive}/{novel.scored_truth} |"
        )


def novelty_failures(
    table: dict[tuple[str, str, str, str], Score], thresholds: dict[str, float]
) -> list[str]:
    """The note gate's bars on the novel rows, and at most `novelty_recall_drop` of recall
    lost to new words, per rendering and half."""
    rows = {key[:2]: score for key, score in table.items() if key[2:] == ("all", "novel")}
    failures = [f"novel words, {line}" for line in gate_failures(rows, thresholds)]
    limit = thresholds.get("novelty_recall_drop")
    for (rendering, part), novel in sorted(rows.items()):
        drop = table[(rendering, part, "all", "as written")].recall - novel.recall
        if limit is not None and drop > limit:
            failures.append(f"{rendering} {part}: recall falls {drop:.3f} > {limit} with new words")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check"), help="one half only")
    parser.add_argument("--only", nargs="+", default=[], metavar="STEM", help="these articles")
    parser.add_argument(
        "--gate",
        action="store_true",
        help="exit 1 when a novel row is on the wrong side of bench/note_accuracy_thresholds.toml",
    )
    args = parser.parse_args()
    note_accuracy.ONLY.update(args.only)
    if not note_accuracy.CORPUS.is_dir():
        print(f"note_lexical_novelty: {note_accuracy.CORPUS} not found", file=sys.stderr)
        return 2
    table = measure(args.half)
    print_table(table)
    if args.gate:
        failures = novelty_failures(table, load_thresholds())
        return print_verdict(failures, "note-citation thresholds met with novel words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
