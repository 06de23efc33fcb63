"""Held-out summary-sheet layouts (tests/layout_pdfgen.HELD_OUT): never debugged on.

Renders each held-out style, runs the real extract and normalize stages, and prints what was
found against what the PDF prints: document fields, indicator scores (results table and
leader-list text), question scores, measures (text exact), and values that are wrong without
a flag. Run: ``PYTHONPATH=.:tests python bench/bench_layout_holdout.py [--tuned]``.
"""
from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extractors.document import extract_document  # noqa: E402
from layout_pdfgen import HELD_OUT, TUNED, expected, render  # noqa: E402
from normalizers.document import normalize  # noqa: E402

FIELDS = ("org_name", "district", "province", "overall_score", "level", "iit_score", "eit_score", "oit_score")


def score_one(style, out_dir: Path) -> dict:
    pdf = render(style, out_dir)
    rec = normalize(extract_document(pdf, hashlib.sha256(pdf.read_bytes()).hexdigest(), ocr="never"))
    exp = expected(style)
    d = rec.document
    res = {"fields_ok": sum(d[k] == exp[k] for k in FIELDS), "fields": len(FIELDS),
           "fields_wrong": [k for k in FIELDS if d[k] != exp[k]], "status": d["status"]}
    got = {r["indicator_no"]: r for r in rec.indicator_scores if r["source"] == "results_table"}
    res["indicators_ok"] = sum(1 for i, v in exp["indicators"].items() if i in got and got[i]["score"] == v)
    res["indicators"] = len(exp["indicators"])
    low = dict(list({i: v for i, v in exp["indicators"].items() if v < 85}.items())[:3])
    text = {r["indicator_no"]: r for r in rec.indicator_scores if r["source"] == "text"}
    res["text_indicators_ok"] = sum(1 for i, v in low.items() if i in text and text[i]["score"] == v)
    res["text_indicators"] = len(low)
    q = {r["question_code"]: r for r in rec.question_scores}
    res["questions_ok"] = sum(1 for c, v in exp["questions"].items() if c in q and q[c]["score"] == v)
    res["questions"] = len(exp["questions"])
    m = rec.planned_measures
    res["measures_ok"] = sum(1 for a, b in zip(m, exp["measures"]) if a["measure"] == b[0] and a["responsible"] == b[3]
                             and len(a["steps"]) == len(b[1]))
    res["measures"] = len(exp["measures"])
    res["measures_found"] = len(m)
    wrong = [f"ind{i}={r['score']}" for i, r in list(got.items()) + list(text.items())
             if exp["indicators"].get(i) != r["score"] and not r["flags"]]
    wrong += [f"{c}={r['score']}" for c, r in q.items() if exp["questions"].get(c) != r["score"] and not r["flags"]]
    wrong += [k for k in FIELDS if d[k] is not None and d[k] != exp[k]]
    res["wrong_unflagged"] = wrong
    return res


def main() -> None:
    styles = TUNED if "--tuned" in sys.argv else HELD_OUT
    with tempfile.TemporaryDirectory() as tmp:
        for s in styles:
            print(s.name, json.dumps(score_one(s, Path(tmp)), ensure_ascii=False))


if __name__ == "__main__":
    main()
