"""Rows and the anchor column of a measures table read from spacing (``extractors.spaced``) or
of a ruled slab holding several rows (``extractors.tables``).

    row starts   → where the vertical gap between lines is a row's padding wider than the
                   line gap inside a cell; in a body without such gaps (Word tables have no
                   cell padding), where the anchor column starts a numbered entry ``(1)``/
                   ``1.``/``๑)``, resumes after an empty line or starts an indicator heading
                   beside other cells' text or a question's code in a table of scores,
                   or where another column restarts a numbered list or a counted column
                   (or one whose numbers run down the body) goes on to its next number
    anchor       → the first column whose header cell does not name the steps alone
                   (``key_column``): a steps cell's numbered items are a list inside one row
    counted      → the columns whose header names the measure: their numbered entries count
                   the table's rows (``counted_columns``)
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from extractors.spaced_header import VOCAB, key, roles_of
from extractors.text import Glyph
from extractors.unruled import Line, text_lines, wide_gaps

CHANNEL_EM = 0.45  # a column channel in the body is at least this wide (× font size)
ROW_GAP_EM = 0.2  # a gap this much wider than the tightest line gap is a row's padding
_SEQ = re.compile(r"^\s*[0-9๐-๙]{1,2}\s*$")
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# (a decimal, ``๗๗.9๘`` of an indicator's score wrapped to the line's start, numbers no entry)
_NUMBERED = re.compile(r"^\s*(?:\(\s*[0-9๐-๙]{1,2}\s*\)|[0-9๐-๙]{1,2}\s*(?:\)|\.(?![0-9๐-๙])))")


def occupied(ln: Line, bounds: Sequence[float]) -> set[int]:
    """The columns (between ``bounds``) a line has text in."""
    return {sum(1 for b in bounds if g.cx >= b) for g in ln.glyphs}


def row_starts(body: Sequence[Line], cols: Sequence[float], key: int = 0, counted: Sequence[int] = (),
               by_column: bool = False) -> list[int]:
    """Indexes of the body lines that start a row. Where the vertical gaps are of two sizes,
    a row starts after a gap wider than the tightest by a row's padding, on a line with text
    in the anchor column (``key``, the first unless the header says that one holds lists of
    steps) or in two columns (a wide gap inside one cell, between two paragraphs, starts
    nothing). Without such gaps (Word tables have no cell padding), a row starts where the
    anchor column starts a numbered entry or, under an indicator cell, the next indicator's
    label (``ตัวชี้วัดที่ …``), or resumes after an empty line, or holds text
    where another column restarts a numbered list (``_list_restarts``), or where a
    ``counted`` column (the header names the measure there) goes on to its next number
    (``(4)`` then ``(5)``: an anchor cell that wraps up to the next row's first line leaves
    no empty line between the two). ``by_column`` (a table read from spacing): staggered lines
    (cells centred on their row, the gap between two columns' lines negative) are measured to
    the line above in their own column (``wide_gaps``)."""
    if len(body) < 2:
        return [0]
    wide = wide_gaps(body, ROW_GAP_EM, by_column)
    anchor = [bool(occupied(ln, cols) & {key}) for ln in body]
    lo = cols[key - 1] if key > 0 else float("-inf")
    hi = cols[key] if key < len(cols) else float("inf")
    starts = [0]
    before = "".join(g.text for g in sorted(body[0].glyphs, key=lambda g: g.x0) if lo <= g.cx < hi)
    count = {c: _entry_no(body[0], cols, c) for c in counted}
    inner = _inner_list(body, cols, key)
    scored = _has_lone_value(body[0], cols, key)
    for i, ln in enumerate(body[1:], start=1):
        first = "".join(g.text for g in sorted(ln.glyphs, key=lambda g: g.x0) if lo <= g.cx < hi)
        if wide:
            if i in wide and (anchor[i] or len(occupied(ln, cols)) >= 2 or _foot_first_line(body, i, cols)):
                starts.append(i)
            continue
        # a lone number right under the anchor cell's text is that text wrapped (``ตัวชี้วัดที่`` /
        # ``๗``), unless that text was a lone number too (a sequence column of one-line rows)
        seq = _SEQ.match(first) and (not anchor[i - 1] or _SEQ.match(before))
        goes_on = False
        for c in counted:
            n = _entry_no(ln, cols, c)
            if n is not None:
                goes_on = goes_on or count[c] is not None and n == count[c] + 1
                count[c] = n
        valued = _has_lone_value(ln, cols, key)
        numbered = _NUMBERED.match(first) and not (inner and not _FIRST_ITEM.match(first)
                                                   and not _new_content(body[i - 1], ln, cols, key)) \
            and not _entry_goes_on(ln, cols, key, body[starts[-1]]) \
            and not _list_goes_on(body[starts[-1]:i + 1], cols, key)
        if anchor[i] and (numbered or seq or not anchor[i - 1]
                          or _list_restarts(ln, cols, key) or _heads_indicator(ln, first, cols)
                          or _next_question(first, scored or valued) or _measure_beside_codes(ln, first, cols, key)
                          or _cells_restart(body[i - 1], ln, cols, key)) \
                or goes_on:
            starts.append(i)
            scored = False
        scored = scored or valued
        before = first
    return starts if wide else numbered_rows(body, cols, key, counted, starts)


def _running_numbers(body: Sequence[Line], cols: Sequence[float], c: int) -> list[int]:
    """The lines where column ``c`` numbers its entries 1, 2, 3 … down the whole body without
    starting again (``๑)`` … ``๓)``), or [] when its numbers do not run so (a list of steps
    inside each row starts again at 1)."""
    nums = [(i, n) for i, ln in enumerate(body) if (n := _entry_no(ln, cols, c)) is not None]
    if len(nums) < 2 or [n for _, n in nums] != list(range(1, len(nums) + 1)):
        return []
    return [i for i, _ in nums]


def numbered_rows(body: Sequence[Line], cols: Sequence[float], key: int, counted: Sequence[int],
                  starts: list[int]) -> list[int]:
    """``starts`` with the lines added where a column whose numbers run down the body (``๑)``,
    ``๒)``, ``๓)``) goes on to its next number beside another column beginning text after none
    on the line above, once that column's numbers already begin a row found otherwise: the
    column counts the rows as a header naming the measure there would say (``counted``), in
    titles no vocabulary holds (fresh36k 53400 docx: measures 2 and 3 read as one row, no gap
    and only the period column beginning beside ``๓)``)."""
    found = set(starts)
    for c in range(len(cols) + 1):
        if c == key or c in counted:
            continue
        lines = _running_numbers(body, cols, c)
        if not found & set(lines[1:]):
            continue
        found |= {i for i in lines[1:] if occupied(body[i], cols) - occupied(body[i - 1], cols) - {key, c}}
    return sorted(found)


FOOT_EMPTY_LINES = 3  # a column empty for this many line pitches above a page's last line has no cell going on there


def _foot_first_line(body: Sequence[Line], i: int, cols: Sequence[float]) -> bool:
    """Is ``body[i]``, the page's last body line after a row's padding, holding text in one
    column only, the first line of a row broken over the page (the rest of its cells begin on
    the next page)? Its column's own text above ended ``FOOT_EMPTY_LINES`` line pitches or more
    before it, while other columns went on: a cell's wrapped or next paragraph follows its own
    text within a line or a paragraph gap, and a new row's first line has nothing of the row
    above beside it (fresh33k 47402 html: the next measure's first unit alone at the page foot
    read as the last unit of the row above, with no flag)."""
    if i != len(body) - 1 or i < 2:
        return False
    cells = occupied(body[i], cols)
    if len(cells) != 1:
        return False
    above = next((j for j in range(i - 1, -1, -1) if occupied(body[j], cols) & cells), None)
    if above is None:
        return False
    pitch = sorted(b.top - a.top for a, b in zip(body, body[1:]))[(i - 1) // 2]
    return pitch > 0 and body[i].top - body[above].bottom >= FOOT_EMPTY_LINES * pitch


RESTART_CELLS = 2  # columns besides the anchor that begin text on a line after none on the line above


def _cells_restart(above: Line, ln: Line, cols: Sequence[float], key: int) -> bool:
    """Do ``RESTART_CELLS`` or more columns other than the anchor begin text on ``ln`` after
    none on the line ``above``? A Word table without cell padding starts every cell of a row on
    its first line, and a cell, once ended, does not start again within its row: the cells of
    the next row beginning together, under an anchor cell that ran on without an empty line or a
    number (fresh34 49025 docx: no numbering, the steps first, findings wrapped to the next
    row's first line; six measures read as three, three lost in a ``partial`` document)."""
    from normalizers.fields.indicators import heads_indicator

    # (an indicator's heading, ``ตัวชี้วัดที่ ๑๐ การ``, begins a cell even right under the score
    # ending the cell above: ``(๙๖.๓๘ คะแนน)``)
    headed = {c for c in range(len(cols) + 1) if c != key and heads_indicator(_cell_text(ln, cols, c))}
    return len((occupied(ln, cols) - occupied(above, cols) - {key}) | headed) >= RESTART_CELLS


def _entry_goes_on(ln: Line, cols: Sequence[float], key: int, row_first: Line) -> bool:
    """Does a column that began the current row (its first line ``row_first``) with a
    numbered entry (``1. โครงการ…``) print unnumbered text on ``ln``: its entry going on? A new
    row's cells all begin on its first line, so a numbered item in the anchor column there is an
    item of a list inside the row (the steps first, under titles naming no role: mirror 13921
    html, each step read as a row and the measure's name cut in two)."""
    for c in range(len(cols) + 1):
        if c == key or _entry_no(row_first, cols, c) is None:
            continue
        text = _cell_text(ln, cols, c).strip()
        if text and _entry_no(ln, cols, c) is None:
            return True
    return False


def _list_goes_on(row: Sequence[Line], cols: Sequence[float], key: int) -> bool:
    """Does the last line of ``row`` (the current row's lines) number the anchor column's next
    item (``๓.`` after ``๒.``) while a column that began the row with a numbered entry (the
    measure's ``4.``) numbers nothing there? A new row would number its own entry in that
    column too: the anchor holds a list inside the row (the steps first, under titles naming no
    role: dev seed 15638, measure 4's third step read as a row, its analysis and a unit cut off)."""
    nos = [n for n in (_entry_no(ln, cols, key) for ln in row[:-1]) if n is not None]
    n = _entry_no(row[-1], cols, key)
    if not nos or n is None or n != nos[-1] + 1:
        return False
    return any(c != key and _entry_no(row[0], cols, c) is not None and _entry_no(row[-1], cols, c) is None
               for c in range(len(cols) + 1))


_CODES_LEAD = re.compile(r"^\s*(?:[ieoIEO]\s?[0-9๐-๙]{1,2}\s*[,]?\s*)+[\u0e01-\u0e2e]")


def _measure_beside_codes(ln: Line, first: str, cols: Sequence[float], key: int) -> bool:
    """Does the anchor cell start a measure's name (``โครงการ…``, ``กิจกรรม…``: the vocabulary's
    measure heads) on a line where another column starts a finding with its question codes
    (``i22 i24 บุคลากร…``)? In a Word table without cell padding or numbers both are a new row's
    first line (born-digital 41320 docx, held-out fresh30b: two measures read as one row, one
    lost with no flag); a name's wrapped line does not start with a measure head beside codes."""
    from normalizers.tables.textkinds import measure_heads

    if not first.strip().startswith(measure_heads()):
        return False
    return any(_CODES_LEAD.match(_cell_text(ln, cols, c)) for c in range(len(cols) + 1) if c != key)


def _heads_indicator(ln: Line, first: str, cols: Sequence[float]) -> bool:
    """Does the anchor cell start an indicator heading (``ตัวชี้วัดที่ 4 …``) on a line that has
    text in another column too? In a Word table without cell padding every cell of a row
    starts on the row's first line, so an indicator named at the head of the anchor column,
    beside the first lines of other cells, is a new row (rows of one table per indicator
    without numbers: the wrapped indicator name of the row above leaves no empty line)."""
    from normalizers.fields.indicators import heads_indicator

    return heads_indicator(first) and len(occupied(ln, cols)) >= 2


_LONE_VALUE = re.compile(r"^\s*[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?\s*$")


def _cell_text(ln: Line, cols: Sequence[float], c: int) -> str:
    """The text ``ln`` prints in column ``c`` (between ``cols``), left to right."""
    bounds = [float("-inf"), *cols, float("inf")]
    return "".join(g.text for g in sorted(ln.glyphs, key=lambda g: g.x0) if bounds[c] <= g.cx < bounds[c + 1])


def _has_lone_value(ln: Line, cols: Sequence[float], key: int) -> bool:
    """Does ``ln`` hold one number alone (``81.39``, ``๑๐๐``: a score cell's value) in a column
    other than the anchor?"""
    return any(c != key and _LONE_VALUE.match(_cell_text(ln, cols, c)) for c in range(len(cols) + 1))


def _next_question(first: str, scored: bool) -> bool:
    """Does the anchor cell start a question's code (``i7 …``, ``e12 …``) in a table of scores
    (``scored``: a value alone in another column on this line, or already in the row above)? A
    score cell holds one value, so a code after a scored row, or beside its own score, is the
    next question's row (a borderless per-question list, one line a question, gives no gap and
    no numbering to start rows by). A measure cell listing several questions holds no scores."""
    from normalizers.fields.codes import starts_question_code

    return scored and starts_question_code(first)


def _inner_list(body: Sequence[Line], cols: Sequence[float], key: int) -> bool:
    """Does the anchor column's numbering start again at its first item (``๑.`` after
    ``๒.``), or does no other cell begin from its second item on? Then it numbers a list
    inside each cell (the steps first, under header words naming no role), not the table's rows."""
    seen = 0
    nums = []
    for i, ln in enumerate(body):
        n = _entry_no(ln, cols, key)
        if n is not None:
            if n == 1 and seen > 1:
                return True
            seen = n
            if i > 0:
                nums.append(i)
    # one row whose first cell is its list of steps (a table of one row has no row padding to
    # tell; hdr9-unk words, mirror seed 9400): no cell of another column begins from the
    # anchor's second item on (a new row's would: its cells start beside or under its number),
    # and an item starts under a line holding text in the anchor column alone (a wrapped item)
    return bool(nums) and any(not occupied(body[i - 1], cols) - {key} for i in nums) and not any(
        _new_content(body[j - 1], body[j], cols, key) for j in range(nums[0], len(body)))


def _new_content(above: Line, ln: Line, cols: Sequence[float], key: int) -> bool:
    """Does a column other than the anchor hold text on ``ln`` after none on the line
    ``above`` (a cell beginning there, as a new row's cells do)?"""
    return bool(occupied(ln, cols) - occupied(above, cols) - {key})


def _entry_no(ln: Line, cols: Sequence[float], c: int) -> Optional[int]:
    """The number a line's text in column ``c`` starts with (``(5)``, ``๕.``, ``5)``), if any."""
    m = _NUMBERED.match(_cell_text(ln, cols, c))
    return int(re.sub(r"[^0-9๐-๙]", "", m.group(0)).translate(_THAI_DIGITS)) if m else None


_FIRST_ITEM = re.compile(r"^\s*(?:\(\s*[1๑]\s*\)|[1๑]\s*[.)])(?![0-9๐-๙])")


def _list_restarts(ln: Line, cols: Sequence[float], key: int) -> bool:
    """Does a column other than the anchor start a numbered list at its first item on this
    line (``1.``, ``๑)``, ``(1)``)? A wrapped cell never restarts its numbering: in a Word
    table without cell padding this is where a new row's steps begin, under an anchor cell
    whose text follows the row above's without a gap."""
    return any(c != key and _FIRST_ITEM.match(_cell_text(ln, cols, c)) for c in range(len(cols) + 1))


def slab_splits(glyphs: Sequence[Glyph], cols: Sequence[float], top: float, bottom: float, key: int = 0) -> list[float]:
    """Boundaries inside one ruled slab of a measures table (between ``top`` and ``bottom``)
    where rows without a rule of their own start (``row_starts``, anchored on column ``key``);
    empty when it is one row."""
    lines = text_lines([g for g in glyphs if top <= g.cy <= bottom])
    if not lines or not cols:
        return []
    return [(lines[i - 1].bottom + lines[i].top) / 2 for i in row_starts(lines, cols, key)[1:]]


def counted_columns(header: Sequence[Line], cols: Sequence[float]) -> list[int]:
    """The columns whose header names the measure (not the steps): their numbered entries
    count the table's rows."""
    if not header:
        return []
    top, bottom = min(ln.top for ln in header) - 1.0, max(ln.bottom for ln in header) + 1.0
    gs = [g for ln in header for g in ln.glyphs]
    bounds = [float("-inf"), *cols, float("inf")]
    out = []
    for c in range(len(bounds) - 1):
        text = "".join(g.text for g in sorted(gs, key=lambda g: (round(g.top), g.x0))
                       if top <= g.cy <= bottom and bounds[c] <= g.cx < bounds[c + 1])
        rs = roles_of(text)
        if "measure" in rs and "steps" not in rs:
            out.append(c)
    return out


def header_key(header: Sequence[Line], cols: Sequence[float]) -> int:
    """``key_column`` of a table whose header lines are ``header`` (0 when headerless)."""
    if not header:
        return 0
    gs = [g for ln in header for g in ln.glyphs]
    return key_column(gs, cols, min(ln.top for ln in header) - 1.0, max(ln.bottom for ln in header) + 1.0)


def _optional_words() -> tuple[str, ...]:
    """Header words of columns a row may leave empty (the vocabulary's ``not_data`` words, its
    ``budget`` titles and every ``follow_up`` word: ``หมายเหตุ``, ``งบประมาณ``, ``ติดตามผล``)."""
    fu = VOCAB["roles"].get("follow_up", {})
    words = [*VOCAB.get("not_data", []), *(w for w, r in VOCAB.get("exact", {}).items() if r == "budget"),
             *fu.get("strong", []), *fu.get("weak", [])]
    return tuple(k for k in (key(w[0] if isinstance(w, list) else w) for w in words) if len(k) >= 3)


OPTIONAL_WORDS = _optional_words()


def key_column(glyphs: Sequence[Glyph], cols: Sequence[float], top: float, bottom: float) -> int:
    """The column that anchors the rows of a measures table whose header lies between ``top``
    and ``bottom`` (``anchor_column`` of its header cells' texts)."""
    bounds = [float("-inf"), *cols, float("inf")]
    return anchor_column(["".join(g.text for g in sorted(glyphs, key=lambda g: (round(g.top), g.x0))
                                  if top <= g.cy <= bottom and bounds[c] <= g.cx < bounds[c + 1])
                          for c in range(len(bounds) - 1)])


def anchor_column(titles: Sequence[str]) -> int:
    """The column anchoring a measures table's rows, by its header titles: the first that does not
    name the steps alone (a steps cell's numbered items are a list inside one row, not rows) nor a
    column a row may leave empty (``OPTIONAL_WORDS``: a remark or budget column first, empty on
    some rows, anchored nothing there, and a row's rest atop the next page was read into the next
    row: fresh39b 59303 docx, fresh40 61001 docx, steps moved to the next measure with no flag);
    the first of those when every column is one."""
    first = None
    for c, text in enumerate(titles):
        if roles_of(text) == {"steps"}:
            continue
        if not roles_of(text) and any(w in key(text) for w in OPTIONAL_WORDS):
            first = c if first is None else first
            continue
        return c
    return 0 if first is None else first


def free_gap(lines: Sequence[Line], a: float, c: float, min_gap: float) -> Optional[float]:
    """The x of a whitespace channel (≥ ``min_gap`` wide) free of text in all ``lines`` that
    meets the interval (a, c); None when there is none."""
    spans = sorted((g.x0, g.x1) for ln in lines for g in ln.glyphs if g.x1 > a - 400 and g.x0 < c + 400)
    best, reach = None, a - 400.0
    for x0, x1 in spans + [(c + 400.0, c + 400.0)]:
        if x0 - reach >= min_gap:
            lo, hi = max(reach, a), min(x0, c)
            if lo < hi and (best is None or hi - lo > best[1] - best[0]):
                best = (lo, hi)
        reach = max(reach, x1)
    return None if best is None else (best[0] + best[1]) / 2


RUN_ON_GAP_EM = 0.5  # a line this close under the line above (× its size) goes on that line's row


def runs_on(lines: Sequence[Line], k: int) -> bool:
    """Does line ``k`` follow line ``k - 1`` at a cell's line gap, no wider (the same row's next line)?"""
    return k > 0 and lines[k].top - lines[k - 1].bottom <= RUN_ON_GAP_EM * lines[k].size
