"""Atomic writes: no partial file, no clobbering without consent, ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from citecheck.atomic import write_text_atomic


def test_writes_and_creates_folders(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.txt"
    write_text_atomic(target, "hello\n")
    assert target.read_text() == "hello\n"
    assert [p.name for p in target.parent.iterdir()] == ["out.txt"]  # no temp file left


def test_refuses_to_overwrite_without_consent(tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("mine")
    with pytest.raises(FileExistsError):
        write_text_atomic(target, "theirs", overwrite=False)
    assert target.read_text() == "mine"


def test_new_files_get_the_umask_mode_not_0600(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        write_text_atomic(target, "<html></html>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_replacing_keeps_the_existing_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        write_text_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_devices_are_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        write_text_atomic(fifo, "through the pipe")
        assert os.read(reader, 100) == b"through the pipe"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a FIFO, not a regular file
    write_text_atomic(os.devnull, "discarded")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_symlink_keeps_pointing_at_the_rewritten_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_text_atomic(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
