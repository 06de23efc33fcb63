"""Score ``announced_scores`` rows against a hand transcription (tests/data/*_truth.json).

    PYTHONPATH=$PWD python bench/bench_announcement.py [extract.json]

Without an argument the real scan (../shared/realdocs/NutMontree__ktltc/ผลประเมินITA2568.pdf)
is OCR'd (pages 2-4 only: the truth covers them). Prints numeric cells exact, names CER
(characters, whitespace kept), levels exact, blanks null, rows found.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT / "tests" / "data" / "announcement_ktltc_2568_truth.json"
SCAN = ROOT.parent / "shared" / "realdocs" / "NutMontree__ktltc" / "ผลประเมินITA2568.pdf"
NUMS = ("iit", "eit", "oit", "overall_score")


def score(rows: list[dict], truth: dict) -> dict:
    from normalizers.thai.thai_cer import edit_distance

    got = {(r["page"], r["row_no"]): r for r in rows}
    n_num = ok_num = blanks = blanks_ok = lv = lv_ok = chars = errs = found = 0
    wrong = []
    for t in truth["rows"]:
        r = got.get((t["page"], t["row_no"]))
        found += r is not None
        r = r or {}
        for k in NUMS + ("row_no",):
            n_num += 1
            same = r.get(k) == t[k] or (r.get(k) is not None and t[k] is not None and abs(r[k] - t[k]) < 1e-9)
            ok_num += same
            if t[k] is None:
                blanks += 1
                blanks_ok += r.get(k) is None and bool(r)
            if not same:
                wrong.append((t["row_no"], k, r.get(k), t[k]))
        lv += 1
        lv_ok += r.get("level") == t["level"]
        chars += len(t["org_name"])
        errs += edit_distance(r.get("org_name") or "", t["org_name"])
        if r.get("org_name") != t["org_name"]:
            wrong.append((t["row_no"], "org_name", r.get("org_name"), t["org_name"]))
    return {"rows_truth": len(truth["rows"]), "rows_found": found, "rows_output": len(rows),
            "numeric_exact": round(ok_num / n_num, 4), "numeric_cells": n_num,
            "blanks_null": f"{blanks_ok}/{blanks}", "names_cer": round(errs / chars, 4),
            "levels_exact": round(lv_ok / lv, 4),
            "scale_ok": all(r.get("tool_scale") == truth["tool_scale"] for r in rows),
            "year_ok": all(r.get("assessment_year") == truth["assessment_year"] for r in rows),
            "wrong": wrong}


def main(argv: list[str]) -> int:
    from extractors.model import Extraction
    from normalizers.document import normalize

    if argv:
        ex = Extraction.load(argv[0])
    else:
        import hashlib

        from extractors.document import extract_document
        ex = extract_document(SCAN, hashlib.sha256(SCAN.read_bytes()).hexdigest())
    rec = normalize(ex)
    print("document:", rec.document["status"], rec.document.get("doc_kind"), rec.document["assessment_year"],
          rec.document["flags"])
    print(json.dumps(score(rec.announced_scores, json.loads(TRUTH.read_text(encoding="utf-8"))),
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
