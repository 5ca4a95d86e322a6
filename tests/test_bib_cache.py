"""The parsed-bibliography cache: what is read back equals what is parsed, on every
bibliography file the tests have and on the shared ones; a damaged or foreign entry is
parsed again; a changed file is parsed again; a hit loads neither pybtex nor latexcodec."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.bib_cache import ENTRIES, ParsedBibliographies
from citecheck.bibliography import load_bibliography
from citecheck.bibliography.formats import parser_for, reader_name
from citecheck.bibliography.parsed_format import Uncacheable, decode_parsed, encode_parsed
from citecheck.model import Author, BibProblem, Reference, Span
from tests.helpers import ROOT, SAMPLE
from tests.shared_data import real_document

FIXTURES = ROOT / "tests" / "fixtures" / "bibliographies"
TEST_FILES = [
    ROOT / "bibliography.bib",
    ROOT / "tests" / "data" / "citations" / "broken.bib",
    *sorted(p for p in FIXTURES.iterdir() if p.suffix in {".bib", ".json", ".yaml", ".ris"}),
]
SHARED_FILES = [
    ("skimage-peerj-paper", "skimage.bib"),
    ("pandoc-citations-test", "biblio.bib"),
    ("amrex-joss-paper", "paper.bib"),
]
# Texts whose parse holds problems of every kind the BibTeX reader reports.
TRICKY = {
    "names.bib": "@book{first,\n  author = {Cliff, Tony},\n  year = 1974,\n}\n\n"
    "@book{bad2001,\n  author = {Jones, A and Smith,\n  John, Jr, Extra},\n  year = 2001,\n}\n"
    "@book{bad2001,\n  author = {Doe, A, B, C},\n  year = 2001,\n}\n",
    "accents.bib": "@book{z, author = {Zbavitelov{\\'a}, Jana and van der Linden, Marcel},"
    ' title = {{\\"U}ber 50\\% \\ud83d}, year = 2020}\n',
    "syntax.bib": "@book{a,\n  year = {2001}\n  title = {No comma}\n}\n@book{b, year = 1 1}\n",
    "empty.json": "[]",
    "bad.json": '[{"id": "a", "title": "A"}, {"title": "no id"}, 3, {"id": "a"}]',
}


def parse(path: Path) -> tuple[list[Reference], list[BibProblem]]:
    from citecheck.bibliography import _decode, _read_bytes

    return parser_for(str(path))(str(path), _decode(_read_bytes(str(path))))


def through_json(parsed: tuple[list[Reference], list[BibProblem]]):
    text = json.dumps(encode_parsed(*parsed), ensure_ascii=True)
    return decode_parsed(json.loads(text))


def assert_round_trip(path: Path, folder: Path) -> None:
    parsed = parse(path)
    assert through_json(parsed) == parsed
    store = ParsedBibliographies(folder)
    data = path.read_bytes()
    reader = reader_name(str(path))
    assert store.get(str(path), reader, data) is None
    store.put(str(path), reader, data, parsed)
    kept = store.get(str(path), reader, data)
    assert kept == parsed
    # Same values, same types, field by field (== on a dataclass would let 1 == True pass).
    for mine, theirs in zip(kept[1], parsed[1], strict=True):
        assert [type(v) for _, v in mine.data] == [type(v) for _, v in theirs.data]


@pytest.mark.parametrize("path", TEST_FILES, ids=lambda p: p.name)
def test_the_tests_files_come_back_as_parsed(path: Path, tmp_path: Path) -> None:
    assert_round_trip(path, tmp_path)


@pytest.mark.parametrize("name", sorted(TRICKY))
def test_problems_of_every_kind_come_back_as_parsed(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(TRICKY[name], encoding="utf-8")
    if name not in ("empty.json", "accents.bib"):
        assert parse(path)[1], "the text is meant to hold problems"
    assert_round_trip(path, tmp_path / "cache")


@pytest.mark.parametrize(("folder", "name"), SHARED_FILES)
def test_the_shared_files_come_back_as_parsed(folder: str, name: str, tmp_path: Path) -> None:
    assert_round_trip(real_document(folder, name), tmp_path)


def test_the_format_writes_every_field_of_the_classes_it_holds() -> None:
    # A field added to one of these classes must be added to parsed_format (and FORMAT
    # bumped): then this list changes with it.
    assert [f.name for f in dataclasses.fields(Reference)] == [
        "key", "authors", "year", "suffix", "title", "source", "line", "fields",
        "entry_type", "span",
    ]  # fmt: skip
    assert [f.name for f in dataclasses.fields(Author)] == ["surname", "folded"]
    assert [f.name for f in dataclasses.fields(BibProblem)] == [
        "code", "message", "source", "line", "data", "column",
    ]  # fmt: skip
    reference = Reference("k", (Author("A", "a"),), "2001", "a", "T", "f.yaml", 3, span=Span(1, 2))
    assert through_json(([reference], [])) == ([reference], [])


def test_a_value_json_would_change_is_not_cached(tmp_path: Path) -> None:
    problem = BibProblem("bib-syntax", "m", "f.bib", 1, (("where", (1, 2)),))
    with pytest.raises(Uncacheable):
        encode_parsed([], [problem])
    store = ParsedBibliographies(tmp_path)
    store.put("f.bib", "r", b"x", ([], [problem]))
    assert store.get("f.bib", "r", b"x") is None


def copy_bib(tmp_path: Path, source: Path = ROOT / "bibliography.bib") -> str:
    path = tmp_path / "refs.bib"
    shutil.copy(source, path)
    return str(path)


def only_entry(folder: Path) -> Path:
    (entry,) = (folder / ENTRIES).rglob("*.json")
    return entry


def test_a_damaged_or_foreign_entry_is_parsed_again_and_written_over(tmp_path: Path) -> None:
    bib = copy_bib(tmp_path, ROOT / "tests" / "data" / "citations" / "broken.bib")
    store = ParsedBibliographies(tmp_path / "cache")
    expected = load_bibliography([bib])
    assert load_bibliography([bib], store) == expected
    entry = only_entry(tmp_path / "cache")
    good = entry.read_bytes()
    wrong_type = json.loads(good)
    wrong_type["parsed"]["references"][0][6] = "7"  # a line as a string

    def other(field: str, value: object) -> bytes:
        """An entry written for other bytes, another path, reader or format: its
        model (one entry short here) must not be taken for this file's."""
        entry = json.loads(good)
        entry["parsed"]["references"].pop()
        entry[field] = value
        return json.dumps(entry).encode()

    damages = [
        good[: len(good) // 2],  # truncated
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        json.dumps({"format": 1}).encode(),
        json.dumps(wrong_type).encode(),
        other("path", "elsewhere.bib"),
        other("reader", "citecheck.bibliography.ris.parse_ris"),
        other("content", "0" * 64),
        other("format", 999),
    ]
    for damage in damages:
        entry.write_bytes(damage)
        assert load_bibliography([bib], store) == expected
        assert json.loads(entry.read_bytes()) == json.loads(good)  # written over


def test_a_changed_file_is_parsed_again(tmp_path: Path) -> None:
    bib = copy_bib(tmp_path)
    store = ParsedBibliographies(tmp_path / "cache")
    before = load_bibliography([bib], store)
    with open(bib, "a", encoding="utf-8") as handle:
        handle.write("\n@book{extra2020, author = {Extra, Ann}, year = 2020}\n")
    after = load_bibliography([bib], store)
    assert after == load_bibliography([bib])
    assert len(after.references) == len(before.references) + 1
    assert len(list((tmp_path / "cache" / ENTRIES).rglob("*.json"))) == 2


def test_duplicates_across_files_are_found_from_the_cache_too(tmp_path: Path) -> None:
    entry = "@book{cliff1974,\n  author = {Cliff, Tony},\n  year = {1974},\n}\n"
    (tmp_path / "a.bib").write_text("\n\n" + entry + entry, encoding="utf-8")
    (tmp_path / "b.bib").write_text(entry, encoding="utf-8")
    paths = [str(tmp_path / "a.bib"), str(tmp_path / "b.bib")]
    store = ParsedBibliographies(tmp_path / "cache")
    expected = load_bibliography(paths)
    assert len(expected.problems) == 2
    assert load_bibliography(paths, store) == expected  # parsed and kept
    assert load_bibliography(paths, store) == expected  # read back


# A child that loads the sample's bibliography through the store and says what it imported.
CHILD = """
import sys
from pathlib import Path
from citecheck.bib_cache import ParsedBibliographies
from citecheck.bibliography import load_bibliography
bib = load_bibliography([sys.argv[1]], ParsedBibliographies(Path(sys.argv[2])))
loaded = [m for m in ("pybtex", "latexcodec") if m in sys.modules]
print(len(bib.references), ",".join(loaded))
"""


def test_a_hit_imports_neither_pybtex_nor_latexcodec(tmp_path: Path) -> None:
    bib = copy_bib(tmp_path)
    with open(bib, "a", encoding="utf-8") as handle:
        handle.write(TRICKY["accents.bib"])  # a backslash: latexcodec decodes it
    command = [sys.executable, "-c", CHILD, bib, str(tmp_path / "cache")]
    first = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    second = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert first.split() == ["32", "pybtex,latexcodec"]
    assert second.split() == ["32"]


def lint(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CITECHECK_CACHE_DIR"}
    return subprocess.run(
        [sys.executable, "-m", "citecheck", "lint", *args, "--format", "json"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=environment,
    )


def test_an_edited_manuscript_is_linted_against_the_kept_bibliography(tmp_path: Path) -> None:
    shutil.copy(SAMPLE, tmp_path / "m.txt")
    bib = copy_bib(tmp_path)
    expected = lint(tmp_path, "m.txt", "--bib", bib, "--no-cache")
    assert not (tmp_path / ".citecheck_cache").exists()  # --no-cache keeps nothing
    first = lint(tmp_path, "m.txt", "--bib", bib, "--cache-dir", "kept")
    only_entry(tmp_path / "kept")  # --cache-dir moves it
    with open(tmp_path / "m.txt", "a", encoding="utf-8") as handle:
        handle.write(" ")  # the result cache misses; the .bib's entry is used
    edited = lint(tmp_path, "m.txt", "--bib", bib, "--cache-dir", "kept")
    assert expected.returncode == first.returncode == edited.returncode == 1
    assert expected.stdout == first.stdout == edited.stdout
    assert edited.stderr == ""
