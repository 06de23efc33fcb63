"""The two checks each kept repair pair set's ratchet file makes (tests/test_thai_repair_ratchets38.py to
..._ratchets41.py): every font x reader group of the set repairs to no more than its ceiling (and the mean
to no more than its own), and the set's true lines come back unchanged but for those the repair changed
when the set was made (only counts are asserted: an unseen set's lines are not printed)."""
from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair, repair_block

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "bench"))


def assert_group_ratchet(name: str, table: tuple[float, dict[str, float]]) -> None:
    """``table``: (ceiling of the mean over the set's groups, ceiling per group)."""
    import measure_repair_groups as m

    mean, ceilings = table
    cers, worse = m.ratchet(name, repair, ceilings)
    assert sorted(cers) == sorted(ceilings)
    assert not worse, worse
    assert sum(cers.values()) / len(cers) <= mean, mean


def assert_true_lines_kept(name: str, known_changed: int = 0) -> None:
    """The set's 132 true lines, each alone, as one text and as ``ita repair`` reads them."""
    import measure_repair_groups as m

    lines = getattr(m.sources, f"{name}_groups")()["true"]["fresh"]
    assert len(lines) == 132
    assert sum(repair(x) != x for x in lines) <= known_changed
    assert sum(a != b for a, b in zip(repair("\n".join(lines)).split("\n"), lines)) <= known_changed
    assert sum(a != b for a, b in zip(repair_block(lines), lines)) <= known_changed
