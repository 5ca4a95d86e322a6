"""rapidfuzz is imported by the first fuzzy comparison, not before; the Python bound that
spares a missing key's comparisons never drops a choice rapidfuzz would have kept."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from citecheck.bibliography import fuzzy, load_bibliography
from citecheck.bibliography.matching import KEY_SIMILARITY, ReferenceIndex
from citecheck.model import Citation, Span
from tests.helpers import ROOT


def random_words(seed: int, count: int) -> list[str]:
    generator = random.Random(seed)
    alphabet = "abcdeé019:_-"
    return [
        "".join(generator.choice(alphabet) for _ in range(generator.randint(0, 12)))
        for _ in range(count)
    ]


@pytest.mark.parametrize("cutoff", [0, 50, 75, 80, 100])
def test_the_bound_drops_only_choices_below_the_cutoff(cutoff: int) -> None:
    words = random_words(cutoff, 400)
    dropped = 0
    for query in words[:40]:
        kept = fuzzy.may_reach_ratio(query, words, cutoff)
        assert kept == [w for w in words if w in set(kept)]  # order kept
        for word in set(words) - set(kept):
            assert fuzz.ratio(query, word) < cutoff, (query, word)
            dropped += 1
    assert cutoff == 0 or dropped  # the bound does drop some


def test_the_wrappers_answer_as_rapidfuzz() -> None:
    pairs = list(zip(random_words(1, 50), random_words(2, 50), strict=True))
    for a, b in pairs:
        assert fuzzy.ratio(a, b) == fuzz.ratio(a, b)
        assert fuzzy.partial_ratio(a, b) == fuzz.partial_ratio(a, b)
        assert fuzzy.token_sort_ratio(a, b) == fuzz.token_sort_ratio(a, b)
        assert fuzzy.token_set_ratio(a, b) == fuzz.token_set_ratio(a, b)
    keys = random_words(3, 30)
    assert fuzzy.best_by_ratio("abc", keys) == process.extractOne("abc", keys, scorer=fuzz.ratio)


def keyed(key: str) -> Citation:
    return Citation(f"@{key}", Span(0, 1), (), "", "", "", "@key", None, key=key, form="pandoc")


def test_a_missing_key_gets_the_same_suggestion_with_the_bound(monkeypatch) -> None:
    references = load_bibliography([str(ROOT / "bibliography.bib")]).references
    keys = [r.key for r in references]
    generator = random.Random(7)
    cited = [*random_words(4, 60), "nonexistent", "Cliff1974", "clif1974", "lenin1965"]
    for key in keys:  # keys with a letter dropped, doubled or changed
        at = generator.randrange(len(key))
        cited += [key[:at] + key[at + 1 :], key[:at] + key[at] * 2 + key[at + 1 :]]
        cited.append(key[:at] + generator.choice("xyz0") + key[at + 1 :])
    scored = [ReferenceIndex(references).match(keyed(k)) for k in cited]
    monkeypatch.setattr(fuzzy, "loaded", lambda: False)
    bounded = [ReferenceIndex(references).match(keyed(k)) for k in cited]
    assert bounded == scored
    assert sum(m.suggestion is not None for m in scored) > len(keys)  # suggestions made
    assert KEY_SIMILARITY == 75


RUNNER = """
import sys
from citecheck.cli import main
main(sys.argv[1:])
sys.stdout.flush()
print("rapidfuzz" in sys.modules, file=sys.stderr)
"""


def lint_loads_rapidfuzz(tmp_path: Path, text: str) -> tuple[bool, str]:
    (tmp_path / "m.md").write_text(text, encoding="utf-8")
    bib = str(ROOT / "bibliography.bib")
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, "lint", "m.md", "--bib", bib, "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    return done.stderr.splitlines()[-1] == "True", done.stdout


def test_rapidfuzz_is_loaded_only_for_a_comparison(tmp_path: Path) -> None:
    exact, output = lint_loads_rapidfuzz(tmp_path, "As @cliff1974 and @nothing_like_it say.\n")
    assert not exact and "nothing_like_it" in output
    near, output = lint_loads_rapidfuzz(tmp_path, "As @cliff1974 and @clif1974 say.\n")
    assert near and "cliff1974" in output.split("clif1974", 1)[1]  # suggested
