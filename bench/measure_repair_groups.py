"""CER of ``ita repair`` per font x reader group, on tests/data/repair_groups.json.

    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py [--lines]

Prints raw -> repaired CER for the dev half (rules were debugged on it) and the
held-out half (only measured); ``!!`` marks a group above the 0.5 % target. Each group
half is repaired as one text (what ``ita repair`` does with a file); ``--lines`` repairs
each line alone instead (what ``ita repair`` did before it read its input as one text).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402
from normalizers.thai.thai_text import repair  # noqa: E402


def by_line(text: str) -> str:
    return "\n".join(repair(line) for line in text.split("\n"))


def main() -> None:
    fn = by_line if "--lines" in sys.argv else repair
    data = sets.reader_groups()
    means = [0.0, 0.0]
    over = [0, 0]
    for key in sorted(data["groups"]):
        row = []
        for half in ("dev", "held_out"):
            row += [sets.group_cer(half, key), sets.group_cer(half, key, fn)]
        means[0] += row[1] / len(data["groups"])
        means[1] += row[3] / len(data["groups"])
        over[0] += row[1] > 0.005
        over[1] += row[3] > 0.005
        flag = "  !!" if max(row[1], row[3]) > 0.005 else ""
        print(f"{key:28s} dev {row[0] * 100:6.2f} -> {row[1] * 100:5.2f} %   "
              f"held-out {row[2] * 100:6.2f} -> {row[3] * 100:5.2f} %{flag}")
    print(f"mean dev {means[0] * 100:.2f} % ({over[0]} groups > 0.5 %)   "
          f"held-out {means[1] * 100:.2f} % ({over[1]} groups > 0.5 %)")


if __name__ == "__main__":
    main()
