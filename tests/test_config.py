"""Configuration: discovery by walking up, precedence, unknown keys and codes, per-file ignores."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from citecheck import config
from citecheck.cli import main

# One marker without its note (missing-note, error) and one cut-off note (incomplete-note,
# warning): enough to see which rules ran and which threshold applied.
MANUSCRIPT = "Text one.1 Text two.2\n\n1 For the interview, see\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def lint_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["lint", "--format", "json", *argv])
    out = capsys.readouterr().out
    rules = [f["rule"] for file in json.loads(out)["files"] for f in file["findings"]]
    return code, rules


def test_found_by_walking_up_from_the_first_path(tmp_path: Path, capsys) -> None:
    write(tmp_path / "pyproject.toml", '[tool.citecheck]\nignore = ["missing-note"]\n')
    ms = write(tmp_path / "book" / "chapters" / "one.txt", MANUSCRIPT)
    assert config.find_config(ms) == tmp_path / "pyproject.toml"
    code, rules = lint_json([str(ms)], capsys)
    assert rules == ["incomplete-note"]
    assert code == 0  # the error is ignored and fail-on stays at error


def test_citecheck_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.citecheck]\nignore = ["N105"]\n')
    write(tmp_path / "citecheck.toml", 'ignore = ["N101"]\n')
    found = config.discover([str(tmp_path)])
    assert found.path == tmp_path / "citecheck.toml"
    assert found.values["ignore"] == ["N101"]


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / "citecheck.toml", 'fail-on = "warning"\n')
    write(tmp_path / "sub" / "pyproject.toml", "[tool.black]\nline-length = 80\n")
    ms = write(tmp_path / "sub" / "a.txt", MANUSCRIPT)
    assert config.find_config(ms) == tmp_path / "citecheck.toml"


def test_file_settings_apply_and_the_command_line_wins(tmp_path: Path, capsys) -> None:
    write(tmp_path / "citecheck.toml", 'fail-on = "warning"\nselect = ["N105"]\n')
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert lint_json([ms], capsys) == (1, ["incomplete-note"])
    # each option given on the command line replaces the file's value
    assert lint_json([ms, "--fail-on", "error"], capsys) == (0, ["incomplete-note"])
    assert lint_json([ms, "--select", "N101"], capsys) == (1, ["missing-note"])
    # even when the command line repeats the built-in default
    code = main(["lint", ms, "--fail-on", "error", "--format", "text"])
    assert code == 0 and capsys.readouterr().out.endswith(
        "in 1 file. Checked 0 citations against 0 entries.\n"
    )


def test_format_comes_from_the_file(tmp_path: Path, capsys) -> None:
    write(tmp_path / "citecheck.toml", 'format = "github"\n')
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    main(["lint", ms])
    assert capsys.readouterr().out.startswith("::error file=")


def test_command_line_ignore_adds_to_the_files(tmp_path: Path, capsys) -> None:
    write(tmp_path / "citecheck.toml", 'ignore = ["N101"]\n')
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert lint_json([ms], capsys)[1] == ["incomplete-note"]
    assert lint_json([ms, "--ignore", "N105"], capsys)[1] == []


def test_explicit_config_file_replaces_discovery(tmp_path: Path, capsys) -> None:
    write(tmp_path / "citecheck.toml", 'ignore = ["N105"]\n')
    other = write(tmp_path / "elsewhere" / "strict.toml", 'ignore = ["N101"]\n')
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert lint_json([ms, "--config", str(other)], capsys)[1] == ["incomplete-note"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("colour = 1\nbogus = true\n", "unknown keys bogus, colour"),
        ('select = ["N101", "N999", "no-such-rule"]\n', "N999, no-such-rule"),
        ('ignore = ["X1"]\n', "X1"),
        ('[per-file-ignores]\n"*.txt" = ["N777"]\n', "N777"),
        ('fail-on = "fatal"\n', "`fail-on` must be one of error, warning, info"),
        ('format = "xml"\n', "`format` must be one of"),
        ("timeout = -3\n", "`timeout` must be a positive number"),
        ("timeout = inf\n", "`timeout` must be a positive number"),
        ("rate-limit = nan\n", "`rate-limit` must be a positive number"),
        ("offline = 1\n", "`offline` must be true or false"),
        ("[tool.citecheck]\nselect = []\n", "keys stand at the top level"),
        ("select = [\n", "not valid TOML"),
    ],
)
def test_bad_config_exits_2_naming_the_culprit(tmp_path: Path, capsys, text, named) -> None:
    write(tmp_path / "citecheck.toml", text)
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert main(["lint", ms]) == 2
    err = capsys.readouterr().err
    assert named in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "citecheck.toml" in err


def test_unknown_key_in_pyproject_names_the_table(tmp_path: Path, capsys) -> None:
    write(tmp_path / "pyproject.toml", "[tool.citecheck]\nselcet = []\n")
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert main(["lint", ms]) == 2
    assert "[tool.citecheck]: unknown key selcet" in capsys.readouterr().err


def test_missing_config_file_given_explicitly_is_a_usage_error(tmp_path: Path, capsys) -> None:
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert main(["lint", ms, "--config", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml: no such file" in capsys.readouterr().err


# --- per-file ignores -------------------------------------------------------------------


def test_per_file_ignores_from_the_file(tmp_path: Path, capsys) -> None:
    write(
        tmp_path / "citecheck.toml",
        '[per-file-ignores]\n"drafts/*.txt" = ["incomplete-note"]\n"notes-*.txt" = ["N1"]\n',
    )
    draft = str(write(tmp_path / "drafts" / "a.txt", MANUSCRIPT))
    final = str(write(tmp_path / "final" / "a.txt", MANUSCRIPT))
    by_name = str(write(tmp_path / "final" / "notes-1.txt", MANUSCRIPT))
    assert lint_json([draft], capsys)[1] == ["missing-note"]
    assert lint_json([final], capsys)[1] == ["missing-note", "incomplete-note"]
    assert lint_json([by_name], capsys)[1] == []


def test_per_file_ignores_patterns_are_relative_to_the_config(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    write(tmp_path / "citecheck.toml", '[per-file-ignores]\n"drafts/*.txt" = ["N105"]\n')
    draft = write(tmp_path / "drafts" / "a.txt", MANUSCRIPT)
    monkeypatch.chdir(draft.parent)  # run from elsewhere: the pattern still anchors there
    assert lint_json(["a.txt"], capsys)[1] == ["missing-note"]


def test_per_file_ignores_on_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "drafts" / "a.txt", MANUSCRIPT)
    assert lint_json(["drafts", "--per-file-ignores", "drafts/*.txt:N101,N105"], capsys)[1] == []
    assert main(["lint", "drafts", "--per-file-ignores", "nocolon"]) == 2
    assert main(["lint", "drafts", "--per-file-ignores", "*.txt:N999"]) == 2
    assert "N999" in capsys.readouterr().err


# --- resolver settings reach the arguments before the resolver is made ---------------------


def test_resolver_settings_are_merged_into_args(tmp_path: Path) -> None:
    write(
        tmp_path / "citecheck.toml",
        'offline = true\ncache-dir = "cache"\nrate-limit = 0.5\ntimeout = 7\n'
        'contact = "ed@example.org"\nopenlibrary-url = "http://127.0.0.1:9/"\n',
    )
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--timeout", type=float, default="10")  # a string, as argparse allows
    parser.add_argument("--offline", action="store_true")
    config.defer_defaults(parser)
    found = config.discover([str(tmp_path)])

    args = parser.parse_args([str(tmp_path)])
    config.merge_into(args, found)
    assert args.offline is True and args.timeout == 7
    assert args.rate_limit == 0.5 and args.contact == "ed@example.org"
    assert Path(args.cache_dir).resolve() == tmp_path / "cache"  # relative to the file
    assert args.openlibrary_url == "http://127.0.0.1:9/"

    args = parser.parse_args([str(tmp_path), "--timeout", "10"])
    config.merge_into(args, found)
    assert args.timeout == 10.0  # the command line wins, even with the default value

    args = parser.parse_args([str(tmp_path)])
    config.merge_into(args, config.Config())
    assert args.timeout == 10.0 and args.offline is False  # no file: the defaults


def test_lint_settles_the_config_before_making_the_resolver(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    write(tmp_path / "citecheck.toml", "offline = true\ntimeout = 3\n")
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    seen: dict[str, object] = {}

    def fake_resolver(args: argparse.Namespace):
        seen.update(offline=args.offline, timeout=args.timeout)
        return lambda manuscript: ()

    from citecheck.commands import resolve  # lint imports it only when it resolves

    monkeypatch.setattr(resolve, "make_resolver", fake_resolver)
    main(["lint", ms, "--resolve"])
    capsys.readouterr()
    assert seen == {"offline": True, "timeout": 3}


def test_bib_paths_in_the_file_are_relative_to_it(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path / "citecheck.toml", 'bib = ["refs/library.bib"]\nbaseline = "base.json"\n')
    monkeypatch.chdir(write(tmp_path / "deep" / "x.txt", MANUSCRIPT).parent)
    found = config.discover(["x.txt"])
    assert [Path(p).resolve() for p in found.values["bib"]] == [tmp_path / "refs" / "library.bib"]
    assert Path(found.values["baseline"]).resolve() == tmp_path / "base.json"


def test_no_offline_on_the_command_line_undoes_the_files_offline(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    write(tmp_path / "citecheck.toml", "offline = true\n")
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    seen: dict[str, object] = {}

    def fake_resolver(args: argparse.Namespace):
        seen.update(offline=args.offline)
        return lambda manuscript: ()

    from citecheck.commands import resolve  # lint imports it only when it resolves

    monkeypatch.setattr(resolve, "make_resolver", fake_resolver)
    main(["lint", ms, "--resolve", "--no-offline"])
    capsys.readouterr()
    assert seen == {"offline": False}


@pytest.mark.parametrize("value", ["nan", "inf", "0", "-1", "fast"])
def test_rate_limit_must_be_a_finite_positive_number(tmp_path: Path, capsys, value: str) -> None:
    ms = str(write(tmp_path / "a.txt", MANUSCRIPT))
    assert main(["lint", ms, "--resolve", "--offline", "--rate-limit", value]) == 2
    assert "--rate-limit" in capsys.readouterr().err
