"""What a table is and what each of its columns holds, read from its header text.

Tables are recognised by content, not position: every column header (all levels, most
specific first) is matched tolerantly against role keywords; the set of roles found decides
the table kind. A table without a header is classified by its rows (indicator names with
numbers → results; question codes with numbers → questions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.grid import Table, loose, squash

# (role, keywords) in priority order: the first role whose keyword occurs in a header wins.
# Keywords are compared with whitespace removed; a few broken spellings seen in reports are
# listed (ผลกาวิเคราะห์).
ROLE_RULES: list[tuple[str, tuple[str, ...]]] = [
    ("measure_analysis", ("สอดคล้อง",)),
    ("follow_up", ("ติดตามผล", "การติดตาม")),
    ("responsible", ("ผู้รับผิดชอบ", "รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ผู้ดำเนินการ")),
    ("period", ("ระยะเวลา", "ช่วงเวลา", "ห้วงเวลา", "กำหนดเวลา", "ไตรมาส")),
    ("steps", ("ขั้นตอน", "วิธีการ", "วิธีดำเนินการ", "แนวทางการดำเนินการ")),
    ("question", ("ข้อคำถาม", "ประเด็นคำถาม")),
    ("tool_score", ("คะแนนรายเครื่องมือ", "เครื่องมือ")),
    ("score", ("คะแนน", "ผลคะแนน", "ผลการประเมิน(คะแนน)")),
    ("analysis", ("ผลการวิเคราะห์", "ผลกาวิเคราะห์", "ผลการวิเคาะห์", "ประเด็นที่ต้อง", "การวิเคราะห์",
                  "จุดอ่อน", "ปัญหา", "ข้อเสนอแนะ")),
    ("measure", ("มาตรการ", "โครงการ", "กิจกรรม", "แนวทาง")),
    ("indicator", ("ตัวชี้วัด", "ประเด็นการวิเคราะห์", "ประเด็น", "รายละเอียดตัวชี้วัด")),
    ("seq", ("ลำดับ", "ที่",)),
]

MEASURE_ROLES = {"measure", "steps", "period", "responsible", "follow_up", "measure_analysis"}


@dataclass
class Layout:
    kind: str  # results | questions | analysis | measures | unknown
    roles: list[str]  # one per column ("" = unknown)
    flags: list[str] = field(default_factory=list)

    def col(self, role: str) -> int | None:
        return self.roles.index(role) if role in self.roles else None

    def cols(self, role: str) -> list[int]:
        return [i for i, r in enumerate(self.roles) if r == role]


def role_of(headers: list[str]) -> str:
    """The role of one column from its header levels (most specific first)."""
    for text in headers:
        t = squash(text)
        if not t:
            continue
        # "ตัวชี้วัดที่" alone is the indicator number column of a results table
        if t in ("ที่", "ลำดับ", "ลำดับที่", "ข้อ"):
            return "seq"
        if t.startswith("ตัวชี้วัดที่") and len(t) <= 14 or t.startswith("ประเด็นการวิเคราะห์"):
            return "indicator"
        tl = loose(t)
        for role, words in ROLE_RULES:
            if any(w in t or loose(w) in tl for w in words):
                return role
    return ""


def assign_roles(table: Table) -> list[str]:
    """Column roles for a table with a header; duplicates resolved by position."""
    roles = [role_of(h) for h in table.column_headers()]
    # Two "indicator"-ish columns in a results table: "ตัวชี้วัดที่" (number) + "รายละเอียดตัวชี้วัด"
    if roles.count("indicator") > 1:
        first = roles.index("indicator")
        heads = table.column_headers()
        if any("รายละเอียด" in squash(h) for h in heads[first + 1] if h) or first + 1 < len(roles) and roles[first + 1] == "indicator":
            roles[first] = "seq"
    # "ผลการวิเคราะห์" appearing twice: the second (after the measure) is measure_analysis
    if roles.count("analysis") > 1 and "measure" in roles:
        m = roles.index("measure")
        for i, r in enumerate(roles):
            if r == "analysis" and i > m and "measure_analysis" not in roles:
                roles[i] = "measure_analysis"
    return roles


def _mostly_numbers(table: Table) -> bool:
    """Body cells that are nearly all numbers: a statistics table, not measures."""
    cells = [c for r in table.rows for c in r.cells[1:] if c.strip()]
    nums = sum(1 for c in cells if _SCORE.match(c) or re.fullmatch(r"[0-9๐-๙.,%\s-]+", c))
    return bool(cells) and nums > 0.5 * len(cells)


def classify(table: Table) -> Layout:
    """Decide the table kind from its column roles (or from its rows when headerless)."""
    if not table.header:
        return _classify_headerless(table)
    roles = assign_roles(table)
    rs = set(roles)
    if rs & MEASURE_ROLES and _mostly_numbers(table):
        return Layout(kind="unknown", roles=roles, flags=["numeric_table_with_measure_like_header"])
    if "measure" in rs and rs & {"steps", "period", "responsible"}:
        kind = "measures"
    elif "question" in rs and "score" in rs:
        kind = "questions"
    elif "question" in rs and rs & {"steps", "period", "responsible", "measure"}:
        kind = "measures"
    elif rs & {"steps", "period", "responsible"} and len(rs & MEASURE_ROLES) >= 2:
        # a measures table whose measure column header is unusual: take the first text column
        kind = "measures"
        for i, r in enumerate(roles):
            if r in ("", "analysis", "indicator") and "measure" not in roles:
                roles[i] = "measure"
                break
    elif "indicator" in rs and "score" in rs and "analysis" in rs:
        kind = "analysis"
    elif ("indicator" in rs or "seq" in rs) and ("score" in rs or "tool_score" in rs):
        kind = "results"
    else:
        kind = "unknown"
    return Layout(kind=kind, roles=roles)


_CODE_START = re.compile(r"^\s*[iIeEoO๐0-9๑-๙][0-9๐-๙]{0,3}\s")
_INDICATOR_START = re.compile(r"^\s*(?:ตัวชี้วัดที่|[0-9๐-๙]{1,2}[.)]?\s*\S)")
_SCORE = re.compile(r"^\s*[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?\s*$")


def _classify_headerless(table: Table) -> Layout:
    """A table with no header row: look at its rows."""
    n = table.n_cols
    rows = [r.cells for r in table.rows if any(r.cells)]
    if not rows or n < 2:
        return Layout(kind="unknown", roles=[""] * n)
    score_cols = [c for c in range(n) if sum(1 for r in rows if _SCORE.match(r[c] or "")) >= max(1, len(rows) // 2)]
    if not score_cols:
        return Layout(kind="unknown", roles=[""] * n)
    sc = score_cols[0]
    roles = [""] * n
    roles[sc] = "score"
    first = [r[0] for r in rows]
    if sum(1 for t in first if _CODE_START.match(t)) >= max(1, len(rows) // 2) and sc > 0:
        roles[0] = "question"
        if sc + 1 < n:
            roles[sc + 1] = "analysis"
        return Layout(kind="questions", roles=roles, flags=["table_headerless"])
    from normalizers.indicators import match_indicator

    named = sum(1 for r in rows if any(match_indicator(c)[0] for c in r[:sc] if c))
    if named >= max(1, len(rows) // 2):
        for c in range(sc):
            roles[c] = "indicator" if c == sc - 1 or not _SCORE.match(rows[0][c] or "") else "seq"
        return Layout(kind="results", roles=roles, flags=["table_headerless"])
    return Layout(kind="unknown", roles=[""] * n)
