"""The engine: read, extract, run the selected rules, and return sorted results."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from citecheck.bibliography import (
    declared_bibliographies,
    load_bibliography,
    usable_references,
)
from citecheck.errors import InputError
from citecheck.extract import build_manuscript
from citecheck.model import (
    Bibliography,
    Finding,
    LineIndex,
    Manuscript,
    Resolution,
    Severity,
    SourceText,
)
from citecheck.readers import manuscript_suffixes, read_manuscript
from citecheck.rules import ALL_RULES, RULES_BY_NAME, CheckContext, Rule
from citecheck.suppression import apply_suppressions, with_directives

DEFAULT_BIB_NAME = "bibliography.bib"


@dataclass(frozen=True)
class LintOptions:
    select: tuple[str, ...] = ()  # code prefixes or rule names; empty means the defaults
    ignore: tuple[str, ...] = ()
    bib_paths: tuple[str, ...] = ()
    # (glob, selectors): rules not run on matching files. A glob with a "/" is matched
    # against the file's absolute path, one without against its name (as ruff does).
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...]
    stats: Mapping[str, int]
    manuscript: Manuscript | None = None
    resolutions: tuple[Resolution, ...] = ()  # when --resolve ran


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
    return fnmatchcase(path.resolve().as_posix(), pattern)


def collect_paths(paths: Sequence[str]) -> list[Path]:
    """Expand directories into the manuscripts they hold; raise InputError when none."""
    found: list[Path] = []
    suffixes = manuscript_suffixes()
    for name in paths:
        path = Path(name)
        if path.is_dir():
            inside = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not inside:
                known = ", ".join(sorted(suffixes))
                raise InputError(f"{name}: no manuscripts found (looked for {known})")
            found.extend(inside)
        else:
            found.append(path)
    return found


def bibliography_paths(
    manuscript_path: Path, options: LintOptions, source: SourceText | None = None
) -> tuple[str, ...]:
    """`--bib` files; else the files the manuscript names (pandoc's `bibliography:`,
    LaTeX's `\\bibliography{}`) where they exist; else a bibliography.bib beside the
    manuscript, or in the working directory for a manuscript under it."""
    if options.bib_paths:
        return options.bib_paths
    if source is not None:
        declared = [manuscript_path.parent / name for name in declared_bibliographies(source)]
        existing = tuple(str(path) for path in declared if path.is_file())
        if existing:
            return existing
    candidates = [manuscript_path.parent / DEFAULT_BIB_NAME]
    # The working directory's bibliography belongs to the manuscripts under it, not to a
    # manuscript elsewhere that happens to be linted from here.
    if Path.cwd().resolve() in manuscript_path.resolve().parents:
        candidates.append(Path(DEFAULT_BIB_NAME))
    for candidate in candidates:
        if candidate.is_file():
            return (str(candidate),)
    return ()


def read_manuscripts(paths: Sequence[str], *, figures: bool = True) -> list[Manuscript]:
    """Each manuscript read and extracted, with no rule run (`citecheck extract`)."""
    return [
        build_manuscript(read_manuscript(path), figures=figures) for path in collect_paths(paths)
    ]


Postprocess = Callable[[FileResult], FileResult]
Resolver = Callable[[Manuscript], tuple[Resolution, ...]]


def lint_paths(
    paths: Sequence[str],
    options: LintOptions,
    *,
    resolver: Resolver | None = None,
    postprocess: Sequence[Postprocess] = (),
) -> LintResult:
    rules = selected_rules(options)
    bibliographies: dict[tuple[str, ...], Bibliography] = {}
    results = []
    users: Counter[tuple[str, str]] = Counter()  # (shared file, rule) -> manuscripts using it
    for path in collect_paths(paths):
        source = with_directives(read_manuscript(path))
        file_rules = rules_for_path(rules, path, options)
        bib_paths = bibliography_paths(path, options, source)
        if bib_paths not in bibliographies:
            bibliographies[bib_paths] = load_bibliography(bib_paths)
        bibliography = bibliographies[bib_paths] if bib_paths else None
        users.update((shared, rule.name) for shared in bib_paths for rule in file_rules)
        result = lint_source(source, options, file_rules, bibliography, resolver)
        result = suppress(result, file_rules)
        for step in postprocess:
            result = step(result)
        results.append(result)
    return LintResult(_merge_shared_findings(results, users))


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
    index = LineIndex.of(source.text)
    findings = []
    for rule in rules:
        for finding in rule.check(context):
            if finding.location is None:
                finding = replace(finding, location=index.locate(finding.span))
            findings.append(finding)
    return FileResult(
        path=source.path,
        findings=tuple(sorted(findings, key=sort_key)),
        stats=manuscript_stats(manuscript),
        manuscript=manuscript,
        resolutions=tuple(resolutions or ()),
    )


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
        "citations": len(manuscript.citations),
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
