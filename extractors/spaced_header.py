"""Header finding for the tables drawn without rules or shading (``extractors.spaced``) and
for measures tables ruled across only (``extractors.tables``).

A measures header is a few tightly stacked lines whose short pieces (runs of text split at a
column-wide gap) name at least ``MIN_ROLES`` different measures-table roles, side by side
(the strong words of ``normalizers/data/header_vocab.json``); ``plain_header_ends`` finds a
header-like block that names no role (its table is then taken by what its body holds). The
pieces overlapping in x make the header's cells (``clusters``); a piece naming a group
word, or a piece over others that only the lower pieces' columns hold (a two-level header),
is the upper level of a group of sub-columns.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Optional, Sequence

from extractors.text import Glyph
from extractors.unruled import Line, text_lines

VOCAB_FILE = Path(__file__).resolve().parents[1] / "normalizers" / "data" / "header_vocab.json"
MEASURE_ROLES = ("measure", "steps", "period", "responsible", "analysis", "follow_up", "measure_analysis")
MIN_ROLES = 3  # distinct roles a header must name
PIECE_GAP_EM = 0.6  # a gap this wide (× font size) separates two pieces of a line
HEADER_GAP_EM = 0.9  # header lines follow each other within this gap (× font size)
PLAIN_MIN_CELLS = 3  # header cells side by side of a header that names no role
PLAIN_PIECE_CHARS = 40  # longest piece (letters, no marks) of such a header's line
PLAIN_MAX_LINES = 5  # lines of such a header
STACK_PIECE_CHARS = 20  # letters (no marks) of one line of a title wrapped in a narrow column
CENTRE_EM = 0.25  # a centred header word's middle lies this close (× font size) to its cell's
WRAP_WORD_EM = 6.0  # a wrapped header line is at most one word this wide (× font size) wider than its cell above
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\\s]")
_DIGIT = re.compile("[0-9๐-๙]")
# a column title numbered at its end (``ส่วนที่ ๒``, ``ช่อง 3``): a few letters, then one or two
# digits; a body line's digits (dates, scores, codes, list numbers) are never so placed alone
_NUMBERED_TITLE = re.compile(r"^[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{2,12}\s*[0-9๐-๙]{1,2}$")


def key(text: str) -> str:
    """Text as compared with header words: no spaces, no Thai marks (broken text layers drop
    or move them), ำ as า (a broken ำ prints as า)."""
    return _MARKS.sub("", text.replace("ำา", "ำ").replace("ำ", "า"))


VOCAB = json.loads(VOCAB_FILE.read_text(encoding="utf-8"))  # read once; spaced_rows takes its optional words


def _load(data: dict) -> tuple[dict[str, list[str]], list[str], set[str]]:
    words: dict[str, list[str]] = {}
    for role in MEASURE_ROLES:
        strong = data["roles"].get(role, {}).get("strong", [])
        words[role] = [k for k in (key(w[0] if isinstance(w, list) else w) for w in strong) if len(k) >= 3]
    seq = {key(w) for w, role in data.get("exact", {}).items() if role == "seq"}
    return words, [key(w) for w in data.get("group", [])], seq


# SEQ_TITLES: a numbers column's whole titles (``ที่``, ``ลำดับ``: the vocabulary's exact ``seq`` words)
ROLE_WORDS, GROUP_WORDS, SEQ_TITLES = _load(VOCAB)


@dataclass
class Piece:
    """A run of one line's text without a column-wide gap."""

    glyphs: list[Glyph]
    line: int

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


def pieces(line: Line, index: int) -> list[Piece]:
    gs = sorted(line.glyphs, key=lambda g: g.x0)
    out = [Piece([gs[0]], index)]
    for g in gs[1:]:
        if g.x0 - out[-1].x1 >= PIECE_GAP_EM * line.size:
            out.append(Piece([g], index))
        else:
            out[-1].glyphs.append(g)
    return out


def roles_of(text: str) -> set[str]:
    k = key(text)
    return {r for r, ws in ROLE_WORDS.items() if any(w in k for w in ws)}


def is_group(text: str) -> bool:
    k = key(text)
    return any(w in k for w in GROUP_WORDS)


def lead(lines: Sequence[Line]) -> float:
    """The usual vertical gap between consecutive lines (a Word export at 1.5 spacing leaves
    gaps wider than a font size inside one cell)."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:]) if b.top > a.bottom]
    return median(gaps) if gaps else 0.0


def _names_role(text: str) -> bool:
    """Does a piece start with a role's (or a group's) header word, as a header cell does?"""
    k = key(text)
    return any(k.startswith(w) for ws in ROLE_WORDS.values() for w in ws) or any(k.startswith(w) for w in GROUP_WORDS)


def _mostly_over(a: float, b: float, p: "Piece") -> bool:
    """Does the header spot (a, b) cover most of piece ``p`` or ``p`` most of it (one cell's
    words wrapped), rather than graze its edge (a neighbouring cell's piece)?"""
    overlap = min(b, p.x1) - max(a, p.x0)
    return overlap > 0.5 * min(b - a, p.x1 - p.x0)


def header_at(lines: Sequence[Line], i: int, usual: float = 0.0, stacked: bool = False) -> Optional[int]:
    """Index of the last line of a header starting at line ``i``, or None when none starts
    there. Header lines follow each other closely, print no digit, and the header names at
    least ``MIN_ROLES`` roles in pieces side by side; it runs to the last line with a piece
    that starts with a header word, then on through lines that only wrap its cells' words. With
    ``stacked`` (a table ruled across: the rules fence its header), a column's title wrapped a
    word or a few letters a line names its role too (``_stacked_roles``)."""
    roles: set[str] = set()
    spots: list[tuple[float, float]] = []
    seen: list[Piece] = []
    last = None
    j = i
    while j < len(lines) and j - i <= 12:
        ln = lines[j]
        if j > i and ln.top - lines[j - 1].bottom > max(HEADER_GAP_EM * ln.size, 1.25 * usual):
            break
        if _DIGIT.search("".join(g.text for g in ln.glyphs)):
            break  # a body line: dates, numbered entries, indicator numbers
        if j > i and weight_ends(lines[i:j], ln):
            break  # the header's bold face ends: a body line
        ps = pieces(ln, j)
        if j == i and not any(_names_role(p.text) for p in ps):
            return None
        if any(p.text.lstrip()[:1] in "-–•*" for p in ps):
            if j == i:
                return None
            break  # a list item (``- กองส่งเสริมการเกษตร``): a body line, whatever header word
            # its neighbour cell starts with (``รายงานผลต่อผู้บริหารทุก`` under ``การติดตาม…``)
        if j > i and _paragraph(lines, j, ps):
            break  # a cell's text running on under the header (``ผลการดำเนินงานตามแบบ…``)
        for p in ps:
            rs = set() if is_group(p.text) else roles_of(p.text)
            if rs and len(p.text) <= 60 and not any(_mostly_over(a, b, p) for a, b in spots):
                roles |= rs
                spots.append((p.x0, p.x1))
        if any(_names_role(p.text) for p in ps):
            last = j
        seen += ps
        j += 1
    if stacked and last is not None and len(roles) < MIN_ROLES:  # a table ruled across (region_columns)
        roles |= _stacked_roles(seen)
    if last is None or len(roles) < MIN_ROLES:
        return None
    return _wraps(lines, i, last, usual)


BOLD_HEAD = 0.8  # share of a header's glyphs drawn bold for its face to tell where it ends
BOLD_BODY = 0.2  # share of a line's glyphs drawn bold, at most, for it to be in another face


def _bold_share(lines: Sequence[Line]) -> float:
    glyphs = [g for ln in lines for g in ln.glyphs if g.text.strip()]
    return sum(1 for g in glyphs if g.bold) / len(glyphs) if glyphs else 0.0


def weight_ends(head: Sequence[Line], ln: Line) -> bool:
    """Does ``ln`` leave the face of the header lines ``head`` above it: a header set bold (its
    lines nearly all bold glyphs) over a line in the regular face? A Word table's header repeated
    at a page's top over the rest of the row the page broke sits as close over that rest as its
    own lines, centred words over centred words; the face is what tells them apart (fresh33
    47026 docx, a two-level header over ``ผล | ประชาสัมพัน | ชนิด | โดยให้ทุก…``: the rest read
    as the header's, a measure's name, steps and units lost without a flag). A header in the
    regular face, or OCR glyphs (never bold), leave this silent."""
    return _bold_share(head) >= BOLD_HEAD and _bold_share([ln]) <= BOLD_BODY


def _stacked_roles(ps: Sequence[Piece]) -> set[str]:
    """Roles named by header cells whose words wrap onto several lines, a word or a few
    letters a line (narrow columns in a wide font: ``ห้วง / เวลา / ดำเนิ / นการ``): the
    pieces of each column (overlapping in x, no group cell) joined top to bottom."""
    own = sorted((p for p in ps if not is_group(p.text)), key=lambda p: (p.line, p.x0))
    out: set[str] = set()
    for a, b in clusters(own):
        col = [p for p in own if a <= p.x0 and p.x1 <= b]
        # only short pieces, two or more: a title wrapped in a narrow column, not a body cell's
        # lines (a row's rest at a page's top, fresh seed 8030 docx: its lines read as a header)
        if len(col) >= 2 and all(len(key(p.text)) <= STACK_PIECE_CHARS for p in col):
            out |= roles_of("".join(p.text for p in col))
    return out


PARAGRAPH_LINES = 4  # lines set at one left edge, one after another: a body cell's text, not a header's


def _paragraph(lines: Sequence[Line], j: int, ps: Sequence[Piece]) -> bool:
    """Does every piece of line ``j`` start a run of ``PARAGRAPH_LINES`` lines at its left edge
    (a body cell's text: header cells wrap in a line or two, centred)?"""
    if j + PARAGRAPH_LINES > len(lines):
        return False
    return all(all(any(abs(q.x0 - p.x0) <= 1.0 for q in pieces(lines[k], k)) for k in range(j + 1, j + PARAGRAPH_LINES))
               for p in ps)


def _wraps(lines: Sequence[Line], i: int, last: int, usual: float = 0.0) -> int:
    """The header's last line, past ``last`` through up to three lines that wrap header cells:
    as close as the header's own lines, no digit, no list mark, each piece inside (± an em) the x-range
    of a header piece above it, or centred under one and clear of its neighbours (``_centred_under``)."""
    head = [p for k in range(i, last + 1) for p in pieces(lines[k], k)]
    inner = [lines[k].top - lines[k - 1].bottom for k in range(i + 1, last + 1)]
    tight = (max(inner) if inner else max(HEADER_GAP_EM * lines[i].size, 1.25 * usual)) + 0.5
    k = last + 1
    # past three lines, only a syllable a line: a title broken letter by letter in a narrow
    # column of a wide font (``ปร / ะเ / ด็น / ข้อ / คำา / ถา / ม``, s9683 docx Waree)
    # under a piece of the line above (a body line beside it, the rest of a row under the
    # header repeated, is no wrap: ``ถา`` beside ``งาน``)
    while k < len(lines) and (k - last <= 3 or k - i <= 12 and all(
            len(key(p.text)) <= SYLLABLE_CHARS and any(_over(p, q) for q in pieces(lines[k - 1], k - 1))
            for p in pieces(lines[k], k))):
        ln = lines[k]
        if ln.top - lines[k - 1].bottom > tight or _DIGIT.search("".join(g.text for g in ln.glyphs)):
            break
        em = ln.size
        if weight_ends(lines[i:k], ln):
            break  # a regular line under a bold header: a body cell's, whatever it sits under (fresh33 47026 docx)
        if any(p.text.lstrip()[:1] in "-–•*" for p in pieces(ln, k)):
            break  # a list item: a body cell
        if _body_run(lines, k):
            break  # a body cell's rest under the repeated header (fresh dev seed 2349 html: its first line read as the header's)
        if ln.top < lines[k - 1].bottom - STAGGER_EM * em:
            # set into the header's last line (a one-line title centred in a two-line header row, ``งบประมาณ``
            # beside ``มาตรการส่งเสริมคุณธรรม / และความโปร่งใส``): the body starts below the header's band
            # (dev seed 2422 html: the budget column read into the measures', the table lost)
            head += pieces(ln, k)
            k += 1
            continue
        # an upper cell over two sub-columns holds no wrapped words of its own under them
        own = [h for h in head if not any(sum(1 for q in head if q.line == m and _over(h, q)) >= 2
                                          for m in range(h.line + 1, k))]
        cells = clusters(own)
        # a line wider than the header word it sits under is a centred wrap, unless it starts a body
        # cell's paragraph (fresh dev seed 2349 docx: a row's rest under the repeated header)
        subs = _sub_titles(pieces(ln, k), own, cells, em)
        if not all(any(h.x0 - em <= p.x0 and p.x1 <= h.x1 + em for h in own)
                   or _centred_under(p, cells, em) and not _paragraph(lines, k, [p]) or p in subs for p in pieces(ln, k)):
            break
        head += pieces(ln, k)
        k += 1
    return k - 1


SYLLABLE_CHARS = 3  # letters (no marks) of a header line broken a syllable a line
STAGGER_EM = 0.25  # × font size: a line starting this far above the bottom of the line before is set beside it
BODY_RUN_LINES = 3  # lines set at one left edge, closer together than the first is to the line above it
BODY_RUN_STEP_EM = 0.1  # × font size: how much closer


def _body_run(lines: Sequence[Line], k: int) -> bool:
    """Does line ``k`` (below a header's lines) start a run of ``BODY_RUN_LINES`` lines at its
    pieces' left edges, spaced more tightly than it is from the line above it? Lines of one
    cell follow at the text's own leading; between the header and the body lie two cell paddings
    (and a rule), so the run is a body cell's text (the rest of a row cut by the page break,
    under the repeated header), however centred under a header word it looks."""
    if k < 1 or k + BODY_RUN_LINES > len(lines):
        return False
    ln = lines[k]
    run = lines[k:k + BODY_RUN_LINES]
    if any(b.top - a.bottom >= ln.top - lines[k - 1].bottom - BODY_RUN_STEP_EM * ln.size for a, b in zip(run, run[1:])):
        return False
    return all(all(any(abs(q.x0 - p.x0) <= 1.0 for q in pieces(lines[m], m)) for m in range(k + 1, k + BODY_RUN_LINES))
               for p in pieces(ln, k))


def _sub_titles(ps: Sequence[Piece], own: Sequence[Piece], cells: Sequence[Sequence[float]], em: float) -> list[Piece]:
    """The pieces of a line that are the sub-column titles of an upper header cell: two or
    more pieces under one header piece (each overlapping it, together spanning it within an
    em), clear of the header cells beside its own (``ส่วนราชการที่รับ | เป้าหมาย`` under
    ``การดำเนินงาน``, both wider than it reaches: mirror seed 11921 docx, the header cut
    after its upper row and the two sub-columns read as one)."""
    out: list[Piece] = []
    for h in own:
        k = next((c for c, (a, b) in enumerate(cells) if a <= h.x1 and h.x0 <= b), None)
        if k is None:
            continue
        left = cells[k - 1][1] if k > 0 else float("-inf")
        right = cells[k + 1][0] if k + 1 < len(cells) else float("inf")
        # every piece between the cells beside it, one of them under it: an upper title narrower than
        # its sub-columns spread leaves the outer ones beside it (``ช่วงระยะ | หน่วยงานที่รับ | หมายเห``
        # under a short title over the middle one: fresh38 57020 docx, the units read into the period's column)
        under = [p for p in ps if left < p.x0 and p.x1 < right]
        if len(under) < 2 or not any(_over(h, p) for p in under) or not all(
                _over(h, p) or left < p.x0 and p.x1 < right for p in ps if _over(h, p)):
            continue
        if min(p.x0 for p in under) > h.x0 + em or max(p.x1 for p in under) < h.x1 - em:
            continue
        out += under
    return out


def _centred_under(p: Piece, cells: Sequence[Sequence[float]], em: float) -> bool:
    """Is ``p`` a centred header word wider than the one above it (``งบ`` over ``ประมาณ``):
    its middle on the middle of one header cell (a body line under a centred header starts at
    its column's left), and clear of the cells beside that one? Not much wider than that cell
    (twice, or by a word of ``WRAP_WORD_EM``): a line breaks where its next word does not fit,
    so a wide line under a short header line is a body cell's (the rest of a row cut by the
    page break under the repeated header), not the header's wrap."""
    mid = (p.x0 + p.x1) / 2
    for k, (a, b) in enumerate(cells):
        if p.x1 - p.x0 > max(2 * (b - a), b - a + WRAP_WORD_EM * em):
            continue  # a line breaks only where its next word does not fit: a body line, not a wrap
        if abs(mid - (a + b) / 2) <= CENTRE_EM * em:
            left = cells[k - 1][1] if k > 0 else float("-inf")
            right = cells[k + 1][0] if k + 1 < len(cells) else float("inf")
            return left < p.x0 and p.x1 < right
    return False


def numbered_title(text: str) -> bool:
    """A column title numbered at its end (``_NUMBERED_TITLE``) that no body cell prints: not an
    indicator heading (``ตัวชี้วัดที่ 5``, ``ข้อ 1``), not a period (``ไตรมาส 1``)."""
    from normalizers.fields.indicators import printed_number
    from normalizers.tables.cells import PERIOD, cell_type

    t = text.strip()
    return bool(_NUMBERED_TITLE.match(t)) and printed_number(t) is None and cell_type(t) != PERIOD


def plain_header_ends(lines: Sequence[Line], i: int, usual: float = 0.0) -> list[int]:
    """Possible last lines (longest header first) of a header starting at line ``i`` whose
    words need name no role: lines stacked as closely as a header's, without digits or list
    marks, of short pieces, making at least ``PLAIN_MIN_CELLS`` cells side by side."""
    ends = []
    j = i
    while j < len(lines) and j - i < PLAIN_MAX_LINES:
        ln = lines[j]
        if j > i and ln.top - lines[j - 1].bottom > max(HEADER_GAP_EM * ln.size, 1.25 * usual):
            break
        ps = pieces(ln, j)
        if any(_DIGIT.search(p.text) and not numbered_title(p.text) for p in ps) or any(
                len(key(p.text)) > PLAIN_PIECE_CHARS or p.text.lstrip()[:1] in "-–•*" for p in ps):
            break
        ends.append(j)
        j += 1
    out = []
    for last in reversed(ends):
        ps = [p for k in range(i, last + 1) for p in pieces(lines[k], k)]
        if len(clusters([p for p in ps if not is_group(p.text)] or ps)) >= PLAIN_MIN_CELLS:
            out.append(last)
    return out


REPEAT_MIN_CELLS = 4  # a measures table's header: score tables (code, question, score) print fewer cells


def repeated_plain_headers(lines: Sequence[Line], usual: float = 0.0) -> list[str]:
    """The texts (whitespace removed) of headers naming no role (``plain_header_ends``, the
    longest reading, ``REPEAT_MIN_CELLS`` cells or more) printed twice or more on the page: one
    table per measure under the same titles. The first of them counts as known too, before any
    table under it was read (dev seed 15850 docx, unknown titles: measure 1's table, one row too
    few cells to tell by, lost where measure 2's under the same titles was read)."""
    seen: dict[str, int] = {}
    i = 0
    while i < len(lines):
        ends = plain_header_ends(lines, i, usual)
        if not ends or len(header_cells(lines, i, ends[0])[2]) < REPEAT_MIN_CELLS:
            i += 1
            continue
        text = "".join(g.text for ln in lines[i:ends[0] + 1] for g in ln.glyphs if not g.text.isspace())
        seen[text] = seen.get(text, 0) + 1
        i = ends[0] + 1
    return [t for t, n in seen.items() if n >= 2]


def header_cells(lines: Sequence[Line], i: int, last: int):
    """(header lines, group pieces, column clusters, font size) of the header on lines i..last:
    pieces naming a group of sub-columns are left out of the clusters (unless all are)."""
    header = lines[i:last + 1]
    ps = [p for k, ln in enumerate(header) for p in pieces(ln, i + k)]
    group = [p for p in ps if is_group(p.text)]
    return header, group, clusters([p for p in ps if p not in group] or ps), median(ln.size for ln in header)


def lower_clusters(ps: Sequence[Piece]) -> Optional[list[list[float]]]:
    """Header cells from the lowest pieces only: a piece with another piece under it (on a
    later line, overlapping in x) left out. A two-level header whose upper cell names no
    known group word is centred over its sub-columns and, joined to the one under it, runs
    across the channel between them; wrapped words of one cell leave their last line, which
    still marks the cell. None when no piece has one under it."""
    upper = upper_pieces(ps)
    if not upper or len(upper) == len(ps):
        return None
    return clusters([p for p in ps if p not in upper])


def _over(p: Piece, q: Piece) -> bool:
    return q.x0 < p.x1 and p.x0 < q.x1


def upper_pieces(ps: Sequence[Piece]) -> list[Piece]:
    """The header pieces with another piece under them (on a later line, overlapping in x),
    and the upper cells of a two-level header centred over the channel between two
    sub-column names: a piece between two pieces of a later line, neither of which has a
    piece of its own line above it (sub-column names, not the wrapped ends of upper cells; a
    one-level header whose cells wrap leaves under a one-line cell only wrapped ends beside it),
    on a line wholly below the piece's (the cells of a header centred at staggered heights
    overlap in height)."""
    out = []
    for p in ps:
        if any(q.line > p.line and _over(p, q) for q in ps):
            out.append(p)
            continue
        bottom = max(g.bottom for g in p.glyphs)
        rows = []
        for m in sorted({q.line for q in ps if q.line > p.line}):
            row = [q for q in ps if q.line == m]
            if min(g.top for q in row for g in q.glyphs) < bottom:
                continue  # lines of a header whose cells are centred at staggered heights
            rows.append(row)
        # the two sub-column names may lie on two lines, each centred in its own cell's height (fresh38j
        # 57419 html: a steps title over one line, the period's wrapped over two, the upper cell
        # between them read as a column of its own and the header lost): the lines below it together
        if len(rows) > 1:
            rows.append([q for row in rows for q in row])
        if any(_between_sub_titles(p, row, ps) for row in rows):
            out.append(p)
    return out


def _between_sub_titles(p: "Piece", row: Sequence["Piece"], ps: Sequence["Piece"]) -> bool:
    """Is ``p`` centred between two pieces of ``row`` (lower pieces) that are neighbouring sub-column
    names: no piece of ``p``'s line above either, no lower piece between them?"""
    left = max((q for q in row if q.x1 <= p.x0), key=lambda q: q.x1, default=None)
    right = min((q for q in row if q.x0 >= p.x1), key=lambda q: q.x0, default=None)
    # the two are neighbouring sub-columns: no lower piece stands between them (a column
    # whose title ended on an earlier line is no channel the piece can be centred over:
    # fresh26 36015 html, ``วิธีการดำเนินการ`` between ``ผล`` and ``ความโปร่งใส``)
    return left is not None and right is not None and not any(
        o.line == p.line and (_over(o, left) or _over(o, right)) for o in ps) and not any(
        q.line > p.line and left.x1 <= q.x0 and q.x1 <= right.x0 for q in ps)


def clusters(ps: Sequence[Piece]) -> list[list[float]]:
    """x-ranges of header cells: pieces overlapping in x joined."""
    spans = sorted([p.x0, p.x1] for p in ps)
    out: list[list[float]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def header_tops(glyphs: Sequence[Glyph], region: tuple[float, float, float, float]) -> list[float]:
    """Tops of the measures headers (``header_at``) inside ``region``, top to bottom: the
    first one, and later ones that print the same words, however wrapped (a table per measure repeats its
    header; body lines naming three roles do not make a header), or its first lines only
    at the region's foot."""
    x0, top, x1, bottom = region
    lines = text_lines([g for g in glyphs if x0 <= g.cx <= x1 and top <= g.cy <= bottom])
    out, i, usual, first = [], 0, lead(lines), None
    while i < len(lines):
        last = header_at(lines, i, usual)
        if last is None:
            # its titles wrapped a word a line in narrow columns name their roles stacked (as
            # ``region_header.region_columns`` reads them): a header over more than one line (mirror
            # seed 11360 docx: a measure's table under the rest of a row and a heading, one table)
            last = header_at(lines, i, usual, stacked=True)
            last = last if last is not None and last > i else None
        if last is None:
            i += 1
            continue
        words = key("".join(g.text for ln in lines[i:last + 1] for g in sorted(ln.glyphs, key=lambda g: g.x0)))
        # or its first lines only, the region's last: a Word header row the page break cut
        # (its other lines top the next page; s9685 docx: two tables read as one)
        # (its words wrapped otherwise in a table of other widths are the same letters: s9600 html)
        # or, under the rest of a header the page break cut (its lower lines on top of the page,
        # the first found), the whole header of the next table: its words end with that rest's
        # (s9112 docx: two measures tables read as one, a measure lost)
        rest = len(out) == 1 and len(words) > len(first) and words.endswith(first)
        if first is None or sorted(words) == sorted(first) or last + 1 == len(lines) and first.startswith(words) or rest:
            out.append(lines[i].top)
            first = words
        i = last + 1
    return out
