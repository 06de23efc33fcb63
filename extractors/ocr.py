"""OCR of one scanned PDF page: its text and its ruled tables.

``ocr_page`` renders the page (pypdfium2, pixel count capped), removes skew, finds table grids
from ruling lines (``extractors.grid``), reads numeric cells with our own numeral recognizer
(``extractors.numerals``; Tesseract ``tha`` cannot output ๔ ๖ ๗ ๘ ๙) and text cells with
Tesseract ``tha+eng``. Text cells of a page are stacked into one strip image and read by a
single Tesseract call (psm 6), the text outside tables by another (psm 3), so a page costs
about one bare Tesseract run. Tesseract's per-character "words" are re-joined into Thai
words by their box gaps, ``ำ`` is recomposed, and runs of digits inside text (prose scores,
question codes such as ``i๘``) are re-read by the numeral recognizer.

Tables go through the arithmetic second opinion (``extractors.ocr_checks``). Only OCR's own
artefacts are fixed here; the general Thai repair (``normalizers.thai_text.repair_cell``)
runs in the normalize stage like for born-digital text, so its flags are kept.
"""
from __future__ import annotations

import csv
import io
import os
import re
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from extractors import grid as G
from extractors import numerals
from extractors.model import PageText, RawTable
from extractors.pdf import render_dpi

TESS_LINE_PX = 34  # text line height (with marks) handed to Tesseract
MAX_PIXELS = 16_000_000  # A4 at 300 dpi is 8.7 Mpx
A4_SHORT_PT = 595.0
OVERSIZE_PT = 1000.0  # a MediaBox wider than this on its short side is taken as A4 paper
NUM_FLAG_CONF = 0.9
DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙"
# characters Tesseract ``tha`` emits in place of Thai digits it does not know (measured)
DIGIT_LOOKALIKES = set("สฒ")
# Tesseract gives short Latin words for Thai digits inside text (๗๐ -> oo, ๗๑ -> alo, ๒๖ ->
# lob, ๖๖ -> bb): such words are re-read, and replaced only when the recognizer is sure that
# all their glyphs are Thai digits
_LATIN_SHORT = re.compile(r"^[A-Za-z][a-zA-Z]{0,4}$")
# Tesseract's ghosts of Thai marks: Latin letters glued inside a Thai word, or digits/letters
# right before a combining mark (a mark can only follow a consonant)
_GHOST = re.compile(r"(?<=[\u0e01-\u0e4e])[A-Za-z|<&€]{1,6}(?=[\u0e01-\u0e4e])"
                    r"|[A-Za-z0-9\u0e50-\u0e59|<&€]{1,3}(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")
_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9 .&:/-]*$", re.ASCII)
_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")



@dataclass
class Word:
    """One Tesseract TSV word with its box in the image given to Tesseract."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    line: tuple[int, int, int]
    seq: int = -1  # Tesseract's reading order, where the boxes are too loose to sort by (psm 7)


# --------------------------------------------------------------------------- rendering


def render_page(pdf_path: str | Path, page_no: int, dpi: int = 300) -> tuple[np.ndarray, int, float, float, float]:
    """Render a 1-based page to RGB at ``dpi`` of the paper it stands for.

    Returns (image, paper dpi, PDF points per pixel, width_pt, height_pt). A scanner that
    writes an A4 scan into a poster-sized MediaBox (seen: 1600 x 2263 pt) is rendered as A4
    paper, and the bitmap always stays under ``MAX_PIXELS``.
    """
    doc = pdfium.PdfDocument(str(pdf_path))
    try:
        page = doc[page_no - 1]
        w_pt, h_pt = page.get_size()
        short = min(w_pt, h_pt)
        paper_short = A4_SHORT_PT if short > OVERSIZE_PT else short
        want = dpi * paper_short / short  # dpi relative to the MediaBox
        eff = min(want, render_dpi(w_pt, h_pt, int(round(want)) or 1, MAX_PIXELS))
        bmp = page.render(scale=eff / 72.0)
        img = np.array(bmp.to_pil().convert("RGB"))
    finally:
        doc.close()
    pt_per_px = 72.0 / eff
    paper_dpi = int(round(eff * short / paper_short))
    return img, paper_dpi, pt_per_px, float(w_pt), float(h_pt)


def ink_gray(rgb: np.ndarray) -> np.ndarray:
    """Grayscale where only dark-in-every-channel ink is dark: a yellow highlighter, a red or
    blue stamp become light (max over channels)."""
    return cv2.max(cv2.max(rgb[..., 0], rgb[..., 1]), rgb[..., 2])


# --------------------------------------------------------------------------- tesseract


def text_scale(line_h: float) -> float:
    """Down-scaling that brings Thai text lines (marks included) to the height Tesseract's
    ``tha`` model reads best (measured on the real scan: 16 pt at 300 dpi split marks off
    into lines of their own; at 0.6x it did not)."""
    if line_h <= 0:
        return 1.0
    return float(np.clip(TESS_LINE_PX / line_h, 0.4, 1.0))


def tesseract_words(gray: np.ndarray, psm: int, dpi: int = 300, lang: str = "tha+eng", scale: float = 1.0) -> list[Word]:
    """Run the tesseract binary (single-threaded: OMP_THREAD_LIMIT=1) and parse its TSV words.

    ``scale`` < 1 shrinks the image first; boxes are returned in the input's pixels.
    """
    if scale < 0.99:
        gray = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        dpi = int(dpi * scale)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        tmp = f.name
    try:
        cv2.imwrite(tmp, gray)
        out = subprocess.run(
            ["tesseract", tmp, "stdout", "-l", lang, "--psm", str(psm), "--dpi", str(dpi), "tsv"],
            env=env, capture_output=True, check=True, timeout=300,
        ).stdout.decode("utf-8", "replace")
    finally:
        os.unlink(tmp)
    words = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        words.append(Word(row["text"].strip(), int(int(row["left"]) / scale), int(int(row["top"]) / scale),
                          int(int(row["width"]) / scale), int(int(row["height"]) / scale), float(row["conf"]),
                          (int(row["block_num"]), int(row["par_num"]), int(row["line_num"]))))
    return words


# --------------------------------------------------------------------------- text lines


@dataclass
class TextLine:
    """One text line of an image, cut out for a single-line Tesseract read: ``img`` holds
    only the line's own connected components (marks included), ``x0, y0`` its place."""

    img: np.ndarray
    x0: int
    y0: int


def split_lines(gray: np.ndarray, thr: int = 160) -> list[TextLine]:
    """Cut an image of text into lines by connected components, each stacked mark kept with
    the line it belongs to.

    Tesseract's own row finder (psm 3/4/6) puts the row of tone marks stacked over upper
    vowels (``ที่ เสี่ยง ขั้น``) on a text line of its own, which it then reads as Latin
    ghosts (``a``, ``wa``) while the real line loses its marks. Here glyph bodies (components
    at least 0.6 x-height tall) make the lines and every smaller component (marks, upper and
    lower vowels) joins the line whose body band is nearest, so Tesseract reads each line
    whole (psm 7) with its marks."""
    ink = (gray < thr).astype(np.uint8)
    n, lab, st, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return []
    return _lines_of_components(gray, lab, st, st[1:, cv2.CC_STAT_AREA] >= 3)


def _lines_of_components(gray: np.ndarray, lab: np.ndarray, st: np.ndarray, keep: np.ndarray) -> list[TextLine]:
    """``split_lines`` on connected components already found (``keep``: those that count)."""
    n = len(st)
    ys, hs = st[1:, cv2.CC_STAT_TOP], st[1:, cv2.CC_STAT_HEIGHT]
    if not keep.any():
        return []
    h0 = float(np.median(hs[keep]))
    body = [i for i in range(n - 1) if keep[i] and hs[i] >= 0.6 * h0]
    if not body:
        body = [i for i in range(n - 1) if keep[i]]
    # bodies clustered into lines by their vertical centres
    body.sort(key=lambda i: ys[i] + hs[i] / 2)
    groups: list[list[int]] = []
    for i in body:
        c = ys[i] + hs[i] / 2
        if groups:
            g = groups[-1]
            gc = statistics.median([float(ys[j] + hs[j] / 2) for j in g])
            if abs(c - gc) < 0.6 * h0:
                g.append(i)
                continue
        groups.append([i])
    # a tall glyph whose top rises into the mark row above its line (ใ, a digit, ชี joined
    # to its vowel) can cluster with that row or make a "line" of its own; whatever reaches
    # down into the lower half of the next line's bodies sits on that line's baseline and
    # belongs to it
    hb = float(np.median([hs[i] for i in body]))
    for k in range(len(groups) - 1):
        nxt = groups[k + 1]
        if float(np.median([hs[j] for j in nxt])) < 0.7 * hb:
            continue  # only into a line of text, never into a row of marks
        top = float(np.median([ys[j] for j in nxt]))
        bot = float(np.median([ys[j] + hs[j] for j in nxt]))
        mid = (top + bot) / 2
        move = [i for i in groups[k] if mid <= ys[i] + hs[i] <= bot + 0.3 * (bot - top)]
        if move:
            groups[k] = [i for i in groups[k] if i not in move]
            nxt.extend(move)
    groups = [g for g in groups if g]
    # a "line" of short components only is a row of marks (ู ้ under/over tight lines)
    if len(groups) > 1:
        groups = [g for g in groups if float(np.median([hs[j] for j in g])) >= 0.7 * hb] or groups
    if len(groups) > 1:
        # the same, judged against the line right below (a bigger heading on a page of text:
        # its marks are as tall as the page's letters): short components just over it
        kept: list[list[int]] = []
        below = None  # (core top, body height) of the nearest line kept below
        for g in reversed(groups):
            hg = float(np.median([hs[j] for j in g]))
            bottom = float(np.median([ys[j] + hs[j] for j in g]))
            if below is not None and hg < 0.7 * below[1] and below[0] - bottom <= 0.6 * below[1]:
                continue
            kept.append(g)
            below = (float(np.median([ys[j] for j in g])), hg)
        groups = kept[::-1]
    if len(groups) > 1:
        # a blurred stacked mark (ี่ as one blob) is as tall as a small letter, so a row of
        # them passes the tests above; it still ends where the line below begins, which a
        # line of text never does (the line gap is half a line or more)
        kept = []
        for k, g in enumerate(groups):
            if k + 1 < len(groups) and len(g) <= 3 and max(hs[j] for j in g) <= 0.9 * hb:
                nxt = groups[k + 1]
                if float(np.median([ys[j] + hs[j] for j in g])) >= float(np.median([ys[j] for j in nxt])) - 0.25 * hb:
                    continue
            kept.append(g)
        groups = kept
    cores = [(float(np.median([ys[j] for j in g])), float(np.median([ys[j] + hs[j] for j in g]))) for g in groups]
    owner = np.zeros(n, np.int32)  # label -> 1-based line
    for k, g in enumerate(groups):
        owner[np.array(g) + 1] = k + 1
    # marks stack up to two deep above a line (upper vowel + tone) but one deep below, so
    # distance above a line's body counts half: a tone of the next line sits nearer to the
    # descender-free bottom of the line above than to its own body
    xs, ws = st[1:, cv2.CC_STAT_LEFT], st[1:, cv2.CC_STAT_WIDTH]
    small = [i for i in range(n - 1) if keep[i] and not owner[i + 1]]
    for i in small:
        c = ys[i] + hs[i] / 2
        cost = [max((a - c) / 1.0, (c - b) / 0.5, 0.0) for a, b in cores]
        owner[i + 1] = int(np.argmin(cost)) + 1
    # a mark resting on another mark (tone over an upper vowel) follows that mark's line
    # (geometry of each pair tested once, vectorised: a page holds thousands of marks)
    if small:
        sm = np.array(small)
        sy, sh, sx, sw = ys[sm], hs[sm], xs[sm], ws[sm]
        gap_y = sy[None, :] - (sy + sh)[:, None]  # [i, j]
        overlap = np.minimum((sx + sw)[:, None], (sx + sw)[None, :]) - np.maximum(sx[:, None], sx[None, :])
        rests = (sy[None, :] > sy[:, None]) & (gap_y >= -2) & (gap_y <= 0.35 * h0) & (overlap > 0)
        np.fill_diagonal(rests, False)
        cand = [(a, np.nonzero(rests[a])[0]) for a in range(len(small)) if rests[a].any()]
        core_top = np.array([a for a, _ in cores])
        for _ in range(2):
            for a, js in cand:
                own = owner[sm[js] + 1]
                ok = (sy[js] + sh[js] / 2) < core_top[own - 1]
                if ok.any():
                    owner[sm[a] + 1] = own[np.nonzero(ok)[0][-1]]
    line_of = owner[lab]
    # each line's box from its components' boxes (no full-image mask per line)
    lab_ok = np.nonzero(owner[1:])[0]
    out = []
    for k in range(1, len(groups) + 1):
        mine = lab_ok[owner[lab_ok + 1] == k]
        x0, y0 = int(xs[mine].min()), int(ys[mine].min())
        x1, y1 = int((xs[mine] + ws[mine]).max()), int((ys[mine] + hs[mine]).max())
        m = line_of[y0:y1, x0:x1] == k
        mm = cv2.dilate(m.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        sub = np.where(mm, gray[y0:y1, x0:x1], 255).astype(np.uint8)
        out.append(TextLine(sub, x0, y0))
    return out


def tesseract_lines(lines: list[TextLine], dpi: int = 300, lang: str = "tha+eng", scale: float = 1.0) -> list[Word]:
    """Read text lines with one Tesseract call: each line is a page of a multi-page TIFF
    read as a single line (psm 7), so no row finding splits its marks off. Words come back
    in the coordinates of the image the lines were cut from, line ids ``(0, 0, line)``."""
    from PIL import Image

    if not lines:
        return []
    pad = 8
    pages = []
    for ln in lines:
        im = np.pad(ln.img, pad, constant_values=255)
        if scale < 0.99:
            im = cv2.resize(im, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        pages.append(Image.fromarray(im))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with tempfile.NamedTemporaryFile(suffix=".tif", delete=False) as f:
        tmp = f.name
    try:
        pages[0].save(tmp, save_all=True, append_images=pages[1:], compression="tiff_lzw")
        out = subprocess.run(
            ["tesseract", tmp, "stdout", "-l", lang, "--psm", "7", "--dpi", str(int(dpi * min(scale, 1.0))), "tsv"],
            env=env, capture_output=True, check=True, timeout=300,
        ).stdout.decode("utf-8", "replace")
    finally:
        os.unlink(tmp)
    sc = min(scale, 1.0) if scale < 0.99 else 1.0
    words = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        k = int(row["page_num"]) - 1
        ln = lines[k]
        words.append(Word(row["text"].strip(), int(int(row["left"]) / sc) - pad + ln.x0, int(int(row["top"]) / sc) - pad + ln.y0,
                          int(int(row["width"]) / sc), int(int(row["height"]) / sc), float(row["conf"]), (0, 0, k),
                          seq=len(words)))
    return words


def drop_mark_ghosts(words: list[Word]) -> list[Word]:
    """Drop Tesseract's ghost words: Thai marks above a line read a second time, as Latin
    letters (``a``, ``al``, ``i``) on a line of their own, much shorter than the text."""
    if len(words) < 2:
        return words
    hs = sorted(w.height for w in words)
    med = hs[len(hs) // 2]
    return [w for w in words if not (w.height < 0.55 * med and w.text.isascii())]


def recompose_am(text: str) -> str:
    """Compose SARA AM from Tesseract's nikhahit + (tone) + sara aa: ``นํ้า`` -> ``น้ำ``."""
    return _AM.sub(lambda m: m.group(1) + "\u0e33", text)


def join_line(words: list[Word]) -> str:
    """Join one line's words: Tesseract splits Thai into per-character words, so between
    Thai letters a space is kept only where the box gap is wide (a real word space). Where
    the script changes (Thai next to Latin letters or digits) reports nearly always put a
    space (the seeds: 872 of 878 such places), and so they do before an opening bracket or
    quote and after a closing one, a colon or a comma: a narrower gap is enough there.
    Next to other punctuation (``พ.ศ.``, ``/``) the wide gap still decides."""
    if not words:
        return ""
    if all(w.seq >= 0 for w in words):
        # single-line reads (psm 7): Tesseract's order; its per-character boxes can be so
        # loose that sorting by them swaps letters (``การพัฒนา`` -> ``การฒพั นา``)
        words = sorted(words, key=lambda w: w.seq)
    else:
        words = sorted(words, key=lambda w: w.left)
    hs = sorted(w.height for w in words)
    lh = hs[len(hs) // 2]
    out = words[0].text
    for a, b in zip(words, words[1:]):
        gap = b.left - (a.left + a.width)
        x, y = a.text[-1], b.text[0]
        wide = _thai_letter(x) or _thai_letter(y)
        if wide and (_thai_letter(x) and (_alnum(y) or y in _SPACED_OPEN)
                     or (_alnum(x) or x in _SPACED_CLOSE) and _thai_letter(y)):
            wide = False  # the script changes, or a bracket, colon, comma or quote
        if gap > (0.6 if wide else 0.3) * lh:
            out += " "
        out += b.text
    return out


_SPACED_OPEN = frozenset("([“")  # the seeds: Thai + ( spaced 79 times, glued 4
_SPACED_CLOSE = frozenset(")]:,”")  # ) : , ” + Thai spaced 124 times, glued 0


def _thai_letter(ch: str) -> bool:
    """A Thai letter, vowel or mark (not a Thai digit)."""
    return "\u0e01" <= ch <= "\u0e4f"


def _alnum(ch: str) -> bool:
    """A Latin letter or a digit (Arabic or Thai)."""
    return ch.isascii() and ch.isalnum() or "\u0e50" <= ch <= "\u0e59"


def group_lines(words: list[Word], by_id: bool = False) -> list[list[Word]]:
    """Words grouped into their lines, top to bottom; with ``by_id`` in the order of the line
    ids instead (a reading order already settled, e.g. column after column)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    if by_id:
        return [lines[k] for k in sorted(lines)]
    return sorted(lines.values(), key=lambda ws: min(w.top for w in ws))


# --------------------------------------------------------------------------- digits inside text


_BRACKETS = "()[]"


def _digit_core(text: str) -> tuple[str, str, str]:
    """(opening brackets, the rest, closing brackets/commas) of a Tesseract word: ``(๒๒.``."""
    i, j = 0, len(text)
    while i < j and text[i] in _BRACKETS:
        i += 1
    while j > i and text[j - 1] in _BRACKETS + ",":
        j -= 1
    return text[:i], text[i:j], text[j:]


def _digit_runs(line: list[Word]) -> list[list[Word]]:
    """Runs of adjacent words that are digits, points or Tesseract's stand-ins for the Thai
    digits it cannot output, holding at least one real digit. A word may carry brackets at
    its ends (``(๒๒.``); a run neither starts nor ends with a point (``พ.ศ.`` before a year).
    Box gaps only split runs where they are wide: Tesseract's per-character boxes are often
    far narrower than the glyph (``reread_digits`` joins runs whose ink touches)."""
    line = sorted(line, key=lambda w: w.left)
    hs = sorted(w.height for w in line)
    med = hs[len(hs) // 2] if hs else 0
    runs, cur = [], []
    for w in line:
        pre, core, post = _digit_core(w.text)
        ok = bool(core) and (all(ch in DIGITS or ch in ".," or ch in DIGIT_LOOKALIKES for ch in core)
                             or _latin_lookalike(core))
        ok = ok and w.height >= 0.45 * med  # ghosts of marks above the line are short
        if ok and cur:
            prev = cur[-1]
            if (pre or _digit_core(prev.text)[2]
                    or w.left - (prev.left + prev.width) > 0.5 * max(prev.height, w.height)):
                runs.append(cur)
                cur = []
        if ok:
            cur.append(w)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        while r and all(ch in ".," for ch in _digit_core(r[0].text)[1]):
            r = r[1:]
        while r and all(ch in ".," for ch in _digit_core(r[-1].text)[1]):
            r = r[:-1]
        if any(ch in DIGITS for w in r for ch in w.text) or (r and all(_latin_lookalike(w.text) for w in r)):
            out.append(r)
    return out


def _latin_lookalike(text: str) -> bool:
    """A short word of Latin letters that Tesseract gives for Thai digits (``oo``, ``alo``)."""
    return bool(_LATIN_SHORT.match(text))


def reread_digits(line: list[Word], img: np.ndarray) -> tuple[list[Word], list[float]]:
    """Replace digit runs of a text line by the numeral recognizer's reading of their pixels.

    The recognizer reads the glyphs around the run's boxes (``numerals.read_span``): a run
    becomes the whole glyphs its boxes cover, letters at its ends are left out and touching
    digits Tesseract misread as letters are taken in (their words are replaced too). Brackets
    glued to the run's words are kept. Returns the new word list and the confidences of the
    re-read characters.
    """
    confs: list[float] = []
    runs = _digit_runs(line)
    if not runs:
        return line, confs
    out = [w for w in line]
    for run in runs:
        live = {id(w) for w in out}
        if not all(id(w) in live for w in run):
            continue  # taken in by the previous run's reading
        x0 = min(w.left for w in run)
        x1 = max(w.left + w.width for w in run)
        y0 = min(w.top for w in run)
        y1 = max(w.top + w.height for w in run)
        hs = sorted(w.height for w in run)
        h = hs[len(hs) // 2]
        pad = max(3, (y1 - y0) // 4)
        # wide enough for the whole number even when the run holds only one of its digits
        cx0, cy0 = max(0, x0 - 5 * h), max(0, y0 - pad)
        crop = img[cy0 : y1 + pad, cx0 : x1 + 5 * h]
        span = numerals.read_span(crop, x0 - cx0, x1 - cx0)
        if span is None or not any(ch in DIGITS for ch in span.text):
            continue
        if all(_latin_lookalike(w.text) for w in run) and not (
                min(span.conf) >= 0.9 and all("\u0e50" <= ch <= "\u0e59" for ch in span.text)
                and span.x0 <= x0 - cx0 + 0.3 * h and span.x1 >= x1 - cx0 - 0.3 * h):
            continue  # Latin letters after all (or only some of their glyphs read as digits)
        sx0, sx1 = cx0 + span.x0, cx0 + span.x1
        pre = _digit_core(run[0].text)[0]
        post = _digit_core(run[-1].text)[2]
        ids = {id(w) for w in run}
        # words of the line that the reading took in (a digit Tesseract gave as a letter)
        slack = 0.2 * h
        # (a sliver of a box is Tesseract misplacing a letter of its own, ด boxed 3 px wide)
        ids |= {id(w) for w in out if sx0 - slack <= w.left and w.left + w.width <= sx1 + slack and w.width >= 0.4 * h
                and not _digit_core(w.text)[0] and not _digit_core(w.text)[2]}
        # words of the run wholly outside the number read are not part of it (``- มิ.ย. ๖๙``
        # read as ``- 0.8. da``: the number is ``๖๙``); they stay, and the cell is doubtful
        outside = {id(w) for w in run if w.left + w.width <= sx0 - slack or w.left >= sx1 + slack}
        if outside and outside != ids:
            ids -= outside
            confs.append(0.5)
        replaced = [w for w in run if id(w) in ids]
        if (sum(ch in DIGITS for w in replaced for ch in w.text) > sum(ch in DIGITS for ch in span.text)
                and any(sum(ch in DIGITS for ch in w.text) >= 2
                        and (w.left < sx0 - slack or w.left + w.width > sx1 + slack) for w in replaced)):
            # the reading has fewer digits than the words it would replace and stops short of
            # a word of several digits (``93.64`` whose ``64`` blur ran into one blob, read
            # ``93``): Tesseract's words stay, doubted. (Single-digit words are Tesseract's
            # per-character boxes, often one too many: those the reading may drop.)
            confs.append(0.5)
            continue
        left = min(sx0, min(w.left for w in out if id(w) in ids))
        merged = Word(pre + span.text + post, left, y0, max(sx1, x1) - left, y1 - y0,
                      min(span.conf) * 100 if span.conf else 0.0, run[0].line,
                      seq=min(w.seq for w in out if id(w) in ids))
        first = True
        new = []
        for w in out:
            if id(w) in ids:
                if first:
                    new.append(merged)
                    first = False
            else:
                new.append(w)
        out = new
        confs.extend(span.conf)
    return out, confs


def drop_raised(line: list[Word]) -> list[Word]:
    """Drop digits/Latin "words" that float above the line's baseline: Tesseract's reading of
    Thai marks as characters (``ขั้น`` -> ``ขั๕7น``). Real digits and letters sit on it."""
    if len(line) < 3:
        return line
    bottoms = sorted(w.top + w.height for w in line)
    base = bottoms[len(bottoms) // 2]
    hs = sorted(w.height for w in line)
    med = hs[len(hs) // 2]

    def ghost(w: Word) -> bool:
        return (all(ch.isascii() or "\u0e50" <= ch <= "\u0e59" for ch in w.text)
                and w.top + w.height < base - 0.3 * med)

    return [w for w in line if not ghost(w)]


DIGIT_DOUBT = 0.9  # a re-read digit below this caps its cell's confidence


def words_to_text(words: list[Word], img: np.ndarray, by_id: bool = False) -> tuple[str, float]:
    """Lines of words to text (lines joined by \\n), digits re-read; returns (text, confidence).
    Lines come top to bottom, or with ``by_id`` in the order of their line ids.

    The confidence is the mean over words and re-read digits, but never above the least sure
    re-read digit when that one is doubtful: a number is what the dataset takes from a cell,
    so one doubtful digit makes the cell doubtful."""
    lines_out, confs, digit_confs = [], [], []
    for line in group_lines(words, by_id):
        line, cc = reread_digits(drop_raised(line), img)
        confs.extend(cc)
        digit_confs.extend(cc)
        confs.extend(w.conf / 100.0 for w in line if w.conf >= 0)
        lines_out.append(recompose_am(_GHOST.sub("", join_line(line))).replace("  ", " ").strip())
    conf = float(min(1.0, max(0.0, np.mean(confs)))) if confs else 0.0
    if digit_confs and min(digit_confs) < DIGIT_DOUBT:
        conf = min(conf, float(min(digit_confs)))
    return "\n".join(lines_out), conf


# --------------------------------------------------------------------------- cells


def _erase_lines(gray: np.ndarray, lines: np.ndarray) -> np.ndarray:
    out = gray.copy()
    out[lines > 0] = 255
    return out


def _crop(img: np.ndarray, box: tuple[int, int, int, int], inset: int) -> np.ndarray:
    x0, y0, x1, y1 = box
    return img[max(0, y0 + inset) : max(0, y1 - inset), max(0, x0 + inset) : max(0, x1 - inset)]


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
        return False
    return float(r.other.mean()) < 0.3 and float(r.other.max()) < 0.6


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
        by_slot[line_slot[w.line[2]]].append(w)
        by_line[w.line[2]].append(w)
    lost = {line_slot[i] for i, ln in enumerate(lines) if ink_not_read(ln, by_line[i])}
    for key, ws in by_slot.items():
        ws = leading_code(drop_mark_ghosts(ws), strip)
        text, conf = words_to_text(ws, strip)
        if key in lost:
            conf = min(conf, LOST_INK_CONF)
        out[key] = (text, conf)
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


# --------------------------------------------------------------------------- the page


def grid_line_mask(ink: np.ndarray, grids: list[G.Grid], scale: float, masks=None) -> np.ndarray:
    """Pixels of the grids' ruling lines (to be whitened before reading cells); strokes of
    text that merely look like short rules are left alone."""
    hm, vm = masks if masks is not None else G.line_masks(ink, scale)
    band = np.zeros(ink.shape, np.uint8)
    t = max(4, int(8 * scale))
    for g in grids:
        x0, y0, x1, y1 = g.bbox
        for x in g.xs:
            band[max(0, y0 - t) : y1 + t, max(0, x - t) : x + t] = 255
        for y in g.ys:
            band[max(0, y - t) : y + t, max(0, x0 - t) : x1 + t] = 255
    lines = cv2.dilate(cv2.bitwise_or(hm, vm), np.ones((5, 5), np.uint8))
    return cv2.bitwise_and(lines, band)


def straighten_params(ink: np.ndarray, scale: float) -> tuple[float, float]:
    """(rotation in degrees, residual shear dx/dy) that make ruling lines straight; pages
    without long rules fall back to projection-profile deskew and no shear."""
    kh, kv = G.line_slopes(ink, scale)
    if kh is None:
        return G.deskew_angle(ink), 0.0
    angle = float(np.degrees(np.arctan(kh)))
    if abs(angle) > 3.0:
        angle = G.deskew_angle(ink)
    shear = 0.0
    if kv is not None:
        # after rotating by angle, a vertical rule's dx/dy becomes kv + tan(angle) (small angles)
        shear = kv + float(np.tan(np.radians(angle)))
        if abs(shear) > 0.03:
            shear = 0.0
    return angle, shear


def page_line_height(gray: np.ndarray) -> float:
    """Typical height of a text line of a page (rows of ink between blank rows), in pixels."""
    ink = (gray < 128).sum(axis=1) > 2
    runs, run = [], 0
    for v in ink:
        if v:
            run += 1
        elif run:
            runs.append(run)
            run = 0
    runs = [r for r in runs if r >= 8]
    return float(np.median(runs)) if runs else 0.0


def _crop_ink(ink_c: np.ndarray, key: tuple[int, int], grids: list[G.Grid], inset: int) -> np.ndarray:
    ti, rc = key
    r, c = divmod(rc, 10000)
    return _crop(ink_c, grids[ti].cell_box(r, c), inset)


def numeric_columns(numeric: dict[tuple[int, int], bool], nc: int) -> set[int]:
    """Columns where most cells look like numbers (at least two): only there is a
    number-looking cell read by the numeral recognizer (a header such as IIT is not)."""
    out = set()
    for c in range(nc):
        flags = [v for (r, cc), v in numeric.items() if cc == c]
        if sum(flags) >= 2 and sum(flags) >= 0.5 * len(flags):
            out.add(c)
    return out


@dataclass
class Prepared:
    """A page image straightened, its grids found and their rules erased."""

    lum: np.ndarray  # grey for Tesseract (rules erased)
    ink: np.ndarray  # max-channel grey for our recognizer (rules erased; highlighter gone)
    grids: list[G.Grid]
    angle: float
    inset: int  # pixels cut from each cell edge
    scale: float = 1.0  # pixels per pixel at 300 dpi


def prepare(rgb: np.ndarray, scale: float) -> Prepared:
    """Straighten a page (rotation and shear of its rules), find its table grids, erase rules."""
    lum = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    ink_g = ink_gray(rgb)
    ink = G.binarize(ink_g)
    angle, shear = straighten_params(ink, scale)
    if abs(angle) >= 0.02 or abs(shear) >= 3e-4:
        lum, ink_g = G.straighten(lum, angle, shear), G.straighten(ink_g, angle, shear)
        ink = G.binarize(ink_g)
    masks = G.line_masks(ink, scale)
    grids = G.find_grids(ink, scale, masks)
    lines = grid_line_mask(ink, grids, scale, masks)
    return Prepared(_erase_lines(lum, lines), _erase_lines(ink_g, lines), grids, angle, max(2, int(3 * scale)),
                    scale)


def analyse_grid(pp: Prepared, ti: int) -> tuple[list[tuple[int, int]], dict, dict[tuple[int, int], bool]]:
    """Cells of one grid (keys), their glyph analyses and whether each looks like a number."""
    g = pp.grids[ti]
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    keys = sorted((r, c) for r in range(nr) for c in range(nc) if g.owner[r][c] == (r, c))
    readings = dict(zip(keys, numerals.analyse_many([_crop(pp.ink, g.cell_box(*rc), pp.inset) for rc in keys])))
    return keys, readings, {rc: looks_numeric(rd) for rc, rd in readings.items()}


def column_centres(g: G.Grid, cols: set[int]) -> list[float]:
    return [(g.xs[c] + g.xs[c + 1]) / 2 for c in sorted(cols)]


def borrowed_columns(g: G.Grid, numeric: dict[tuple[int, int], bool], page_num_x: list[float],
                     tol: float, readings: dict) -> set[int]:
    """Columns with one number-looking cell (too few for ``numeric_columns``) that sit where
    another table on the page has a numeric column: the one-row continuation of a score
    table cut by a page break (``i๖ … | ๙๑``) or a table of a single question."""
    out = set()
    for c in range(len(g.xs) - 1):
        flags = [v for (r, cc), v in numeric.items() if cc == c and readings[(r, cc)].glyphs]  # inked cells
        if sum(flags) == 1 and sum(flags) >= 0.5 * len(flags):
            x = (g.xs[c] + g.xs[c + 1]) / 2
            if any(abs(x - px) <= tol for px in page_num_x):
                out.add(c)
    return out


def read_grid(pp: Prepared, ti: int, page_no: int, pt_per_px: float, analysed, num_cols: set[int]):
    """Numeric cells of one grid read by our recognizer; returns (table, ranked readings of
    numeric cells, text cells to OCR {key: crop}, keys of cells that may be question codes,
    numeric columns). ``analysed``: ``analyse_grid``'s result; ``num_cols``: the columns
    read as numbers (``numeric_columns`` plus ``borrowed_columns``)."""
    g = pp.grids[ti]
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    keys, readings, numeric = analysed
    rows: list[list] = [[None] * nc for _ in range(nr)]
    conf: list[list[float]] = [[1.0] * nc for _ in range(nr)]
    alts: dict[tuple[int, int], list[tuple[str, float]]] = {}
    text_crops: dict[tuple[int, int], np.ndarray] = {}
    code_like: set[tuple[int, int]] = set()
    latin: set[tuple[int, int]] = set()
    for r, c in keys:
        if c in num_cols and numeric[(r, c)]:
            text, cc = numerals.read_number(readings[(r, c)])
            rows[r][c], conf[r][c] = text, (float(min(cc)) if cc else 1.0)
            alts[(r, c)] = numerals.alternatives(readings[(r, c)])
        else:
            rows[r][c] = ""
            text_crops[(ti, r * 10000 + c)] = _crop(pp.lum, g.cell_box(r, c), pp.inset)
            if 2 <= readings[(r, c)].n_digits <= 3 and text_sized(readings[(r, c)], pp.scale):
                code_like.add((ti, r * 10000 + c))
            if latin_like(readings[(r, c)]):
                latin.add((ti, r * 10000 + c))
    x0, y0, x1, y1 = g.bbox
    bbox = (float(x0 * pt_per_px), float(y0 * pt_per_px), float(x1 * pt_per_px), float(y1 * pt_per_px))
    t = RawTable(page=page_no, index=ti, bbox=bbox, rows=rows, method="ocr", cell_conf=conf,
                 col_x=[float(x * pt_per_px) for x in g.xs], flags=[] if g.ruled else ["ocr_grid_inferred"])
    return t, alts, text_crops, code_like, num_cols, latin


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


def ocr_image(rgb: np.ndarray, dpi: int, page_no: int = 1, page_size_pt: tuple[float, float] | None = None,
              pt_per_px: float | None = None) -> tuple[PageText, list[RawTable]]:
    """OCR a rendered page image (RGB) at ``dpi`` of its paper; see ``ocr_page``."""
    from extractors import ocr_checks

    cv2.setNumThreads(1)  # pages are parallelised by the caller; threads only contend here
    pt_per_px = pt_per_px or 72.0 / dpi
    pp = prepare(rgb, dpi / 300.0)
    tables, pending, text_crops, code_like, num_cols, latin = [], [], {}, set(), {}, set()
    analysed = [analyse_grid(pp, ti) for ti in range(len(pp.grids))]
    own_cols = [numeric_columns(a[2], len(g.xs) - 1) for g, a in zip(pp.grids, analysed)]
    own_num_x = [column_centres(g, cols) for g, cols in zip(pp.grids, own_cols)]
    for ti, g in enumerate(pp.grids):
        others = [x for tj, xs in enumerate(own_num_x) if tj != ti for x in xs]
        cols = own_cols[ti] | borrowed_columns(g, analysed[ti][2], others, 15 * dpi / 300,  # 1.3 mm
                                               analysed[ti][1])
        t, alts, crops, codes, nc, lat = read_grid(pp, ti, page_no, pt_per_px, analysed[ti], cols)
        tables.append(t)
        pending.append((t, alts))
        text_crops.update(crops)
        code_like |= codes
        latin |= lat
        num_cols[ti] = nc
    for key in sorted(code_like):
        code = numerals.read_code(_crop_ink(pp.ink, key, pp.grids, pp.inset))
        if code is not None:  # a question code such as i๑๔: letter by shape, digits by our model
            r, c = divmod(key[1], 10000)
            tables[key[0]].rows[r][c], tables[key[0]].cell_conf[r][c] = code[0], min(code[1])
            del text_crops[key]
    line_h = page_line_height(pp.lum)
    texts = read_text_cells(text_crops, dpi, line_h)
    latin_crops = {k: v for k, v in text_crops.items() if k in latin}
    if latin_crops:  # one English-only pass over letter-only cells; the more confident wins
        for k, (text, cf) in read_text_cells(latin_crops, dpi, line_h, lang="eng").items():
            if text and _LATIN_WORD.match(text) and cf >= 0.8 and cf > texts[k][1]:
                texts[k] = (text, cf)
    for (ti, key), (text, cf) in texts.items():
        r, c = divmod(key, 10000)
        if c in num_cols[ti] and any(ch in DIGITS for ch in text):
            cf = min(cf, 0.85)  # a number our recognizer could not segment cleanly: doubtful
        tables[ti].rows[r][c] = text
        tables[ti].cell_conf[r][c] = cf if text else 1.0
    for t, alts in pending:
        before = {(r, c): t.rows[r][c] for r, c in alts}
        ocr_checks.check_table(t, alts)
        t.cell_alt = ocr_checks.second_readings(t, alts, before)
    page_txt, page_conf = outside_text(pp, dpi, line_h)
    table_txt = "\n".join("\t".join(c or "" for c in row) for t in tables for row in t.rows)
    w_pt, h_pt = page_size_pt or (rgb.shape[1] * pt_per_px, rgb.shape[0] * pt_per_px)
    flags = [f"ocr_deskew:{pp.angle:.2f}"] if abs(pp.angle) >= 0.02 else []
    if page_txt and page_conf < 0.6:
        flags.append("ocr_low_confidence")
    full = (page_txt + ("\n" + table_txt if table_txt else "")).strip("\n")
    return PageText(page=page_no, method="ocr", text=page_txt, full_text=full, width=w_pt, height=h_pt,
                    flags=flags), tables


def outside_text(pp: Prepared, dpi: int, line_h: float) -> tuple[str, float]:
    """Text of the page outside its tables and its confidence.

    The page (tables blanked) is cut into text lines by ``split_lines`` (stacked tone marks
    stay with their line; Tesseract's psm 3 row finder put them on lines of their own), the
    lines into column segments, the segments into blocks in reading order (``page_blocks``),
    and all segments are read by one Tesseract call, a line each (psm 7). Line ids are
    ``(block, 0, line)`` so the text keeps that reading order."""
    outside = pp.lum.copy()
    for g in pp.grids:
        x0, y0, x1, y1 = g.bbox
        outside[max(0, y0 - pp.inset) : y1 + pp.inset, max(0, x0 - pp.inset) : x1 + pp.inset] = 255
    if (outside < 128).sum() <= 50:
        return "", 1.0
    blocks = page_blocks(outside)
    lines = [ln for b in blocks for ln in b]
    block_of = [(bi, li) for bi, b in enumerate(blocks) for li in range(len(b))]
    words = tesseract_lines(lines, dpi=dpi, scale=text_scale(line_h))
    for w in words:
        bi, _ = block_of[w.line[2]]
        _tighten(w, lines[w.line[2]])
        w.line = (bi, 0, w.line[2])
    return words_to_text(words, outside, by_id=True)


def _tighten(w: Word, ln: TextLine, thr: int = 160) -> None:
    """Fit a word's box to its ink rows: psm 7 gives many one-character words the whole line
    height (marks of the neighbours included), and the digit re-reading crops by that box."""
    a = max(0, w.left - ln.x0)
    b = min(ln.img.shape[1], w.left - ln.x0 + w.width)
    if b <= a:
        return
    if all(ch in DIGITS or ch in DIGIT_LOOKALIKES for ch in w.text):
        # psm 7 boxes of single digits are often narrower than the glyph: widen to its ink
        cols = (ln.img < thr).any(axis=0)
        while a > 0 and cols[a - 1]:
            a -= 1
        while b < len(cols) and cols[b]:
            b += 1
        w.left, w.width = ln.x0 + a, b - a
    rows = np.nonzero((ln.img[:, a:b] < thr).any(axis=1))[0]
    if rows.size:
        w.top, w.height = ln.y0 + int(rows[0]), int(rows[-1] - rows[0] + 1)


def _segments(ln: TextLine, col_gap: float, thr: int = 160) -> list[TextLine]:
    """A text line cut at blank gaps at least ``col_gap`` wide (side-by-side columns: two
    names of a signature block, a label and its value far apart)."""
    ink = ln.img < thr
    cols = ink.any(axis=0)
    xs = np.nonzero(cols)[0]
    if xs.size == 0:
        return []
    cuts = [int(xs[0])]
    gaps = np.nonzero(np.diff(xs) > col_gap)[0]
    spans = []
    for gi in gaps:
        spans.append((cuts[-1], int(xs[gi]) + 1))
        cuts.append(int(xs[gi + 1]))
    spans.append((cuts[-1], int(xs[-1]) + 1))
    out = []
    for a, b in spans:
        rows = np.nonzero(ink[:, a:b].any(axis=1))[0]
        out.append(TextLine(ln.img[rows[0] : rows[-1] + 1, a:b], ln.x0 + a, ln.y0 + int(rows[0])))
    return out


def _box(ln: TextLine) -> tuple[int, int, int, int]:
    return ln.x0, ln.y0, ln.x0 + ln.img.shape[1], ln.y0 + ln.img.shape[0]


def _reading_order(boxes: list[tuple[int, int, int, int]], tol: float) -> list[int]:
    """Indices of block boxes in reading order by recursive XY cuts: bands top to bottom
    (a horizontal cut no box crosses), inside a band columns left to right."""
    def cut(idx: list[int], axis: int) -> list[list[int]]:
        lo, hi = (1, 3) if axis == 0 else (0, 2)
        idx = sorted(idx, key=lambda i: (boxes[i][lo], boxes[i][hi]))
        parts, end = [[idx[0]]], boxes[idx[0]][hi]
        for i in idx[1:]:
            if boxes[i][lo] >= end - tol:
                parts.append([i])
            else:
                parts[-1].append(i)
            end = max(end, boxes[i][hi])
        return parts

    def order(idx: list[int], depth: int = 0) -> list[int]:
        if len(idx) <= 1 or depth > 50:
            return sorted(idx, key=lambda i: (boxes[i][1], boxes[i][0]))
        for axis in (0, 1):
            parts = cut(idx, axis)
            if len(parts) > 1:
                return [i for p in parts for i in order(p, depth + 1)]
        return sorted(idx, key=lambda i: (boxes[i][1], boxes[i][0]))

    return order(list(range(len(boxes))))


def page_blocks(gray: np.ndarray, thr: int = 160) -> list[list[TextLine]]:
    """Text of a page as blocks of line segments, blocks in reading order, lines top to
    bottom inside each.

    Lines come from ``split_lines`` (marks kept with their line); a line is cut into segments
    at wide blank gaps; a segment continues the block of the segment above when each is the
    other's only x-overlapping neighbour across the gap (one column going on), so a signature
    block with two names side by side makes two blocks, read one after the other, instead of
    one merged line. Long thin rules (underlines, separators) and picture-sized components
    (logos, emblems) are left out."""
    ink = (gray < thr).astype(np.uint8)
    n, lab, st, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if n <= 1:
        return []
    hs, ws = st[1:, cv2.CC_STAT_HEIGHT], st[1:, cv2.CC_STAT_WIDTH]
    keep = st[1:, cv2.CC_STAT_AREA] >= 3
    if not keep.any():
        return []
    h0 = float(np.median(hs[keep]))
    # rules: long and thin; pictures: far taller than any text
    drop = ((ws > 8 * h0) & (hs < 0.6 * h0)) | (hs > 8 * h0)
    lines = _lines_of_components(gray, lab, st, keep & ~drop)
    if not lines:
        return []
    lh = float(np.median([ln.img.shape[0] for ln in lines]))
    col_gap = 1.5 * lh
    segs = [sg for ln in lines for sg in _segments(ln, col_gap, thr)]
    # no body-sized ink: specks of noise, a lone mark
    segs = [sg for sg in segs if sg.img.shape[0] >= 0.3 * lh and int((sg.img < thr).sum()) >= 0.1 * h0 * h0]
    if not segs:
        return []
    boxes = [_box(sg) for sg in segs]
    m = len(segs)

    def overlaps(a, b) -> bool:
        return min(boxes[a][2], boxes[b][2]) - max(boxes[a][0], boxes[b][0]) > 0

    def nearest(a: int, below: bool) -> list[int]:
        """Segments x-overlapping ``a`` on the nearest row below (above) it, within a line gap."""
        if below:
            cand = [b for b in range(m) if b != a and boxes[b][1] >= boxes[a][1] + 0.5 * lh and overlaps(a, b)
                    and boxes[b][1] - boxes[a][3] <= lh]
            if not cand:
                return []
            top = min(boxes[b][1] for b in cand)
            return [b for b in cand if boxes[b][1] < top + 0.5 * lh]
        cand = [b for b in range(m) if b != a and boxes[b][1] <= boxes[a][1] - 0.5 * lh and overlaps(a, b)
                and boxes[a][1] - boxes[b][3] <= lh]
        if not cand:
            return []
        bot = max(boxes[b][1] for b in cand)
        return [b for b in cand if boxes[b][1] > bot - 0.5 * lh]

    parent = list(range(m))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a in range(m):
        nb = nearest(a, True)
        if len(nb) == 1 and nearest(nb[0], False) == [a]:
            parent[find(nb[0])] = find(a)
    groups: dict[int, list[int]] = {}
    for a in range(m):
        groups.setdefault(find(a), []).append(a)
    blocks = [sorted(g, key=lambda a: (boxes[a][1], boxes[a][0])) for g in groups.values()]
    bboxes = [(min(boxes[a][0] for a in g), min(boxes[a][1] for a in g),
               max(boxes[a][2] for a in g), max(boxes[a][3] for a in g)) for g in blocks]
    return [[segs[a] for a in blocks[i]] for i in _reading_order(bboxes, 0.25 * lh)]


def ocr_page(pdf_path: str | Path, page_no: int, dpi: int = 300) -> tuple[PageText, list[RawTable]]:
    """OCR page ``page_no`` (1-based) of a PDF: the text outside tables as
    ``PageText(method="ocr")`` and the tables as ``RawTable(method="ocr")`` with per-cell
    confidence (numeric cells below 0.9 are doubtful; the normalizer flags them)."""
    rgb, paper_dpi, pt_per_px, w_pt, h_pt = render_page(pdf_path, page_no, dpi)
    return ocr_image(rgb, paper_dpi, page_no, (w_pt, h_pt), pt_per_px)
