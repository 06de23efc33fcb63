"""Table layouts of the report families: structured rows -> generic ruled-table blocks.

A content table block has ``kind`` (``results``, ``analysis``, ``questions``,
``measures``) and ``layout``; :func:`expand` turns it into a generic block
``{"type": "table", "head": [[{text, colspan, rowspan}]], "rows": [{"cells": [...]}]}``
that the HTML template draws. Cell text uses ``\\n`` for a new paragraph inside the cell.
"""
from __future__ import annotations

H = lambda text, cs=None, rs=None: {"text": text, "colspan": cs, "rowspan": rs}  # noqa: E731

DEFAULT_HEADS = {
    "r3tools": [[H("ตัวชี้วัด"), H("คะแนนรายตัวชี้วัด"), H("คะแนนรายเครื่องมือ")]],
    "r3": [[H("ตัวชี้วัดที่"), H("รายละเอียดตัวชี้วัด"), H("คะแนน")]],
    "analysis": [[H("ประเด็นการวิเคราะห์"), H("คะแนน"), H("ประเด็นที่ต้องปรับปรุง/พัฒนา/รักษาระดับ")]],
    "m6": [[H("มาตรการ โครงการ หรือกิจกรรม", rs=2), H("ผลการวิเคราะห์", cs=2),
            H("ขั้นตอนหรือวิธีการปฏิบัติ", rs=2), H("ระยะเวลาดำเนินการ", rs=2), H("ผู้รับผิดชอบ", rs=2)],
           [H("ตัวชี้วัด"), H("ประเด็นที่ต้องปรับปรุง/พัฒนา/รักษาระดับ")]],
    "m5q": [[H("มาตรการ / โครงการ / กิจกรรม"), H("ผลการวิเคราะห์ตัวชี้วัดตามหลักเกณฑ์การประเมิน ITA"),
             H("ขั้นตอนหรือวิธีการปฏิบัติ"), H("ช่วงระยะเวลาในการดำเนินการ"), H("ผู้รับผิดชอบ")]],
    "m5f": [[H("มาตรการ/แนวทาง"), H("วิธีการดำเนินการ"), H("ผู้รับผิดชอบ"), H("ระยะเวลาดำเนินการ"),
             H("การติดตามผล")]],
    "m8": [[H("ประเด็น/ตัวชี้วัด", rs=2), H("การวิเคราะห์ผลการประเมินในปี {AY}", cs=2),
            H("การนำผลการวิเคราะห์ไปสู่การปฏิบัติ", cs=5)],
           [H("ข้อคำถาม ITA"), H("ผลการวิเคราะห์การประเมิน"), H("มาตรการ/โครงการ/กิจกรรม"),
            H("ผลการวิเคราะห์ตัวชี้วัดที่สอดคล้องกับมาตรการ/โครงการ/กิจกรรม"),
            H("ขั้นตอน/วิธีการดำเนินการ"), H("ระยะเวลาดำเนินการ"), H("ผู้รับผิดชอบ")]],
}

DEFAULT_WIDTHS = {
    "r3tools": [50, 20, 30], "r3": [14, 60, 26], "analysis": [26, 10, 64],
    "m6": [17, 12, 21, 24, 12, 14], "m5q": [20, 22, 34, 12, 12], "m5f": [22, 34, 13, 11, 20],
    "m8": [10, 13, 13, 13, 15, 16, 10, 10],
}

MEASURE_COLUMNS = {
    "m6": ["measure", "indicator_cell", "analysis", "steps", "period_text", "responsible"],
    "m5q": ["measure", "analysis", "steps", "period_text", "responsible"],
    "m5f": ["measure", "steps", "responsible", "period_text", "follow_up"],
    "m8": ["indicator_cell", "question_cell", "analysis", "measure", "measure_analysis", "steps",
           "period_text", "responsible"],
}


def steps_text(m: dict) -> str:
    """The steps cell as printed: each step its mark + text, one paragraph each or inline."""
    parts = [f"{mark}{text}" for mark, text in m.get("steps", [])]
    if m.get("steps_extra"):  # printed but not a step of its own (e.g. a duplicated tail)
        parts.append(m["steps_extra"])
    return (" " if m.get("steps_inline") else "\n").join(parts)


def responsible_text(m: dict) -> str:
    """The responsible cell as printed (entries joined by newline or space, optional marks)."""
    marks = m.get("responsible_marks") or [""] * len(m.get("responsible", []))
    if "responsible_cell" in m:
        return m["responsible_cell"]
    entries = [f"{mk}{r}" for mk, r in zip(marks, m.get("responsible", []))]
    return m.get("responsible_sep", "\n").join(entries)


def measure_cell_text(m: dict) -> str:
    """The measure cell as printed: optional list number, then the measure text."""
    no = m.get("measure_no")
    return f"{no} {m['measure']}" if no else m.get("measure") or ""


def _measure_cells(m: dict, layout: str, seq: int) -> list[dict]:
    cells = []
    for i, col in enumerate(MEASURE_COLUMNS[layout]):
        if col == "steps":
            text = steps_text(m)
        elif col == "responsible":
            text = responsible_text(m)
        elif col == "measure":
            text = measure_cell_text(m)
        else:
            text = m.get(col) or ""
        cells.append({"text": text, "id": f"m{seq}c{i}"})
    return cells


def expand(block: dict, seq_start: int = 1) -> tuple[dict, int]:
    """Turn a structured table block into a generic table block; return it and the next seq."""
    kind, layout = block["kind"], block.get("layout")
    head = block.get("head", DEFAULT_HEADS.get(layout))
    out = {"type": "table", "cls": f"{kind} {layout or ''} {block.get('cls', '')}".strip(),
           "widths": block.get("widths", DEFAULT_WIDTHS.get(layout)), "head": head, "rows": []}
    seq = seq_start
    if kind == "results" and layout == "r3tools":
        spans = {1: ("IIT", 5), 6: ("EIT", 3), 9: ("OIT", 2)}
        for r in block["rows"]:
            cells = [{"text": r["label"]}, {"text": r["score"], "cls": "num"}]
            if r.get("no") in spans:
                tool, n = spans[r["no"]]
                cells.append({"text": block.get("tools", {}).get(tool, ""), "rowspan": n, "cls": "num"})
            out["rows"].append({"cells": cells})
    elif kind == "results":
        for r in block["rows"]:
            out["rows"].append({"cells": [{"text": r["no_printed"], "cls": "num"}, {"text": r["name"]},
                                          {"text": r["score"], "cls": "num"}]})
    elif kind == "analysis":
        for r in block["rows"]:
            out["rows"].append({"cells": [{"text": r["label"]}, {"text": r["score"], "cls": "num"},
                                          {"text": r["text"]}]})
    elif kind == "questions":
        out["head"] = None
        for g in block.get("caption_rows", []):
            out["rows"].append({"cells": [{"text": g, "colspan": 3, "cls": "group"}]})
        out["rows"].append({"cls": "hrow", "cells": [{"text": "ประเด็นข้อคำถาม", "cls": "num group"},
                                                      {"text": "คะแนน", "cls": "num group"},
                                                      {"text": "การวิเคราะห์ผลการประเมินฯ", "cls": "num group"}]})
        for i, q in enumerate(block["rows"]):
            cells = [{"text": f"{q['raw_code']} {q['text']}"}, {"text": q["score"], "cls": "num"}]
            if i == 0:
                cells.append({"text": block.get("analysis", ""), "rowspan": len(block["rows"])})
            out["rows"].append({"cells": cells})
    elif kind == "measures":
        for m in block["rows"]:
            out["rows"].append({"cells": _measure_cells(m, layout, seq)})
            seq += 1
    else:
        raise ValueError(f"unknown table kind {kind!r}")
    return out, seq
