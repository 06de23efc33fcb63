"""One scanned page: deskew, grids, numeric and text cells, page text (``ocr_page``)."""

from __future__ import annotations
from dataclasses import dataclass
import re
from pathlib import Path
import cv2
import numpy as np
from extractors import grid as G
from extractors import numerals
from extractors.model import PageText, RawTable
from extractors.ocr.words import DIGITS, _LATIN_WORD
from extractors.ocr.cells import leading_code, _crop, _erase_lines, latin_like, looks_numeric, read_text_cells, text_sized
from extractors.ocr.blocks import _box, _tighten, page_blocks
from extractors.ocr.rowjoin import join_rows
from extractors.ocr.aligned import aligned_grids, cut_at_grids
from extractors.ocr.rules import free_rules, rule_grids
from extractors.ocr.bands import shaded_grids
from extractors.ocr.columns import sibling_columns
from extractors.ocr.stacked import stacked_columns
from extractors.ocr.below import ink_below
from extractors.ocr.carried import carried_grid, refit_columns, rest_under_lone_header, take_glued_rest
from extractors.ocr.leaders import LEADER_SEQ, leader_parts
from extractors.ocr.render import ink_gray, render_page
from extractors.ocr.lines import page_line_height
from extractors.ocr.tess import tesseract_lines, text_scale
from extractors.ocr.keywords import mend_text, reread_levels
from extractors.ocr.textnums import words_to_text_numbers
from extractors.ocr.codecells import reread_code_runs, reread_column_codes, reread_later_codes


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


def _within(a: tuple[int, int, int, int], b: tuple[int, int, int, int], tol: float) -> bool:
    return a[0] >= b[0] - tol and a[1] >= b[1] - tol and a[2] <= b[2] + tol and a[3] <= b[3] + tol


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


def prepare(rgb: np.ndarray, scale: float, carry_px: list[int] | None = None) -> Prepared:
    """Straighten a page (rotation and shear of its rules), find its table grids, erase rules;
    ``carry_px``: the columns of the previous page's last table, run off its foot (``carried``)."""
    lum = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    ink_g = ink_gray(rgb)
    ink = G.binarize(ink_g)
    angle, shear = straighten_params(ink, scale)
    if abs(angle) >= 0.02 or abs(shear) >= 3e-4:
        lum, ink_g = G.straighten(lum, angle, shear), G.straighten(ink_g, angle, shear)
        ink = G.binarize(ink_g)
    masks = G.line_masks(ink, scale)
    grids = G.find_grids(ink, scale, masks)
    text_ink = ((ink_g < 150) * 255).astype(np.uint8)
    shaded = shaded_grids(ink_g, text_ink, scale, [g.bbox for g in grids])
    grids = [g for g in grids if not any(_within(g.bbox, s.bbox, 12 * scale) for s in shaded)] + shaded
    grids = sorted(grids + rule_grids(ink, masks[0], text_ink, scale, [g.bbox for g in grids]), key=lambda g: (g.ys[0], g.xs[0]))
    lines = cv2.bitwise_or(grid_line_mask(ink, grids, scale, masks), free_rules(ink, masks[0], scale))
    pp = Prepared(_erase_lines(lum, lines), _erase_lines(ink_g, lines), grids, angle, max(2, int(3 * scale)), scale)
    rest = pp.lum.copy()
    for g in grids:
        x0, y0, x1, y1 = g.bbox
        rest[max(0, y0 - pp.inset) : y1 + pp.inset, max(0, x0 - pp.inset) : x1 + pp.inset] = 255
    first_top = min((g.ys[0] for g in grids), default=None)  # a bare body row on top must stand above it
    head_feet = [g.ys[-1] for g in grids if len(g.ys) == 2]  # (or under no header band found alone)
    pp.grids = sorted(grids + cut_at_grids(aligned_grids(rest, scale, continued=bool(carry_px),
                                                         tables_top=first_top, head_feet=head_feet), grids),
                      key=lambda g: (g.ys[0], g.xs[0]))
    sibling_columns(pp.grids, pp.lum < 160, scale)  # tables drawn alike on the page (one per measure)
    stacked_columns(pp.grids, pp.lum < 160, scale)  # one table read as two grids, one under the other
    if carry_px:
        for g in pp.grids:
            x0, y0, x1, y1 = g.bbox
            rest[max(0, y0 - pp.inset) : y1 + pp.inset, max(0, x0 - pp.inset) : x1 + pp.inset] = 255
        g = carried_grid(rest, carry_px, pp.grids[0].ys[0] if pp.grids else None, scale)
        top = pp.grids[0] if pp.grids else None
        if g is not None:
            g.carried = True
            pp.grids.insert(0, g)
            if top is not None:
                take_glued_rest(pp.lum, g, top, scale)
        if top is not None and (g is not None or not rest_under_lone_header(
                rest, top, carry_px, pp.grids[1].ys[0] if len(pp.grids) > 1 else None, scale, pp.lum < 160)):
            refit_columns(top, carry_px, pp.lum < 160, scale)
    return pp


def analyse_grid(pp: Prepared, ti: int) -> tuple[list[tuple[int, int]], dict, dict[tuple[int, int], bool]]:
    """Cells of one grid (keys), their glyph analyses and whether each looks like a number."""
    g = pp.grids[ti]
    nr, nc = len(g.ys) - 1, len(g.xs) - 1
    keys = sorted((r, c) for r in range(nr) for c in range(nc) if g.owner[r][c] == (r, c))
    readings = dict(zip(keys, numerals.analyse_many([_crop(pp.ink, g.cell_box(*rc), pp.inset) for rc in keys])))
    # a text cell whose lines ran together (blur of a 200 dpi scan) segments into a few giant
    # upright blobs that read as ``1111``: glyphs over a character's size are no number (seed
    # 18013 at 200 dpi, its measures column read as digits and the whole table lost)
    return keys, readings, {rc: looks_numeric(rd) and text_sized(rd, pp.scale) for rc, rd in readings.items()}


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
    if getattr(g, "carried", False):
        t.flags.append("ocr_row_carried")
    return t, alts, text_crops, code_like, num_cols, latin


def ocr_image(rgb: np.ndarray, dpi: int, page_no: int = 1, page_size_pt: tuple[float, float] | None = None,
              pt_per_px: float | None = None, carry: list[float] | None = None) -> tuple[PageText, list[RawTable]]:
    """OCR a rendered page image (RGB) at ``dpi`` of its paper; see ``ocr_page``."""
    from extractors import ocr_checks

    cv2.setNumThreads(1)  # pages are parallelised by the caller; threads only contend here
    pt_per_px = pt_per_px or 72.0 / dpi
    pp = prepare(rgb, dpi / 300.0, [int(round(x / pt_per_px)) for x in carry] if carry else None)
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
    for ti, t in enumerate(tables):
        crops = {divmod(k, 10000): im for (tj, k), im in text_crops.items() if tj == ti}
        reread_column_codes(t.rows, crops)
        reread_later_codes(t.rows, crops)
        reread_code_runs(t.rows, crops)
    cut_tables(pp, tables)
    for t, alts in pending:
        before = {(r, c): t.rows[r][c] for r, c in alts}
        ocr_checks.check_table(t, alts)
        t.cell_alt = ocr_checks.second_readings(t, alts, before)
    page_txt, page_conf, numbers, tops = outside_text(pp, dpi, line_h)
    w_pt, h_pt = page_size_pt or (rgb.shape[1] * pt_per_px, rgb.shape[0] * pt_per_px)
    flags = [f"ocr_deskew:{pp.angle:.2f}"] if abs(pp.angle) >= 0.02 else []
    if page_txt and page_conf < 0.6:
        flags.append("ocr_low_confidence")
    full = interleave(page_txt, tops, [(g.ys[0], t) for g, t in zip(pp.grids, tables)])
    return PageText(page=page_no, method="ocr", text=page_txt, full_text=full, width=w_pt, height=h_pt,
                    flags=flags, numbers=[list(n) for n in numbers]), tables


def cut_tables(pp: Prepared, tables: list[RawTable]) -> None:
    """Flag ``ocr_ink_below_table`` on each table without rules whose grid stopped above a
    line of its own cell text (``below.ink_below``): its last row's text may go on."""
    page = pp.lum < 160
    rest = page.copy()
    for g in pp.grids:
        x0, y0, x1, y1 = g.bbox
        rest[max(0, y0 - pp.inset) : y1 + pp.inset, max(0, x0 - pp.inset) : x1 + pp.inset] = False
    for g, t in zip(pp.grids, tables):
        if not g.ruled and ink_below(rest, page, g, pp.scale):
            t.flags.append("ocr_ink_below_table")


def interleave(page_txt: str, tops: list[int], tables: list[tuple[int, RawTable]]) -> str:
    """A page's whole text: its lines outside tables in their reading order, each table's rows
    put before the first of those lines printed below the table's top (``tops``: each line's
    top in pixels; ``tables``: (top in pixels, table)). The heading printed between two tables
    of a page then stands between their rows (``tables.headings``; it stood before all the
    page's tables, read as the first table's)."""
    lines = page_txt.split("\n") if page_txt else []
    if len(tops) != len(lines):  # no place known for the lines: tables last, as before
        tops = [-1] * len(lines)
    rows = lambda t: ["\t".join(c or "" for c in row) for row in t.rows]  # noqa: E731
    waiting = sorted(tables, key=lambda yt: yt[0])
    out: list[str] = []
    for line, y in zip(lines, tops):
        while waiting and waiting[0][0] <= y:
            out.extend(rows(waiting.pop(0)[1]))
        out.append(line)
    for _, t in waiting:
        out.extend(rows(t))
    return "\n".join(out).strip("\n")


def _line_top(ln, grids: list) -> int:
    """Where a text line outside tables stands on the page for ``interleave``: its top, or its
    bottom when its box reaches from above a table's top to below its foot."""
    top, bottom = ln.y0, ln.y0 + ln.img.shape[0]
    return bottom if any(top < g.ys[0] and bottom > g.ys[-1] for g in grids) else top


def outside_text(pp: Prepared, dpi: int, line_h: float) -> tuple[str, float, list[tuple[str, float]], list[int]]:
    """Text of the page outside its tables, its confidence, its numbers with theirs
    (``textnums``) and the top of each of its lines in pixels (``interleave``).

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
        return "", 1.0, [], []
    blocks = page_blocks(outside)
    lines = [ln for b in blocks for ln in b]
    block_of = [(bi, li) for bi, b in enumerate(blocks) for li in range(len(b))]
    reads, extra = leader_parts(lines, outside)
    words = tesseract_lines([r[1] for r in reads], dpi=dpi, scale=text_scale(line_h))
    for w in words:
        k, part, right = reads[w.line[2]]
        bi, _ = block_of[k]
        _tighten(w, part)
        w.line = (bi, 0, k)
        if right:  # after its line's leader
            w.seq += LEADER_SEQ + 1
    for w in extra:
        w.line = (block_of[w.line[2]][0], 0, w.line[2])
    words = reread_levels(leader_codes(words, lines, outside), outside, dpi)
    # a small table's cells read column by column: each number and code back on its row's line
    words = join_rows(words, [None if ln.leader is not None else _box(ln) for ln in lines],
                      [bi for bi, _ in block_of])
    # one text line per line id, in their order (``words_to_text`` by id): each at its segment's top
    # (a segment whose box reaches over a whole table, a speck above the table joined to the
    # heading under it, stands by its bottom: fresh25s 34111 p3, the heading of the page's
    # second table put before the row's rest above it and read as the rest's, the rest then
    # not joined to its row on the page before: its steps lost, flagged ``measure_rest_unread``)
    tops = [_line_top(lines[key[2]], pp.grids) for key in sorted({w.line for w in words + extra})]
    text, conf, numbers = words_to_text_numbers(words + extra, outside, by_id=True)
    return mend_text(text), conf, numbers, tops


# a line opening with a question code Tesseract read with Latin letters for its digits (``ic`` for
# ``i๘``, ``im`` for ``i๓``): the letter and one or two lowercase Latin letters, alone on the line
# or before Thai text (fresh21s 21613 p2 ``ic ท่านเคย…``, fresh20s 20300 p1 foot ``im`` / ``๔๖.๙๘``)
_GARBLED_CODE = re.compile(r"^[ieo][a-z]{1,2}$")


def _garbled_code_line(ws: list) -> bool:
    line = sorted(ws, key=lambda w: (w.seq, w.left))
    head = ""
    for w in line:
        if not w.text.isascii():
            break
        head += w.text
        if len(head) > 3:
            return False
    rest = "".join(w.text for w in line)[len(head):]
    return bool(_GARBLED_CODE.match(head)) and (not rest or "\u0e01" <= rest[0] <= "\u0e4e")


def leader_codes(words: list, lines: list, img: np.ndarray) -> list:
    """A question code opening a leader line (``o๒๘ ………… 100``) re-read from its pixels, as
    in table cells (Tesseract gives ``o28``, ``๐๒๘``); so is one whose digits Tesseract read as
    Latin letters (``_GARBLED_CODE``) on any line."""
    by_line: dict[int, list] = {}
    for w in words:
        by_line.setdefault(w.line[2], []).append(w)
    lead = {k for k, ln in enumerate(lines) if ln.leader is not None}
    lead |= {k for k, ws in by_line.items() if k not in lead and _garbled_code_line(ws)}
    if not lead:
        return words
    by: dict[int, list] = {}
    rest = []
    for w in words:
        (by.setdefault(w.line[2], []) if w.line[2] in lead and not w.fixed else rest).append(w)
    for k, ws in by.items():
        new = leading_code(ws, img)
        if new is not ws:
            new[0].fixed = True
        rest.extend(new)
    return rest


def ocr_page(pdf_path: str | Path, page_no: int, dpi: int = 300, carry: list[float] | None = None) -> tuple[PageText, list[RawTable]]:
    """OCR page ``page_no`` (1-based) of a PDF: the text outside tables as
    ``PageText(method="ocr")`` and the tables as ``RawTable(method="ocr")`` with per-cell
    confidence (numeric cells below 0.9 are doubtful; the normalizer flags them)."""
    rgb, paper_dpi, pt_per_px, w_pt, h_pt = render_page(pdf_path, page_no, dpi)
    return ocr_image(rgb, paper_dpi, page_no, (w_pt, h_pt), pt_per_px, carry)
