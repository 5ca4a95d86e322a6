"""A lazily compiled pattern answers as the compiled one does, compiling only when used."""

from __future__ import annotations

import pickle
import re

import pytest

from citecheck.lazy_regex import LazyPattern, class_ranges, lazy_compile

SOURCE = r"(?P<word>[a-z]+)\s+(?P<year>\d{4})"


def test_nothing_is_compiled_until_the_pattern_is_used() -> None:
    lazy = lazy_compile(SOURCE, re.IGNORECASE)
    assert lazy.pattern == SOURCE  # the source is there without compiling
    assert lazy._compiled is None
    assert lazy.search("in 1917").group("year") == "1917"
    assert lazy._compiled is not None


def test_every_method_answers_as_re_compile_does() -> None:
    text = "Cliff 1974, Harman 2009 and orr 2015"
    lazy, real = lazy_compile(SOURCE, re.IGNORECASE), re.compile(SOURCE, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub(r"\g<year>", text) == real.sub(r"\g<year>", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.match(text) is not None and lazy.fullmatch(text) is None
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (real.flags, real.groups, real.groupindex)
    assert lazy.compiled() is lazy.compiled()
    assert re.sub(lazy.compiled(), "", text) == real.sub("", text)


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        lazy_compile(SOURCE).no_such_method  # noqa: B018


def test_a_bad_pattern_fails_when_used() -> None:
    lazy = lazy_compile("(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def test_it_pickles_as_its_source() -> None:
    lazy = lazy_compile(SOURCE, re.VERBOSE)
    lazy.search("x")
    again = pickle.loads(pickle.dumps(lazy))
    assert isinstance(again, LazyPattern)
    assert again.pattern == SOURCE and again.search("in 1917") is not None


def test_class_ranges_is_the_same_set_in_fewer_items() -> None:
    points = [*range(0x41, 0x5B), 0x5D, 0x2D, 0x100, 0x102, 0x103]  # "]" and "-" escaped
    inside = class_ranges(points)
    assert inside.startswith("\\-") and "A-Z" in inside and len(inside) < len(points)
    wanted = {chr(p) for p in points}
    found = {chr(c) for c in range(0x200) if re.fullmatch(f"[{inside}]", chr(c))}
    assert found == wanted
