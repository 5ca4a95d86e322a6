"""`gc_paused` (issue 17): no cyclic collection inside a document's read and lint, and the
collector back on afterwards, exactly as it was found."""

from __future__ import annotations

import gc

import pytest

from citecheck.engine import LintOptions, lint_source
from citecheck.gc_pause import gc_paused
from citecheck.readers import read_bytes


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the inner block leaves it off
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_is_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), gc_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_reading_and_linting_run_with_the_collector_off(monkeypatch) -> None:
    import citecheck.extract
    import citecheck.readers

    seen: dict[str, bool] = {}

    def watched(name, function):
        def call(*args, **kwargs):
            seen[name] = gc.isenabled()
            return function(*args, **kwargs)

        return call

    monkeypatch.setattr(
        citecheck.readers, "_read_bytes", watched("read", citecheck.readers._read_bytes)
    )
    monkeypatch.setattr(
        citecheck.extract,
        "build_manuscript",
        watched("extract", citecheck.extract.build_manuscript),
    )
    text = "A claim.[^1]\n\n[^1]: Cliff, *State Capitalism* (London: Pluto, 1974), 12.\n"
    result = lint_source(read_bytes("m.md", text.encode()), LintOptions())
    assert result.manuscript is not None and len(result.manuscript.notes) == 1
    assert seen == {"read": False, "extract": False}
    assert gc.isenabled()


def test_start_up_runs_without_the_collector_until_the_first_file_is_done(
    tmp_path, monkeypatch
) -> None:
    """The command line's start-up pause (issue 13) ends with the first file: a run over
    many files collects between them as before, and `-j` workers are forked with the
    collector on."""
    from citecheck import gc_pause
    from citecheck.engine import lint_paths

    monkeypatch.setattr(gc_pause, "_START_UP", {"paused": False, "frozen": True})
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("A claim.[^1]\n\n[^1]: Ibid., 12.\n", encoding="utf-8")
    gc_pause.pause_for_start_up()
    assert not gc.isenabled()
    after_each: list[bool] = []

    def progress(count: int):
        return lambda result: after_each.append(gc.isenabled())

    lint_paths([str(tmp_path)], LintOptions(), progress=progress)
    assert after_each == [True, True]
    gc_pause.end_start_up()  # again, as `main` does at the end: nothing left to do
    assert gc.isenabled()


def test_start_up_leaves_a_collector_turned_off_by_the_caller_off(monkeypatch) -> None:
    from citecheck import cli, gc_pause

    monkeypatch.setattr(gc_pause, "_START_UP", {"paused": False, "frozen": True})
    gc.disable()
    assert cli.main(["--help"]) == 0
    assert not gc.isenabled()
    gc.enable()
    assert cli.main(["rules"]) == 0
    assert gc.isenabled()
