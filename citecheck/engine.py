"""The engine: read, extract, run the selected rules, and return sorted results."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from citecheck import discovery, projects
from citecheck.bibliography import (
    DEFAULT_BIB_NAME,
    all_citations,
    front_matter,
    load_bibliography,
    named_files,
    usable_references,
    with_front_matter,
)
from citecheck.errors import InputError
from citecheck.extract import build_manuscript
from citecheck.inputs import describe_os_error
from citecheck.model import (
    Bibliography,
    Finding,
    Manuscript,
    Resolution,
    Severity,
    SourceText,
)
from citecheck.readers import discovered_suffixes, read_bytes, read_manuscript
from citecheck.rules import ALL_RULES, RULES_BY_NAME, CheckContext, Rule
from citecheck.suppression import apply_suppressions, with_directives


@dataclass(frozen=True)
class LintOptions:
    select: tuple[str, ...] = ()  # code prefixes or rule names; empty means the defaults
    ignore: tuple[str, ...] = ()
    bib_paths: tuple[str, ...] = ()
    # (glob, selectors): rules not run on matching files. A glob with a "/" is matched
    # against the file's absolute path, one without against its name (as ruff does).
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    selection: discovery.Selection = field(default_factory=discovery.Selection)  # a walk takes


Entry = tuple[str, str, int]  # a usable reference: (source file, key, line)


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...]
    stats: Mapping[str, int]
    manuscript: Manuscript | None = None
    resolutions: tuple[Resolution, ...] = ()  # when --resolve ran
    # What the summary and the output guard need once the manuscript is dropped (None
    # while it is kept): the bibliography files read, the entries the citations were
    # checked against, and how many citations were checked (\nocite is not one).
    bibliographies: tuple[str, ...] | None = None
    entries: frozenset[Entry] | None = None
    citations_checked: int | None = None

    def without_document(self) -> FileResult:
        """This result with its findings and counts, but not the manuscript: what a run
        over many files keeps of each finished one."""
        manuscript = self.manuscript
        if manuscript is None:
            return self
        bibliography = manuscript.bibliography
        return replace(
            self,
            manuscript=None,
            bibliographies=tuple(bibliography.sources) if bibliography else (),
            entries=frozenset((r.source, r.key, r.line) for r in usable_references(manuscript)),
            citations_checked=sum(1 for c in manuscript.citations if c.form != "nocite"),
        )


@dataclass(frozen=True)
class LintResult:
    files: tuple[FileResult, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings() if f.severity is severity)

    def findings(self) -> Iterable[Finding]:
        for file in self.files:
            yield from file.findings


def rule_matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    if not selector:
        return False  # an empty selector names nothing (it would prefix-match every code)
    if selector.upper() == "ALL":
        return True
    return rule.name == selector.lower() or rule.code.startswith(selector.upper())


def selected_rules(options: LintOptions) -> tuple[Rule, ...]:
    def chosen(rule: Rule) -> bool:
        if options.select:
            picked = any(rule_matches(rule, s) for s in options.select)
        else:
            picked = rule.default
        return picked and not any(rule_matches(rule, s) for s in options.ignore)

    return tuple(rule for rule in ALL_RULES if chosen(rule))


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors that name no rule, as they should be shown in a message."""
    return [
        s if s.strip() else repr(s)
        for s in selectors
        if not any(rule_matches(r, s) for r in ALL_RULES)
    ]


def rules_for_path(rules: Sequence[Rule], path: Path, options: LintOptions) -> tuple[Rule, ...]:
    """The selected rules minus those `per_file_ignores` turns off for this file."""
    ignored = [
        selector
        for pattern, selectors in options.per_file_ignores
        if path_matches(path, pattern)
        for selector in selectors
    ]
    return tuple(rule for rule in rules if not any(rule_matches(rule, s) for s in ignored))


def path_matches(path: Path, pattern: str) -> bool:
    if "/" not in pattern:
        return fnmatchcase(path.name, pattern)
    return fnmatchcase(Path(os.path.realpath(path)).as_posix(), pattern)


Warn = Callable[[str], None]


def collect_paths(
    paths: Sequence[str],
    warn: Warn | None = None,
    selection: discovery.Selection | None = None,
) -> list[Path]:
    """Expand directories into the manuscripts they hold (`discovery`: include, exclude,
    .gitignore); raise InputError when none. A file named is taken as it is, unless
    `force_exclude` leaves it out.

    Symlinked folders are not followed (a link loop would never end). A subfolder that
    cannot be read is reported through `warn` and skipped, as ruff reports an unreadable
    path and carries on; without `warn` it is an InputError.
    """
    found: list[Path] = []
    suffixes = discovered_suffixes()
    selection = selection or discovery.Selection()
    for name in paths:
        path = Path(name)
        if not os.path.isdir(path):
            if not discovery.named_file_excluded(path, selection):
                found.append(path)  # read_manuscript says what is wrong with it, if anything
            elif warn is not None:
                warn(f"{name}: matches the exclude patterns (--force-exclude); not checked")
            continue
        try:
            os.listdir(path)
        except OSError as exc:
            raise InputError(f"{name}: cannot read the folder ({describe_os_error(exc)})") from None
        inside = discovery.walk(path, selection, suffixes, warn)
        if not inside:
            known = ", ".join(sorted(suffixes))
            raise InputError(f"{name}: no manuscripts found (looked for {known})")
        found.extend(inside)
    return found


def bibliography_paths(
    manuscript_path: Path, options: LintOptions, source: SourceText | None = None
) -> tuple[str, ...]:
    """`--bib` files; else the files the manuscript names (pandoc's `bibliography:`,
    LaTeX's `\\bibliography{}`), each beside the manuscript or in the working directory,
    all of which must exist; else, unless the front matter
    lists its own `references:`, a bibliography.bib beside the manuscript, or in the
    working directory for a manuscript under it. A named file is never replaced by
    another: a missing one is an InputError."""
    if options.bib_paths:
        return options.bib_paths
    if source is not None:
        declared = named_files(manuscript_path, source)
        if declared:
            return tuple(str(path) for path in declared)
        matter = front_matter(source)
        if matter is not None and matter.references:
            return ()  # the manuscript carries its own entries, as pandoc would use them
    candidates = [manuscript_path.parent / DEFAULT_BIB_NAME]
    # The working directory's bibliography belongs to the manuscripts under it, not to a
    # manuscript elsewhere that happens to be linted from here.
    if Path(os.path.realpath(Path.cwd())) in Path(os.path.realpath(manuscript_path)).parents:
        candidates.append(Path(DEFAULT_BIB_NAME))
    for candidate in candidates:
        if candidate.is_file():
            return (str(candidate),)
    return ()


def read_manuscripts(
    paths: Sequence[str], *, figures: bool = True, warn: Warn | None = None
) -> list[Manuscript]:
    """Each manuscript read and extracted, with no rule run (`citecheck extract`)."""
    return [
        build_manuscript(read_manuscript(path), figures=figures)
        for path in collect_paths(paths, warn)
    ]


Postprocess = Callable[[FileResult], FileResult]
Resolver = Callable[[Manuscript], tuple[Resolution, ...]]


def lint_paths(
    paths: Sequence[str],
    options: LintOptions,
    *,
    resolver: Resolver | None = None,
    postprocess: Sequence[Postprocess] = (),
    warn: Warn | None = None,
    jobs: int = 1,
    keep_documents: bool = True,
    progress: Progress | None = None,
    stdin: bytes | None = None,
    stdin_filename: str = "-",
) -> LintResult:
    """Lint every manuscript under `paths`. `warn` receives notes about skipped folders and
    files, and about LaTeX inclusions that could not be followed.

    With `jobs` > 1 the files are linted in that many worker processes (not when a
    resolver runs: its cache and rate limit belong to one process); the results are the
    same, in the same order. Without `keep_documents` each finished file keeps its
    findings and counts but not its manuscript. `progress` is called with the number of
    files and may return a callback, called once per finished file. The path `-` stands
    for `stdin`, named `stdin_filename` (whose suffix chooses the reader).
    """
    found = collect_paths(paths, warn, options.selection)
    named = [Path(name) for name in paths]
    linter = _FileLinter(options, resolver, tuple(postprocess), keep_documents)
    linter.stdin, linter.stdin_filename = stdin, stdin_filename
    linter.named = {os.path.realpath(path) for path in named}
    linter.can_skip = warn is not None
    items: Iterable[projects.Unit | Path]
    if any(path.suffix.lower() == ".tex" for path in found):
        # LaTeX projects are planned here: which file brings in which is known only once
        # every file has been read.
        units = projects.plan(found, named, linter.read, warn)
        count = len(units)
        items = _released(units)  # each unit's text is let go once it is handed out
    else:
        # No LaTeX, no project: each file is read where it is linted, in a worker.
        count, items = len(found), found
    step = progress(count) if progress is not None else None
    if resolver is None and jobs > 1 and count > 1:
        from citecheck.parallel import ordered_map

        outcomes: Iterable[_Outcome] = ordered_map(linter, items, jobs, count)
    else:
        outcomes = map(linter, items)
    results = []
    users: Counter[tuple[str, str]] = Counter()  # (shared file, rule) -> manuscripts using it
    shared: dict[frozenset[Entry], frozenset[Entry]] = {}  # one copy of a shared .bib's entries
    for result, used in outcomes:
        if isinstance(result, str):  # a file that could not be read, skipped with a warning
            if warn is not None:
                warn(result)
            continue
        users.update(used)
        if result.entries is not None:
            result = replace(result, entries=shared.setdefault(result.entries, result.entries))
        results.append(result)
        if step is not None:
            step(result)
    return LintResult(_merge_shared_findings(results, users))


# A file's result and the (shared .bib, rule) pairs it counts for; or a warning for a file
# that was skipped.
_Outcome = tuple[FileResult | str, tuple[tuple[str, str], ...]]


def _released(units: list[projects.Unit]) -> Iterable[projects.Unit]:
    """The units in order, each dropped from the list as it is handed out, so that a
    finished file's text is not kept to the end of the run."""
    for index in range(len(units)):
        unit = units[index]
        units[index] = None  # type: ignore[call-overload]
        yield unit


Progress = Callable[[int], Callable[[FileResult], None] | None]


class _FileLinter:
    """Lints one file; in a worker process, each bibliography is parsed once per worker."""

    def __init__(
        self,
        options: LintOptions,
        resolver: Resolver | None,
        postprocess: tuple[Postprocess, ...],
        keep_documents: bool,
        stdin_filename: str = "-",
    ) -> None:
        self.options = options
        self.stdin_filename = stdin_filename
        self.stdin: bytes | None = None
        self.named: set[str] = set()  # real paths named on the command line: never skipped
        self.can_skip = False  # with a warn callback, an unreadable found file is skipped
        self.rules = selected_rules(options)
        self.resolver = resolver
        self.postprocess = postprocess
        self.keep_documents = keep_documents
        self.bibliographies: dict[tuple[str, ...], Bibliography] = {}

    def read(self, path: Path) -> SourceText:
        if str(path) == "-" and self.stdin is not None:
            return read_bytes(self.stdin_filename, self.stdin)
        return read_manuscript(path)

    def __call__(self, item: projects.Unit | Path) -> _Outcome:
        if isinstance(item, Path):
            try:
                source = self.read(item)
            except InputError as exc:  # as projects.plan: a file found in a folder is skipped
                if os.path.realpath(item) in self.named or not self.can_skip:
                    raise
                return f"{exc}; skipped, not read as a manuscript", ()
            item = projects.Unit(item, source, item, source)
        return self._lint(item)

    def _lint(self, unit: projects.Unit) -> _Outcome:
        stdin = str(unit.path) == "-"
        path = Path(self.stdin_filename) if stdin else unit.path
        home = Path(self.stdin_filename) if str(unit.home) == "-" else unit.home
        source = with_directives(unit.source)
        file_rules = rules_for_path(self.rules, path, self.options)
        bib_paths = (
            unit.named_bibliographies
            if unit.named_bibliographies and not self.options.bib_paths
            else bibliography_paths(home, self.options, unit.home_source)
        )
        if bib_paths not in self.bibliographies:
            self.bibliographies[bib_paths] = load_bibliography(bib_paths)
        bibliography = with_front_matter(
            self.bibliographies[bib_paths] if bib_paths else None, source
        )
        result = lint_source(source, self.options, file_rules, bibliography, self.resolver)
        used: tuple[tuple[str, str], ...] = ()
        if result.manuscript is not None and all_citations(result.manuscript):
            # Only a manuscript that cites something has a say in what is never cited.
            used = tuple((shared, rule.name) for shared in bib_paths for rule in file_rules)
        result = suppress(result, file_rules)
        for step in self.postprocess:
            result = step(result)
        if not self.keep_documents:
            result = result.without_document()
        return result, used


def lint_source(
    source: SourceText,
    options: LintOptions,
    rules: Sequence[Rule] | None = None,
    bibliography: Bibliography | None = None,
    resolver: Resolver | None = None,
) -> FileResult:
    rules = selected_rules(options) if rules is None else rules
    needs_figures = any(rule.needs_figures for rule in rules)
    manuscript = build_manuscript(source, bibliography, figures=needs_figures)
    resolutions = resolver(manuscript) if resolver else None
    context = CheckContext(manuscript, tuple(resolutions) if resolutions is not None else None)
    index = source.line_index
    findings = []
    for rule in rules:
        for finding in rule.check(context):
            if finding.location is None:
                finding = replace(finding, location=index.locate(finding.span))
            if source.places is not None and finding.path is None:
                finding = with_place(finding, source)
            findings.append(finding)
    return FileResult(
        path=source.path,
        findings=tuple(sorted(findings, key=sort_key)),
        stats=manuscript_stats(manuscript),
        manuscript=manuscript,
        resolutions=tuple(resolutions or ()),
    )


def with_place(finding: Finding, source: SourceText) -> Finding:
    """The finding with where it stands in the file's own terms (`SourceText.places`):
    `data["paragraph"]` and `data["context"]`, for a file whose lines a user cannot see."""
    assert source.places is not None
    place = source.places.describe(source.text, finding.span.start)
    return replace(finding, data={**finding.data, **place}) if place else finding


def suppress(result: FileResult, rules: Sequence[Rule]) -> FileResult:
    """Apply the manuscript's suppression directives (see `citecheck.suppression`).

    `rules` are those that ran: only they can report on the directives.
    """
    if result.manuscript is None:
        return result
    findings = apply_suppressions(result.findings, result.manuscript.source, rules, rule_matches)
    return replace(result, findings=tuple(sorted(findings, key=sort_key)))


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    location = finding.location
    line, column = (location.line, location.column) if location else (0, 0)
    return (finding.path or "", line, column, finding.code)


def manuscript_stats(manuscript: Manuscript) -> dict[str, int]:
    return {
        "markers": len(manuscript.markers),
        "notes": len(manuscript.notes),
        # author-year and keyed citations, and works cited in full or short in notes
        "citations": len(manuscript.citations)
        + sum(1 for c in manuscript.note_citations if c.authors or c.title),
        # the references the citations are matched against, as the rules and report count them
        "references": len(usable_references(manuscript)),
        "figures": sum(1 for f in manuscript.figures if f.comparable),
    }


def _merge_shared_findings(
    results: list[FileResult], users: Counter[tuple[str, str]]
) -> tuple[FileResult, ...]:
    """A .bib shared by several manuscripts reports each of its own problems once, and an
    entry counts as uncited only when no manuscript that uses the .bib cites it."""

    def key(finding: Finding) -> tuple[Any, ...]:
        return (finding.path, finding.code, finding.location, finding.message)

    reports = Counter(key(f) for result in results for f in result.findings if f.path)
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for result in results:
        findings = []
        for finding in result.findings:
            if finding.path is not None:
                if key(finding) in seen:
                    continue
                seen.add(key(finding))
                rule = RULES_BY_NAME.get(finding.rule)
                every = users[(finding.path, finding.rule)]
                if rule and rule.needs_every_manuscript and reports[key(finding)] < every:
                    continue
            findings.append(finding)
        kept.append(replace(result, findings=tuple(findings)))
    return tuple(kept)


def severity_counts(result: LintResult) -> Counter[Severity]:
    return Counter(f.severity for f in result.findings())


def exit_code(result: LintResult, fail_on: Severity, exit_zero: bool = False) -> int:
    """0 when nothing is at or above the threshold, 1 otherwise (black's return_code)."""
    if exit_zero:
        return 0
    return 1 if any(f.severity >= fail_on for f in result.findings()) else 0
