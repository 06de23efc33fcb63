"""Held-out period strings (tests/data/periods_heldout.json): written before the parser
change and never debugged on. Accuracy is measured here and reported separately from the
development table (tests/test_periods_table.py). What must hold: no wrong date without a flag."""
import json
from datetime import date
from pathlib import Path

import pytest

from normalizers.fields.periods import parse_period

_FILES = ["periods_heldout.json", "periods_heldout2.json"]


def _d(s):
    return date.fromisoformat(s) if s else None


def measure(name: str = _FILES[0]):
    cases = json.loads((Path(__file__).with_name("data") / name).read_text(encoding="utf-8"))["cases"]
    right, wrong_unflagged, misses = 0, [], []
    for c in cases:
        p = parse_period(c["text"], c["plan"], ocr=c.get("ocr", False))
        want = (_d(c["start"]), _d(c["end"]))
        got = (p.start, p.end)
        needs_flag = c.get("flag") or None in want
        ok = got == want and (not needs_flag or bool(p.flags))
        if ok:
            right += 1
            continue
        misses.append((c["text"], got, want, p.flags))
        # a date given that differs from the truth, with no flag at all
        if not p.flags and any(g is not None and g != w for g, w in zip(got, want)):
            wrong_unflagged.append((c["text"], got, want))
    return right, len(cases), wrong_unflagged, misses


@pytest.mark.parametrize("name", _FILES)
def test_heldout_periods_no_unflagged_wrong_dates_and_accuracy(name):
    right, n, wrong_unflagged, misses = measure(name)
    print(f"held-out periods ({name}): {right}/{n} = {right / n:.1%}; misses: {misses}")
    assert wrong_unflagged == []
    assert right / n >= 0.85, misses


if __name__ == "__main__":
    for name in _FILES:
        r, n, w, m = measure(name)
        print(f"{name}: {r}/{n} = {r / n:.1%}; wrong without flag: {len(w)}")
        for x in m:
            print(" ", x)
