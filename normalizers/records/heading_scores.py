"""Indicator headings whose printed score OCR could not read.

A per-indicator heading carries its score (``ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต (๗๒.๓๑ คะแนน)``,
contract source ``text``). On a scan the number may come out unreadable (``(7๒7๒.๓๑ คะแนน)``,
``(83.d¢ คะแนน)``: fresh18s 18507 p3, p4); no row can be written, and the row was lost in an
``ok`` document. Here such a heading, whose indicator got no ``text`` row, is named:
``indicator_score_unreadable:text:<no>@p<page>`` (the document is ``partial``) — unless its
number is a score whose integer digits were read twice (``7๒7๒.๓๑``: ``72`` twice) and a table
of the document prints exactly that score for the indicator: then it is the heading's ``text``
row, flagged ``score_digits_doubled:<printed>`` (check); or a score with one stray mark glued
to it that hides no digit (``๖๕.๙๘ะ``, ``.๗๗.๙๘``, ``@@.๗๗.๖๒``): the row, flagged
``score_stray_mark_dropped:<printed>``.

The same holds for a measures table's indicator cell (source ``measures_table``): a cell whose
parenthesised score reads as no number (``score_unread``, flagged on its measure row and moved to
the document by ``measure_cells_unread``), or any measures cell printing an indicator's mark and a
parenthesised number whose indicator got no row (``marked_cells_unread``: a cell read with another
column's lines between its own) names ``indicator_score_unreadable:measures_table:<no>@p<page>``."""

from __future__ import annotations

import difflib
import re

from normalizers.fields.indicators import INDICATORS, cell_score, match_indicator
from normalizers.fields.numbers import to_ascii_digits
from normalizers.records.point_lost import FLAG as POINT_FLAG, point_lost
from normalizers.records.digits_misread import DOUBLED_FLAG, MISREAD_FLAG, decimals_doubled, digits_misread

UNREAD_FLAG = "indicator_score_unreadable"
# a score in parentheses with ``คะแนน`` (``(๕๑๕๕.๒6 คะแนน)``, ``(ale. dev คะแนน)``, ``(คะแนน 9x.26)``)
_PAREN_SCORE = re.compile(r"\(([^()]{0,24})คะแนน([^()]{0,24})\)")
_HEAD = re.compile(r"^\s*ตัว[ชข]ี้?วัดที่?\s*(?P<rest>.{2,120}?)\(\s*(?P<num>[^()]{1,16}?)\s*คะแนน\s*\)\s*$")
_SCORE = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?")
_DOUBLED = re.compile(r"([0-9]{1,2})\1\.([0-9]{2})")


def _doubled(num: str, no: int, indicators: list[dict]) -> float | None:
    """The score of a number whose integer digits OCR read twice, where a table prints it for ``no``."""
    m = _DOUBLED.fullmatch(num)
    if not m:
        return None
    v = float(f"{m.group(1)}.{m.group(2)}")
    same = [r for r in indicators if r["indicator_no"] == no and r.get("source") != "text" and abs(r["score"] - v) < 1e-9]
    return v if same else None


# a score with one or two characters OCR made before it, a digit among them (``«๕๙๕.๐๔`` for 95.04: dev
# fresh34u 49200 p3; ``๙๙๓.๖๖`` for 93.66: fresh33u 47212 p1): named unreadable, the indicator's ``text``
# row lost, while a table of the document prints exactly that tail for the indicator (h/scan35f)
_TAIL = re.compile(r"[^\s]{1,2}?([0-9]{2}\.[0-9]{2})")
TAIL_FLAG = "score_tail_from_other_source"


def _tail_elsewhere(num: str, no: int, indicators: list[dict], own: str = "text") -> float | None:
    """The two-digit score ending ``num`` (one or two characters before it), where a table prints it for ``no``."""
    m = _TAIL.fullmatch(num)
    if not m or not re.search(r"[0-9]", num[:m.start(1)]):
        return None
    v = float(m.group(1))
    same = [r for r in indicators if r["indicator_no"] == no and r.get("source") != own and abs(r["score"] - v) < 1e-9]
    return v if same else None


# a score whose leading digit OCR read as a mark, the rest one digit, a point and two (``«6.3๑`` for ๙๖.๓๑:
# dev scan 60106 p4, 200 dpi): named unreadable, the indicator's ``text`` row lost, while the results table
# prints a two-digit score for the indicator ending exactly so (96.31); taken, flagged as _TAIL's are
_LEAD_LOST = re.compile(r"[^0-9\s.,]{1,2}([0-9]\.[0-9]{2})")


def _lead_lost_elsewhere(num: str, no: int, indicators: list[dict], own: str = "text") -> float | None:
    """The two-digit score of another source for ``no`` whose last digits are ``num``'s one-digit score
    read after a mark (``_LEAD_LOST``), where exactly one such score is printed."""
    m = _LEAD_LOST.fullmatch(num)
    if not m:
        return None
    tail = m.group(1)
    vals = {r["score"] for r in indicators if r["indicator_no"] == no and r.get("source") != own
            and r.get("score") is not None and 10 <= r["score"] < 100 and f"{r['score']:.2f}"[1:] == tail}
    return vals.pop() if len(vals) == 1 else None


# a score read with one digit too many, no score (three decimals, or past 100): ``๙๖.๑๓๑`` for ๙๖.๑๓ (dev scan
# 60111 p4, 300 dpi), indicator 9's ``text`` row named unreadable and lost, while the results table prints 96.13
EXTRA_FLAG = "score_extra_digit_from_other_source"
DROPPED_FLAG = "score_third_decimal_dropped"
_THIRD_DECIMAL = re.compile(r"[0-9]{1,3}\.[0-9]{3}")
_EXTRA = re.compile(r"[0-9]{1,3}\.[0-9]{3}|[0-9]{3,4}\.[0-9]{2}")


def _extra_digit_elsewhere(num: str, no: int, indicators: list[dict], own: str = "text") -> float | None:
    """The score another source prints for ``no`` that is ``num`` with one of its digits left out, where
    exactly one such score is printed (``num`` being no score: three decimals, or a whole part past 100)."""
    if not _EXTRA.fullmatch(num) or float(num) <= 100 and len(num.split(".")[1]) == 2:
        return None
    drops = {num[:i] + num[i + 1:] for i, ch in enumerate(num) if ch.isdigit()}
    vals = {r["score"] for r in indicators if r["indicator_no"] == no and r.get("source") != own
            and r.get("score") is not None and f"{r['score']:.2f}" in drops}
    return vals.pop() if len(vals) == 1 else None


def _third_decimal_dropped(num: str) -> float | None:
    """A reading of three decimals (``79.080``) with its third dropped, if that is a score of 0-100."""
    return float(num[:-1]) if _THIRD_DECIMAL.fullmatch(num) and float(num[:-1]) <= 100 else None


def _point_lost_elsewhere(num: str, no: int, indicators: list[dict], own: str = "text") -> float | None:
    """The score of four digits read with no point (``6611`` for 66.11: dev scan 60505 p6, 300 dpi, a
    measures-table cell ``(6๖๑๑ คะแนน)``, indicator 9 named unreadable), where another source prints it
    for ``no`` (``records/point_lost.py`` reads such table cells; in a cell of running words, only so)."""
    lost = point_lost(num)
    if lost is None:
        return None
    same = [r for r in indicators if r["indicator_no"] == no and r.get("source") != own
            and r.get("score") is not None and abs(r["score"] - lost[0]) < 1e-9]
    return lost[0] if same else None


# a two-decimal score with stray marks glued to it (no digit among them): after its decimals (``๖๕.๙๘ะ``:
# fresh31u 43209 p2), or before a whole part of two digits (``.๗๗.๙๘``: u44a 44108 p4; ``@@.๗๗.๖๒``: u46a
# 46106 p2), where they hide no digit of a score of 0-100
_STRAY = re.compile(r"[^0-9\s]{0,3}([0-9]{2}\.[0-9]{2})|([0-9]{1,3}\.[0-9]{2})[^0-9\s.,]{1,2}")


_TWICE = re.compile(r"([0-9]{1,3}\.[0-9]{2})\1")  # the whole score read twice (``๘๘.๐๒๘๘.๐๒``: u46a 46106 p1)


def _stray_mark(num: str) -> float | None:
    """The score of a heading's number read with stray marks glued to it (``_STRAY``) or read twice
    (``_TWICE``), else None."""
    twice = _TWICE.fullmatch(num)
    if twice is not None:
        return float(twice.group(1)) if float(twice.group(1)) <= 100 else None
    m = _STRAY.fullmatch(num)
    if m is None or m.group(0) == (m.group(1) or m.group(2)):
        return None
    v = float(m.group(1) or m.group(2))
    return v if v <= 100 else None


def score_unread(text: str) -> bool:
    """Does a cell print a score in parentheses (``(… คะแนน)``, something beside the word) that is
    read as no score (the caller found none)?"""
    t = " ".join((text or "").split())
    return any((m.group(1) + m.group(2)).strip(" .:") for m in _PAREN_SCORE.finditer(t))


_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
_TOOL_TAIL = re.compile(r"[\s(\[]*(?:[IiEeOo]IT|ITA)[\s)\].:]*")


def score_line_garbled(text: str) -> bool:
    """Does an OCR'd indicator cell end, after its last Thai letter, on three or more characters of no
    Thai letter (marks, Latin letters, digits; a tool's name aside): where the cell prints its score,
    read past recognising (``ตัวชี้วัดที๒ การใช้ งบประมาณ mes™e`` for ``(๙๖.๘๑ คะแนน)``: h/scan40i's
    unseen 62210 p5, read after its final scoring, indicator 2's score lost with no flag in an ``ok``
    document)?"""
    found = list(_THAI_LETTER.finditer(text or ""))
    tail = (text or "")[found[-1].end():] if found else ""
    visible = re.sub("[\\s\u0e30-\u0e4e]", "", tail)  # not the last letter's vowels, nor stray marks (specks)
    return len(visible) >= 3 and not _TOOL_TAIL.fullmatch(tail)


UNKNOWN_NO = "?"  # a cell's indicator not known (neither the cell nor the row named one)


def _unread_no(flag: str) -> int | str:
    """The indicator an unread flag names: its number, or ``?`` when it is not known."""
    no = flag.rsplit(":", 1)[1].split("@")[0]
    return int(no) if no.isdigit() else no


def measure_cells_unread(measures: list[dict], indicators: list[dict]) -> list[str]:
    """Document flags for the measures-table indicator cells whose printed score is unreadable
    (moved off the measure rows that carry them), unless a measures-table row of that indicator was
    read elsewhere (the same score printed again on another row)."""
    have = {r["indicator_no"] for r in indicators if r.get("source") == "measures_table"}
    out: list[str] = []
    for m in measures:
        mine = [f for f in m["flags"] if f.startswith(UNREAD_FLAG + ":measures_table:")]
        if mine:
            m["flags"] = [f for f in m["flags"] if f not in mine]
            out += [f for f in mine if _unread_no(f) not in have]
    return list(dict.fromkeys(out))


# an indicator's mark and, after it in the same cell, a parenthesised number: ``ตัวชี้วัดที่๒ … (๖๔.๘๔``
_CELL_MARK = re.compile(r"ตัว[ชข]ี้?วัดที่\s*([0-9๐-๙]{1,2})(?![0-9๐-๙.])(?=[^()]{0,120}\(\s*[0-9๐-๙])")


def marked_cells_unread(cells: list[tuple[int, str]], indicators: list[dict]) -> list[str]:
    """``indicator_score_unreadable:measures_table:<no>@p<page>`` for each measures-table cell
    (``(page, text)``) printing an indicator's mark and a parenthesised number after it whose
    indicator got no ``measures_table`` row: a cell read with another column's lines between its
    own (dev scan28 38210 p6: ``หน่วยงานตัวชี้วัดที่๒ ๓⏎ยังขาดการ การใช้⏎… (๖๔.๘๔⏎ภายนอกมีคะแนน)``, the
    table read in 6 columns of 8), its score lost in an ``ok`` document."""
    have = {r["indicator_no"] for r in indicators if r.get("source") == "measures_table"}
    out: list[str] = []
    for page, text in cells:
        for m in _CELL_MARK.finditer(" ".join((text or "").split())):
            no = int(to_ascii_digits(m.group(1)), 10)
            if no in INDICATORS and no not in have:
                out.append(f"{UNREAD_FLAG}:measures_table:{no}@p{page}")
    return list(dict.fromkeys(out))


def _stray_kind(num: str) -> str:
    return "score_read_twice" if _TWICE.fullmatch(num) else "score_stray_mark_dropped"


def _first_reading(num: str, readings) -> tuple[float, list[str]] | None:
    """(value, flags) of the first of ``readings`` (``(flag kind, reader)``, tried in order, each reader
    a no-argument call giving a value or None) that reads ``num``."""
    for kind, read in readings:
        if (v := read()) is not None:
            return v, [f"{kind}:{num}", "value_from_ocr_text"]
    return None


def unreadable_heading_scores(pages: list[tuple[int, str]], indicators: list[dict]) -> tuple[list[tuple], list[str]]:
    """((indicator no, score, page, flags) rows of headings whose doubled digits a table bears
    out, flags of the other headings whose score is unreadable)."""
    have = {r["indicator_no"] for r in indicators if r.get("source") == "text"}
    rows: list[tuple] = []
    out: list[str] = []
    for page, text in pages:
        for line in (text or "").splitlines():
            m = _HEAD.match(line)
            read = to_ascii_digits(m.group("num")).replace(" ", "") if m else ""
            if not m:
                continue
            no = match_indicator(m.group("rest"))[0]
            if no is None or no in have:
                continue
            if _SCORE.fullmatch(read) and float(read.replace(",", ".")) <= 100:
                # a readable score no row took: skipped as another figure's (u44a 44109 p4: a question's
                # rest ``…พัสดุ ประจำปี พ.ศ. ๒๕๖๘`` at the foot of p3 read as a heading of another year
                # over indicator 10's heading) is named, not lost unnamed (a number past 100 is no score:
                # ``(๙๙๓.๖๖ คะแนน)`` for 93.66, held-out-then fresh33u 47212 p1, below)
                out.append(f"{UNREAD_FLAG}:text:{no}@p{page}")
                continue
            num = to_ascii_digits(m.group("num")).replace(" ", "")
            got = _first_reading(num, (
                ("score_digits_doubled", lambda: _doubled(num, no, indicators)),
                (_stray_kind(num), lambda: _stray_mark(num)),
                (TAIL_FLAG, lambda: _tail_elsewhere(num, no, indicators) or _lead_lost_elsewhere(num, no, indicators)),
                (DOUBLED_FLAG, lambda: decimals_doubled(num)),  # ``๘๔.๙๐๙๐`` (records/digits_misread.py)
                (MISREAD_FLAG, lambda: digits_misread(num, no, indicators, "text")),  # ``๑๕๕.๓๒`` for ๙๕.๓๒
                (EXTRA_FLAG, lambda: _extra_digit_elsewhere(num, no, indicators)),
                (POINT_FLAG, lambda: _point_lost_elsewhere(num, no, indicators))))
            if got is not None:
                rows.append((no, got[0], page, got[1]))
                have.add(no)
            else:
                out.append(f"{UNREAD_FLAG}:text:{no}@p{page}")
    return rows, list(dict.fromkeys(out))


# a score in parentheses whose ``คะแนน`` OCR misread by a letter (``(๗๘.๔2 คะแนบ)``: unseen-then scan 44207 p2)
_PAREN_GARBLED = re.compile(r"\(\s*([0-9]{1,3}\.[0-9]{2})\s*([\u0e01-\u0e4e]{4,6})\s*\)")
_KEYWORD = "คะแนน"


def garbled_keyword_score(text: str) -> float | None:
    """The score of an OCR'd cell's ``(<score> <word>)`` whose word is ``คะแนน`` with one letter
    misread, dropped or added (``คะแนบ``, ``คะเนน``), else None."""
    for m in _PAREN_GARBLED.finditer(to_ascii_digits(" ".join((text or "").split()))):
        word = m.group(2)
        if word != _KEYWORD and difflib.SequenceMatcher(None, word, _KEYWORD).ratio() >= 0.8:
            v = float(m.group(1))
            if 0 <= v <= 100:
                return v
    return None


def late_cell_score(ind_text: str, indicator: int | None, flags: list[str], page: int) -> tuple[tuple[int, float, list[str]] | None, list[str]]:
    """For an OCR'd measures row whose indicator cell gave no score row: (indicator, score, flags) of
    the score the cell prints, for the indicator the row resolved otherwise (its questions, a
    heading) or by the cell's name with ``คะแนน`` garbled, flagged; else the unread flag when the
    cell prints a score, so the document names it (unseen-then scan 44207 p2, 300 dpi: the cell
    ``ตัวชี้วัดที่ว คุณภาพ / การดำเหป็นงาน / (๗๘.๔2 คะแนบ)``, its number and name past reading and
    its keyword garbled; indicator 6 resolved from the row's e3, its score 78.42 lost with no
    flag in an ``ok`` document). ``flags``: the row's flags (how the indicator was resolved).
    A table with no indicator column passes its score column's cell: a row's rest whose indicator cell
    holds only ``(๙๔.๘๖ คะแนน)``, the name on the page before, is mapped by its content as scores
    (fresh39u 59210 p9, 300 dpi, held out, read after its final scoring: indicator 8's score lost
    with no flag)."""
    score = cell_score(ind_text, ocr=True)
    how = [f for f in flags if f.startswith(("indicator_from", "indicator_by"))]
    if score is None:
        score = garbled_keyword_score(ind_text)
        how.append("score_keyword_garbled")
    if score is None:
        return None, ([f"{UNREAD_FLAG}:measures_table:{UNKNOWN_NO if indicator is None else indicator}@p{page}"] if score_unread(ind_text) else [])
    if indicator is None:
        return None, [f"{UNREAD_FLAG}:measures_table:{UNKNOWN_NO}@p{page}"]
    return (indicator, score, sorted(set(how + ["value_from_ocr_text", "indicator_cell_name_unread"]))), []


_PAREN = re.compile(r"\(\s*([^()]{1,16}?)\s*คะแนน\s*\)")


def _cell_number(text: str) -> str | None:
    m = _PAREN.search(to_ascii_digits(" ".join((text or "").split())))
    return m.group(1).replace(" ", "") if m else None


def unread_measure_cells(measures: list[dict], cells: list[tuple[int, str]], indicators: list[dict],
                         doc_flags: list[str]) -> tuple[list[tuple[int, float, int, list[str]]], list[str]]:
    """Measures-table indicator cells (``(page, text)``) whose printed score is unreadable: ((indicator,
    score, page, flags) rows of those read back through the ``๙`` confusion against another source
    (``records/digits_misread.py``), ``doc_flags`` with the rest named (``measure_cells_unread``, then
    ``marked_cells_unread``))."""
    flags = measure_cells_unread(measures, indicators)
    rows: list[tuple[int, float, int, list[str]]] = []
    for f in list(flags):
        no, page = f.rsplit(":", 1)[1].split("@p")
        for pg, text in (cells if no.isdigit() else []):
            num = _cell_number(text) if pg == int(page) else None
            if num is None or match_indicator(text)[0] != int(no):
                continue
            n, own = int(no), "measures_table"
            got = _first_reading(num, (
                (MISREAD_FLAG, lambda: digits_misread(num, n, indicators, own)),
                # a digit too many, as in headings (dev scan 60111 p7, 300 dpi: ``(๖๖๓.๙๒ คะแนน)`` for 63.92)
                (EXTRA_FLAG, lambda: _extra_digit_elsewhere(num, n, indicators, own)),
                (POINT_FLAG, lambda: _point_lost_elsewhere(num, n, indicators, own)),
                (TAIL_FLAG, lambda: _lead_lost_elsewhere(num, n, indicators, own)),
                # a stray mark glued to a two-decimal score, as in headings (dev scans 58606 p6 ``(๗8.๓3ธิ
                # คะแนน)``, 58608 p6 ``('๖๒.๙๗ คะแนน)``, 200 dpi: indicators 8 and 5 lost, named unreadable)
                (_stray_kind(num), lambda: _stray_mark(num)),
                # three decimals and no other source to settle them (``(๗๙.๐๘๐ คะแนน)`` for ๗๙.๐๘: h/scan40p's
                # unseen 62301 p5, read after its final scoring): the digit past a score's two decimals dropped,
                # flagged (in every such cell seen the extra digit was the last: 62210, 60111, 62301)
                (DROPPED_FLAG, lambda: _third_decimal_dropped(num))))
            if got is not None:
                rows.append((n, got[0], pg, got[1]))
                flags.remove(f)
                break
    got = [{"indicator_no": no, "source": "measures_table"} for no, *_ in rows]
    flags += marked_cells_unread(cells, indicators + got)
    return rows, doc_flags + [f for f in dict.fromkeys(flags) if f not in doc_flags]
