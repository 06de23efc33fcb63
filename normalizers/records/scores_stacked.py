"""Question rows the table finder stacked into one row.

Where no rule separates a question table's rows (zebra shading whose unshaded rows wrap at a
tall font's line pitch, rules between some rows only), several questions can come out as one
row: the question cell holds ``i๑๐ … i๑๑ … i๑๒ …`` and the score cell ``๔๗.๓๒ ๕๖.๘๖ ๑๐๐.๐๐``.
When the cell prints two or more question codes of one tool in ascending order, each
followed by text, and the score cell prints exactly as many scores and nothing else, the row
is cut into one row per question (flagged ``row_unstacked``, the flag results tables use for
the same cut). An indicator heading stacked between the questions (``… i๖ <text>
ตัวชี้วัดที่ ๒ การใช้งบประมาณ i๗ <text> …``, with its score among the question scores) is a part of
its own, cut the same way: it opens with the indicator mark and names the indicator the mark
numbers, and the indicators of the stacked headings ascend too. Anything less certain stays one
row, and the row reader reports its score as unreadable.
"""
from __future__ import annotations

import re

from normalizers.fields.codes import canonical_code
from normalizers.fields.indicators import INDICATORS, match_indicator
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.records.heading_prefix import FLAG as TRUNCATED_FLAG, truncated_heading
from normalizers.tables.grid import Row, Table

TRUNCATED_MARK = "\x00"  # (a heading line _fused_heading mended from its name's start: its row is flagged)

# a question code as a word of its own, followed by its text: ``i๑๐ เจ้าหน้าที่…``, ``o5 ข้อมูล…``
_CODE = re.compile(r"(?:^|(?<=\s))([iIeEoO][0-9๐-๙]{1,2})(?=\s+\S)")
_CODE_WORD = re.compile(r"^[iIeEoO][0-9๐-๙]{1,2}$")
# an indicator heading stacked between the questions: ``ตัวชี้วัดที่ ๒ การใช้งบประมาณ`` (the cell's
# lines may be joined without a space: ``… มากน้อยเพียงใดตัวชี้วัดที่ ๒ …``)
_MARK = re.compile(r"ตัวชี้วัดที่\s*([0-9๐-๙]{1,2})(?=\s+\S)")


def _heading_indicator(part: str, number: str) -> int | None:
    """The indicator a stacked heading part names, when its name agrees with its mark's number."""
    no, _, flags = match_indicator(part)
    if no is None or no != int(to_ascii_digits(number), 10) or any(f.startswith("indicator_by_number") for f in flags):
        return None
    return no


# an OIT code whose ``o`` OCR read as a Thai zero, glued to its text, opening a stacked line
# (``o๑๓ คู่มือ…⏎๐๑๔คู่มือ…⏎๐๑๕ข้อมูล…``: dev scan 19004 p3, o14/o15 and o30/o31 lost with o13/o29)
_O_ZERO_LINE = re.compile(r"^([๐0][0-9๐-๙]{1,2})(?=[\u0e01-\u0e2e\u0e40-\u0e44A-Za-z])")
_CODE_O = re.compile(r"(?:^|(?<=\s))([oO๐][0-9๐-๙]{1,2})(?=\s+\S)")


def _oit_zero_lines(row: Row, qcol: int) -> str | None:
    """The question cell's lines rejoined with a space after each line's ``๐NN`` code, when its
    first line opens with an OIT code and a later one with such a code; else None."""
    lines = [ln.strip() for ln in (row.lines[qcol] if qcol < len(row.lines) else "").split("\n") if ln.strip()]
    if len(lines) < 2 or not re.match(r"^[oO๐]", lines[0]):
        return None
    fixed = [lines[0]] + [_O_ZERO_LINE.sub(r"\1 ", ln) for ln in lines[1:]]
    return " ".join(fixed) if fixed[1:] != lines[1:] else None


def _question_parts(text: str, code_rx: re.Pattern = _CODE) -> list[str] | None:
    """The question cell cut at each code (and at each stacked indicator heading), or None
    unless it holds two or more questions of one tool with ascending codes (the headings
    naming their indicators, in ascending order)."""
    found = sorted([(m.start(1), "q", m.group(1)) for m in code_rx.finditer(text)]
                   + [(m.start(), "h", m.group(1)) for m in _MARK.finditer(text)])
    starts = [a for a, _, _ in found]
    if sum(1 for _, k, _ in found if k == "q") < 2 or text[:starts[0]].strip():
        return None
    parts = [text[a:b].strip() for a, b in zip(starts, starts[1:] + [len(text)])]
    codes = [canonical_code(g)[0] for _, k, g in found if k == "q"]
    if None in codes or len({c[0] for c in codes}) != 1:
        return None
    nums = [int(c[1:]) for c in codes]
    if any(b <= a for a, b in zip(nums, nums[1:])):
        return None
    heads = [_heading_indicator(p, g) for p, (_, k, g) in zip(parts, found) if k == "h"]
    if None in heads or any(b <= a for a, b in zip(heads, heads[1:])):
        return None
    if any(len(p.split(None, 1)) < 2 for p in parts):  # a code with no text of its own
        return None
    return parts


def _leading_codes(text: str) -> list[str] | None:
    """The codes of a cell that starts with two or more bare codes of one tool in ascending
    order (a code column stacked beside one text cell: ``i๑๗ i๑๘ <both texts run together>``):
    each code alone, its text left unread (the row reader flags ``question_text_missing``)."""
    words = text.split()
    lead = []
    for w in words:
        code, _ = canonical_code(w) if _CODE_WORD.match(w) else (None, [])
        if code is None:
            break
        lead.append((w, code))
    if len(lead) < 2 or len({c[0] for _, c in lead}) != 1:
        return None
    nums = [int(c[1:]) for _, c in lead]
    if any(b <= a for a, b in zip(nums, nums[1:])):
        return None
    return [w for w, _ in lead]


# a score OCR garbled past reading but still a number's start (``๖5.ุ`` for ``65.76``): one
# score of the cell's stack, left for the row reader to report unreadable
_GARBLED_SCORE = re.compile(r"^[0-9๐-๙]{1,3}[.,]?[^\sA-Za-z]{0,3}$")


def _score_parts(text: str) -> list[str] | None:
    """The scores of a stacked score cell, one per token: every token a score, or all but one
    where one reads as a number's garbled start (fresh30s 41108 p5, 200 dpi: ``๖5.ุ 67.๑๘
    55.4๙`` beside o25-o27 stacked, all three lost)."""
    tokens = text.split()
    bad = [t for t in tokens if parse_score(t)[0] is None]
    if len(tokens) < 2 or len(bad) > 1 or bad and (len(tokens) < 3 or not _GARBLED_SCORE.match(bad[0])):
        return None
    return tokens


def _unstack(row: Row, qcol: int, score_col: int) -> list[Row] | None:
    if qcol >= len(row.cells) or score_col >= len(row.cells):
        return None
    scores = _score_parts(row.cells[score_col])
    questions = _question_parts(row.cells[qcol])
    if questions is None and scores is not None and (oit := _oit_zero_lines(row, qcol)):
        questions = _question_parts(oit, _CODE_O)
    if questions is None and scores is not None and re.match(r"^[oO]", row.cells[qcol].strip()):
        # an OIT cell whose later codes OCR read with a Thai zero, each a word of its own
        # (``o๒5 แผน… ๐๒6 รายงาน… ๐2๗ มาตรการ…``, fresh30s 41108 p5)
        questions = _question_parts(row.cells[qcol], _CODE_O)
    if questions is None and scores is not None and (lead := _leading_codes(row.cells[qcol])) and len(lead) == len(scores):
        questions = lead
    if questions is None or scores is None or len(questions) != len(scores):
        return None
    out = []
    for k, (q, s) in enumerate(zip(questions, scores)):
        cells = ["" if k else c for c in row.cells]  # other cells (none in the usual layouts) stay on the first
        cells[qcol], cells[score_col] = q, s
        out.append(Row(cells=cells, page=row.page, conf=list(row.conf), page_last=row.page_last,
                       flags=sorted(set(row.flags) | {"row_unstacked"}), lines=list(cells),
                       alt=[None] * len(cells), covered=[False] * len(cells)))
    return out


def stacked_parts(text: str) -> list[str] | None:
    """The parts of a question cell holding stacked questions (see ``_question_parts``)."""
    return _question_parts(text)


def unstack_questions(table: Table, qcol: int, score_col: int) -> None:
    """Cut every stacked question row of ``table`` (in place) into one row per question."""
    rows: list[Row] = []
    for row in table.rows:
        rows += _unstack(row, qcol, score_col) or [row]
    table.rows = rows


# a question row's text opening with its code as OCR read it (``[i๑๐เจ้าหน้าที่``, ``iamผู้บริหาร``,
# ``eo เจ้าหน้าที่``, ``๐๑ โครงสร้าง``, ``โฆ ท่านสามารถ…``): a Latin letter (maybe after a bracket),
# or a word of at most three glyphs; then the question's text
_OCR_CODE_START = re.compile(r"^(?:[\[(|]?[A-Za-z]|[\[(|][0-9๐-๙]|\S{1,3}\s)")  # (``[1๒๕`` for i25)
# a heading line closing with its own score in brackets (``… (๙๓.๕๑ คะแนน)``): no indicator row's
# name, which leaves its score to the score column
_OWN_SCORE = re.compile(r"\(\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{1,2}\s*คะแนน\s*\)\s*$")
QUESTION_LETTERS = 12  # Thai letters of a question's line under such a heading, its code past reading
_THAI = re.compile(r"[\u0e01-\u0e4e]")
_MARK_WORDS = ("ตวชวด", "ตวขวด")  # the heading word's consonants: OCR drops or adds its marks (``ตัวชวดท``)
_MARKS = re.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]")
_STRICT_CODE = re.compile(r"^\s*[\[(|]?[iIeEoO]\s?[0-9๐-๙]")


def _opens_with_mark(line: str) -> bool:
    return _MARKS.sub("", line).startswith(_MARK_WORDS)


def _question_lines(lines: list[str]) -> bool:
    return bool(lines) and bool(_OCR_CODE_START.match(lines[0].strip())) and len(_THAI.findall(" ".join(lines))) >= 8


def _fused_heading(row: Row, qcol: int, score_col: int) -> tuple[str, list[str], bool] | None:
    """(heading line, the question's lines, whether the heading comes after the question) of a
    question row whose question cell holds an indicator heading on a line of its own: its first
    line (printed above the question; maybe under a short line of the shaded header's ink,
    ``ม 4จัมอฆ่``: fresh20s 20308 p2), or its last (printed under it, the next group's heading:
    zebra rows, no rule between, fresh19s 19505 p1-p2, fresh21s 21614 p3), or None."""
    if len(row.lines) != len(row.cells) or not row.cells[score_col].strip():
        return None
    lines = [ln for ln in row.lines[qcol].split("\n") if ln.strip()]
    if len(lines) < 2:
        return None
    for k, line in enumerate(lines):
        if len(line) > 100 or not _opens_with_mark(line):
            continue
        no, _, flags = match_indicator(line)
        if no is None or any(f.startswith(("indicator_by_number", "indicator_several_names")) for f in flags):
            cut = truncated_heading(line)  # its name's last glyphs lost (58511 p1)
            if cut is None:
                continue
            line = f"{TRUNCATED_MARK}ตัวชี้วัดที่ {cut} {INDICATORS[cut]}"
        before, after = lines[:k], lines[k + 1:]
        # (a heading with its own score over a line of a question whose code OCR made Thai letters,
        # ``โฆท่านสามารถร้องเรียน…`` for i7: u44a 44104 p2, i7's score read as indicator 2's row)
        asked = _question_lines(after) or bool(after) and bool(_OWN_SCORE.search(line)) \
            and len(_THAI.findall(after[0])) >= QUESTION_LETTERS
        if after and asked and len(re.sub(r"\s+", "", "".join(before))) <= 15 \
                and not any(_STRICT_CODE.match(b) for b in before):
            return line.strip(), after, False
        if not after and _question_lines(before) and _STRICT_CODE.match(before[0]):
            return line.strip(), before, True
    return None


def unfuse_headings(table: Table, qcol: int, score_col: int) -> set[int]:
    """A question row under an indicator heading that the table finder (on an OCR'd page: the
    line finder) took in as the first line of the row's question cell (``ตัวชี้วัดที่๔ การใช้
    ทรัพย์สินของราชการ (๙๑.๓๒ คะแนน)⏎[i๑๐เจ้าหน้าที่…`` | ``๗๘.๕๖``) was read as an indicator row
    with the question's score, and the question was lost. The heading line becomes a row of
    its own (no score: it heads the questions after it, and a score printed in it is running
    text's) and the row keeps the question's lines. Returns the ids of the rows split so (their
    text may name an indicator, ``…ให้ความสำคัญกับการแก้ไขปัญหาการทุจริต``: they are still questions)."""
    rows: list[Row] = []
    split: set[int] = set()
    for row in table.rows:
        fused = _fused_heading(row, qcol, score_col)
        if fused is None:
            rows.append(row)
            continue
        heading, rest, below = fused
        cells, lines = [""] * len(row.cells), [""] * len(row.cells)
        truncated = heading.startswith(TRUNCATED_MARK)
        cells[qcol] = lines[qcol] = heading.removeprefix(TRUNCATED_MARK)
        scores = _score_parts(row.cells[score_col])
        if scores is not None and len(scores) == 2:
            # the heading's own score stacked with the question's in the score cell, in the
            # order the lines are printed (``45.04⏎69.96``: fresh23s 24110 p2, zebra rows at 200
            # dpi, i9 and indicator 4 both lost): each row takes its own
            q_score, h_score = scores if below else scores[::-1]
            row.cells[score_col] = q_score
            if score_col < len(row.lines):
                row.lines[score_col] = q_score
            cells[score_col] = lines[score_col] = h_score
            row.flags = sorted(set(row.flags) | {"row_unstacked"})
        head = Row(cells=cells, page=row.page, conf=list(row.conf), lines=lines,
                   flags=sorted(set(row.flags) | ({TRUNCATED_FLAG} if truncated else set())))
        row.lines[qcol] = "\n".join(rest)
        row.cells[qcol] = " ".join(ln.strip() for ln in rest)
        rows += [row, head] if below else [head, row]
        split.add(id(row))
    table.rows = rows
    return split


_TWO_DECIMALS = re.compile(r"^\s*[0-9๐-๙]{1,3}[.,][0-9๐-๙]{2}\s*$")
_DECIMAL_NUMBER = re.compile(r"[0-9๐-๙][.,][0-9๐-๙]")


def score_under_noise(lines: str) -> str | None:
    """The score of a scanned score cell whose last line is a score (two decimals) under lines of
    no number: the column header's word, shaded, read into the first row as letters (``พ พ นภาล ส
    ew⏎๕๓.๐๕``, fresh23s 24113 p1-p2, zebra question tables at 300 dpi: i1, i4, i10, i13 lost);
    else None. The caller flags ``score_cell_noise_dropped``."""
    parts = [ln for ln in (lines or "").split("\n") if ln.strip()]
    if len(parts) < 2 or not _TWO_DECIMALS.match(parts[-1]):
        return None
    if any(_DECIMAL_NUMBER.search(ln) for ln in parts[:-1]):
        return None
    return parts[-1].strip()


__all__ = ["score_under_noise", "stacked_parts", "unfuse_headings", "unstack_questions"]
