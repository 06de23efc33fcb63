"""Indicator scores printed in measures-table cells that the column mapping did not read.

A measures table prints each indicator with its score in one cell (``ตัวชี้วัดที่ ๖ คุณภาพการ
ดำเนินงาน (๙๒.๗๕ คะแนน)``). Such a cell says by itself what it holds: the indicator by its
official name, the score in parentheses. ``records.measures`` reads it from the column mapped
``indicator``; it is lost where the table was read badly:

- the part of a measures table on a later page that was not joined to its first part (no
  repeated header, a page without rules): a headerless table left unmapped;
- a column mapping that put the indicator cells under another role;
- two rows read as one, whose indicator cell prints two indicators with their scores;
- a cell broken over two or three rows, or between a table and the table that carries it on at
  the top of the next page (``continuations``);
- the indicator column read together with the column beside it, line by line
  (``interleaved_indicator``: the official name spelled by whole words between mark and score);
- the indicator column read together with the period column beside it (``ตัวชี้วัดที่ พย 65-6
  คุณภาพ กพ 66 การ`` / ``ดำเนินงาน (60.32 คะแนน)``): the month names and years are set aside
  (``without_periods``) and the rest must be one such cell, alone or broken over rows
  (``indicator_cell_with_period``).

This module reads those cells (and only cells of exactly that shape) from measures tables and
from unmapped tables whose columns hold measures' contents. Each such row is flagged: it was
read from a cell, not from a mapped column (``indicator_cell_unmapped``), and confidence is
capped; a second printing of a different value for the same indicator is flagged by
``dedupe.dedupe_indicators`` as everywhere else.
"""
from __future__ import annotations

import re

from normalizers.fields.indicators import ALIASES, INDICATORS, TOOL_OF, indicator_from_questions, match_indicator
from normalizers.fields.months import ABBR, FULL
from normalizers.fields.numbers import find_scores, join_split_numbers, to_ascii_digits
from normalizers.records.scores import indicator_row
from normalizers.tables.grid import Row

CELL_CONF = 0.7  # a score read from a cell outside the mapped indicator column
INTERLEAVED_CONF = 0.6  # ... from a cell holding another column's words too
MAX_BELOW = 3  # an indicator cell broken over at most four rows
MEASURE_ROLES = frozenset({"measure", "steps", "analysis", "period", "responsible", "measure_analysis",
                           "follow_up"})
_MARK = re.compile(r"ตัวชี้วัดที่\s*[0-9]{1,2}")
# one indicator: ``ตัวชี้วัดที่ N <name> (<score> คะแนน)`` and nothing else
_ONE = re.compile(r"^ตัวชี้วัดที่\s*[0-9]{1,2}\s*\.?\s*[\u0e01-\u0e4e\s]{4,80}?\s*"
                  r"\(\s*(?:คะแนน\s*)?[0-9]{1,3}(?:\.[0-9]{1,2})?\s*(?:คะแนน)?\s*\)\s*$")


_THAI = "\u0e01-\u0e4e"
_MONTH = "|".join(sorted([re.escape(f) for f in FULL.values()] + [rf"{a}\.?\s?{b}\.?" for a, b in ABBR.values()],
                         key=len, reverse=True))
# a month (``พย``, ``ก.พ.``, ``มีนาคม``) as a word of its own, with its year and a range dash
_PERIOD_PIECE = re.compile(rf"(?<![{_THAI}])(?:{_MONTH})(?![{_THAI}])(?:\s*(?:พ\.?\s?ศ\.?\s*)?(?:[0-9]{{4}}|[0-9]{{2}})(?![0-9]))?"
                           r"\s*[-–]?")
# a year left alone by its month (``มิย 1 การ 66``: the period's lines interleaved with the name's)
_LONE_YEAR = re.compile(r"(?<![0-9.])(?:25)?[5-9][0-9](?![0-9.])")


def without_periods(text: str) -> str:
    """``text`` without the months, years and range dashes of a period printed in it (the part
    before a parenthesis only: a score ``(82 คะแนน)`` stays)."""
    t = to_ascii_digits(text or "")
    head, paren, tail = t.partition("(")
    head = _LONE_YEAR.sub(" ", _PERIOD_PIECE.sub(" ", head))
    return re.sub(r"[ \t]+", " ", head).strip() + (" " + paren + tail if paren else "")


def cell_indicators(text: str) -> list[tuple[int, float, list[str]]]:
    """(indicator_no, score, flags) of each ``ตัวชี้วัดที่ N <name> (<score> คะแนน)`` a cell
    prints, when the cell holds nothing but such parts; ``[]`` otherwise. The indicator is the
    one its name says (a printed number alone is not enough)."""
    t = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(text or ""))).strip()
    marks = list(_MARK.finditer(t))
    if not marks or marks[0].start() != 0:
        return []
    out = []
    for k, m in enumerate(marks):
        part = t[m.start():marks[k + 1].start() if k + 1 < len(marks) else len(t)].strip()
        if not _ONE.match(part):
            return []
        no, _, flags = match_indicator(part)
        scores = find_scores(part)
        if no is None or any(f.startswith("indicator_by_number") for f in flags) or not scores:
            return []
        value = scores[0][0]
        if not 0 <= value <= 100:
            return []
        out.append((no, value, flags + (["indicator_cell_several"] if len(marks) > 1 else [])))
    return out


def split_cell_indicators(cell: str, below: str | list[str]) -> list[tuple[int, float, list[str]]]:
    """``cell_indicators`` of one indicator cell broken over two rows (or three): a page break
    (or a row read as two) left ``ตัวชี้วัดที่ ๓ การใช้`` in one row and ``อำนาจ (๙๓.๕๑ คะแนน)``
    in the same column of the next (``below``: that cell, or the same column's cells of the next
    rows, in order; a Word row cut by a page break may come out as two rows on the next page:
    ``ภาพการ`` then ``สื่อสาร (87.65 คะแนน)``). Only when the upper part opens with the
    indicator mark and prints no score, no lower part opens with a mark of its own, the parts
    before the last print no score, and the parts read together are one such cell and nothing
    else (the name must say which indicator it is)."""
    up = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(cell or ""))).strip()
    if not up or not up.startswith("ตัวชี้วัดที่") or find_scores(up):
        return []
    parts = [below] if isinstance(below, str) else list(below)
    joined, lows = up, ""
    for part in parts[:MAX_BELOW]:
        low = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(part or ""))).strip()
        if not low or _MARK.search(low):
            return []
        joined, lows = f"{joined} {low}", f"{lows} {low}"
        if find_scores(lows):  # the score's parenthesis may itself be broken: ``(79.26`` / ``คะแนน)``
            found = cell_indicators(joined)
            # the parts name two indicators: not one cell's (a row of another measure joined)
            return [] if any(f.startswith("indicator_several_names") for _, _, fl in found for f in fl) else found
    return []


# ``ตัวชี้วัดที่ 2`` opening a word, and ``(95.03 คะแนน)``: the two ends of an indicator cell
_MARK_WORD = re.compile(r"(?:^|(?<=\s))ตัวชี้วัดที่\s*([0-9]{1,2})(?![0-9.])")
_PAREN_SCORE = re.compile(r"\(\s*([0-9]{1,3}\.[0-9]{2})\s*คะแนน\s*\)")
# read line by line with the column beside it, a word or two of that column (a period's
# ``๒๕๖๕``, ``เมษายน``) may fall between the mark and its number or the score and ``คะแนน``
_MARK_WORD_SPLIT = re.compile(r"(?:^|(?<=\s))ตัวชี้วัดที่\s*(?:[^\s0-9()]+\s+)?([0-9]{1,2})(?![0-9.])")
_PAREN_SCORE_SPLIT = re.compile(r"\(\s*([0-9]{1,3}\.[0-9]{2})\s+(?:[^\s()]+\s+){0,2}คะแนน\s*\)")
_DECIMAL = re.compile(r"(?<![0-9.])[0-9]{1,3}\.[0-9]{1,2}(?![0-9])")


MIN_PIECE = 3  # letters: the shortest piece of the name a word may hold at its start or end


def _spelled(words: list[str], name: str, glued: bool = False) -> bool:
    """``name`` (no spaces) is the concatenation of some of ``words``, whole and in order.
    ``glued``: a word may also hold a piece of the name (``MIN_PIECE`` letters or more) at its
    end or start, another column's words glued to it where the line was joined without a
    space (``คะแนนต่ำกว่าค่าเป้า`` + ``ปรับปรุงการ``)."""
    seen: set[tuple[int, int]] = set()

    def pieces(w: str, k: int):
        if name.startswith(w, k):
            yield len(w)
        if glued:
            for n in range(min(len(w) - 1, len(name) - k), MIN_PIECE - 1, -1):
                if w.endswith(name[k:k + n]) or w.startswith(name[k:k + n]):
                    yield n

    def go(i: int, k: int) -> bool:
        if k == len(name):
            return True
        if (i, k) in seen:
            return False
        seen.add((i, k))
        return any(go(j + 1, k + n) for j, w in enumerate(words[i:], i) if w for n in pieces(w, k))

    return go(0, 0)


def interleaved_indicator(text: str) -> list[tuple[int, float, list[str]]]:
    """An indicator cell read together with the column beside it, line by line: the table
    finder put two columns in one cell, so each line holds a piece of both (``1. ติดตาม…
    ตัวชี้วัดที่ 2 การใช้`` / ``2. แต่งตั้งคณะ… งบประมาณ`` / ``งาน (95.03 คะแนน)``). Read only
    when the cell holds exactly one indicator mark (opening a word), exactly one number with
    decimals, printed as ``(<score> คะแนน)`` after the mark, and the official name of the
    marked indicator is spelled by whole words between the two, in order (the other column's
    words in between are skipped). Where the lines were joined without a space, so that a
    piece of the name ends or starts a word of the other column (``คะแนนต่ำกว่าค่าเป้าปรับปรุงการ``),
    such pieces count too, flagged ``indicator_cell_glued``."""
    t = re.sub(r"\s+", " ", to_ascii_digits(join_split_numbers(text or ""))).strip()
    marks = list(_MARK_WORD.finditer(t)) or list(_MARK_WORD_SPLIT.finditer(t))
    scores = list(_PAREN_SCORE.finditer(t)) or list(_PAREN_SCORE_SPLIT.finditer(t))
    if len(marks) != 1 or t.count("ตัวชี้วัด") != 1 or len(scores) != 1 or len(_DECIMAL.findall(t)) != 1:
        return []
    mark, score = marks[0], scores[0]
    no = int(mark.group(1), 10)
    if no not in INDICATORS or score.start() < mark.end():
        return []
    words = t[mark.end():score.start()].split()
    names = (INDICATORS[no], *ALIASES.get(no, ()))
    flags = ["indicator_cell_interleaved"]
    if not any(_spelled(words, re.sub(r"\s+", "", n)) for n in names):
        if not any(_spelled(words, re.sub(r"\s+", "", n), glued=True) for n in names):
            return []
        flags.append("indicator_cell_glued")
    value = float(score.group(1))
    return [(no, value, flags)] if 0 <= value <= 100 else []


def measures_like(kind: str, roles: list[str]) -> bool:
    """A measures table, or an unmapped one whose columns hold measures' contents."""
    return kind == "measures" or (kind == "unknown" and any(r in MEASURE_ROLES for r in roles))


def continuations(tables: list, layouts: list) -> dict[int, list]:
    """id(table) → the rows of the measures table that carries it on at the top of the next
    page when the two were not stitched into one (the later part headerless, left unmapped or
    mapped apart): the table ends its last page (no table follows it there) and the next
    page's first table is measures-like, with as many columns."""
    like = [(t, lay) for t, lay in zip(tables, layouts) if measures_like(lay.kind, lay.roles) and t.rows]
    kinds = {id(t): lay.kind for t, lay in like}
    first: dict[int, object] = {}
    for t, _ in like:
        if t.page not in first or t.index < first[t.page].index:
            first[t.page] = t
    starts = [(t.page, t.index) for t in tables]
    out = {}
    for t, _ in like:
        last = t.rows[-1].page_last
        if any(p == last and (p > t.page or i > t.index) for p, i in starts):
            continue  # another table follows it on its last page: it does not end the page
        nxt = first.get(last + 1)
        if nxt is not None and nxt is not t and nxt.n_cols == t.n_cols and nxt.page > t.rows[-1].page_last:
            out[id(t)] = _header_rows(nxt, kinds.get(id(nxt))) + nxt.rows
    return out


def _header_rows(t, kind: str | None) -> list[Row]:
    """The header rows of a carried-on part left unmapped: rows of content the table reader
    took for a header (the part repeats no header; its first row is the one the page break
    cut), as rows, to be read on with the cell they carry on."""
    if kind != "unknown":
        return []
    return [Row(cells=list(h), page=t.page, conf=[1.0] * len(h)) for h in t.header if any(c.strip() for c in h)]


def _with_period(cell: str, below: list[str]) -> list[tuple[int, float, list[str]]]:
    """The indicator cell read with the period column beside it: read again with the
    period's months and years set aside (``without_periods``), whole or broken over rows."""
    bare, parts = without_periods(cell), [without_periods(p) for p in below]
    if not bare.startswith("ตัวชี้วัดที่") or (bare == re.sub(r"\s+", " ", to_ascii_digits(cell)).strip()
                                             and all(p == q.strip() for p, q in zip(parts, below))):
        return []  # no period in it: the readings above already failed
    found = cell_indicators(bare)
    if not found and parts:
        found = [(no, score, flags + ["indicator_cell_split_rows"]) for no, score, flags in split_cell_indicators(bare, parts)]
    return [(no, score, flags + ["indicator_cell_with_period"]) for no, score, flags in found]


def unread_indicator_cells(table, read: list[dict], following: list | None = None) -> list[dict]:
    """Indicator rows (source ``measures_table``) for the self-describing indicator cells of
    ``table`` that ``read`` (the rows the table's mapping gave) does not already hold.
    ``following``: the rows of the table that carries this one on at the top of the next page
    (``continuations``), where the last row's indicator cell may end."""
    have = {(r["indicator_no"], r["score"]) for r in read}
    ocr = ["value_from_ocr_text"] if getattr(table, "method", "") == "ocr" else []
    out: list[dict] = []
    rows = list(table.rows) + list(following or [])
    for i, row in enumerate(table.rows):
        below = rows[i + 1:i + 1 + MAX_BELOW]
        for c, cell in enumerate(row.cells):
            found = cell_indicators(cell)
            if not found and below:
                parts = [r.cells[c] if c < len(r.cells) else "" for r in below]
                found = [(no, score, flags + ["indicator_cell_split_rows"])
                         for no, score, flags in split_cell_indicators(cell, parts)]
            conf = CELL_CONF
            if not found:
                found, conf = interleaved_indicator(cell), INTERLEAVED_CONF
            if not found:
                found = _with_period(cell, [r.cells[c] if c < len(r.cells) else "" for r in below])
            for no, score, flags in found:
                if (no, score) in have:
                    continue
                have.add((no, score))
                out.append(indicator_row(no, score, "measures_table", row.page, conf,
                                         flags + ocr + ["indicator_cell_unmapped"]))
    return out


__all__ = ["cell_indicators", "without_periods", "continuations", "interleaved_indicator", "measures_like", "split_cell_indicators", "unread_indicator_cells"]


# an indicator cell proper opens with the indicator's mark or number (``ตัวชี้วัดที่ ๙``, ``๙. การเปิดเผย…``)
_NAMES_FIRST = re.compile(r"^\s*[\[(]?\s*(?:ตัว[ชข]ี้?วัด|ประเด็น|[0-9๐-๙])")


def cell_gives_way(ind_text: str, indicator: int, codes: list[str], year: int | None) -> bool:
    """Does the indicator a row's "indicator" cell named give way to the row's codes? The cell is a
    sentence naming an indicator in passing (``มาตรการนี้ช่วยยกระดับคะแนนตัวชี้วัดด้านการเปิดเผยข้อมูล``:
    a measure-analysis column mapped on little evidence, dev seed 14533 html p6) and the codes
    belong to another tool's indicator. The caller flags ``indicator_cell_disagrees``."""
    if not codes or not ind_text or _NAMES_FIRST.match(ind_text):
        return False
    by_codes = indicator_from_questions(codes, year)[0]
    return by_codes is not None and TOOL_OF.get(by_codes) != TOOL_OF.get(indicator)
