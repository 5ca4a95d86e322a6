"""What `citecheck extract --format json` and `lint --format json` print for every corpus
manuscript, kept in a folder, and two such folders compared: a change meant to be fast,
not different, must leave every byte alone.

    .venv/bin/python bench/same_output.py write OUT [--package-root DIR]
    .venv/bin/python bench/same_output.py compare OUT_A OUT_B

`write` runs each command as its own process (byte-code and the compiled-regex cache as in
real use: PYTHONDONTWRITEBYTECODE unset), from this checkout, or with `--package-root` from
another copy of the package (`git archive main citecheck | tar -x -C DIR`). The manuscripts
are those of ../shared/corpus (each with the .bib of its folder, if any) and the sample.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from timing import ROOT, SAMPLE  # bench/timing.py, beside this script

CORPUS = ROOT.parent / "shared" / "corpus"
SUFFIXES = {".txt", ".md", ".tex", ".docx", ".htm", ".html"}


def manuscripts() -> list[tuple[Path, Path | None]]:
    """(manuscript, its folder's .bib or None), in a fixed order."""
    found = [(SAMPLE, ROOT / "bibliography.bib")]
    for path in sorted(CORPUS.rglob("*")):
        if path.suffix in SUFFIXES and path.name != "SOURCE.md" and path.is_file():
            bibs = sorted(path.parent.glob("*.bib"))
            found.append((path, bibs[0] if bibs else None))
    return found


def commands(path: Path, bib: Path | None) -> dict[str, list[str]]:
    bib_args = ["--bib", str(bib)] if bib else []
    return {
        "extract": ["extract", str(path), "--format", "json"],
        "lint": ["lint", str(path), *bib_args, "--format", "json", "--no-cache", "--exit-zero"],
    }


def write(out: Path, package_root: Path | None) -> int:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(package_root or ROOT)
    out.mkdir(parents=True, exist_ok=True)
    # Run from an empty folder: no configuration is found there, and `python -m` does not
    # import a `citecheck` from the working directory before the one asked for.
    neutral = out / "cwd"
    neutral.mkdir(exist_ok=True)
    count = 0
    for n, (path, bib) in enumerate(manuscripts()):
        for name, argv in commands(path, bib).items():
            done = subprocess.run(
                [sys.executable, "-m", "citecheck", *argv],
                capture_output=True,
                env=env,
                cwd=neutral,
            )
            result = done.stdout + f"\n--- exit {done.returncode}\n".encode() + done.stderr
            (out / f"{n:03d}-{path.stem}.{name}.out").write_bytes(result)
            count += 1
    print(f"{count} outputs of {len(manuscripts())} manuscripts written to {out}")
    return 0


def compare(first: Path, second: Path) -> int:
    names = sorted({p.name for p in [*first.glob("*.out"), *second.glob("*.out")]})
    differ = [
        name
        for name in names
        if not (first / name).is_file()
        or not (second / name).is_file()
        or (first / name).read_bytes() != (second / name).read_bytes()
    ]
    print(f"{len(names) - len(differ)} of {len(names)} outputs identical")
    for name in differ:
        print(f"  differs: {name}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    writing = sub.add_parser("write")
    writing.add_argument("out", type=Path)
    writing.add_argument("--package-root", type=Path)
    comparing = sub.add_parser("compare")
    comparing.add_argument("first", type=Path)
    comparing.add_argument("second", type=Path)
    args = parser.parse_args()
    if args.command == "write":
        return write(args.out, args.package_root)
    return compare(args.first, args.second)


if __name__ == "__main__":
    sys.exit(main())
