"""CER of ``ita repair`` per font x reader group, on tests/data/repair_groups.json.

    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_groups.py

Prints raw -> repaired CER for the dev half (rules were debugged on it) and the
held-out half (only measured); ``!!`` marks a group above the 0.5 % target.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import thai_repair_sets as sets  # noqa: E402
from normalizers.thai.thai_text import repair  # noqa: E402


def main() -> None:
    data = sets.reader_groups()
    for key in sorted(data["groups"]):
        row = []
        for half in ("dev", "held_out"):
            row += [sets.group_cer(half, key), sets.group_cer(half, key, repair)]
        flag = "  !!" if max(row[1], row[3]) > 0.005 else ""
        print(f"{key:28s} dev {row[0] * 100:6.2f} -> {row[1] * 100:5.2f} %   "
              f"held-out {row[2] * 100:6.2f} -> {row[3] * 100:5.2f} %{flag}")


if __name__ == "__main__":
    main()
