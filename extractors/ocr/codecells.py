"""Question codes of a table's code column re-read from their pixels.

Tesseract reads a question code opening a cell (``i๓``, ``o๒``, ``e๗``) as Thai letters or
drops it (measured on the layout-space scans: ``โต``, ``โ๖``, ``ไ๒๗``, ``joe``, ``อ``, nothing
at all before ``ข้อมูลผู้บริหาร``). ``cells.leading_code`` re-reads a code only where
Tesseract's first character already looks like one. Here the table itself is the evidence:
in a column where several cells open with a well-formed code, every other cell's first text
line is read by ``numerals.read_leading_code`` (letter by shape, digits by our model), and a
code found there replaces Tesseract's garbled first word (or is put before the text when
Tesseract left it out). Heading rows (``ตัวชี้วัดที่ ๓ …``) carry Thai marks over their first
glyphs and are not read as codes.

A cell listing its codes one a line (a measure's ``e๗`` over ``e๘``) loses the later ones the
same way (``e7`` over ``ee``, ``i๘`` over ``ick``, ``o๔`` over ``๐๗``: fresh dev seeds 7103, 7106 and 7102
scanned at 200 dpi, the measure's second code lost). The cell itself is the evidence there: a line that
follows a well-formed code and is a short Latin garble is read again from its pixels by
``numerals.read_leading_code`` (:func:`reread_later_codes`).
"""

from __future__ import annotations

import re

import numpy as np

from extractors import numerals
from extractors.ocr.lines import split_lines

_CODE = re.compile(r"^\s*[ieo][0-9๐-๙]{1,2}(?=\s|$|[\u0e01-\u0e2e\u0e40-\u0e44])")
_FIRST = re.compile(r"^\s*(\S+)\s*")
_NEXT = re.compile(r"(\S+)\s*")
_DIGITISH = re.compile(r"^[0-9๐-๙.]+$")
_WORDS_KEPT = re.compile(r"^[A-Z][A-Za-z&\-]+$")  # ``Q&A``, ``E-Service``: question texts, not garble
MIN_CODES = 3  # well-formed codes a column needs
SHARE = 0.3  # of its filled cells
MIN_DIGIT_CONF = 0.9
SLIVER_TOP = 0.25  # of the tallest line: a short line starting this near the crop's top is the row above's
# ``ee``, ``ick``: a code's digits read as letters; ``๐๗``: its ``o`` read as a Thai zero (no
# number prints a leading zero)
# (``ié`` for ``i๕``: the eng model's accented letters too, dev seed 21000 scanned page 8; the
# letter read as a Thai letter or a bracket before the digits: ``โ[๑๘`` for ``i๑๘``, fresh dev
# seed 19509 page 7, i18 lost with no flag)
# (``|ว`` / ``[ว`` for ``i๖``: the i's stem read as a bar or bracket, the Thai digit as a letter, u52b 52204 p5 and
# 52212 p6, 200 dpi, codes one a line: i6 lost with no flag about codes)
_GARBLED_CODE = re.compile(r"^(?:[\[|(«]?[A-Za-z\u00c0-\u024f]{1,3}|๐[๐-๙0-9]{1,2}"
                           r"|[\[|(«\u0e01-\u0e2e\u0e40-\u0e44]{1,2}[ieo]?[0-9๐-๙]{1,2}|[\[|(«][\u0e01-\u0e2e]{1,2})$")
# a cell line that is one code and nothing else
_CODE_LINE = re.compile(r"^\s*[ieo][0-9๐-๙]{1,2}\s*$")


def code_columns(rows: list[list[str | None]], cols: set[int]) -> set[int]:
    """Those of ``cols`` whose cells open with question codes."""
    out = set()
    for c in cols:
        texts = [(row[c] or "").strip() for row in rows if c < len(row)]
        filled = [t for t in texts if t]
        n = sum(1 for t in filled if _CODE.match(t))
        if n >= MIN_CODES and n >= SHARE * len(filled):
            out.add(c)
    return out


def first_line_code(crop: np.ndarray) -> tuple[str, float] | None:
    """The question code opening the first text line of a cell image, with its digits'
    lowest confidence, or None."""
    lines = split_lines(crop)
    if not lines:
        return None
    ln = _first_line(crop, lines)
    img = np.pad(ln.img, 6, constant_values=255)
    code = numerals.read_leading_code(img)
    if code is None:
        return None
    conf = min(code[1][1:]) if len(code[1]) > 1 else 0.0
    return (code[0], conf) if conf >= MIN_DIGIT_CONF else None


def with_code(text: str, code: str) -> str:
    """``text`` opening with ``code``: Tesseract's first word replaced when it is as short as
    a garbled code, else the code put before the text."""
    m = _FIRST.match(text)
    if not m:
        return code
    tok, end = m.group(1), m.end()
    if len(tok) <= len(code) + 2 and not _WORDS_KEPT.match(tok):
        # the code's pixels can come back as two words (``๐๑ 8``): its digits follow
        while (n := _NEXT.match(text, end)) and _DIGITISH.match(n.group(1)) and len(tok + n.group(1)) <= len(code) + 1:
            tok, end = tok + n.group(1), n.end()
        rest = text[end:]
        return f"{code} {rest}" if rest else code
    return f"{code} {text.lstrip()}"


def reread_column_codes(rows: list[list[str | None]], crops: dict[tuple[int, int], np.ndarray]) -> list[tuple[int, int]]:
    """Re-read, from its pixels, the code of every text cell of a code column that does not
    open with a well-formed one (``crops``: (row, col) -> the cell's grey image). Rows are
    changed in place; returns the cells changed."""
    changed = []
    for c in code_columns(rows, {c for _, c in crops}):
        for (r, cc), crop in sorted(crops.items()):
            text = rows[r][cc] or ""
            if cc != c or _CODE.match(text):
                continue
            got = first_line_code(crop)
            if got is None:
                continue
            rows[r][cc] = with_code(text, got[0])
            changed.append((r, cc))
    return changed


def reread_later_codes(rows: list[list[str | None]], crops: dict[tuple[int, int], np.ndarray]) -> list[tuple[int, int]]:
    """Re-read, from its line's pixels, every short Latin garble (``ee``) on a line after a
    cell's first line when that first line opens with a well-formed code, and the cell's
    text lines match its image lines one for one; and a cell of codes one a line whose image
    has more lines than its text (:func:`_lost_code_lines`). Rows are changed in place;
    returns the cells changed."""
    changed = []
    for (r, c), crop in sorted(crops.items()):
        text = rows[r][c] or ""
        lines = text.split("\n")
        bad = [k for k, ln in enumerate(lines) if k and _GARBLED_CODE.match(ln.strip()) and not _CODE.match(ln)]
        if not _CODE.match(lines[0]) or not bad and not all(_CODE_LINE.match(ln) for ln in lines):
            continue
        img_lines = split_lines(crop)
        if not img_lines:
            continue
        tallest = max(x.img.shape[0] for x in img_lines)
        img_lines = sorted((x for x in img_lines if x.img.shape[0] >= 0.6 * tallest), key=lambda x: x.y0)
        if len(img_lines) > len(lines) and all(_CODE_LINE.match(ln) or k in bad for k, ln in enumerate(lines)):
            if (got := _lost_code_lines(lines, img_lines)) is not None:
                rows[r][c] = got
                changed.append((r, c))
            continue
        if not bad or len(img_lines) != len(lines):
            continue
        for k in bad:
            code = numerals.read_leading_code(np.pad(img_lines[k].img, 6, constant_values=255))
            if code is None or (min(code[1][1:]) if len(code[1]) > 1 else 0.0) < MIN_DIGIT_CONF:
                continue
            lines[k] = code[0]
        if "\n".join(lines) != text:
            rows[r][c] = "\n".join(lines)
            changed.append((r, c))
    return changed


def _lost_code_lines(lines: list[str], img_lines) -> str | None:
    """A cell of codes one a line whose image holds more lines than Tesseract's text (``i๒``
    for ``i๒`` over ``i๓``, dev seed 21000 scanned page 4, measure 1: the second line left
    out, i3 lost with no flag): every image line read as a code from its pixels, when each
    reads with confident digits and the lines Tesseract read whole are the pixels' codes in
    the same order; else None."""
    read = []
    for ln in img_lines:
        code = numerals.read_leading_code(np.pad(ln.img, 6, constant_values=255))
        if code is None or (min(code[1][1:]) if len(code[1]) > 1 else 0.0) < MIN_DIGIT_CONF:
            return None
        read.append(code[0])
    it = iter(_token_code(c) for c in read)  # Tesseract's whole codes, a subsequence of the pixels'
    if not all(any(got == want for got in it) for want in (_token_code(ln.strip()) for ln in lines if _CODE_LINE.match(ln))):
        return None
    return "\n".join(read)


# the run of codes opening a cell's first line as Tesseract read it: tokens up to the first
# Thai letter (a token may be glued to it: ``๐๒ผู้รับ``)
_RUN_LEAD = re.compile(r"^[^\u0e01-\u0e2e\u0e40-\u0e44\n]*")
_TOKEN_JUNK = "|[(«l"
_LATIN_CODE = re.compile(r"[ieo][A-Za-z]{1,2}")
# a first code whose letter Tesseract read as a bar (``|๒2ยังไม่มี…`` for ``i๒๒``, fresh dev
# seed 19506 page 9) or with a Thai letter glued before it (``โi๒๒ ilo`` for ``i๒๒ i๑๐``,
# fresh dev seed 18807): the cell did not open with a code and its run was not read again
_JUNK_LEAD = re.compile(r"^\s*(?:[|\[(«]|[\u0e01-\u0e2e\u0e40-\u0e44](?=[ieo]))"
                        r"(?=[ieo]?[0-9๐-๙]{1,2}(?:[ \t]|$|[\u0e01-\u0e2e\u0e40-\u0e44]))")


def _token_code(tok: str) -> tuple[str | None, str] | None:
    """(letter or None, digits in ASCII) of a code token as Tesseract read it (``i๒``, ``๐๒``
    for o๒, ``1๑๔`` for i๑๔, ``|i๑``), or None when the token is no code."""
    t = tok.lstrip(_TOKEN_JUNK) if len(tok) > 2 else tok
    t = re.sub(r"^[\u0e01-\u0e2e\u0e40-\u0e44](?=[ieo][0-9๐-๙])", "", t)  # ``โi๒๒``: a letter glued before
    m = re.fullmatch(r"([ieo]|๐(?=[0-9๐-๙])|1(?=[๐-๙]))?([0-9๐-๙]{1,2})", t)
    if m is None:
        return None
    letter = {"๐": "o", "1": "i"}.get(m.group(1), m.group(1))
    return letter, "".join(str("๐๑๒๓๔๕๖๗๘๙".find(ch)) if ch in "๐๑๒๓๔๕๖๗๘๙" else ch for ch in m.group(2))


def _lost_one_digit(read: str, full: str) -> bool:
    """Whether ``read`` is ``full`` with one digit left out."""
    return len(full) == len(read) + 1 and any(full[:k] + full[k + 1:] == read for k in range(len(full)))


def reread_code_runs(rows: list[list[str | None]], crops: dict[tuple[int, int], np.ndarray]) -> list[tuple[int, int]]:
    """Re-read, from its first line's pixels, the run of codes opening each cell of a column
    whose cells open with codes (an analysis cell ``i๒ i๒๑ ผู้รับ…``), and put back a digit
    Tesseract dropped: a code token that is the code read from its pixels with one digit
    left out (``i๒`` for ``i๒๐``, dev seed 18500 scanned page 5; ``๐๒ผู้รับ`` for ``o๒๖``,
    18801 page 6) is replaced by it, and so is a code read as its letter and Latin letters
    (``ib`` for ``i๖``) when the letters agree. Only codes whose digits the model reads with confidence
    >= MIN_DIGIT_CONF, in the same place of the run and with the same letter. Rows are changed
    in place; returns the cells changed."""
    changed = []
    columns = code_columns(rows, {c for _, c in crops})
    for (r, cc), crop in sorted(crops.items()):
        text = rows[r][cc] or ""
        junk = _JUNK_LEAD.match(text)
        if not _CODE.match(text) and junk is None and not _THREE_DIGITS.match(text.lstrip()):
            if _garbled_first_code(rows[r], cc, crop):
                changed.append((r, cc))
            continue
        lead = text[:junk.end()] + _RUN_LEAD.match(text[junk.end():]).group(0) if junk else _RUN_LEAD.match(text).group(0)
        # a cell of a code column, or one opening with a run of two codes (a table part of
        # one or two rows after a page break has too few cells to tell its code column), the
        # later ones maybe read as Latin letters (``e๑ elo`` for ``e๑ e๒``, dev seed 18509, measure 8)
        toks = lead.split()
        # a code whose digits came out as Latin letters (``ib`` for ``i๖``: dev seed 18500
        # page 5) keeps its letter: the pixels' code replaces it when the letters agree; so
        # does one read with a digit too many (``e๑๒๕ e๑๕`` for ``e๑๒ e๑๕``, fresh21s 21606
        # page 8: no code has three digits, e12 lost with no flag)
        read = [_token_code(t) or ((t[0], None) if _LATIN_CODE.fullmatch(t) or _THREE_DIGITS.fullmatch(t) else None)
                for t in toks]
        if not toks or None in read:
            continue
        # a cell of a code column, or one opening with a run of two codes (a table part of
        # one or two rows after a page break has too few cells to tell its code column), the
        # later ones maybe read as Latin letters (``e๑ elo`` for ``e๑ e๒``, dev seed 18509, measure 8)
        several = cc in columns or len(toks) >= 2
        ln = _first_line(crop)
        if ln is None:
            continue
        run = numerals.read_code_run(np.pad(ln.img, 6, constant_values=255), most=len(toks) + MORE_CODES)
        new = list(toks) if several else None
        for k, (code, confs) in enumerate(run[:len(toks)] if several else ()):
            letter, digits = read[k]
            if min(confs[1:]) < MIN_DIGIT_CONF or letter not in (None, code[0]):
                break
            full = "".join(str("๐๑๒๓๔๕๖๗๘๙".find(ch)) if ch in "๐๑๒๓๔๕๖๗๘๙" else ch for ch in code[1:])
            if full == digits and toks[k].startswith(code[0]):
                continue
            # (a code whose letter was read as a digit, ``e7 ๕8 ยังไม่มี…`` for ``e7 e8``, dev seed
            # 21006 scanned page 6: the pixels read the letter where Tesseract read a digit)
            letter_as_digit = letter is None and len(digits or "") == 2 and digits[1:] == full
            if digits is not None and digits != full and not _lost_one_digit(digits, full) and not letter_as_digit:
                break  # the two readings disagree otherwise: keep Tesseract's
            new[k] = code
        else:
            new = (new or list(toks)) + _codes_left_out(toks if new is None else new, run)
        if new is not None and new != toks:
            rest = text[len(lead):]
            rows[r][cc] = " ".join(new) + (" " + rest if rest and not rest[0].isspace() else rest)
            changed.append((r, cc))
    return changed


MORE_CODES = 2  # codes a run may hold past those Tesseract read
_THREE_DIGITS = re.compile(r"[ieo][0-9๐-๙]{3}")
_MAX_CODE = {"i": 30, "e": 15, "o": 43}  # the highest code of any edition (2562-2566: i30, e15, o43)


def _codes_left_out(toks: list[str], run: list[tuple[str, list[float]]]) -> list[str]:
    """Codes the pixels read after the run Tesseract read, which Tesseract left out (``i๑๔
    ผู้รับ…`` for ``i๑๔ i๑๘ ผู้รับ…``, fresh21s 21605 page 9; ``i๙ การ…`` for ``i๙ i๑๒ การ…``,
    21606 page 5; ``i๑๔ การ…`` for ``i๑๔ i๑๗``, 21612 page 5: the later code lost with no flag).
    The pixels' first codes must be Tesseract's, one for one; each code added has confident
    digits, the run's letter and a higher number than the code before it (a cell lists its
    codes in order, of one tool), within the questionnaire's range."""
    if len(run) <= len(toks):
        return []
    for tok, (code, _) in zip(toks, run):
        if _token_code(tok) != _token_code(code):
            return []
    letter, digits = _token_code(toks[-1])
    if letter is None:
        return []
    last, out = int(digits), []
    for code, confs in run[len(toks):]:
        got = _token_code(code)
        if got is None or min(confs[1:]) < MIN_DIGIT_CONF or got[0] != letter:
            break
        if not last < int(got[1]) <= _MAX_CODE[letter]:
            break
        out.append(code)
        last = int(got[1])
    return out


# (the codes may stand alone on the cell's first line: ``อฒ e๘\nบุคลากร…``, 18509 page 4)
_GARBLED_FIRST = re.compile(r"^\s*(\S{1,3})[ \t]+((?:[ieo][0-9๐-๙]{1,2}(?:[ \t]+|(?=\n)|$))+)")


def _first_line(crop: np.ndarray, lines=None):
    """The cell's first text line. A row cut through the line above it leaves that line's
    marks as a short line of its own at the crop's top edge: a short line is skipped only
    there. A short line below the top is the cell's own: a line of codes alone (``e๗ e๘``
    over ``บุคลากร…``, no tall Thai letters or stacked marks) is shorter than its text lines
    (dev seed 18509 scanned page 4: the codes' line, 30 px of 49, 25 px below the top, was
    skipped and e7 lost)."""
    lines = split_lines(crop) if lines is None else lines
    if not lines:
        return None
    tallest = max(x.img.shape[0] for x in lines)
    return min((x for x in lines if x.img.shape[0] >= 0.6 * tallest or x.y0 > SLIVER_TOP * tallest),
               key=lambda x: x.y0)


def _garbled_first_code(row: list[str | None], c: int, crop: np.ndarray) -> bool:
    """A cell opening with a short garble and then codes on its first line (``อฒ e๘ บุคลากร…``
    for ``e๗ e๘``, as dev seed 18509 scanned page 4 printed it): the run read from the pixels
    replaces the garble when it reads as many codes and the later ones are Tesseract's.
    Changes ``row`` in place."""
    text = row[c] or ""
    m = _GARBLED_FIRST.match(text)
    if m is None or _token_code(m.group(1)) is not None:
        return False
    later = m.group(2).split()
    ln = _first_line(crop)
    if ln is None:
        return False
    run = numerals.read_code_run(np.pad(ln.img, 6, constant_values=255), most=1 + len(later))
    if len(run) != 1 + len(later) or min(min(cf[1:]) for _, cf in run) < MIN_DIGIT_CONF:
        return False
    if [_token_code(code) for code, _ in run[1:]] != [_token_code(t) for t in later]:
        return False
    row[c] = run[0][0] + " " + text[m.start(2):]
    return True
