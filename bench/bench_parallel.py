"""Many files on every core: `-j 2` against `-j 1`, the rate on 10,000 files, peak memory.

    .venv/bin/python bench/bench_parallel.py [--files 300] [--many 10000] [--runs 5]

Whole processes (`citecheck lint DIR -j N --no-cache`: every file is linted, none comes
from the result cache), the -j 1 and -j N runs interleaved so that other work on the
machine slows both alike; medians. The outputs of -j 1 and -j N are
compared byte for byte. Peak memory is the largest resident set of the main process
(which keeps every finished file's findings) and of any worker, from getrusage.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from timing import ROOT  # bench/timing.py, beside this script  # noqa: F401

BIB = """@book{cliff1974, author={Cliff, Tony}, title={State Capitalism in Russia}, year={1974}}
@book{harman2009, author={Harman, Chris}, title={Zombie Capitalism}, year={2009}}
@book{orr2015, author={Orr, Judith}, title={Marxism and Women's Liberation}, year={2015}}
"""

NO_CACHE = ["--no-cache"]  # the work itself is measured, not the result cache

# Runs citecheck in this child and reports its peak memory (KiB on Linux) on stderr.
RUNNER = """
import resource, sys
from citecheck.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime
print(f"maxrss {me.ru_maxrss} {kids.ru_maxrss} {cpu}", file=sys.stderr)
sys.exit(code)
"""


def manuscript(n: int) -> str:
    return (
        f"Chapter {n}. As Cliff argued, the famine killed {n % 40 + 3} million people.1 "
        f"Harman disagreed.2 Orr wrote “about part {n}”.3 A last claim.4\n\n"
        f"1 Cliff, 1974, p{n % 300}; the figure of {n % 40 + 3} million is official.\n"
        f"2 Harman 2009, p{n % 200}.\n3 Orr, 2015.\n"
    )


def make_folder(root: Path, count: int) -> Path:
    folder = root / f"files{count}"
    folder.mkdir()
    (folder / "bibliography.bib").write_text(BIB, encoding="utf-8")
    for n in range(count):
        (folder / f"m{n:05d}.txt").write_text(manuscript(n), encoding="utf-8")
    return folder


def run(folder: Path, jobs: int, env: dict[str, str]) -> tuple[float, bytes, int, int, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            RUNNER,
            "lint",
            str(folder),
            "-j",
            str(jobs),
            "--exit-zero",
            *NO_CACHE,
        ],
        capture_output=True,
        env=env,
        check=True,
    )
    elapsed = time.perf_counter() - start
    line = [x for x in done.stderr.decode().splitlines() if x.startswith("maxrss")][-1]
    _, me, kids, cpu = line.split()
    return elapsed, done.stdout, int(me), int(kids), float(cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--many", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cores = args.jobs
    print(f"load: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; cores: {cores}")
    with tempfile.TemporaryDirectory() as tmp:
        small = make_folder(Path(tmp), args.files)
        run(small, 1, env), run(small, 2, env)  # warm-up
        one, two, same = [], [], True
        cpu_one, cpu_two = [], []  # CPU-s of the whole run, workers included
        for _ in range(args.runs):
            t1, out1, _, _, c1 = run(small, 1, env)
            t2, out2, _, _, c2 = run(small, 2, env)
            one.append(t1)
            two.append(t2)
            cpu_one.append(c1)
            cpu_two.append(c2)
            same &= out1 == out2
        ratio = statistics.median(two) / statistics.median(one)
        print(
            f"{args.files} files: -j 1 {statistics.median(one):.2f} s, -j 2 "
            f"{statistics.median(two):.2f} s, ratio {ratio:.2f} (bar 0.75); "
            f"identical output: {same}"
        )
        # The ratio is (CPU -j 2 / CPU -j 1) x (cores -j 1 / cores -j 2): on a machine busy
        # with other work, -j 2 is given too few cores to meet the bar whatever it does.
        c1, c2 = statistics.median(cpu_one), statistics.median(cpu_two)
        print(
            f"cores the machine gave: -j 1 used {c1 / statistics.median(one):.2f} CPU-s per s, "
            f"-j 2 {c2 / statistics.median(two):.2f} (of 2); CPU time -j 2 / -j 1 = {c2 / c1:.2f}"
        )
        many = make_folder(Path(tmp), args.many)
        t1, out1, me1, _, cpu1 = run(many, 1, env)
        tn, outn, men, kidsn, cpun = run(many, cores, env)
        rate1, raten = args.many / t1, args.many / tn
        efficiency = raten / (cores * rate1)
        print(
            f"{args.many} files: -j 1 {t1:.1f} s ({rate1:.0f} files/s), -j {cores} {tn:.1f} s "
            f"({raten:.0f} files/s); rate / (cores x single-core rate) = {efficiency:.2f} "
            f"(bar 0.8); identical output: {out1 == outn}"
        )
        print(
            f"cores the machine gave: -j 1 used {cpu1 / t1:.2f} CPU-s per s, -j {cores} "
            f"{cpun / tn:.2f} (of {cores}); CPU time -j {cores} / -j 1 = {cpun / cpu1:.2f}"
        )
        print(
            f"peak memory, {args.many} files: -j 1 {me1 / 1024:.0f} MB; -j {cores} main "
            f"{men / 1024:.0f} MB, largest worker {kidsn / 1024:.0f} MB (bar 150 MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
