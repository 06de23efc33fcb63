"""Arithmetic as a second opinion on OCR'd numbers.

On an ITA results table (ที่ / ชื่อ / IIT / EIT / OIT / รวม / ระดับ) the total must equal
either IIT + EIT + OIT (tools already weighted, as in the ONAC announcements) or
0.3·IIT + 0.3·EIT + 0.4·OIT (raw tool scores). A row that fails gets
``ocr_arith_mismatch:r<row>`` and its cells are marked doubtful; when exactly one reading
made of the recognizer's second choice for one cell satisfies it, that reading is taken and
``ocr_arith_choice:<col>:r<row>`` says so. A row that holds keeps its values and its doubtful
cells are confirmed (``ocr_arith_confirmed:r<row>``). An indicator that must be the mean of
its questions is checked by ``mean_holds`` in the normalizer (``normalizers.records.checks``), which
only sees numbers: ``second_readings`` hands it each numeric cell's other reading
(``RawTable.cell_alt``).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from extractors.model import RawTable

Formula = Callable[[float, float, float], float]
FORMULAS: dict[str, Formula] = {
    "sum": lambda a, b, c: a + b + c,
    "weighted": lambda a, b, c: 0.3 * a + 0.3 * b + 0.4 * c,
}
TOLS = (0.0051, 0.021)  # exact on printed numbers; or totals computed before rounding
DOUBT = 0.89  # cell confidence given to cells of a row that fails its arithmetic
_NUM = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{1,3})?$", re.ASCII)
_TH = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def value(s: Optional[str]) -> Optional[float]:
    """A printed cell as a number: Thai or Arabic digits; '-' (no score) is 0; else None."""
    if s is None:
        return None
    t = s.strip().translate(_TH)
    if t in ("-", "–"):
        return 0.0
    if not _NUM.match(t):
        return None
    whole, _, frac = t.partition(".")
    v = float(int(whole.lstrip("-") or "0", 10)) + (int(frac, 10) / 10 ** len(frac) if frac else 0.0)
    return -v if t.startswith("-") else v


def holds(formula: Formula, vals: list[Optional[float]], tol: float = TOLS[0]) -> bool:
    """Whether IIT, EIT, OIT, total satisfy the formula (all four readable)."""
    if any(v is None for v in vals):
        return False
    a, b, c, d = vals
    return abs(formula(a, b, c) - d) <= tol


def mean_holds(questions: list[float], indicator: float, tol: float = 0.011) -> bool:
    """Whether an indicator score is the mean of its question scores (two-decimal rounding)."""
    return bool(questions) and abs(sum(questions) / len(questions) - indicator) <= tol


def _header_cols(t: RawTable, first_body: int) -> Optional[list[int]]:
    """Columns of IIT, EIT, OIT, รวม named in the header rows, if all four are found."""
    found: dict[str, int] = {}
    for r in range(first_body):
        for c, cell in enumerate(t.rows[r]):
            s = (cell or "").replace(" ", "").upper()
            if "รวม" in s:
                found.setdefault("รวม", c)
            elif "EIT" in s:
                found.setdefault("EIT", c)
            elif "OIT" in s or "0IT" in s:
                found.setdefault("OIT", c)
            elif s.endswith("IT") and len(s) <= 4:
                found.setdefault("IIT", c)
    if all(k in found for k in ("IIT", "EIT", "OIT", "รวม")):
        cols = [found["IIT"], found["EIT"], found["OIT"], found["รวม"]]
        return cols if len(set(cols)) == 4 else None
    return None


def find_results_columns(t: RawTable) -> Optional[tuple[list[int], str, float]]:
    """The IIT/EIT/OIT/total columns of a results table, its formula and tolerance, or None.

    Tried: the header names, then any four consecutive columns; the choice is the one whose
    arithmetic holds on most rows (at least 60% of rows with four numbers), with the exact
    tolerance preferred over the loose one.
    """
    nc = t.n_cols
    rows = t.rows
    body = [r for r in range(len(rows)) if sum(value(x) is not None for x in rows[r]) >= 4]
    if not body:
        return None
    candidates = []
    hc = _header_cols(t, body[0])
    if hc:
        candidates.append(hc)
    candidates += [[c, c + 1, c + 2, c + 3] for c in range(nc - 3)]
    best = None
    for tol in TOLS:
        for cols in candidates:
            for name, f in FORMULAS.items():
                vals = [[value(rows[r][c]) if c < len(rows[r]) else None for c in cols] for r in body]
                full = [v for v in vals if all(x is not None for x in v) and any(x != 0 for x in v)]
                if len(full) < 2:
                    continue
                ok = sum(holds(f, v, tol) for v in full)
                if ok >= 0.6 * len(full) and (best is None or ok > best[0]):
                    best = (ok, cols, name, tol)
        if best:
            break
    return (best[1], best[2], best[3]) if best else None


def _col_name(t: RawTable, c: int, cols: list[int]) -> str:
    return ("IIT", "EIT", "OIT", "รวม")[cols.index(c)]


def check_table(t: RawTable, alts: dict[tuple[int, int], list[tuple[str, float]]]) -> RawTable:
    """Apply the results-table arithmetic to an OCR table in place (and return it).

    ``alts[(r, c)]`` are the recognizer's ranked readings of numeric cell (r, c).
    """
    found = find_results_columns(t)
    if not found:
        return t
    cols, fname, tol = found
    f = FORMULAS[fname]
    t.flags.append(f"ocr_arith_table:{fname}")
    conf = t.cell_conf or [[1.0] * len(r) for r in t.rows]
    t.cell_conf = conf
    for r, row in enumerate(t.rows):
        cells = [row[c] if c < len(row) else None for c in cols]
        vals = [value(x) for x in cells]
        if sum(v is not None for v in vals) < 3 or all(v in (None, 0.0) for v in vals):
            continue  # not a data row (header, blank, all dashes)
        if holds(f, vals, tol):
            if any(conf[r][c] < 0.9 for c in cols):
                t.flags.append(f"ocr_arith_confirmed:r{r}")
                for c in cols:
                    conf[r][c] = max(conf[r][c], 0.9)
            continue
        choices = []
        for c in cols:
            ranked = alts.get((r, c)) or []
            if len(ranked) < 2:
                continue
            second = ranked[1][0]
            trial = [value(second) if cc == c else v for cc, v in zip(cols, vals)]
            if holds(f, trial, tol):
                choices.append((c, second))
        if len(choices) == 1:
            c, second = choices[0]
            row[c] = second
            t.flags.append(f"ocr_arith_choice:{_col_name(t, c, cols)}:r{r}")
            conf[r][c] = min(conf[r][c], DOUBT)
        else:
            t.flags.append(f"ocr_arith_mismatch:r{r}")
            for c in cols:
                conf[r][c] = min(conf[r][c], DOUBT)
    return t


def second_readings(t: RawTable, alts: dict[tuple[int, int], list[tuple[str, float]]],
                    before: dict[tuple[int, int], Optional[str]]) -> Optional[list[list[Optional[str]]]]:
    """Each numeric cell's other reading, shaped like ``t.rows`` (None where there is none).

    ``before`` holds the cells as read before ``check_table``: a cell it changed keeps the
    reading it replaced as its alternative; any other cell gets the recognizer's best reading
    that differs from the cell. None when no cell has an alternative.
    """
    out: list[list[Optional[str]]] = [[None] * len(row) for row in t.rows]
    found = False
    for (r, c), ranked in alts.items():
        if r >= len(t.rows) or c >= len(t.rows[r]):
            continue
        cur = t.rows[r][c]
        if before.get((r, c)) is not None and before[(r, c)] != cur:
            alt = before[(r, c)]
        else:
            alt = next((s for s, _ in ranked if s and s != cur), None)
        if alt is not None and value(alt) is not None:
            out[r][c] = alt
            found = True
    return out if found else None
