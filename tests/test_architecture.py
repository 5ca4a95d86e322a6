"""Meta-tests: the registry's promises, the one-way layering, and the lint path's imports."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from citecheck.rules import ALL_RULES, RULES_BY_CODE, find_rule
from tests.helpers import ROOT, SAMPLE

PACKAGE = ROOT / "citecheck"
KEBAB = re.compile(r"^[a-z]+(?:-[a-z]+)*$")
CODE = re.compile(r"^[A-Z]\d{3}$")


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in ALL_RULES]
    names = [rule.name for rule in ALL_RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in ALL_RULES:
        assert CODE.match(rule.code), rule.code
        assert KEBAB.match(rule.name), rule.name
        assert find_rule(rule.code) is rule and find_rule(rule.name) is rule
    assert len(RULES_BY_CODE) == len(ALL_RULES)


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_is_documented(rule) -> None:
    assert rule.summary.endswith(".")
    for part in ("What it does", "Why it matters", "Example", "Fix"):
        assert part in rule.doc, f"{rule.name} doc lacks {part!r}"


@pytest.mark.parametrize("rule", ALL_RULES, ids=lambda r: r.name)
def test_every_rule_is_named_in_a_test(rule) -> None:
    tests = [p for p in (ROOT / "tests").rglob("test_*.py") if p.name != Path(__file__).name]
    assert any(rule.name in p.read_text(encoding="utf-8") for p in tests), (
        f"no test names {rule.name}: each rule needs a failing and a passing case"
    )


# Which layers each layer may import. Data flows one way: readers -> extract -> rules ->
# engine -> reporters -> commands/cli; the model imports nothing from citecheck.
BASE = {
    "model",
    "findings",
    "errors",
    "masking",
    "inputs",
    "spans",
    "display",
    "lazy_regex",
    "compile_cache",
    "gc_pause",
}
ALLOWED = {
    "model": {"findings"},
    "findings": set(),
    "errors": set(),
    "atomic": set(),
    "parallel": set(),
    "masking": {"model"},
    "spans": {"model"},
    "display": set(),
    "lazy_regex": {"compile_cache"},
    "compile_cache": {"atomic"},
    "gc_pause": set(),
    "inputs": {"errors"},
    "outputs": {"errors"},
    "readers": BASE | {"readers"},
    "bibliography": BASE | {"bibliography"},
    "extract": BASE | {"extract", "bibliography"},
    "rules": BASE | {"rules", "bibliography", "extract"},
    "suppression": BASE | {"readers", "rules"},
    "discovery": {"errors", "inputs"},
    "projects": BASE | {"readers", "bibliography"},
    "engine": BASE
    | {
        "readers",
        "extract",
        "bibliography",
        "rules",
        "suppression",
        "discovery",
        "projects",
        "parallel",
        "rule_catalog",
        "cache",
        "bib_cache",
    },
    "openlibrary": BASE | {"openlibrary", "atomic", "bibliography"},
    "reporters": BASE | {"reporters", "engine", "rules", "bibliography", "atomic", "extract"},
    "baseline": BASE | {"atomic", "engine"},
    "config": BASE | {"engine", "reporters"},
    "cli": BASE,  # subcommands are imported by name, so `--help` stays cheap to change
    "commands": BASE
    | {
        "commands",
        "engine",
        "config",
        "baseline",
        "reporters",
        "rules",
        "openlibrary",
        "atomic",
        "discovery",
        "outputs",
        "parallel",
        "fix",
        "api",
        "cache",
    },
    "fix": BASE | {"atomic", "engine", "readers"},
    "rule_catalog": set(),
    "cache": BASE | {"engine", "cache_format"},
    "cache_format": BASE | {"engine"},
    "bib_cache": BASE | {"bibliography", "cache", "atomic"},
    "api": BASE | {"engine", "reporters", "config", "parallel", "readers"},
}


def _citecheck_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("citecheck"):
            parts = node.module.split(".")
            found.add(parts[1] if len(parts) > 1 else node.names[0].name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "citecheck" and len(parts) > 1:
                    found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layers_import_only_downward(layer: str) -> None:
    target = PACKAGE / layer
    files = list(target.rglob("*.py")) if target.is_dir() else [PACKAGE / f"{layer}.py"]
    for file in files:
        if not file.exists():
            continue
        imported = _citecheck_imports(file) - {layer, "__version__"}
        extra = imported - ALLOWED[layer]
        assert not extra, f"{file.relative_to(ROOT)} imports {sorted(extra)}"


def test_rules_never_print_or_open_files() -> None:
    for file in (PACKAGE / "rules").rglob("*.py"):
        source = file.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"print", "open", "input"}, (
                    f"{file.name} calls {node.func.id}"
                )


HEAVY = ("requests", "requests_cache", "jinja2", "docx", "playwright", "pybtex", "pathspec")


def _heavy_modules_after_lint(manuscript: Path, cwd: Path) -> list[str]:
    script = (
        "import sys\n"
        "from citecheck.cli import main\n"
        f"main(['lint', {str(manuscript)!r}, '--exit-zero', '--output-file', '/dev/null'])\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=cwd, check=True
    )
    return [m for m in done.stdout.strip().split(",") if m]


def test_the_lint_path_does_not_import_heavy_libraries(tmp_path: Path) -> None:
    # With a .bib (the sample, run from the project) only pybtex is loaded.
    assert _heavy_modules_after_lint(SAMPLE, ROOT) == ["pybtex"]
    # Without one, not even pybtex.
    manuscript = tmp_path / "a.txt"
    manuscript.write_text("Text.1\n\n1 Cliff, 1974.\n", encoding="utf-8")
    assert _heavy_modules_after_lint(manuscript, tmp_path) == []


def test_readme_rule_table_matches_the_registry() -> None:
    from citecheck.commands.rules import markdown_table

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- rules-table:start -->") + len("<!-- rules-table:start -->")
    end = readme.index("<!-- rules-table:end -->")
    assert readme[start:end].strip() == markdown_table(), (
        "regenerate with: citecheck rules --format markdown"
    )


def test_figures_are_extracted_only_for_rules_that_need_them() -> None:
    from citecheck.engine import LintOptions, lint_source
    from tests.helpers import source_of

    text = "The famine killed 30 million people.1\n\n1 The figure of 38 million is official.\n"
    without = lint_source(source_of(text), LintOptions(select=("N",)))
    assert without.manuscript is not None and without.manuscript.figures == ()
    with_rule = lint_source(source_of(text), LintOptions(select=("inconsistent-figure",)))
    assert with_rule.manuscript is not None and with_rule.manuscript.figures
    assert [f.rule for f in with_rule.findings] == ["inconsistent-figure"]
