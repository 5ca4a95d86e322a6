"""A pattern built from the kept op-codes is the pattern `re.compile` gives, a dataclass
built from kept code has the methods `dataclasses` compiles, and the file that keeps them
is written only where byte-code would be, and read only when it is sound."""

from __future__ import annotations

import importlib
import marshal
import os
import pkgutil
import re
import subprocess
import sys
from dataclasses import FrozenInstanceError, dataclass, field
from pathlib import Path
from types import CodeType

import pytest

import citecheck
from citecheck import compile_cache
from citecheck.compile_cache import HEADER, _key, _Store, every_compile_cached
from citecheck.lazy_regex import LazyPattern
from tests.shared_data import shared_path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "stalinisms-long-shadow.txt"

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] not in compile_cache.CHECKED_VERSIONS,
    reason="the cache is off on a Python whose re it was not checked against",
)


def package_patterns() -> list[tuple[str, int]]:
    """Every pattern a module of citecheck holds at module level, lazy or compiled."""
    found: dict[tuple[str, int], None] = {}
    for module in pkgutil.walk_packages(citecheck.__path__, "citecheck."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = None
            elif isinstance(value, LazyPattern):
                found[(value.pattern, int(value._flags))] = None
    return list(found)


PATTERNS = package_patterns()


@pytest.fixture
def writable(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a run with byte-code writing on (the test run itself may have it off)."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def filled(path: Path) -> _Store:
    """A store that compiled every pattern of the package and wrote them to `path`."""
    store = _Store(str(path))
    for pattern, flags in PATTERNS:
        store.compile(pattern, flags, re.compile)
    store.write()
    return store


def test_the_package_has_its_many_patterns() -> None:
    assert len(PATTERNS) > 150  # the walk found the modules' patterns, lazy ones included
    assert any("\\u" in p or len(p) > 3000 for p, _ in PATTERNS)  # the long name patterns


def test_every_pattern_from_the_file_is_the_pattern_re_compiles(tmp_path, writable) -> None:
    path = tmp_path / "regexes.marshal"
    filled(path)
    assert path.read_bytes().startswith(HEADER)
    again = _Store(str(path))
    for pattern, flags in PATTERNS:
        built, real = again.compile(pattern, flags, re.compile), re.compile(pattern, flags)
        # Compiled patterns are equal only with the same source, flags and op-codes.
        assert built == real, pattern[:80]
        assert (built.groups, built.groupindex) == (real.groups, real.groupindex)
    assert again.new == {}, "every pattern came from the file, none was parsed again"
    assert {key[0] for key in again.kept} == {"re"}


def _lines(text: str, count: int) -> list[str]:
    # Lines, cut at 300 characters: the patterns are meant for notes and sentences, and a
    # few are slow on a whole text without the shapes they look for.
    return [line[:300] for line in text.splitlines() if line.strip()][:count]


def _texts() -> list[str]:
    texts = _lines(SAMPLE.read_text(encoding="utf-8"), 200)
    corpus = shared_path("corpus", "platypus")
    for article in sorted(corpus.glob("*.md"))[::20]:
        texts += _lines(article.read_text(encoding="utf-8"), 30)
    return texts


def test_patterns_from_the_file_match_as_re_compile_does_on_corpus_text(tmp_path, writable) -> None:
    path = tmp_path / "regexes.marshal"
    filled(path)
    again = _Store(str(path))
    texts = _texts()
    for pattern, flags in PATTERNS:
        built, real = again.compile(pattern, flags, re.compile), re.compile(pattern, flags)
        for text in texts:
            got = [(m.span(), m.groupdict(), m.groups()) for m in built.finditer(text)]
            want = [(m.span(), m.groupdict(), m.groups()) for m in real.finditer(text)]
            assert got == want, pattern[:80]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-10] + bytes(10),  # changed: the CRC does not match
        lambda data: b"something else entirely",  # not ours
        lambda data: HEADER + bytes(4) + b"\x00garbage",  # our header, garbage after it
    ],
    ids=["truncated", "corrupt", "foreign", "garbage"],
)
def test_a_damaged_file_means_compiling_with_re(tmp_path, writable, damage) -> None:
    path = tmp_path / "regexes.marshal"
    filled(path)
    path.write_bytes(damage(path.read_bytes()))
    store = _Store(str(path))
    pattern, flags = PATTERNS[0]
    assert store.compile(pattern, flags, re.compile) == re.compile(pattern, flags)
    assert store.kept == {} and list(store.new) == [_key("re", pattern, flags)]


def test_a_file_written_by_another_python_is_not_read(tmp_path, writable, monkeypatch) -> None:
    path = tmp_path / "regexes.marshal"
    filled(path)
    monkeypatch.setattr(compile_cache, "signature", lambda: ("2.7.18", "cpython-27", 0, 4))
    store = _Store(str(path))
    store.compile(*PATTERNS[0], re.compile)
    assert store.kept == {}


def test_an_entry_the_engine_refuses_is_compiled_again(tmp_path, writable) -> None:
    store = filled(tmp_path / "regexes.marshal")
    pattern, flags = r"(?P<year>\d{4})", 0
    store.kept[_key("re", pattern, flags)] = b"not marshal at all"
    assert store.compile(pattern, flags, re.compile) == re.compile(pattern, flags)


def test_an_entry_kept_for_another_source_under_the_same_key_is_not_used(
    tmp_path, writable
) -> None:
    # Keys are short (a CRC-32 and a length): the source kept in the entry decides.
    path = tmp_path / "regexes.marshal"
    filled(path)
    store = _Store(str(path))
    store.kept = store._read()
    one, other = r"(?P<year>\d{4})", r"(?P<page>\d{3})"
    store.compile(other, 0, re.compile)
    store.kept[_key("re", one, 0)] = store.new[_key("re", other, 0)]  # a collision
    assert store.compile(one, 0, re.compile) == re.compile(one)


def test_a_bad_pattern_is_re_error_as_from_re_compile(tmp_path) -> None:
    store = _Store(str(tmp_path / "regexes.marshal"))
    with pytest.raises(re.error):
        store.compile("(unclosed", 0, re.compile)
    assert store.usable  # the pattern's fault, not the cache's


def test_nothing_is_written_when_byte_code_is_not(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "regexes.marshal"
    store = _Store(str(path))
    store.compile(*PATTERNS[0], re.compile)
    store.write()
    assert not path.exists()


def test_a_folder_that_cannot_be_written_is_no_error(tmp_path, writable) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    store = _Store(str(blocked / "__pycache__" / "regexes.marshal"))  # under a file
    store.compile(*PATTERNS[0], re.compile)
    store.write()  # no exception
    assert blocked.read_text(encoding="utf-8") == ""


def test_inside_the_block_every_compile_goes_through_the_cache(monkeypatch) -> None:
    from re import _compiler

    original = _compiler.compile
    store = _Store("/nonexistent/regexes.marshal")
    monkeypatch.setattr(compile_cache, "_STORE", store)
    source = r"(?P<only>this pattern is compiled in this test alone) \d+"
    with every_compile_cached():
        assert _compiler.compile is not original
        assert re.compile(source).search("this pattern is compiled in this test alone 7")
    assert _compiler.compile is original
    assert _key("re", source, 0) in store.new


def _lint_in_child(tmp_path: Path, *python_flags: str) -> list[Path]:
    """Lint the sample in a fresh process with byte-code kept under tmp_path (the prefix);
    what was written there besides byte-code."""
    prefix = tmp_path / "pycache"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(prefix)
    project = tmp_path / "project"
    project.mkdir()
    manuscript = project / "m.txt"
    manuscript.write_text("Cliff argued so.1\n\n1 Cliff, 1974, p7.\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, *python_flags, "-m", "citecheck", "lint", str(manuscript)],
        cwd=project,
        env=env,
        capture_output=True,
        check=False,
    )
    assert sorted(p.name for p in project.iterdir()) == ["m.txt"]  # never in the project
    return [p for p in prefix.rglob("*") if p.is_file() and p.suffix != ".pyc"]


def test_a_run_keeps_its_regexes_beside_its_byte_code(tmp_path) -> None:
    written = _lint_in_child(tmp_path)
    assert [p.name for p in written] == [f"compiled.{sys.implementation.cache_tag}.marshal"]
    assert written[0].parent.name == "citecheck"  # under the prefix, as the .pyc files are


def test_a_run_with_byte_code_off_writes_no_regexes(tmp_path) -> None:
    assert _lint_in_child(tmp_path, "-B") == []


def _a_dataclass() -> type:
    """A class with what the model's classes use: frozen, defaults, a factory, a
    property, a field left out of comparison."""

    @dataclass(frozen=True)
    class Citation:
        text: str
        year: int | None = None
        pages: tuple[int, ...] = ()
        notes: list[str] = field(default_factory=list, compare=False)

        @property
        def label(self) -> str:
            return f"{self.text} {self.year}"

    return Citation


GENERATED = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")


def test_a_dataclass_from_kept_code_has_the_methods_dataclasses_compiles(
    tmp_path, writable, monkeypatch
) -> None:
    import dataclasses

    plain = _a_dataclass()
    path = tmp_path / "compiled.marshal"
    monkeypatch.setattr(compile_cache, "_STORE", _Store(str(path)))
    with every_compile_cached():
        assert "exec" in vars(dataclasses)
        first = _a_dataclass()  # compiled, and kept
    assert "exec" not in vars(dataclasses)  # the builtin again, once the block is left
    compile_cache._STORE.write()
    monkeypatch.setattr(compile_cache, "_STORE", _Store(str(path)))
    with every_compile_cached():
        again = _a_dataclass()  # from the file
    assert compile_cache._STORE.new == {} and compile_cache._STORE.kept
    for made in (first, again):
        for name in GENERATED:
            # Code objects are equal only with the same byte-code, constants and names.
            assert getattr(made, name).__code__ == getattr(plain, name).__code__, name
        assert made.__init__.__annotations__ == plain.__init__.__annotations__
        one, other = made("Cliff", 1974, (7,), ["a"]), made("Cliff", 1974, (7,), ["b"])
        assert one == other and hash(one) == hash(other) and one.label == "Cliff 1974"
        assert repr(one) == "_a_dataclass.<locals>.Citation(text='Cliff', year=1974, " + (
            "pages=(7,), notes=['a'])"
        )
        with pytest.raises(FrozenInstanceError):
            one.year = 1975


def test_exec_through_the_store_is_exec(tmp_path) -> None:
    store = _Store(str(tmp_path / "compiled.marshal"))
    namespace: dict[str, object] = {}
    store.exec("x = 6 * 7", namespace)  # locals omitted: the globals, as exec does
    assert namespace["x"] == 42
    store.exec(compile("y = x + 1", "<string>", "exec"), namespace)  # a code object
    assert namespace["y"] == 43
    # A kept entry that is not code (damaged, or not written by this module) is compiled
    # again, never run as whatever it is.
    key = _key("code", "z = 1", 0)
    store.kept = {key: marshal.dumps(("z = 1", "z = 'not this'"))}
    store.exec("z = 1", namespace)
    assert namespace["z"] == 1 and isinstance(marshal.loads(store.new[key])[1], CodeType)
    # No globals: the caller's, as for exec.
    found: dict[str, object] = {}
    store.exec("seen = GENERATED", None, found)
    assert found["seen"] is GENERATED
