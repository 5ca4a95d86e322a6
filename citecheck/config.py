"""Configuration files: `[tool.citecheck]` in pyproject.toml, or a citecheck.toml.

Found by walking up from the first path, as ruff does: in each directory a citecheck.toml
wins over a pyproject.toml, and a pyproject.toml without `[tool.citecheck]` is passed over.
Keys mirror the command line; paths in the file are relative to the file's directory.
Unknown keys, wrong types and unknown rule codes are errors that name the culprit.
"""

from __future__ import annotations

import argparse
import math
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citecheck.engine import unknown_selectors
from citecheck.errors import ConfigError, InputError
from citecheck.inputs import read_input_bytes

CONFIG_FILES = ("citecheck.toml", "pyproject.toml")
SEVERITIES = ("error", "warning", "info")
MAX_BYTES = 1024 * 1024  # a configuration file is a few hundred bytes; pyproject.toml a few KB
MAX_NUMBER = 1_000_000  # timeouts and rates: larger values are mistakes, not settings


def _strings(key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a list of strings")
    return value


def _string(key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("a string")
    return value


def _boolean(key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("true or false")
    return value


def _number(key: str, value: Any) -> float:
    # An int of 400 digits is valid TOML: compare it before float() overflows on it.
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (isinstance(value, int) and not 0 < value <= MAX_NUMBER)
        or (isinstance(value, float) and not (math.isfinite(value) and 0 < value <= MAX_NUMBER))
    ):
        raise ValueError(f"a positive number no larger than {MAX_NUMBER:,}")
    return float(value)


def _severity(key: str, value: Any) -> str:
    if value not in SEVERITIES:
        raise ValueError(f"one of {', '.join(SEVERITIES)}")
    return value


def _format(key: str, value: Any) -> str:
    from citecheck.reporters import REPORTERS

    if value not in REPORTERS:
        raise ValueError(f"one of {', '.join(sorted(REPORTERS))}")
    return value


def _per_file_ignores(key: str, value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError('a table of "glob" = ["CODE", ...]')
    return {pattern: _strings(key, codes) for pattern, codes in value.items()}


# Key in the file -> (attribute on the parsed arguments, how to check the value).
KEYS: Mapping[str, tuple[str, Callable[[str, Any], Any]]] = {
    "bib": ("bib", _strings),
    "select": ("select", _strings),
    "ignore": ("ignore", _strings),
    "fail-on": ("fail_on", _severity),
    "format": ("format", _format),
    "per-file-ignores": ("per_file_ignores", _per_file_ignores),
    "baseline": ("baseline", _string),
    # Project mode: what a folder's walk takes (gitignore patterns; see citecheck.discovery).
    "include": ("include", _strings),
    "exclude": ("exclude", _strings),
    "extend-exclude": ("extend_exclude", _strings),
    "force-exclude": ("force_exclude", _boolean),
    # Resolver settings (`lint --resolve`, `citecheck resolve`).
    "offline": ("offline", _boolean),
    "refresh": ("refresh", _boolean),
    "cache-dir": ("cache_dir", _string),  # also where lint's result cache goes
    "openlibrary-url": ("openlibrary_url", _string),
    "rate-limit": ("rate_limit", _number),
    "contact": ("contact", _string),
    "timeout": ("timeout", _number),
}
PATH_KEYS = frozenset({"bib", "baseline", "cache-dir"})


@dataclass(frozen=True)
class Config:
    """The configuration file found, and its checked values."""

    path: Path | None = None
    values: Mapping[str, Any] = field(default_factory=dict)  # by attribute name, checked


def find_config(start: Path) -> Path | None:
    """The nearest config file in `start` (a file's folder) or a folder above it."""
    folder = Path(os.path.realpath(start))  # Path.resolve raises on a symlink loop
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_FILES:
            path = candidate / name
            if path.is_file() and (name != "pyproject.toml" or _has_tool_table(path)):
                return path
    return None


def _has_tool_table(path: Path) -> bool:
    return "citecheck" in _tool_table(_read_toml(path), path)


def _tool_table(data: dict[str, Any], path: Path) -> dict[str, Any]:
    tool = data.get("tool", {})
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: `tool` must be a table ([tool]), not {_kind(tool)}")
    return tool


def _kind(value: Any) -> str:
    names = {str: "a string", bool: "a boolean", int: "an integer", float: "a number"}
    return names.get(type(value), "a list" if isinstance(value, list) else "a value")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = read_input_bytes(path, "configuration file", MAX_BYTES)
    except InputError as exc:
        raise ConfigError(str(exc)) from None
    try:
        import tomllib  # only when a file is found: tomllib costs start-up time

        return tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not UTF-8 (invalid byte at {exc.start}); TOML files are UTF-8"
        ) from None
    except ValueError as exc:  # TOMLDecodeError, or an integer past Python's digit limit
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except RecursionError:
        raise ConfigError(f"{path}: not valid TOML (nested too deeply)") from None


def discover(paths: Sequence[str]) -> Config:
    """The configuration for a run over `paths`: found from the first one, or none."""
    found = find_config(Path(paths[0])) if paths else None
    return load_config(found) if found else Config()


def load_config(path: Path) -> Config:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        table = _tool_table(data, path).get("citecheck", {})
        where = f"{path}: [tool.citecheck]"
        if not isinstance(table, dict):
            raise ConfigError(f"{where} must be a table, not {_kind(table)}")
    else:
        table, where = data, str(path)
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        hint = " (in citecheck.toml the keys stand at the top level)" if "tool" in unknown else ""
        raise ConfigError(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}{hint}"
        )
    values: dict[str, Any] = {}
    for key, raw in table.items():
        dest, check = KEYS[key]
        try:
            values[dest] = check(key, raw)
        except ValueError as exc:
            raise ConfigError(f"{where}: `{key}` must be {exc}") from None
    _check_codes(values, where)
    return Config(path, _resolve_paths(values, path.parent))


def _check_codes(values: Mapping[str, Any], where: str) -> None:
    selectors = [*values.get("select", ()), *values.get("ignore", ())]
    for codes in values.get("per_file_ignores", {}).values():
        selectors.extend(codes)
    unknown = unknown_selectors(selectors)
    if unknown:
        raise ConfigError(
            f"{where}: unknown rule code or name {', '.join(unknown)} (see `citecheck rules`)"
        )


def _resolve_paths(values: dict[str, Any], root: Path) -> dict[str, Any]:
    """Paths in the file are relative to it, wherever citecheck is run from."""

    def near(name: str) -> str:
        return os.path.relpath(root / name) if not Path(name).is_absolute() else name

    for key in PATH_KEYS:
        dest = KEYS[key][0]
        if dest in values:
            value = values[dest]
            values[dest] = [near(v) for v in value] if isinstance(value, list) else near(value)
    if "per_file_ignores" in values:
        values["per_file_ignores"] = {
            anchor_pattern(pattern, root): codes
            for pattern, codes in values["per_file_ignores"].items()
        }
    return values


def anchor_pattern(pattern: str, root: Path) -> str:
    """A glob with a "/" is relative to `root`; one without matches file names anywhere."""
    if "/" not in pattern:
        return pattern
    return (Path(os.path.realpath(root)) / pattern).as_posix()


# --- the command line wins --------------------------------------------------------------


class Unset:
    """An argparse default that records "not given", so the file's value may fill it."""

    def __init__(self, default: Any) -> None:
        self.default = default

    def __repr__(self) -> str:
        return f"Unset({self.default!r})"


def defer_defaults(parser: argparse.ArgumentParser) -> None:
    """Wrap the defaults of the options the config file may set (call after adding them).

    Options that collect lists keep their empty default: empty means not given.
    """
    dests = {dest for dest, _ in KEYS.values()}
    for action in parser._actions:
        if action.dest in dests and not isinstance(action.default, list | Unset):
            default = action.default
            if isinstance(default, str) and action.type is not None:
                default = action.type(default)  # argparse converts string defaults; so do we
            action.default = Unset(default)


def merge_into(args: argparse.Namespace, config: Config) -> None:
    """Fill every option not given on the command line from the file, else its default."""
    for dest, _ in KEYS.values():
        given = getattr(args, dest, Unset(None))
        if isinstance(given, Unset):
            setattr(args, dest, config.values.get(dest, given.default))
        elif given in ([], None) and dest in config.values:
            setattr(args, dest, config.values[dest])
