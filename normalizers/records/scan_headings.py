"""Indicator headings with their scores that a scanned page's table grid took in, wherever
they landed, and their place among the page's lines.

A per-indicator heading (``ตัวชี้วัดที่๑๐ การป้องกันการทุจริต (๘๗.๔๔ คะแนน)``, source ``text``)
printed between two question tables drawn without rules between their rows (zebra shading)
is read by the OCR grid as a line of a cell: the last line of the question cell above it
(fresh21s 21614 p3), the first line of the one below, a row of its own at the top of a table
that is then stitched to the page before's (21614 p2: the part's titles were dropped with its
repeated header). Whatever cell it is in, a line that opens with the heading word and closes
with ``(<score> คะแนน)`` is the heading (``heading_lines``).

The headings read from tables used to be put after all of the page's text outside tables, so
the key/value reader took the page's last line for a heading over them (fresh20s 20308 p4:
``หน่วยงาน ประจำปี พ.ศ. ๒๕๖๗``, the wrapped rest of a question, made the heading of indicator
10 "another year's" and it was skipped). An OCR'd page's ``full_text`` holds the page's lines
and its tables' rows in page order (``extractors.ocr.page.interleave``): ``place`` puts each
heading after the last line outside tables printed above it.
"""
from __future__ import annotations

import difflib
import re

from normalizers.fields.numbers import join_split_numbers
from normalizers.records.keyvalue import TABLE_BREAK
from normalizers.thai.memo import repair  # remembered per document (normalizers.document)

_WS = re.compile(r"\s+")
# a heading line: the heading word (``ตัวชี้วัดที่`` as OCR reads it too: ``ตัวขี้วัดที่``, its marks
# dropped ``ตวชวดท``: fresh20s 20308 p2), the indicator and its name, the score in brackets with ``คะแนน``
_WORD = re.compile(r"^\s*ต[ัุ]?ว[ชข][ีิ]?้?ว[ัุ]?ด(?:\s?ท[ีิ]?่?)?")
# (the score as OCR read it: a glyph after it, ``(๘๘.๘๗ซ คะแนน)``, or unreadable, ``(๗๒.๔๔๕ คะแนน)``: the
# key/value reader takes the one, ``heading_scores`` names the other)
HEADING_SCORE_LINE = re.compile(r"^\s*ตัวชี้วัดที่.{2,120}\(\s*[^()]{0,8}[0-9๐-๙][^()]{0,8}\s*คะแนน\s*\)\s*$")


# the bracket's closing word as OCR may read ``คะแนน``: one letter misread, added or dropped (``คะแนบน``)
_CLOSE_WORD = re.compile(r"(?<=[0-9๐-๙])(\s*)([\u0e01-\u0e4e]{4,6})(\s*\)\s*)$")


def _keyword_mended(line: str) -> str:
    """``line`` with its closing ``(<score> <word>)``'s word read as ``คะแนน`` where OCR misread it by
    one letter (fresh31s 43101 p2: ``ตัวชีวัดที๘ การปรับปรุงการทำงาน (๙๓.๐๕ คะแนบน)`` fused into the
    question row under it; indicator 8's heading score lost, the document ``partial`` for a question)."""
    m = _CLOSE_WORD.search(line)
    if m is None or m.group(2) == _KEYWORD or difflib.SequenceMatcher(None, m.group(2), _KEYWORD).ratio() < 0.8:
        return line
    return line[:m.start(2)] + _KEYWORD + line[m.end(2):]


_KEYWORD = "คะแนน"


def heading_word(line: str) -> str | None:
    """What follows the heading word a line opens with (as OCR reads it too), or None."""
    m = _WORD.match(line)
    return line[m.end():].strip() if m else None


def heading_line(line: str) -> str | None:
    """The line as an indicator heading with its score (its heading word as printed), or None."""
    m = _WORD.match(line)
    if m is None:
        return None
    line = _keyword_mended("ตัวชี้วัดที่ " + line[m.end():].strip())
    return line if HEADING_SCORE_LINE.match(line) else None


def _squash(s: str) -> str:
    return _WS.sub("", s or "")


# a question's first line as OCR reads it: its code (``i๑๐``, ``[i๑๐``, ``๐๑``, ``ec``), or a word
# of at most three glyphs, then its text
# (a bracket then a digit: the code's ``i`` read as ``1``, ``[1๒๕ เจ้าหน้าที่…`` for i25, fresh33u 47209 p3)
_QUESTION_START = re.compile(r"^\s*(?:[\[(|]?[A-Za-z]|[\[(|][0-9๐-๙]|[๐0][0-9๐-๙]|\S{1,3}\s)")


_SCORE_CLOSE = re.compile(r"คะแนน\s*\)")
_THAI_LETTER = re.compile(r"[\u0e01-\u0e2e]")
SHORT_WORDS = 20  # squashed letters of a header's title line or a speck run beside a heading


def cut_at_score(line: str) -> str | None:
    """``line`` up to its score's bracket (``… (63.78 คะแนน)``) where what follows on the line prints
    no Thai letter (specks of shading, ``๕๒๕๒๕๒๑``), else None."""
    m = _SCORE_CLOSE.search(line)
    return line[:m.end()] if m and not _THAI_LETTER.search(line[m.end():]) else None


def _candidates(filled: list[str]) -> list[str]:
    """The lines of a row that may be a heading: the row itself where it holds nothing else
    (one cell, or its words cut into cells: ``ตัวชี้วัดที่ | 2 | การใช้งบประมาณ | (86.04 | คะแนน)``,
    fresh21s 21610 p2), and each line of a cell whose other lines hold a question (a code
    opens one of them). A measures table's indicator cell printing the indicator with its
    score is no heading (its score is the table's)."""
    out = [" ".join(filled)] if filled and not any("\n" in c for c in filled) else []
    if filled:
        # a heading whose line goes on with specks of shading and whose row holds short words only
        # (the question table's header under it read into the row: ``… (61.62 คะแนน)⏎รหัส ข้อค`` |
        # ``คะแนนที่``, unbiased fresh31u 43213 p3, 200 dpi, indicator 5 lost in an ``ok`` document);
        # a measures table's indicator cell has its measure's text beside it, no short words
        head = cut_at_score(filled[0].split("\n")[0])
        rest = [ln for c in filled for ln in c.split("\n") if ln.strip()][1:]
        if head is not None and all(len(_squash(r)) <= SHORT_WORDS for r in rest):
            out.append(head)
    for cell in filled:
        lines = [ln for ln in cell.split("\n") if ln.strip()]
        # a row of two or three cells, one of them a bare score, is a question row whatever OCR made
        # of its code (``โฆท่านสามารถร้องเรียน…`` for i7 under ``ตัวชี้วัดที๒ การใช้งบประมาณ (๙๓.๕๑ คะแนน)``:
        # u44a 44104 p2, indicator 2's heading score lost, unnamed); a measures row has more cells
        scored = len(filled) <= 3 and any(_BARE_SCORE.match(c) for c in filled if c is not cell)
        for k, ln in enumerate(lines):
            others = [o for j, o in enumerate(lines) if j != k]
            if any(_QUESTION_START.match(o) for o in others) \
                    or scored and any(len(_THAI_LETTER.findall(o)) >= QUESTION_LETTERS for o in others):
                out.append(ln)
    return out


_BARE_SCORE = re.compile(r"^\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}\S?\s*$")
QUESTION_LETTERS = 12  # Thai letters on a line of a question's text beside a heading


def heading_lines(raws) -> dict[int, list[str]]:
    """page -> the heading lines (repaired) found in any cell of the page's OCR'd tables."""
    out: dict[int, list[str]] = {}
    for t in raws:
        if getattr(t, "method", "") != "ocr":
            continue
        for row in t.rows:
            for line in _candidates([c.strip() for c in row if c and c.strip()]):
                line = heading_line(join_split_numbers(repair(line)))
                if line is not None:
                    out.setdefault(t.page, []).append(line)
    return out


def place(text: str, headings: list[str], full_text: str) -> str | None:
    """``text`` (the page's lines outside tables) with each of ``headings`` put after the last
    of its lines printed above the heading in ``full_text`` (one not found there: last). Where
    a table's rows stand between the line before and a heading, a ``TABLE_BREAK`` line goes
    before it: a heading over the lines before (``ค่าเฉลี่ยผลการประเมินระดับประเทศ`` over a
    national-average table) governs no key/value line after it (dev scan 23228 p1-p2: five
    headings' scores skipped as the national average's). None when ``full_text`` is empty."""
    if not full_text:
        return None
    full = [_squash(join_split_numbers(repair(ln))) for ln in (full_text or "").split("\n")]
    lines = text.split("\n") if text else []
    # each outside line's place in the full text (in order; a line not found keeps the place before it)
    at, pos = [], -1
    for ln in lines:
        k = _squash(ln)
        nxt = next((i for i in range(pos + 1, len(full)) if k and full[i] == k), None) if k else None
        pos = nxt if nxt is not None else pos
        at.append(pos)
    placed: list[tuple[int, str]] = []
    start = 0
    for h in headings:
        k = _squash(h)
        k = k[len("ตัวชี้วัดที่"):] if k.startswith("ตัวชี้วัดที่") else k  # its heading word as OCR read it
        i = next((i for i in range(start, len(full)) if k in full[i]), None)
        if i is None:
            i = next((i for i in range(len(full)) if k in full[i]), None)
        if i is None:
            i = len(full)
        else:
            start = i
        placed.append((i, h))
    out: list[str] = []
    waiting = sorted(placed, key=lambda x: x[0])
    last = -1  # the full-text line of what was put out last

    def put(i: int, h: str) -> None:
        nonlocal last
        if i > last + 1:
            out.append(TABLE_BREAK)  # a table's rows stand between the line before and the heading
        out.append(h)
        last = i

    for ln, p in zip(lines, at):
        while waiting and waiting[0][0] < p:
            put(*waiting.pop(0))
        out.append(ln)
        last = max(last, p)
    for i, h in waiting:
        put(i, h)
    return "\n".join(out)
