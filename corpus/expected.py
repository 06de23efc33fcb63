"""Expected contract rows of a rendered report, built from its structured content.

This is the generator's own ground truth (never the pipeline's code): numbers are the
printed strings converted here, codes and periods are written in the content, and text
fields are the true text put into the HTML with Word-style markup (<u>) removed, Lao
lookalikes mapped back to Thai, ``เเ`` -> ``แ`` and nikhahit + sara aa -> ``ำ``
(what the contract stores).
"""
from __future__ import annotations

import re

from corpus.layouts import MEASURE_COLUMNS
from corpus.render import resolved

TOOL_OF = {**{n: "IIT" for n in range(1, 6)}, **{n: "EIT" for n in (6, 7, 8)}, 9: "OIT", 10: "OIT"}
INDICATOR_NAMES = {
    1: "การปฏิบัติหน้าที่", 2: "การใช้งบประมาณ", 3: "การใช้อำนาจ", 4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต", 6: "คุณภาพการดำเนินงาน", 7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงการทำงาน", 9: "การเปิดเผยข้อมูล", 10: "การป้องกันการทุจริต",
}
_DIGITS = {ord(t): str(i) for i, t in enumerate("๐๑๒๓๔๕๖๗๘๙")}
# Lao letters that look like Thai ones, as found in real Word exports.
LAO_TO_THAI = {"ະ": "ะ", "ດ": "ด", "ບ": "บ", "ປ": "ป", "ນ": "น", "ມ": "ม", "ຍ": "ย", "ວ": "ว",
               "າ": "า", "ິ": "ิ", "ີ": "ี", "ຸ": "ุ", "ູ": "ู", "ເ": "เ", "ແ": "แ", "ໂ": "โ", "ໃ": "ใ",
               "ໄ": "ไ", "່": "่", "້": "้", "໊": "๊", "໋": "๋", "ຈ": "จ", "ຊ": "ซ", "ຢ": "ย"}
_LAO = str.maketrans(LAO_TO_THAI)


def number(printed: str | None) -> float | None:
    """A printed score (Thai or ASCII digits) as float; None when absent."""
    if printed is None:
        return None
    s = printed.translate(_DIGITS).strip()
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", s, flags=re.ASCII):
        raise ValueError(f"not a plain score: {printed!r}")
    return float(s)


def true_text(s: str | None) -> str | None:
    """The contract's stored form of text we printed: markup dropped, Lao -> Thai, no newlines."""
    if s is None or s == "":
        return None
    s = re.sub(r"</?(u|b)>", "", s).translate(_LAO).replace("เเ", "แ").replace("\u0e4d\u0e32", "\u0e33")
    s = re.sub(r"\s*\n\s*", " ", s)
    return re.sub(r" {2,}", " ", s).strip()


def _document(c: dict, page_count: int | None) -> dict:
    sc = c.get("scores") or {}
    d = {
        "org_name": c["org"]["name"], "org_type": c["org"]["type"],
        "district": c["org"]["district"], "province": c["org"]["province"],
        "assessment_year": c["assessment_year"], "plan_year": c["plan_year"],
        "overall_score": number(sc.get("overall")), "level": sc.get("level"),
        "iit_score": number(sc.get("iit")), "eit_score": number(sc.get("eit")),
        "oit_score": number(sc.get("oit")), "status": "ok",
    }
    if page_count is not None:
        d["page_count"] = page_count
    return d


def _indicator(no: int, score: str, source: str) -> dict:
    return {"indicator_no": no, "indicator_name": INDICATOR_NAMES[no], "tool": TOOL_OF[no],
            "score": number(score), "source": source}


def _measure(m: dict, seq: int, layout: str, pages: dict) -> dict:
    row = {
        "seq": seq, "indicator_no": m.get("indicator_no"), "question_codes": list(m.get("question_codes", [])),
        "measure": true_text(m.get("measure")), "analysis": true_text(m.get("analysis")),
        "measure_analysis": true_text(m.get("measure_analysis")),
        "steps": [true_text(t) for _, t in m.get("steps", [])],
        "period_text": true_text(m.get("period_text")),
        "period_start": m.get("period_start"), "period_end": m.get("period_end"),
        "responsible": [true_text(r) for r in m.get("responsible", [])],
        "follow_up": true_text(m.get("follow_up")),
    }
    if "analysis" not in MEASURE_COLUMNS[layout] and not m.get("analysis"):
        row["analysis"] = None
    ids = [f"m{seq}c{i}" for i in range(len(MEASURE_COLUMNS[layout]))]
    starts = [pages[f"{i}s"] for i in ids if f"{i}s" in pages]
    ends = [pages[f"{i}e"] for i in ids if f"{i}e" in pages]
    if starts and ends:
        row["page_first"], row["page_last"] = min(starts), max(ends)
    return row


def build_expected(content: dict, pages: dict | None = None, file_name: str | None = None) -> dict:
    """All expected rows of one rendered report (the *.expected.json structure)."""
    pages = pages or {}
    c = resolved(content)
    ind, qs, pm = [], [], []
    seen_ind = set()

    def add_ind(no, score, source):
        if (no, source) not in seen_ind:
            seen_ind.add((no, source))
            ind.append(_indicator(no, score, source))

    seq = 1
    for b in c["blocks"]:
        for t in b.get("indicator_scores", []):  # prose sentences that carry an indicator score
            add_ind(t["no"], t["score"], "text")
        if b.get("type") != "table" or "kind" not in b:
            continue
        kind = b["kind"]
        if kind == "results":
            for r in b["rows"]:
                add_ind(r["no"], r["score"], "results_table")
        elif kind == "analysis":
            for r in b["rows"]:
                add_ind(r["no"], r["score"], "analysis_table")
        elif kind == "questions":
            for q in b["rows"]:
                qs.append({"question_code": q["code"], "raw_code": true_text(q["raw_code"]),
                           "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[q["code"][0]],
                           "indicator_no": q.get("indicator_no", b.get("indicator_no")),
                           "question_text": true_text(q["text"]), "score": number(q["score"])})
        elif kind == "measures":
            for m in b["rows"]:
                if m.get("indicator_score") is not None and m.get("indicator_no"):
                    add_ind(m["indicator_no"], m["indicator_score"], "measures_table")
                pm.append(_measure(m, seq, b["layout"], pages))
                seq += 1
    return {
        "file": file_name or f"{c['name']}.pdf", "family": c["family"],
        "document": _document(c, pages.get("__page_count__")),
        "indicator_scores": ind, "question_scores": qs, "planned_measures": pm,
    }


def to_records(expected: dict, doc_id: str) -> dict:
    """Expected rows as a ``normalizers.model.Records``-shaped dict (what a perfect pipeline
    would produce): contract columns, dates as ``datetime.date``, empty flags, confidence 1.

    Used to check the expected files against the contract and to sanity-check the scorer.
    """
    import datetime as dt

    d = expected["document"]
    doc = {k: d.get(k) for k in ("org_name", "org_type", "district", "province", "assessment_year",
                                 "plan_year", "overall_score", "level", "iit_score", "eit_score", "oit_score",
                                 "page_count", "status")}
    doc.update(doc_id=doc_id, ocr_pages=0, error=None, flags=[])
    extra = {"doc_id": doc_id, "confidence": 1.0, "flags": []}
    ind = [dict(r, assessment_year=d["assessment_year"], page=None, **extra) for r in expected["indicator_scores"]]
    qs = [dict(r, assessment_year=d["assessment_year"], page=None, **extra) for r in expected["question_scores"]]
    pm = []
    for r in expected["planned_measures"]:
        r = dict(r, plan_year=d["plan_year"], **extra)
        for k in ("period_start", "period_end"):
            r[k] = dt.date.fromisoformat(r[k]) if r.get(k) else None
        r.setdefault("page_first", None)
        r.setdefault("page_last", None)
        pm.append(r)
    return {"doc_id": doc_id, "document": doc, "indicator_scores": ind, "question_scores": qs, "planned_measures": pm}


def build_expected_drawn(model: dict, pages: dict | None = None, file_name: str | None = None) -> dict:
    """Expected rows of a report drawn from the layout space (corpus/draw.py), with its
    dimension values (``dims``) so the scorer can aggregate by them.

    ``pages``: {cell id: (first page, last page)} of the measures' cells and ``__page_count__``.
    """
    pages = pages or {}
    t = model["truth"]
    d = t["document"]
    doc = {"org_name": d["org_name"], "org_type": d["org_type"], "district": d["district"],
           "province": d["province"], "assessment_year": d["assessment_year"], "plan_year": d["plan_year"],
           "overall_score": d["overall"], "level": d["level"], "iit_score": d["iit"], "eit_score": d["eit"],
           "oit_score": d["oit"], "status": "ok"}
    if "__page_count__" in pages:
        doc["page_count"] = pages["__page_count__"]
    ind, seen = [], set()
    for r in t["indicator_scores"]:
        if (r["no"], r["source"]) not in seen:
            seen.add((r["no"], r["source"]))
            ind.append({"indicator_no": r["no"], "indicator_name": INDICATOR_NAMES[r["no"]], "tool": TOOL_OF[r["no"]],
                        "score": float(r["score"]), "source": r["source"]})
    qs = [{"question_code": q["code"], "raw_code": q["raw_code"], "tool": {"i": "IIT", "e": "EIT", "o": "OIT"}[q["code"][0]],
           "indicator_no": q["indicator_no"], "question_text": true_text(q["text"]), "score": float(q["score"])}
          for q in t["questions"]]
    pm = []
    for seq, m in enumerate(t["measures"], start=1):
        row = {"seq": seq, "indicator_no": m["indicator_no"], "question_codes": list(m["question_codes"]),
               "measure": true_text(m["measure"]), "analysis": true_text(m["analysis"]),
               "measure_analysis": true_text(m["measure_analysis"]), "steps": [true_text(s) for s in m["steps"]],
               "period_text": true_text(m["period_text"]), "period_start": m["period_start"],
               "period_end": m["period_end"], "responsible": [true_text(r) for r in m["responsible"]],
               "follow_up": true_text(m["follow_up"])}
        spans = [pages[i] for i in m["cell_ids"] if i in pages]
        if spans:
            row["page_first"], row["page_last"] = min(a for a, _ in spans), max(b for _, b in spans)
        pm.append(row)
    return {"file": file_name or f"{model['name']}.pdf", "family": "space", "seed": model["seed"],
            "heldout": model["heldout"], "dims": model["dims"], "document": doc,
            "indicator_scores": ind, "question_scores": qs, "planned_measures": pm}
