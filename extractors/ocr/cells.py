"""Reading the text cells of a table grid."""

from __future__ import annotations
import re
import numpy as np
from extractors import numerals
from extractors.ocr.lines import TextLine, page_line_height, split_lines
from extractors.ocr.lone_numbers import lone_numbers
from extractors.ocr.tess import Word, tesseract_lines, text_scale
from extractors.ocr.words import DIGITS, drop_mark_ghosts
from extractors.ocr.digits import words_to_text
from extractors.ocr.monthwords import REREAD_CONF, reread_latin_months


def _erase_lines(gray: np.ndarray, lines: np.ndarray) -> np.ndarray:
    out = gray.copy()
    out[lines > 0] = 255
    return out


def _crop(img: np.ndarray, box: tuple[int, int, int, int], inset: int) -> np.ndarray:
    """A cell's image inside its edges (``inset`` off each); blank paper (one white pixel) where the
    cell is narrower or shorter than its insets. An empty array made OpenCV fail (an exception in
    ``cv2.dilate``, a segfault in ``connectedComponentsWithStats``) and lost the page: scan29's
    unseen 40100 p2 (300 dpi)."""
    x0, y0, x1, y1 = box
    out = img[max(0, y0 + inset) : max(0, y1 - inset), max(0, x0 + inset) : max(0, x1 - inset)]
    if out.size == 0:
        return np.full((1, 1) + img.shape[2:], 255, dtype=img.dtype)
    return out


def looks_numeric(r: numerals.CellReading) -> bool:
    """Whether an analysed cell holds one number (or a dash) and nothing else."""
    glyphs = r.glyphs
    if not glyphs or len(glyphs) > 12 or any(g.kind == "mark" for g in glyphs):
        return False
    dig = [g for g in glyphs if g.kind == "digit"]
    if not dig:
        return all(g.kind == "dash" for g in glyphs) and len(glyphs) == 1
    h0 = float(np.median([g.h for g in dig]))
    tops = [g.y for g in dig]
    if max(tops) - min(tops) > 0.6 * h0 or any(g.h > 1.5 * h0 or g.h < 0.6 * h0 for g in dig):
        if not _mixed_digits(dig):
            return False
    return float(r.other.mean()) < 0.3 and float(r.other.max()) < 0.6


def _mixed_digits(dig: list) -> bool:
    """Thai and Arabic digits mixed in one number (``๔๘.9๔``, ``1๐๐.๐๐``): in some fonts
    (Waree) an Arabic digit stands up to 1.6 times a Thai one's height, on the same baseline.
    Taken for text, such a number lost its row (fresh 19504, 300 dpi: o32 and o33, o39 and
    o40 read as one row each, e8 lost)."""
    short = min(g.h for g in dig)
    bots = [g.y + g.h for g in dig]
    return max(bots) - min(bots) <= 0.3 * short and max(g.h for g in dig) <= 1.75 * short


def _ink_box(gray: np.ndarray, pad: int) -> tuple[int, int, int, int] | None:
    ink = gray < 160
    if ink.sum() < 8:
        return None
    ys, xs = np.nonzero(ink)
    return max(0, xs.min() - pad), max(0, ys.min() - pad), min(gray.shape[1], xs.max() + pad + 1), min(gray.shape[0], ys.max() + pad + 1)


def read_text_cells(crops: dict[tuple[int, int], np.ndarray], dpi: int, line_h: float = 0.0,
                    lang: str = "tha+eng") -> dict[tuple[int, int], tuple[str, float]]:
    """Read text cells with one Tesseract call: crops are stacked into a strip (psm 6).

    ``line_h`` is the page's text line height (sets the down-scaling for Tesseract)."""
    gap = max(20, int(40 * dpi / 300))
    parts, slots = [], []
    y = gap
    for key, im in crops.items():
        b = _ink_box(im, 4)
        if b is None:
            continue
        c = im[b[1] : b[3], b[0] : b[2]]
        parts.append((y, c))
        slots.append((key, y, y + c.shape[0]))
        y += c.shape[0] + gap
    out = {k: ("", 1.0) for k in crops}
    if not parts:
        return out
    width = max(c.shape[1] for _, c in parts) + 2 * gap
    strip = np.full((y, width), 255, np.uint8)
    for yy, c in parts:
        strip[yy : yy + c.shape[0], gap : gap + c.shape[1]] = c
    if line_h <= 0:
        line_h = page_line_height(strip)
    # our own line split + one single-line read per line (Tesseract's row finder would put
    # stacked tone marks on lines of their own: see split_lines)
    lines: list[TextLine] = []
    line_slot: list[tuple[int, int]] = []
    for (key, a, _), (yy, c) in zip(slots, parts):
        for ln in split_lines(c):
            lines.append(TextLine(ln.img, ln.x0 + gap, ln.y0 + yy))
            line_slot.append(key)
    words = tesseract_lines(lines, dpi=dpi, scale=text_scale(line_h), lang=lang)
    by_slot: dict[tuple[int, int], list[Word]] = {k: [] for k, _, _ in slots}
    by_line: list[list[Word]] = [[] for _ in lines]
    for w in words:
        by_line[w.line[2]].append(w)
    lone = lone_numbers(lines, by_line)  # a day wrapped onto a line of its own
    done = {w.line[2] for w in lone}
    words = [w for w in words if w.line[2] not in done] + lone
    by_line = [[] for _ in lines]
    for w in words:
        by_slot[line_slot[w.line[2]]].append(w)
        by_line[w.line[2]].append(w)
    lost = {line_slot[i] for i, ln in enumerate(lines) if ink_not_read(ln, by_line[i])}
    if lang != "eng":
        keys = list(by_slot)
        reread = {keys[s] for s in reread_latin_months([by_slot[k] for k in keys], strip, dpi, text_scale(line_h))}
    else:
        reread = set()
    for key, ws in by_slot.items():
        ws = leading_code(split_ranges(drop_mark_ghosts(ws)), strip)
        text, conf = words_to_text(ws, strip)
        if key in lost:
            conf = min(conf, LOST_INK_CONF)
        if key in reread:
            conf = min(conf, REREAD_CONF)
        out[key] = (text, conf)
    return out


_RANGE = re.compile(r"^([^\u0e00-\u0e4f\s\-–]{1,3})([-–])([^\u0e00-\u0e4f\s\-–]{1,3})$")


def split_ranges(ws: list[Word]) -> list[Word]:
    """A range of Thai digits Tesseract read as one word of stand-ins (``ไตรมาสที่ ๑-๔`` came
    back ``o-@``: ๔ is a digit ``tha`` cannot output) is cut at its dash, each side a word of
    its own with a share of the box, so that ``digits.reread_digits`` reads both numbers
    from their pixels. A side that is no digit stand-in Tesseract knows (``@``) is named as
    one (``o``): the recognizer decides, or the text stays unparseable and the period null."""
    out = []
    for w in ws:
        m = _RANGE.match(w.text) if not w.fixed else None
        if not m or any(ch.isupper() for ch in w.text):  # IIT-EIT: names, not digits
            out.append(w)
            continue
        a, dash, b = m.groups()
        n = len(w.text)
        x = w.left
        for part in (a, dash, b):
            width = max(1, round(w.width * len(part) / n))
            text = part if part == dash or all(ch in DIGITS or ch.isalpha() for ch in part) else "o" * len(part)
            out.append(Word(text, x, w.top, width, w.height, w.conf, w.line, w.seq))
            x += width
    return out


LOST_INK_CONF = 0.6  # a cell with a stretch of ink no word was read from: doubtful


def ink_not_read(ln: TextLine, words: list[Word], thr: int = 160) -> bool:
    """Whether Tesseract left a word-sized stretch of a line's ink out of every word box.

    psm 7 can drop a whole stretch of a line and return the rest with high confidence
    (``เม.ย. - มิ.ย. ๖๙`` read as ``เม.ย. ๖๙``: a period that parses, and is wrong). Ink
    columns not within a quarter line height of a word box, in one run at least a line height
    wide, mean lost text."""
    h = ln.img.shape[0]
    cols = (ln.img < thr).any(axis=0)
    covered = np.zeros_like(cols)
    slack = int(0.25 * h)
    for w in words:
        a, b = w.left - ln.x0 - slack, w.left + w.width - ln.x0 + slack
        covered[max(0, a) : max(0, b)] = True
    run = best = 0
    last_ink = -h
    for x, (ink, cov) in enumerate(zip(cols, covered)):
        if cov:
            run = 0
        elif ink:
            if x - last_ink > h // 2:
                run = 0  # a blank gap: a new stretch (specks far apart do not add up)
            run += x - last_ink if run else 1
            last_ink = x
            best = max(best, run)
    return best >= h


_CODE_START = set("iIl1|[eEoO0๐๑")


def leading_code(ws: list[Word], img: np.ndarray) -> list[Word]:
    """A question code opening a cell (``i๔ เจ้าหน้าที่...``) re-read from its pixels by
    ``numerals.read_code``: Tesseract gives ``ilo``, ``eo``, ``[๑๖๔`` for such codes."""
    if not ws:
        return ws
    first_line = min(w.line for w in ws)
    line = sorted((w for w in ws if w.line == first_line), key=lambda w: w.left)
    if not line or line[0].text[0] not in _CODE_START:
        return ws
    hs = sorted(w.height for w in line)
    lh = hs[len(hs) // 2]
    token = [line[0]]
    for w in line[1:]:
        if w.left - (token[-1].left + token[-1].width) > 0.45 * lh or sum(len(t.text) for t in token) >= 5:
            break
        if not all(ch.isascii() or "\u0e50" <= ch <= "\u0e59" for ch in w.text):
            break  # Thai text begins
        token.append(w)
    x0 = min(w.left for w in token)
    x1 = max(w.left + w.width for w in token)
    y0 = min(w.top for w in line)
    y1 = max(w.top + w.height for w in line)
    pad = max(3, lh // 3)
    code = numerals.read_leading_code(img[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + 3 * lh])
    if code is None:
        return ws
    ids = {id(w) for w in token}
    merged = Word(code[0] + " ", x0, token[0].top, x1 - x0, token[0].height, min(code[1]) * 100, first_line,
                  seq=min(w.seq for w in token))
    return [merged] + [w for w in ws if id(w) not in ids]


def _relines(ws: list[Word]) -> list[Word]:
    """Reassign line ids inside one cell by vertical overlap."""
    ws = sorted(ws, key=lambda w: w.top + w.height / 2)
    lines: list[list[Word]] = []
    for w in ws:
        cy = w.top + w.height / 2
        for ln in lines:
            ref = sorted(x.top + x.height / 2 for x in ln)[len(ln) // 2]
            hh = sorted(x.height for x in ln)[len(ln) // 2]
            if abs(cy - ref) < 0.6 * max(hh, w.height):
                ln.append(w)
                break
        else:
            lines.append([w])
    out = []
    for i, ln in enumerate(lines):
        out.extend(Word(w.text, w.left, w.top, w.width, w.height, w.conf, (0, 0, i)) for w in ln)
    return out


def text_sized(r: numerals.CellReading, scale: float) -> bool:
    """Whether a cell's digit-sized glyphs are the size of printed characters (under 13 mm).
    A text cell whose lines ink ran together (rules left in, heavy blur) can segment into two
    or three giant blobs, which must not be read as a question code (``i1``)."""
    return all(g.h <= 150 * scale and g.w <= 150 * scale for g in r.glyphs if g.kind == "digit")


def latin_like(r: numerals.CellReading) -> bool:
    """A short cell of letters with no Thai marks (IIT, EIT, OIT, ITA): worth a second,
    English-only reading, since ``tha+eng`` reads ``IIT`` as Thai (measured: เท, WT)."""
    return (not any(g.kind == "mark" for g in r.glyphs) and 2 <= r.n_digits <= 6
            and float(r.other.max()) > 0.5)
