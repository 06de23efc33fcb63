"""A page's repeated header that took in the first lines of the row the page break cut: a table
without column rules repeats its header on the next page, and where no gap parts the header's
last title line from the row's rest, the rest is read into the header cells. What follows the
header's own letters is the part's first body row."""

from __future__ import annotations

from normalizers.tables.grid import Row, Table, unruled
from normalizers.tables.text import squash

MIN_PIECE = 2  # letters: a title's part that a page's column bounds moved to the next cell


def header_overrun_to_body(a: Table, b: Table) -> None:
    """``b`` (a part of a table without column rules on the page after ``a``'s) repeats ``a``'s
    header, its last header row's cells holding more than ``a``'s (or text under ``a``'s empty
    ones): the first lines of the row the page break cut, read into the header because no gap
    parts them from its last title line (dev seeds 20024 and 20044 docx, Word rows that break,
    the header repeated: a step's middle lines lost from the measure, no flag). What follows
    each title's letters becomes ``b``'s first body row; nothing changes unless every other
    header cell is ``a``'s."""
    # ``a`` a header alone (cut at a page's foot, fresh13 seed 9112 docx p8): no row to be cut,
    # ``b``'s header is its rest, not a row's first lines
    if not a.header or not a.rows:
        return
    rest = merged_levels_rest(a, b)
    if rest is None:
        rest = _rest_by_rows(a, b)
    if rest:
        b.header = [list(r) for r in a.header]
        b.rows.insert(0, Row(cells=list(rest), page=b.page, conf=[1.0] * len(rest), lines=list(rest)))


def _rest_by_rows(a: Table, b: Table) -> list[str] | None:
    """Each column's text after ``a``'s titles in ``b``'s header of as many rows, or None
    (``b``'s header does not start each cell with ``a``'s, or holds nothing more)."""
    if len(b.header) != len(a.header) or a.n_cols != b.n_cols or not (unruled(a) and unruled(b)):
        return None
    # the cut row's lines may sit in an upper header row too, beside a tall title (dev seed 20044
    # docx p9: ``ตัวชี้วัดที่`` + ``คะแนน)``, ``ข้อค้นพบ`` + ``เป็นปัจจุบัน``; the part left alone, its
    # header's body text then taken for header words and a step's line cleared on p7): each
    # column's rest is what follows its titles, row by row
    # a two-level header's upper title over an empty cell of ``a``'s header: printed as a row of
    # its own above ``a``'s header (read as a title row over it) but inside the repeated header's
    # first row on the next page (unbiased fresh27 38016 docx: ``แนวทางการนำผลการวิเคราะห์ไปสู่การ
    # ปฏิบัติ`` over the units and target columns, read as the first line of each measure's rest
    # and joined to its last unit, three measures) is the header's, not a cut row's line
    known = {squash(x) for x in a.titles} | {squash(x) for r in a.header for x in r if x.strip()}
    rest = [""] * a.n_cols
    for ra, rb in zip(a.header, b.header):
        for c, (x, y) in enumerate(zip(ra, rb)):
            sx, sy = squash(x), squash(y)
            if not sy.startswith(sx):
                return None
            after = _after_letters(y, len(sx))
            if not sx and squash(after) in known:
                continue
            rest[c] = "\n".join(t for t in (rest[c], after) if t)
    return rest if any(rest) else None


def _after_letters(s: str, k: int) -> str:
    """``s`` after its first ``k`` non-space characters, stripped."""
    seen = 0
    for i, ch in enumerate(s):
        if seen == k:
            return s[i:].strip()
        if not ch.isspace():
            seen += 1
    return ""




def _title_pieces_end(text: str, titles: set[str]) -> int:
    """How far ``text`` (squashed) reads as titles end to end, each whole or a part of one cut
    at a column bound (its start or its end, ``กา`` | ``รนำผลการวิเคราะห์ไปสู่การปฏิบัติ``)."""
    reach = [True] + [False] * len(text)
    for i in range(len(text)):
        if not reach[i]:
            continue
        for t in titles:
            for n in range(MIN_PIECE, len(t) + 1):
                if i + n > len(text):
                    break
                piece = text[i:i + n]
                if t.startswith(piece) or t.endswith(piece):
                    reach[i + n] = True
    return max(i for i, ok in enumerate(reach) if ok)


def merged_levels_rest(a: Table, b: Table) -> list[str] | None:
    """``b``'s one header row holds all of ``a``'s two or more header rows' letters, each title
    once (whole or cut where the page's column bounds fell), and then more text: a two-level
    header repeated on the page after ``a``'s, read as one row with the rest of the row the page
    break cut (unbiased fresh30 41008 html p3: ``สาธารณะผ่านช่องทางต่าง ๆ ของหน่วยงาน``, a step's
    last words, read into the header and lost without a flag). The rest of each cell after
    its title letters, or None."""
    if len(a.header) < 2 or len(b.header) != 1 or a.n_cols != b.n_cols or not (unruled(a) and unruled(b)):
        return None
    titles = {squash(x) for r in a.header for x in r if squash(x)}
    need = sum(len(t) for t in titles)
    used, rest = 0, []
    for y in b.header[0]:
        sy = squash(y)
        k = _title_pieces_end(sy, titles)
        used += k
        rest.append(_after_letters(y, k) if k < len(sy) else "")
    return rest if used == need and any(rest) else None
