"""Lint the sample manuscript with `--format github` and compare with the expected findings.

    .venv/bin/python .ci/check_sample.py            # check; exit 1 with a diff on a change
    .venv/bin/python .ci/check_sample.py --update   # rewrite the expectation from today's run

The expectation, .ci/expected-sample-findings.txt, holds one finding a line,
`LINE:COL LEVEL CODE rule-name`, parsed back out of the workflow commands (so the github
format's escaping is exercised too). Messages are left out on purpose: rewording a message
is not a change in what citecheck finds.
"""

from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = "examples/stalinisms-long-shadow.txt"
EXPECTED = ROOT / ".ci" / "expected-sample-findings.txt"
HEADER = f"""\
# Expected findings of `citecheck lint {SAMPLE} --format github`.
# One per line: LINE:COL LEVEL CODE rule-name. Regenerate after an intended change with
#   .venv/bin/python .ci/check_sample.py --update
# and review the diff.
"""

# A workflow command: "::error file=a.txt,line=3,col=1,title=N101 missing-note::message".
# matches "::notice file=x,line=1::m"; not "Found 3 errors ..." (the summary line)
COMMAND = re.compile(r"^::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape(value: str) -> str:
    for escaped, char in (("%2C", ","), ("%3A", ":"), ("%0A", "\n"), ("%0D", "\r"), ("%25", "%")):
        value = value.replace(escaped, char)
    return value


def parse(output: str) -> list[str]:
    """Findings of the sample as expectation lines, in output order."""
    found = []
    for line in output.splitlines():
        if not line.startswith("::"):
            continue
        match = COMMAND.match(line)
        if match is None:
            raise SystemExit(f"check_sample: not a workflow command: {line!r}")
        props = dict(part.split("=", 1) for part in match.group("props").split(","))
        props = {key: unescape(value) for key, value in props.items()}
        if props.get("file") != SAMPLE:
            raise SystemExit(f"check_sample: annotation for another file: {line!r}")
        found.append(f"{props['line']}:{props['col']} {match.group('level')} {props['title']}")
    return found


def run_citecheck() -> str:
    done = subprocess.run(
        # --no-cache: the check lints the sample, and leaves no cache in the project
        [sys.executable, "-m", "citecheck", "lint", SAMPLE, "--format", "github", "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"check_sample: citecheck exited {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def expected() -> list[str]:
    lines = EXPECTED.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="rewrite the expectation file")
    args = parser.parse_args(argv)
    actual = parse(run_citecheck())
    if args.update:
        EXPECTED.write_text(HEADER + "".join(f"{line}\n" for line in actual), encoding="utf-8")
        say(f"check_sample: wrote {len(actual)} findings to {EXPECTED.relative_to(ROOT)}")
        return 0
    want = expected()
    if actual == want:
        say(f"check_sample: the sample's {len(actual)} findings are as expected")
        return 0
    diff = difflib.unified_diff(
        want, actual, "expected-sample-findings.txt", "citecheck output", lineterm=""
    )
    say("check_sample: the sample's findings changed (- expected, + found):")
    say("\n".join(diff))
    say("If the change is intended: .venv/bin/python .ci/check_sample.py --update")
    return 1


if __name__ == "__main__":
    sys.exit(main())
