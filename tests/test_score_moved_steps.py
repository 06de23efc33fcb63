"""The scorer's count of steps read into another measure (corpus/moved_steps.py), on a real render.

Bug "steps moved to the wrong measure count only as CER": a step of measure B read into measure A's
row (a row boundary misplaced on a scan) cost a few characters of CER and nothing else, so a wrong
value with no flag stayed out of every headline (0.39.0 closing note). The scorer now counts such
steps, and those of a row with no flag about its steps apart."""

import pytest

from corpus.moved_steps import near
from corpus.score import _match_measures, score_records

pytest.importorskip("weasyprint")

from corpus_seeds import render_seed  # noqa: E402 - drawn and read once per test session


def _records(records, measures):
    return {"document": dict(records.document), "question_scores": [dict(r) for r in records.question_scores],
            "indicator_scores": [dict(r) for r in records.indicator_scores], "planned_measures": measures}


def test_steps_moved_to_the_wrong_measure_are_counted(tmp_path):
    _, _, records, expected = render_seed(142, tmp_path, "html")
    got = [dict(m) for m in records.planned_measures]
    # as read: steps shared by several measures (boilerplate) are never counted as moved
    res = score_records(_records(records, got), expected)
    assert res["steps_moved"] == 0, [d for d in res["detail"] if "another measure" in d]
    # a step only measure B prints, read into measure A's row as the parser would on a misplaced row edge
    pairs = [(e, g) for e, g in _match_measures(expected["planned_measures"], got) if g is not None]
    steps = [(e, s) for e in expected["planned_measures"] for s in (e.get("steps") or []) if len(s) >= 8]
    home, step = next((e, s) for e, s in steps if not any(near(s, t) for o, t in steps if o is not e))
    target = next(g for e, g in pairs if e is not home)
    target["steps"] = list(target.get("steps") or []) + [step]
    target["flags"] = [f for f in (target.get("flags") or []) if "step" not in f]
    res = score_records(_records(records, got), expected)
    assert res["steps_moved"] == 1 and res["steps_moved_unflagged"] == 1
    assert any("another measure" in d and "[SILENT]" in d for d in res["detail"])
