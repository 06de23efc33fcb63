"""Tables of many bodies' ITA scores → ``announced_scores`` rows.

An official results announcement prints one row per body:
``ที่ | ชื่อหน่วยงาน/สถานศึกษา | IIT | EIT | OIT | รวม | ระดับผลการประเมิน``, on one page or
many (the header repeated or not), often scanned. ``read_table`` finds such a table's columns
from evidence, not from one keyword:

- the tool and total columns: four numeric columns whose arithmetic holds on most rows,
  either total = IIT + EIT + OIT (the tools printed as weighted parts: IIT out of 30, EIT 30,
  OIT 40 → ``tool_scale = weighted``) or total = 0.3·IIT + 0.3·EIT + 0.4·OIT (each tool 0–100
  → ``percent``); the header names the tools where it can be read (OCR garbles ``IIT`` to
  ``แท``), else the printed order IIT, EIT, OIT is taken, flagged;
- the running number: the integer column left of the name; the name: the column holding
  the most Thai text; the level: the column whose cells are level words; a province column
  where a header says ``จังหวัด``.

Rows: a row without number and scores carries on the name above (a name wrapped onto a row
of its own, or cut by a page break); header rows repeated inside the body and total/average
rows are skipped. Blank cells (``-``, empty) are null, never 0; in the arithmetic a blank tool
counts 0 (a body without that tool's score). A row whose total breaks the table's formula is
flagged (``check_total_sum:<sum>`` / ``check_total_weighted:<mean>``) unless exactly one OCR
runner-up reading (``RawTable.cell_alt``) of one of its cells makes it hold: that reading is
taken (``ocr_arith_choice:<column>``, ``ocr_arith_replaced:<first reading>``). Running numbers
are checked against their neighbours the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from extractors.ocr_checks import DOUBT
from normalizers.records.announce_text import (clean_name, header_role, is_summary, province_of, read_level,
                                       weighted_cue)
from normalizers.tables.grid import Row, Table
from normalizers.fields.numbers import to_ascii_digits

TOOLS = ("IIT", "EIT", "OIT")
WEIGHTS = {"IIT": 0.3, "EIT": 0.3, "OIT": 0.4}
MAX_WEIGHTED = {"IIT": 30.0, "EIT": 30.0, "OIT": 40.0}
TOLS = (0.0051, 0.021)  # exact on printed two-decimal numbers; or totals computed before rounding
MIN_BODIES = 2
LOW_CONF = 0.9
_NUM = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{1,3})?$", re.ASCII)
_INT = re.compile(r"^[0-9]{1,5}\.?$", re.ASCII)
_BLANK = ("", "-", "–", "—", "--", "_")
_THAI = re.compile(r"[\u0e01-\u0e4e]")


def number(cell: Optional[str]) -> tuple[Optional[float], str]:
    """(value, kind) of a score cell: kind ``num``, ``blank`` (empty or a dash) or ``text``."""
    t = to_ascii_digits((cell or "").strip()).replace(",", ".").replace(" ", "")
    if t in _BLANK:
        return None, "blank"
    if _NUM.match(t):
        whole, _, frac = t.partition(".")
        return int(whole, 10) + (int(frac, 10) / 10 ** len(frac) if frac else 0.0), "num"
    return None, "text"


def integer(cell: Optional[str]) -> Optional[int]:
    t = to_ascii_digits((cell or "").strip()).replace(" ", "")
    return int(t.rstrip("."), 10) if _INT.match(t) else None


def total_of(scale: str, tools: list[Optional[float]]) -> float:
    """The total the tools imply (a blank tool counts 0)."""
    vals = [v or 0.0 for v in tools]
    if scale == "weighted":
        return sum(vals)
    return sum(WEIGHTS[t] * v for t, v in zip(TOOLS, vals))


def holds(scale: str, tools: list[Optional[float]], total: Optional[float], tol: float = TOLS[0]) -> bool:
    return total is not None and abs(total_of(scale, tools) - total) <= tol


@dataclass
class AnnLayout:
    cols: dict[str, int]  # role → column (row_no, name, IIT, EIT, OIT, total, level, province)
    scale: str  # weighted | percent
    tol: float
    flags: list[str] = field(default_factory=list)  # table-level doubts (document flags)
    header_rows: set[int] = field(default_factory=set)  # body rows that repeat the header


def _header_texts(t: Table) -> tuple[list[list[str]], set[int]]:
    """Header rows of ``t``: its own, every stitched part's, and body rows that read like a
    header (no number in them, header words in at least two cells)."""
    heads = [list(h) for h in t.header] + [list(h) for p in t.part_headers for h in p]
    inside = set()
    for i, row in enumerate(t.rows):
        if any(number(c)[1] == "num" for c in row.cells):
            continue
        roles = [header_role(c) for c in row.cells if c.strip()]
        if sum(1 for r in roles if r) >= 2 or any(r in TOOLS for r in roles):
            inside.add(i)
            heads.append(list(row.cells))
    return heads, inside


def header_rows(t: Table) -> set[int]:
    """Body rows of ``t`` that repeat a header."""
    return _header_texts(t)[1]


def _column_roles(heads: list[list[str]], n: int) -> dict[int, set[str]]:
    """Roles each column's header cells name (all header rows, all stitched parts)."""
    out: dict[int, set[str]] = {c: set() for c in range(n)}
    for h in heads:
        for c in range(min(n, len(h))):
            r = header_role(h[c])
            if r:
                out[c].add(r)
    for roles in out.values():  # a tool's own cell beats a group header over the tools (ผลคะแนนตามเครื่องมือ)
        if roles & set(TOOLS):
            roles.discard("total")
    return out


def _fit(rows: list[Row], cols: list[int], scale: str, tol: float) -> tuple[int, int]:
    """(rows whose arithmetic holds, rows checkable) for tools at cols[:3] and total at cols[3]."""
    ok = n = 0
    for row in rows:
        vals = [number(row.cells[c])[0] if c < len(row.cells) else None for c in cols]
        tools, total = vals[:3], vals[3]
        if total is None or all(v is None for v in tools) or total == 0 and all(not v for v in tools):
            continue
        n += 1
        ok += holds(scale, tools, total, tol)
    return ok, n


def _numeric_columns(rows: list[Row], n: int) -> list[int]:
    """Columns whose filled cells are mostly scores (numbers or dashes), with some numbers."""
    out = []
    for c in range(n):
        kinds = [number(r.cells[c])[1] for r in rows if c < len(r.cells) and r.cells[c].strip()]
        nums = sum(1 for k in kinds if k == "num")
        if kinds and nums and (nums + kinds.count("blank")) >= 0.6 * len(kinds):
            out.append(c)
    return out


def _blank_or_numbers(rows: list[Row], c: int) -> bool:
    """A column a header names as a score column holds nothing but numbers and blanks."""
    return all(number(r.cells[c])[1] != "text" for r in rows if c < len(r.cells))


def _decimal_share(rows: list[Row], c: int) -> float:
    cells = [to_ascii_digits(r.cells[c]) for r in rows if c < len(r.cells) and number(r.cells[c])[1] == "num"]
    return sum(1 for x in cells if "." in x) / len(cells) if cells else 0.0


def find_layout(t: Table) -> Optional[AnnLayout]:
    """The columns of an announcement table, or None when ``t`` is not one (see module doc)."""
    n = t.n_cols
    heads, inside = _header_texts(t)
    body = [r for i, r in enumerate(t.rows) if i not in inside]
    if len(body) < MIN_BODIES or n < 5:
        return None
    named = _column_roles(heads, n)
    numeric = [c for c in range(n) if c in _numeric_columns(body, n) and _decimal_share(body, c) >= 0.5
               or named[c] & {"IIT", "EIT", "OIT", "total"} and _blank_or_numbers(body, c)]
    if len(numeric) < 4:
        return None
    # candidate placements: the header's, then each run of four numeric columns with the
    # total last or first; tools keep the printed order IIT, EIT, OIT
    cands: list[tuple[list[int], str]] = []
    by_role = {r: c for c in numeric for r in named[c] if r in TOOLS + ("total",)}
    if all(r in by_role for r in TOOLS + ("total",)):
        cands.append(([by_role["IIT"], by_role["EIT"], by_role["OIT"], by_role["total"]], "header"))
    for i in range(len(numeric) - 3):
        w = numeric[i:i + 4]
        cands.append((w, "position"))
        cands.append((w[1:] + w[:1], "position"))
    best = None
    for tol in TOLS:
        for cols, how in cands:
            if len(set(cols)) < 4:
                continue
            for scale in ("weighted", "percent"):
                ok, checked = _fit(body, cols, scale, tol)
                agree = sum(1 for r, c in zip(TOOLS + ("total",), cols) if r in named[c])
                key = (ok, agree, how == "header")
                if checked and ok >= max(2, 0.6 * checked) and (best is None or key > best[0]):
                    best = (key, cols, scale, tol)
        if best:
            break
    flags: list[str] = []
    if best is None:
        # no row to check (all blank, say): the header alone may name the columns
        if not all(r in by_role for r in TOOLS + ("total",)):
            return None
        cols = [by_role[r] for r in TOOLS + ("total",)]
        scale = _scale_from_values(body, cols, heads)
        tol = TOLS[1]
        flags.append("announcement_arithmetic_unchecked")
    else:
        _, cols, scale, tol = best
        if not _on_score_scale(body, cols):
            return None  # sums of money or counts, not ITA scores
        both = _fit(body, cols, "percent" if scale == "weighted" else "weighted", tol)[0]
        if both >= best[0][0]:  # the two formulas fit equally: the values decide
            scale = _scale_from_values(body, cols, heads)
    if scale.endswith("?"):
        scale = scale.rstrip("?")
        flags.append("tool_scale_uncertain")
    roles = dict(zip(TOOLS + ("total",), cols))
    for r, c in roles.items():
        if r not in named[c]:
            flags.append(f"announcement_column_by_position:{r}")
    others = [c for c in range(n) if c not in cols]
    roles.update(_text_columns(body, others, named))
    if "name" not in roles:
        return None
    return AnnLayout(cols=roles, scale=scale, tol=tol, flags=sorted(set(flags)), header_rows=inside)


def _on_score_scale(body: list[Row], cols: list[int]) -> bool:
    """Nearly every number in the four columns is a score (0–100), with decimals."""
    vals = [number(r.cells[c])[0] for r in body for c in cols if c < len(r.cells)]
    vals = [v for v in vals if v is not None]
    return bool(vals) and sum(1 for v in vals if 0 <= v <= 100) >= 0.95 * len(vals)


def _scale_from_values(body: list[Row], cols: list[int], heads: list[list[str]]) -> str:
    """Percent when a tool exceeds its weight (30/30/40); weighted when the header says so
    (``IIT (30)``); else ``weighted?`` (taken, flagged ``tool_scale_uncertain``)."""
    for tool, c in zip(TOOLS, cols[:3]):
        vals = [number(r.cells[c])[0] for r in body if c < len(r.cells)]
        if any(v is not None and v > MAX_WEIGHTED[tool] + 1e-9 for v in vals):
            return "percent"
    if any(weighted_cue(c) for h in heads for c in h):
        return "weighted"
    return "weighted?"  # nothing says: weighted parts are what announcements mostly print


def _text_columns(body: list[Row], cols: list[int], named: dict[int, set[str]]) -> dict[str, int]:
    """row_no, name, level and province among the non-score columns."""
    out: dict[str, int] = {}
    level_share = {}
    thai_len = {}
    int_share = {}
    for c in cols:
        cells = [r.cells[c] for r in body if c < len(r.cells) and r.cells[c].strip()]
        if not cells:
            continue
        level_share[c] = sum(1 for x in cells if "level_unrecognised" not in read_level(x, True)[1]) / len(cells)
        thai_len[c] = sum(len(_THAI.findall(x)) for x in cells) / len(cells)
        int_share[c] = sum(1 for x in cells if integer(x) is not None) / len(cells)
    levels = [c for c in level_share if level_share[c] >= 0.6 and "name" not in named[c]]
    if levels:
        out["level"] = max(levels, key=lambda c: (level_share[c], "level" in named[c], -c))
    provinces = [c for c in thai_len if "province" in named[c] and c != out.get("level")]
    if provinces:
        out["province"] = provinces[0]
    names = [c for c in thai_len if c not in out.values() and thai_len[c] >= 4]
    if names:
        out["name"] = max(names, key=lambda c: ("name" in named[c], thai_len[c]))
        nums = [c for c in int_share if int_share[c] >= 0.6 and c < out["name"]]
        if nums:
            out["row_no"] = nums[-1]
    return out


_RX_YEAR_LABEL = re.compile(r"(?:ปี|พ\.\s*ศ\.)\s*(?:งบประมาณ\s*)?(?:พ\.\s*ศ\.\s*)?[0-9๐-๙]{2,4}")
_NOT_BODY = ("ตัวชี้วัด", "เครื่องมือ", "แบบวัด", "ค่าเฉลี่ย", "คะแนนเฉลี่ย")


def is_body_name(name: str) -> bool:
    """A row label that can be a body: not a year (``ปีงบประมาณ 2567``, a report comparing its
    own years), not an indicator, tool or average."""
    t = re.sub(r"\s+", "", name)
    if _RX_YEAR_LABEL.search(name) or t.startswith(_NOT_BODY) or re.fullmatch(r"(?i)(IIT|EIT|OIT)\W*", t):
        return False
    from normalizers.fields.indicators import match_indicator

    no, _, flags = match_indicator(name)
    return no is None or any(f.startswith("indicator_by_number") for f in flags)


def _cell(row: Row, c: Optional[int]) -> str:
    return row.cells[c] if c is not None and c < len(row.cells) else ""


def read_table(t: Table, lay: AnnLayout) -> list[dict]:
    """``announced_scores`` rows (without doc_id and year) from one announcement table."""
    cols = lay.cols
    ocr = t.method == "ocr"
    out: list[dict] = []
    rows: list[Row] = []
    for i, row in enumerate(t.rows):
        if i in lay.header_rows:
            continue
        nums = [number(_cell(row, cols[r]))[1] for r in TOOLS + ("total",)]
        no = integer(_cell(row, cols.get("row_no")))
        name = _cell(row, cols["name"]).strip()
        if is_summary(name) or (no is None and is_summary(_cell(row, cols.get("row_no")))):
            continue
        if no is None and all(k == "blank" for k in nums) and not _cell(row, cols.get("level")).strip():
            if name and rows:  # a name wrapped onto a row of its own, or cut by a page break
                prev = rows[-1]
                prev.cells = list(prev.cells)
                prev.cells[cols["name"]] = (prev.cells[cols["name"]] + " " + name).strip()
                prev.flags = sorted(set(prev.flags) | {"name_continued"})
                prev.page_last = max(prev.page_last, row.page_last)
            continue
        if not name or not _THAI.search(name) or not is_body_name(name):
            continue
        rows.append(Row(cells=list(row.cells), page=row.page, conf=list(row.conf), page_last=row.page_last,
                        flags=list(row.flags), lines=list(row.lines), alt=list(row.alt)))
    for row in rows:
        out.append(_row(row, lay, ocr))
    _check_row_numbers(out)
    for r in out:
        r.pop("_alt_no", None)
    return out


def _row(row: Row, lay: AnnLayout, ocr: bool) -> dict:
    cols = lay.cols
    flags = set(f for f in row.flags if f.startswith(("ocr_arith", "low_conf", "name_continued")))
    flags |= {f for f in lay.flags if f in ("tool_scale_uncertain", "announcement_arithmetic_unchecked")}
    vals = {r: number(_cell(row, cols[r]))[0] for r in TOOLS + ("total",)}
    for r in TOOLS + ("total",):
        kind = number(_cell(row, cols[r]))[1]
        if kind == "text":
            flags.add(f"unreadable_cell:{r}")
    conf_cols = [cols[r] for r in TOOLS + ("total",)] + [cols["name"]]
    conf = min([row.conf[c] for c in conf_cols if c < len(row.conf)] or [1.0])
    if ocr and conf < LOW_CONF:
        flags.add("low_confidence_ocr")
    tools = [vals[t] for t in TOOLS]
    if vals["total"] is not None and any(v is not None for v in tools) and not holds(lay.scale, tools, vals["total"], lay.tol):
        fits = []
        for r in TOOLS + ("total",):
            alt, kind = number(row.alt_of(cols[r]))
            if kind != "num" or alt == vals[r]:
                continue
            trial = dict(vals, **{r: alt})
            if holds(lay.scale, [trial[t] for t in TOOLS], trial["total"], lay.tol):
                fits.append((r, alt))
        if len(fits) == 1:
            r, alt = fits[0]
            flags |= {f"ocr_arith_choice:{r}", f"ocr_arith_replaced:{vals[r]:g}"}
            vals[r] = alt
        else:
            exp = total_of(lay.scale, tools)
            flags.add(f"check_total_{'sum' if lay.scale == 'weighted' else 'weighted'}:{exp:.2f}")
            if fits:
                flags.add("ocr_arith_ambiguous:total")
        conf = min(conf, DOUBT)
    if lay.scale == "weighted":
        for t in TOOLS:
            if vals[t] is not None and vals[t] > MAX_WEIGHTED[t] + 1e-9:
                flags.add(f"score_out_of_range:{t}")
    for k, v in vals.items():
        if v is not None and not 0 <= v <= 100:
            flags.add(f"score_out_of_range:{k}")
    name, nflags = clean_name(_cell(row, cols["name"]), ocr)
    level, lflags = read_level(_cell(row, cols.get("level")), ocr) if "level" in cols else (None, [])
    province = province_of(_cell(row, cols["province"])) if "province" in cols else None
    no = integer(_cell(row, cols.get("row_no"))) if "row_no" in cols else None
    alt_no = integer(row.alt_of(cols["row_no"])) if "row_no" in cols else None
    return {
        "row_no": no, "org_name": name, "province": province,
        "iit": vals["IIT"], "eit": vals["EIT"], "oit": vals["OIT"], "tool_scale": lay.scale,
        "overall_score": vals["total"], "level": level, "page": row.page,
        "confidence": round(float(conf), 3), "flags": sorted(flags | set(nflags) | set(lflags)),
        "_alt_no": alt_no,
    }


def _check_row_numbers(rows: list[dict]) -> None:
    """A running number must follow its neighbours on the page (pages may be excerpts, so
    numbering restarts freely at a page break). One that does not takes its OCR runner-up
    reading when that one fits, flagged; else it is flagged ``row_no_out_of_sequence``."""
    for i, r in enumerate(rows):
        no = r["row_no"]
        prev = rows[i - 1]["row_no"] if i and rows[i - 1]["page"] == r["page"] else None
        nxt = rows[i + 1]["row_no"] if i + 1 < len(rows) and rows[i + 1]["page"] == r["page"] else None
        if no is None or (prev is None and nxt is None):
            continue
        wants = {x for x in (prev + 1 if prev is not None else None, nxt - 1 if nxt is not None else None) if x is not None}
        if no in wants:
            continue
        alt = r.get("_alt_no")
        if alt is not None and alt in wants:
            r["flags"] = sorted(set(r["flags"]) | {"ocr_arith_choice:row_no", f"ocr_arith_replaced:{no}"})
            r["row_no"] = alt
            r["confidence"] = min(r["confidence"], DOUBT)
        elif len(wants) == 1 or (prev is not None and nxt is not None and nxt - prev == 2):
            r["flags"] = sorted(set(r["flags"]) | {"row_no_out_of_sequence"})
