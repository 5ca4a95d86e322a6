"""The engine: read, extract, run the selected rules, and return sorted results."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from citecheck import discovery
from citecheck.errors import InputError
from citecheck.findings import Finding, Severity
from citecheck.gc_pause import gc_paused
from citecheck.inputs import (
    MANUSCRIPT_MAX_BYTES,
    WALKED_SUFFIXES,
    describe_os_error,
    read_input_bytes,
)
from citecheck.rule_catalog import CATALOG

if TYPE_CHECKING:
    from citecheck import projects
    from citecheck.bibliography import ParsedStore
    from citecheck.cache import ResultCache
    from citecheck.model import Bibliography, Manuscript, Resolution, SourceText
    from citecheck.rules import Rule

# The readers, extractors, bibliographies, rules and suppression are imported where a
# file is linted (`_FileLinter._lint`), not here: a run whose every file comes from the
# cache never loads them.


@dataclass(frozen=True)
class LintOptions:
    """What a lint run checks and how: rule selection, bibliographies, per-file ignores."""

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
    """One file's findings and counts, and its model while a reporter needs it."""

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
        from citecheck.bibliography import usable_references

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
    """Every file's result, in the order the paths were given."""

    files: tuple[FileResult, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings() if f.severity is severity)

    def findings(self) -> Iterable[Finding]:
        for file in self.files:
            yield from file.findings


class Named(Protocol):
    """A rule, or its entry in the catalog: what choosing rules looks at."""

    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def default(self) -> bool: ...


def rule_matches(rule: Named, selector: str) -> bool:
    selector = selector.strip()
    if not selector:
        return False  # an empty selector names nothing (it would prefix-match every code)
    if selector.upper() == "ALL":
        return True
    return rule.name == selector.lower() or rule.code.startswith(selector.upper())


def _chosen(rule: Named, options: LintOptions) -> bool:
    if options.select:
        picked = any(rule_matches(rule, s) for s in options.select)
    else:
        picked = rule.default
    return picked and not any(rule_matches(rule, s) for s in options.ignore)


def selected_rules(options: LintOptions) -> tuple[Rule, ...]:
    from citecheck.rules import ALL_RULES

    return tuple(rule for rule in ALL_RULES if _chosen(rule, options))


def selected_codes(options: LintOptions, path: Path) -> tuple[str, ...]:
    """The codes of the rules that run on `path`, from the catalog (no rule is imported)."""
    chosen = tuple(entry for entry in CATALOG if _chosen(entry, options))
    return tuple(entry.code for entry in rules_for_path(chosen, path, options))


def unknown_selectors(selectors: Iterable[str]) -> list[str]:
    """The selectors that name no rule, as they should be shown in a message."""
    return [
        s if s.strip() else repr(s)
        for s in selectors
        if not any(rule_matches(r, s) for r in CATALOG)
    ]


_R = TypeVar("_R", bound=Named)


def rules_for_path(rules: Sequence[_R], path: Path, options: LintOptions) -> tuple[_R, ...]:
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
    suffixes = WALKED_SUFFIXES
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
    from citecheck.bibliography import DEFAULT_BIB_NAME, front_matter, named_files

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


def bibliography_candidates(
    manuscript_path: Path, options: LintOptions, source: SourceText
) -> tuple[Path, ...]:
    """Every file whose presence `bibliography_paths` may look at for this manuscript (a
    few more than it does): a cached result stands only while each is as it was."""
    if options.bib_paths:
        return ()
    from citecheck.bibliography import DEFAULT_BIB_NAME, declared_bibliographies

    names = (*declared_bibliographies(source), DEFAULT_BIB_NAME)
    return tuple(place for name in names for place in (manuscript_path.parent / name, Path(name)))


def read_manuscripts(
    paths: Sequence[str], *, figures: bool = True, warn: Warn | None = None
) -> list[Manuscript]:
    """Each manuscript read and extracted, with no rule run (`citecheck extract`)."""
    from citecheck.extract import build_manuscript
    from citecheck.readers import read_manuscript

    return [
        build_manuscript(read_manuscript(path), figures=figures)
        for path in collect_paths(paths, warn)
    ]


Postprocess = Callable[[FileResult], FileResult]
Resolver = Callable[["Manuscript"], tuple["Resolution", ...]]


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
    cache: ResultCache | None = None,
) -> LintResult:
    """Lint every manuscript under `paths`. `warn` receives notes about skipped folders and
    files, and about LaTeX inclusions that could not be followed.

    With `jobs` > 1 the files are linted in that many worker processes (not when a
    resolver runs: its cache and rate limit belong to one process); the results are the
    same, in the same order. Without `keep_documents` each finished file keeps its
    findings and counts but not its manuscript. `progress` is called with the number of
    files and may return a callback, called once per finished file. The path `-` stands
    for `stdin`, named `stdin_filename` (whose suffix chooses the reader). With a `cache`
    (`citecheck.cache`), a file whose result is cached is not linted again; it is used
    only where a result is findings and counts alone: no resolver, no postprocess, no
    document kept, and a file linted on its own (not as a member of a LaTeX project).
    Its folder also keeps parsed bibliography files (`citecheck.bib_cache`), for any run.
    """
    found = collect_paths(paths, warn, options.selection)
    named = [Path(name) for name in paths]
    usable = cache is not None and resolver is None and not postprocess and not keep_documents
    linter = _FileLinter(options, resolver, tuple(postprocess), keep_documents)
    linter.stdin, linter.stdin_filename = stdin, stdin_filename
    linter.named = {os.path.realpath(path) for path in named}
    linter.can_skip = warn is not None
    linter.cache = cache if usable else None
    if cache is not None:
        from citecheck.bib_cache import ParsedBibliographies

        linter.bib_store = ParsedBibliographies(cache.folder)
    items: Iterable[projects.Unit | Path]
    if any(path.suffix.lower() == ".tex" for path in found):
        from citecheck import projects

        # LaTeX projects are planned here: which file brings in which is known only once
        # every LaTeX file has been read. The other files are read where they are linted.
        units = projects.plan(found, named, linter.read, warn)
        count = len(units)
        items = _released(units)  # each unit's text is let go once it is handed out
    else:
        # No LaTeX, no project: each file is read where it is linted, in a worker.
        count, items = len(found), found
    step = progress(count) if progress is not None else None
    if resolver is None and jobs > 1 and count > 1:
        from citecheck.parallel import ordered_map

        # The first file is linted before the fork (`ordered_map`): the modules, patterns
        # and bibliography it loads are shared by every worker.
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
            entries = shared.setdefault(result.entries, result.entries)
            if entries is not result.entries:
                result = replace(result, entries=entries)
        results.append(result)
        if step is not None:
            step(result)
    return LintResult(_merge_shared_findings(results, users))


# A file's result and the (shared .bib, rule) pairs it counts for (only the rules whose
# findings need every manuscript's agreement, `Rule.needs_every_manuscript`); or a warning
# for a file that was skipped.
_Outcome = tuple[FileResult | str, tuple[tuple[str, str], ...]]


def _released(units: list[projects.Unit | Path]) -> Iterable[projects.Unit | Path]:
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
        self.cache: ResultCache | None = None
        self.resolver = resolver
        self.postprocess = postprocess
        self.keep_documents = keep_documents
        self.bibliographies: dict[tuple[str, ...], Bibliography] = {}
        self.bib_store: ParsedStore | None = None  # parsed files kept between runs
        self._rules: tuple[Rule, ...] | None = None

    @property
    def rules(self) -> tuple[Rule, ...]:
        if self._rules is None:
            self._rules = selected_rules(self.options)
        return self._rules

    def read(self, path: Path, data: bytes | None = None) -> SourceText:
        from citecheck.readers import read_bytes

        if str(path) == "-" and self.stdin is not None:
            return read_bytes(self.stdin_filename, self.stdin)
        if data is None:
            data = read_input_bytes(path, "file or directory", MANUSCRIPT_MAX_BYTES)
        return read_bytes(str(path), data)

    def __call__(self, item: projects.Unit | Path) -> _Outcome:
        if not isinstance(item, Path):
            return self._lint(item.path, item.source, item.home, item.home_source, item.named)
        cache = self.cache if str(item) != "-" else None
        try:
            data = None
            if cache is not None:
                data = read_input_bytes(item, "file or directory", MANUSCRIPT_MAX_BYTES)
                found = cache.get(item, data, selected_codes(self.options, item))
                if found is not None:
                    return found
            source = self.read(item, data)
        except InputError as exc:  # as projects.plan: a file found in a folder is skipped
            if os.path.realpath(item) in self.named or not self.can_skip:
                raise
            return f"{exc}; skipped, not read as a manuscript", ()
        outcome = self._lint(item, source, item, source)
        if cache is not None and data is not None:
            watched = bibliography_candidates(item, self.options, source)
            cache.put(item, data, selected_codes(self.options, item), outcome, watched)
        return outcome

    def _lint(
        self,
        path: Path,
        text: SourceText,
        home: Path,
        home_source: SourceText,
        named: tuple[str, ...] = (),
    ) -> _Outcome:
        """Lint `text` (of the file at `path`), against the bibliographies its project
        names (`named`), else those found from `home` and its text (`projects.Unit`)."""
        from citecheck.bibliography import all_citations, load_bibliography, with_front_matter
        from citecheck.suppression import with_directives

        if str(path) == "-":
            path = Path(self.stdin_filename)
        if str(home) == "-":
            home = Path(self.stdin_filename)
        source = with_directives(text)
        file_rules = rules_for_path(self.rules, path, self.options)
        bib_paths = (
            named
            if named and not self.options.bib_paths
            else bibliography_paths(home, self.options, home_source)
        )
        if bib_paths not in self.bibliographies:
            self.bibliographies[bib_paths] = load_bibliography(bib_paths, self.bib_store)
        bibliography = with_front_matter(
            self.bibliographies[bib_paths] if bib_paths else None, source
        )
        result = lint_source(source, self.options, file_rules, bibliography, self.resolver)
        used: tuple[tuple[str, str], ...] = ()
        if result.manuscript is not None and all_citations(result.manuscript):
            # Only a manuscript that cites something has a say in what is never cited.
            used = tuple(
                (shared, rule.name)
                for shared in bib_paths
                for rule in file_rules
                if rule.needs_every_manuscript
            )
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
    from citecheck.extract import build_manuscript
    from citecheck.rules import CheckContext

    rules = selected_rules(options) if rules is None else rules
    needs_figures = any(rule.needs_figures for rule in rules)
    # The model lives until the end of the lint: no collector passes over it meanwhile.
    with gc_paused():
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
    from citecheck.suppression import apply_suppressions

    findings = apply_suppressions(result.findings, result.manuscript.source, rules, rule_matches)
    return replace(result, findings=tuple(sorted(findings, key=sort_key)))


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    location = finding.location
    line, column = (location.line, location.column) if location else (0, 0)
    return (finding.path or "", line, column, finding.code)


def manuscript_stats(manuscript: Manuscript) -> dict[str, int]:
    from citecheck.bibliography import usable_references

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
    entry counts as uncited only when no manuscript that uses the .bib cites it (`users`
    counts, for each shared file and rule that needs every manuscript's agreement, the
    manuscripts that use the file and cite something)."""

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
                if reports[key(finding)] < users[(finding.path, finding.rule)]:
                    continue
            findings.append(finding)
        if len(findings) != len(result.findings):  # else the result stands as it is
            result = replace(result, findings=tuple(findings))
        kept.append(result)
    return tuple(kept)


def severity_counts(result: LintResult) -> Counter[Severity]:
    return Counter(f.severity for f in result.findings())


def exit_code(result: LintResult, fail_on: Severity, exit_zero: bool = False) -> int:
    """0 when nothing is at or above the threshold, 1 otherwise (black's return_code)."""
    if exit_zero:
        return 0
    return 1 if any(f.severity >= fail_on for f in result.findings()) else 0
