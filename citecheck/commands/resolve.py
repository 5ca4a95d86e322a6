"""`citecheck resolve PATH...` and the resolver options shared with `lint --resolve`.

Nothing here imports requests: `make_resolver` loads the client only when a run resolves.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citecheck import config
from citecheck.atomic import write_text_atomic
from citecheck.commands.resolver_options import add_resolver_arguments
from citecheck.display import visible
from citecheck.engine import LintOptions, collect_paths, lint_paths
from citecheck.errors import InputError, UsageError
from citecheck.openlibrary.config import (
    DEFAULT_RATE,
    DEFAULT_TIMEOUT,
    ClientConfig,
    default_contact,
    default_url,
)
from citecheck.outputs import refuse_inputs, run_inputs

if TYPE_CHECKING:
    from citecheck.model import Manuscript, Resolution


def add_parser(commands: argparse._SubParsersAction) -> None:
    resolve = commands.add_parser(
        "resolve", help="look the cited works up in OpenLibrary and print a table"
    )
    resolve.add_argument("paths", nargs="+", metavar="PATH", help="manuscripts or directories")
    resolve.add_argument(
        "--bib",
        action="append",
        default=[],
        metavar="FILE",
        help="a bibliography (.bib, .json, .yaml, .ris)",
    )
    resolve.add_argument(
        "--write-bib", metavar="FILE", help="write BibTeX entries for the confirmed works"
    )
    resolve.add_argument(
        "--force", action="store_true", help="let --write-bib replace an existing file"
    )
    add_resolver_arguments(resolve)
    config.defer_defaults(resolve)
    resolve.set_defaults(run=run)


def client_config(args: argparse.Namespace) -> ClientConfig:
    if args.offline and args.refresh:
        raise UsageError("--offline and --refresh cannot be used together")
    url = (args.openlibrary_url or default_url()).strip()
    if not url.startswith(("http://", "https://")):
        raise UsageError(f"--openlibrary-url must be an http(s) URL, not {url!r}")
    return ClientConfig(
        base_url=url.rstrip("/"),
        cache_dir=Path(args.cache_dir).expanduser() if args.cache_dir else None,
        offline=bool(args.offline),
        refresh=bool(args.refresh),
        rate_limit=args.rate_limit or DEFAULT_RATE,
        contact=args.contact or default_contact(),
        timeout=args.timeout or DEFAULT_TIMEOUT,
    )


def progress_bar(done: int, total: int, label: str) -> None:
    """One self-overwriting line on stderr; only used when stderr is a terminal."""
    width = 24
    filled = width * done // max(total, 1)
    shown = visible(label[:40], keep="")
    line = f"\rresolving [{'#' * filled}{' ' * (width - filled)}] {done}/{total} {shown}"
    sys.stderr.write(line.ljust(80))
    if done >= total:
        sys.stderr.write("\r" + " " * 80 + "\r")
    sys.stderr.flush()


def make_resolver(args: argparse.Namespace) -> Callable[[Manuscript], tuple[Resolution, ...]]:
    config = client_config(args)
    from citecheck.openlibrary.client import OpenLibraryClient  # requests, only now
    from citecheck.openlibrary.resolver import Resolver

    progress = progress_bar if sys.stderr.isatty() else None
    return Resolver(OpenLibraryClient(config, notify=_note), progress)


def _note(message: str) -> None:
    """Once per run, about the cache (corrupt and rebuilt, locked, read-only)."""
    print(f"citecheck: warning: {message}", file=sys.stderr)


COLUMNS = ("status", "citation", "work", "edition", "first", "matched", "source", "title")


def table(resolutions: Sequence[Resolution]) -> list[str]:
    """The table's lines. Citations come from the manuscript and titles from the server:
    every cell is written through `visible`, one line each."""
    rows = [COLUMNS]
    for r in resolutions:
        source = "cache" if r.from_cache else ("-" if r.status == "unavailable" else "network")
        title = r.title or ""
        if r.authors:
            title += f" — {', '.join(r.authors[:2])}"
        cells = (
            r.status,
            r.citation,
            (r.work_key or "-").removeprefix("/works/"),
            (r.edition_key or "-").removeprefix("/books/"),
            str(r.first_year or "-"),
            str(r.matched_year or "-"),
            source,
            (title[:60] + "…" if len(title) > 61 else title) or r.detail[:60],
        )
        rows.append(tuple(visible(cell, keep="") for cell in cells))
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS) - 1)]
    return [
        "  ".join([*(c.ljust(w) for c, w in zip(row, widths, strict=False)), row[-1]]).rstrip()
        for row in rows
    ]


def run(args: argparse.Namespace) -> int:
    from citecheck.commands.options import inputs_of, warn  # options imports this module

    found = config.discover(args.paths)
    config.merge_into(args, found)
    args.config_path = found.path
    if args.write_bib:
        # the manuscripts and configuration are known now; bibliographies after the lint
        early = run_inputs(manuscripts=map(str, collect_paths(args.paths)), configs=[found.path])
        _check_bib_target(args.write_bib, early, args.force)
        if not args.force and os.path.lexists(args.write_bib):
            raise UsageError(f"{args.write_bib} exists: add --force to replace it")
    resolver = make_resolver(args)
    options = LintOptions(
        select=tuple(rule.code for rule in resolution_rules()), bib_paths=tuple(args.bib)
    )
    result = lint_paths(args.paths, options, resolver=resolver, warn=warn)
    if args.write_bib:
        _check_bib_target(args.write_bib, inputs_of(args, result), args.force)
    every: list[Resolution] = []
    for file in result.files:
        resolutions = list(file.resolutions)
        every.extend(resolutions)
        print(f"{file.path}:")
        print(
            "\n".join("  " + line for line in table(resolutions))
            if resolutions
            else "  no cited works to look up"
        )
    counts = Counter(r.status for r in every)
    cached = sum(1 for r in every if r.from_cache)
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"{len(every)} cited works: {summary or 'none'} ({cached} from the cache)")
    blocked = {r.detail for r in every if r.status == "unavailable" and "403" in r.detail}
    for advice in blocked:
        print(f"citecheck: {advice}", file=sys.stderr)
    if args.write_bib:
        _write_bib(args.write_bib, every, args.force)
    return 0


def resolution_rules() -> tuple[Any, ...]:
    """The R rules; imported here, as the rule registry loads every extractor, and `lint`
    imports this module for its options alone."""
    from citecheck.rules.resolution import RULES

    return RULES


def _check_bib_target(path: str, inputs: Mapping[str, str], force: bool) -> None:
    """`--write-bib` never replaces a manuscript or configuration file; it replaces the
    run's own bibliography only with --force (regenerating refs.bib is a use of it)."""
    guarded = inputs if not force else {p: r for p, r in inputs.items() if r != "bibliography"}
    refuse_inputs("--write-bib", path, guarded)


def _write_bib(path: str, resolutions: Sequence[Resolution], force: bool) -> None:
    from citecheck.openlibrary.bibwriter import bibtex_entries, check_bibtex

    text = bibtex_entries(resolutions)
    confirmed = text.count("@book{")
    check_bibtex(text, confirmed)  # before the rename: a file pybtex refuses is never written
    try:
        write_text_atomic(path, text, overwrite=force)
    except FileExistsError:
        raise UsageError(f"{path} exists: add --force to replace it") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    print(f"wrote {confirmed} BibTeX entr{'y' if confirmed == 1 else 'ies'} to {path}")
