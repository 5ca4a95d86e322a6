"""The result cache: a file linted before, unchanged, under the same settings, is not
linted again (as ruff's cache does).

Where: `.citecheck_cache/` in the project's root (the folder of the configuration file,
else the working directory), or `--cache-dir` / `cache-dir`, or `CITECHECK_CACHE_DIR`.
The folder holds a CACHEDIR.TAG and a `.gitignore` of `*`, written when absent.

One entry per manuscript and settings, named by a hash of: this citecheck (its version
and the size and modification time of each of its modules, so that an edited checkout
is a new citecheck), the Python version, the working directory, the manuscript's path as
given and its real path, the rule codes that run on it and the `--bib` files named. The
entry holds a hash of the manuscript's bytes, and, for each bibliography the result was
checked against, its size, modification time and hash; and for each place a bibliography
could have been found, whether a file stood there. It stands only while all of these
are as recorded: a changed manuscript, .bib or configuration is a miss. (A .bib touched
but not changed is hashed again and still stands.)

Entries are JSON (`citecheck.cache_format`), written through a temporary file and a
rename, so that a reader never sees half of one. A corrupt or foreign entry is a miss; a
cache that cannot be written is noted once on stderr and the run goes on without it.
Nothing here imports the extractors or the rules: a hit costs a hash and a small read.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from citecheck import __version__
from citecheck.engine import FileResult

DEFAULT_DIR = ".citecheck_cache"
ENV_DIR = "CITECHECK_CACHE_DIR"
ENTRIES = "lint-v1"  # the folder of the entries, inside the cache folder
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by citecheck.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)

Outcome = tuple[FileResult | str, tuple[tuple[str, str], ...]]
Note = Callable[[str], None]


def cache_folder(option: str | None, project_root: Path) -> Path:
    """`--cache-dir` (or the config's `cache-dir`), else $CITECHECK_CACHE_DIR, else
    `.citecheck_cache` in the project's root."""
    if option:
        return Path(option).expanduser()
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    return project_root / DEFAULT_DIR


class ResultCache:
    """Finished results by manuscript and settings; see the module's docstring."""

    def __init__(self, folder: Path, bib_option: Sequence[str], note: Note) -> None:
        """`bib_option`: the `--bib` files named; `note`: where the one note goes when
        the cache cannot be written (the command's stderr warning)."""
        self.folder = folder
        self.entries = folder / ENTRIES
        self.note = note
        self.usable = True
        self._prefix = code_stamp() + "\0" + os.getcwd() + "\0" + "\0".join(bib_option)

    def open(self) -> bool:
        """Create the folder, its tag and .gitignore. False (and one note) when it cannot
        be written: the run goes on without a cache."""
        try:
            self.entries.mkdir(parents=True, exist_ok=True)
            _write_once(self.folder / "CACHEDIR.TAG", CACHEDIR_TAG)
            _write_once(self.folder / ".gitignore", "# written by citecheck\n*\n")
            probe = self.entries / f".probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            self._give_up(exc)
        return self.usable

    def get(self, path: Path, data: bytes, codes: Sequence[str]) -> Outcome | None:
        """The cached outcome of linting `path` (whose bytes are `data`), or None."""
        try:
            raw = self._entry(path, codes).read_bytes()
        except OSError:
            return None  # no entry yet (or none readable): a miss
        try:
            entry = json.loads(raw)
            if entry["format"] != _format() or entry["content"] != _digest(data):
                return None
            if not all(_unchanged(dependency) for dependency in entry["bibliographies"]):
                return None
            if any(os.path.isfile(place) != there for place, there in entry["places"]):
                return None
            from citecheck.cache_format import decode_result

            used = tuple((str(shared), str(rule)) for shared, rule in entry["used"])
            return decode_result(entry["result"]), used
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
            return None  # a corrupt or foreign entry: linted again, and written over

    def put(
        self,
        path: Path,
        data: bytes,
        codes: Sequence[str],
        outcome: Outcome,
        places: Iterable[Path],
    ) -> None:
        result, used = outcome
        if not self.usable or isinstance(result, str):
            return
        from citecheck.cache_format import Uncacheable, encode_result

        try:
            entry = {
                "format": _format(),
                "content": _digest(data),
                "bibliographies": [_fingerprint(b) for b in result.bibliographies or ()],
                "places": [[str(place), os.path.isfile(place)] for place in places],
                "used": [list(pair) for pair in used],
                "result": encode_result(result),
            }
            text = json.dumps(entry, ensure_ascii=True, separators=(",", ":"))
        except (Uncacheable, OSError):
            return  # a value the format does not hold, or a .bib gone meanwhile: not cached
        try:
            _write_atomic(self._entry(path, codes), text.encode("ascii"))
        except OSError as exc:
            self._give_up(exc)

    def _entry(self, path: Path, codes: Sequence[str]) -> Path:
        key = "\0".join((self._prefix, str(path), os.path.realpath(path), ",".join(codes)))
        name = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()
        return self.entries / name[:2] / f"{name}.json"

    def _give_up(self, exc: OSError) -> None:
        if self.usable:
            self.usable = False
            self.note(f"{self.folder}: cannot write the cache ({exc.strerror or exc}); not used")


def _format() -> int:
    from citecheck.cache_format import FORMAT

    return FORMAT


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _fingerprint(path: str) -> list[Any]:
    info = os.stat(path)
    with open(path, "rb") as handle:
        digest = hashlib.file_digest(handle, "sha256").hexdigest()
    return [path, info.st_size, info.st_mtime_ns, digest]


def _unchanged(recorded: list[Any]) -> bool:
    path, size, mtime, digest = recorded
    try:
        info = os.stat(path)
        if info.st_size != size:
            return False
        if info.st_mtime_ns == mtime:
            return True
        with open(path, "rb") as handle:  # touched: the same bytes still stand
            return bool(hashlib.file_digest(handle, "sha256").hexdigest() == digest)
    except OSError:
        return False


_STAMP: str | None = None


def code_stamp() -> str:
    """This citecheck: its version, the Python running it, each module's size and
    modification time (an edited checkout lints again; an installed one changes with it),
    and the same of the libraries whose results become findings."""
    global _STAMP
    if _STAMP is None:
        package = Path(__file__).parent
        parts = [__version__, sys.version]
        for folder, dirs, files in os.walk(package):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith(".py"):
                    info = os.stat(os.path.join(folder, name))
                    parts.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
        parts.extend(_library_stamps())
        _STAMP = hashlib.sha256("\n".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
    return _STAMP


# The libraries whose answers become findings: a .bib parsed, names compared, YAML front
# matter, a DOCX's XML, an HTML page. An upgrade or reinstall rewrites their files.
LIBRARIES = ("pybtex", "latexcodec", "rapidfuzz", "yaml", "defusedxml", "selectolax")


def _library_stamps() -> list[str]:
    """Where each library is installed, with the size and time of its `__init__.py` and its
    folder, found without importing it."""
    from importlib.machinery import PathFinder

    stamps = []
    for name in LIBRARIES:
        spec = PathFinder.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin is None:
            stamps.append(f"{name}: none")
            continue
        for place in (origin, os.path.dirname(origin)):
            info = os.stat(place)
            stamps.append(f"{place}:{info.st_size}:{info.st_mtime_ns}")
    return stamps


def _write_once(path: Path, text: str) -> None:
    """Write `text` to `path` unless a file is there already (never a user's own file)."""
    try:
        with open(path, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        pass


def _write_atomic(path: Path, data: bytes) -> None:
    """Through a temporary file and a rename: a reader sees the old entry or the new one.
    Not synced to disk: after a crash a torn entry is only a miss."""
    path.parent.mkdir(exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        temp.unlink(missing_ok=True)
        raise
