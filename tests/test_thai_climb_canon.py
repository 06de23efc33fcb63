"""thai_edits orders the marks of a candidate edit around the edit only (issue 16 speed): every
candidate of the climb is exactly what ``canon`` makes of it, on the broken runs of a stored pair set."""

from __future__ import annotations

import json
import re
from pathlib import Path

from normalizers.thai import thai_edits
from normalizers.thai.thai_exact import canon, exact_fixes
from normalizers.thai.thai_signs import Mode

DATA = Path(__file__).resolve().parent / "data" / "repair_fresh10.json"
_MARKERS = "\ue001\ue002\ue003\ue005"


def test_candidates_ordered_around_the_edit_equal_canon():
    data = json.loads(DATA.read_text(encoding="utf-8"))
    runs = set()
    for key, halves in sorted(data["groups"].items()):
        if key.endswith(("/pdfplumber", "/pypdfium2")):
            for line in halves["fresh"]:
                runs.update(r for r in re.findall("[\u0e01-\u0e4e]+", exact_fixes(line)) if len(r) >= 3)
    runs_l = sorted(runs)[:1500]
    modes = (Mode(True, False, False, True, True, learned=frozenset({("\u0e39", "\u0e49")})),
             Mode(True, True, True, False, False))
    checked = 0
    for run in runs_l:
        for mode in modes:
            near = set(range(len(run)))
            junctions = (len(run) // 2,)
            for _, cand in thai_edits.edits(run, near, mode, junctions, True):
                plain = cand.translate({ord(m): None for m in _MARKERS})
                if "\ue001" not in cand and "\ue002" not in cand:
                    assert plain == canon(plain), (run, cand)
                checked += 1
    # a run that is not in canonical order is ordered whole (the candidates are canon's)
    odd = "\u0e01\u0e48\u0e34\u0e21\u0e35"
    assert canon(odd) != odd
    assert all(c.rstrip(_MARKERS) == canon(c.rstrip(_MARKERS))
               for _, c in thai_edits.edits(odd, set(range(len(odd))), modes[0], (2,), False))
    assert checked > 5000
