"""How many constructed Greek notes of each shape the note reader reads as its table says.

The rows are those of `tests/test_note_greek_conventions.py` (constructed notes, invented
names; no corpus text). The shape is a row's class, the words of its name before the
colon ("surname-given", "authors", "negative cue", …). For each shape it prints the rows
read exactly as expected; a negative is read as expected when it gives no reading.

    PYTHONPATH=. python bench/greek_note_shapes.py            # this tree's reader
    PYTHONPATH=/path/to/other/tree python bench/greek_note_shapes.py --table tests/…py
                                                              # another tree's reader, this table
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "tests" / "test_note_greek_conventions.py"


def _load(path: Path):
    spec = importlib.util.spec_from_file_location("greek_table", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table", type=Path, default=TABLE, help="the table module to read")
    args = parser.parse_args(argv)
    table = _load(args.table)
    rows: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for name, note, expected in table.CASES:
        shape = name.split(":", 1)[0]
        rows[shape] += 1
        right[shape] += table.readings(note) == expected
    print("| shape | rows | read as expected |")
    print("|---|---|---|")
    for shape in rows:
        print(f"| {shape} | {rows[shape]} | {right[shape]} |")
    print(f"| all | {sum(rows.values())} | {sum(right.values())} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
