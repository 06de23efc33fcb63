"""Header rows told by repetition, whatever their words: a table's header printed again on the
next page (Word's repeated header rows, an HTML ``thead``) reads, on that page, like body rows
when no word of it is in the vocabulary (titles a report's author chose, over sub-column
titles). A table's leading body rows made only of header cells of an earlier
table of the document (each cell one such title, or several run together where the page's
column bounds joined them) are that header again: they become this table's header rows, so
neither their words become measure text nor the columns lose the header the rows name."""
from __future__ import annotations

import re

from normalizers.tables.grid import Table
from normalizers.tables.header_rows import _title_like
from normalizers.tables.text import squash

MIN_TITLE = 3  # letters: shorter header cells (``ที่``, ``ข้อ``) are no evidence of a repeat
MAX_ROWS = 3  # header rows a table repeats at most
MAX_CELL = 90  # letters: a longer cell is a body cell


def _made_of_titles(text: str, titles: set[str]) -> bool:
    """Whether ``text`` is one or more earlier header cells end to end."""
    if not text or len(text) > MAX_CELL:
        return False
    ok = [True] + [False] * len(text)
    for i in range(len(text)):
        if ok[i]:
            for t in titles:
                if text.startswith(t, i):
                    ok[i + len(t)] = True
    return ok[len(text)]


def _is_repeat(cells: list[str], titles: set[str]) -> bool:
    filled = [squash(c) for c in cells if c.strip()]
    if not filled or sum(len(c) for c in filled) < 2 * MIN_TITLE:
        return False
    whole = [c for c in filled if _title_like(c) and _made_of_titles(c, titles)]
    # a title whose last line the page's row split moved to the row below (``เดือนที่`` of
    # ``เดือนที่ลงมือ``, a two-level header repeated on the next page) is its title's start,
    # beside two or more whole titles (mirror seed 9330: the repeat read as body rows)
    cut = [c for c in filled if c not in whole and _title_like(c) and len(c) >= MIN_TITLE
           and any(t.startswith(c) and len(t) > len(c) for t in titles)]
    return len(whole) + len(cut) == len(filled) and len(cut) <= 1 and (not cut or len(whole) >= 2)


MIN_SHARED = 3  # title cells a first row shared by headerless tables prints, to be their header


def _shared_first_rows(tables: list[Table]) -> None:
    """Headerless tables (two or more, same columns, each with rows under it) whose first rows
    print the same cells, three titles or more and nothing but titles (no number, date or code):
    a header no word of which the vocabulary knows, printed over each table of one measure
    (a zebra table's shaded header row reads as a body row). That row becomes their header
    (dev seed 15542 html, unknown titles: every measure's table read headerless and unmapped)."""
    groups: dict[tuple, list[Table]] = {}
    for t in tables:
        if t.header or len(t.rows) < 2:
            continue
        cells = [squash(c) for c in t.rows[0].cells]
        filled = [c for c in cells if c]
        if len(filled) >= MIN_SHARED and all(_title_like(c) for c in filled):
            groups.setdefault((t.n_cols, tuple(cells)), []).append(t)
    for group in groups.values():
        if len(group) < 2:
            continue
        for t in group:
            t.header = [list(t.rows[0].cells)]
            t.rows = t.rows[1:]


def promote_repeated_headers(tables: list[Table]) -> list[Table]:
    """``tables`` (in document order) with leading body rows that repeat an earlier table's
    header cells moved into their table's header (in place; the list is returned); first
    rows of titles that several headerless tables share are their header (``_shared_first_rows``)."""
    _shared_first_rows(tables)
    titles: set[str] = set()
    for t in tables:
        n = 0
        while n < min(MAX_ROWS, len(t.rows)) and titles and _is_repeat(t.rows[n].cells, titles):
            n += 1
        if n and n < len(t.rows):  # a table that is nothing but the header again stays as it is
            t.header = [list(h) for h in t.header] + [list(r.cells) for r in t.rows[:n]]
            t.rows = t.rows[n:]
            _join_cut_titles(t, titles)
        elif not n and not t.header and t.rows and titles:
            _split_titles_off(t, titles)
        elif not n and t.header and t.rows and titles:
            _join_cut_titles(t, titles)  # a header read whole but for its titles' last lines
        for h in t.header:
            titles.update(x for x in (squash(c) for c in h) if len(x) >= MIN_TITLE)
    return tables


MIN_LEADING = 3  # cells led by a title, for a headerless table's first row to print the header


def _title_prefix(text: str, titles: set[str]) -> str | None:
    """The longest earlier header cell ``text`` starts with (whitespace ignored), if any."""
    x = squash(text)
    return max((t for t in titles if x.startswith(t)), key=len, default=None)


def _cut_prefix(text: str, n: int) -> str:
    """``text`` without its first ``n`` non-whitespace characters (and the whitespace after)."""
    k = seen = 0
    while k < len(text) and seen < n:
        if not text[k].isspace():
            seen += 1
        k += 1
    return text[k:].lstrip()


def _split_titles_off(t: Table, titles: set[str]) -> None:
    """A headerless table (the rest of a row carried to the next page) whose first row's
    every cell starts with an earlier header's title, and one cell goes on after it: the
    header printed again at the page top, read into the first line of the row's cells (a
    table read by its contents carries no header words to tell it by). The row keeps what
    follows the titles, and the table stays headerless (the rest of the row the page before
    broke: ``stitch`` joins it there; mirror seed 9373 Word)."""
    row = t.rows[0]
    filled = [c for c, x in enumerate(row.cells) if x.strip()]
    heads = {c: _title_prefix(row.cells[c], titles) for c in filled}
    if len(filled) < MIN_LEADING or any(h is None for h in heads.values()):
        return
    if not any(len(squash(row.cells[c])) > len(h) for c, h in heads.items()):
        return  # nothing after the titles: a pure repeat (``promote_repeated_headers``)
    for c, h in heads.items():
        row.cells[c] = _cut_prefix(row.cells[c], len(h))
        if row.lines and c < len(row.lines):
            row.lines[c] = _cut_prefix(row.lines[c], len(h))


CLIPPED = 2  # letters a title's last line may lose where it spilled past its header's band


def _join_cut_titles(t: Table, titles: set[str]) -> None:
    """A repeated title cut by the page's row split (``เดือนที่``) whose rest leads the cell
    below it in the first body row (``ลงมือ``, alone on that cell's first line): the rest
    goes back to the header, off the body row. The title is a column's lowest header cell; its
    rest may lack up to ``CLIPPED`` last letters (fresh36 53006 docx p3: a repeated shaded
    header whose third title lines, ``มาตรการ`` and ``ประเมิ`` of ``ประเมิน``, spilled under its
    band onto the row's first line: a phantom measure of the cut row's rest, flagged)."""
    row = t.rows[0]
    for c in range(len(row.cells)):
        r = next((r for r in range(len(t.header) - 1, -1, -1)
                  if c < len(t.header[r]) and (t.header[r][c] or "").strip()), None)
        if r is None:
            continue
        head, h = t.header[r], t.header[r][c]
        x = squash(h)
        if not x or x in titles:
            continue
        lines = (row.lines[c] if row.lines and c < len(row.lines) else row.cells[c]).split("\n")
        rest = squash(lines[0])
        if rest and any(w.startswith(x + rest) and len(w) - len(x + rest) <= CLIPPED for w in titles):
            head[c] = h + rest
            row.cells[c] = " ".join(ln for ln in lines[1:] if ln.strip())
            if row.lines and c < len(row.lines):
                row.lines[c] = "\n".join(lines[1:])
        elif (drawn := _title_over_code(lines[0], x, titles)) is not None:
            # the rest drawn over the cell's own first line, a code in Latin letters and digits,
            # their glyphs read interleaved (``o3มิ8น`` for ``มิน`` over ``o38``; fresh36d 53503 docx
            # p16: o38 read o3, flagged): the Thai letters go back to the title, the rest stays
            head[c] = h + drawn[0]
            lines[0] = drawn[1]
            row.cells[c] = " ".join(ln for ln in lines if ln.strip())
            if row.lines and c < len(row.lines):
                row.lines[c] = "\n".join(lines)


_THAI = re.compile("[\u0e00-\u0e7f]")


def _title_over_code(line: str, x: str, titles: set[str]) -> tuple[str, str] | None:
    """(the title's rest, the line without it) when ``line``'s Thai letters complete the title
    ``x`` (up to ``CLIPPED`` letters short) and what is left is Latin letters and ASCII digits."""
    rest = "".join(_THAI.findall(line))
    left = _THAI.sub("", line)
    if not rest or not re.fullmatch(r"[A-Za-z0-9 ,.]*[0-9][A-Za-z0-9 ,.]*", left):
        return None
    if any(w.startswith(x + rest) and len(w) - len(x + rest) <= CLIPPED for w in titles):
        return rest, " ".join(left.split())
    return None


__all__ = ["promote_repeated_headers"]
