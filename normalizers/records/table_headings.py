"""Indicator headings a table took in as rows of its own (a table drawn without rules reads the
running text between its rows, and a scanned grid's cells may hold a heading line): they are
running text (source ``text``), handed to the sentence reader (``normalizers.records.prose``)
with the page's text, placed where the page prints them (``normalizers.records.scan_headings``)."""
from __future__ import annotations

import re

from normalizers.records import scan_headings
from normalizers.tables.text import squash as _squash


# ``ตัวชี้วัด`` as OCR reads it on scans too: ``ตัวขี้วัด`` (ข for ช: dev scans 17503, 17505, 17508,
# whose indicator 3/4 headings with their scores were lost), ``ตัวชีวัด`` (the tone dropped)
IND_WORD = re.compile(r"ตัว[ชข]ี้?วัด")
_HEADING_ROW = re.compile(r"^\s*ตัว[ชข]ี้?วัด.{2,120}\(\s*[0-9๐-๙]{1,3}(?:[.,][0-9๐-๙]{1,2})?\s*คะแนน\s*\)\s*$")


_NEXT_HEADING_NO = re.compile(r"\s+(?=[0-9๐-๙]{1,2}\.?\s+[\u0e01-\u0e2e])")
_STACKED = re.compile(r"^((?:ตัวชี้วัดที่\s*){2,})(.*)$", re.S)


def _heading_lines(cells: list[str]) -> list[str]:
    """The indicator headings a table row holds: the row alone (one filled cell), or a heading
    the table finder split across two or three cells (``ตัวชี้วัดที่`` | ``๔ การใช้ทรัพย์สิน…
    (๗๓.๕๙ คะแนน)``), or two headings stacked in one row, each cell's lines joined
    (``ตัวชี้วัดที่ตัวชี้วัดที่ ๔ … (๗๓.๕๙ คะแนน) ๕ …``: parted before each heading's number,
    one part for each ``ตัวชี้วัดที่``)."""
    filled = [c.strip() for c in cells if c and c.strip()]
    if not 1 <= len(filled) <= 3:
        return []
    text = " ".join(filled)
    stacked = _STACKED.match(text)
    if stacked:
        parts = _NEXT_HEADING_NO.split(stacked.group(2).strip())
        if len(parts) != _squash(stacked.group(1)).count("ตัวชี้วัดที่"):
            return []
        lines = [f"ตัวชี้วัดที่ {part}" for part in parts]
    else:
        lines = [text]
    found = [line for line in lines if _HEADING_ROW.match(line)]
    if not found and len(filled) == 1:
        found = _heading_below_title(filled[0])
    if not found and not stacked:
        found = _heading_before_rest(filled)
    return found


def _heading_before_rest(filled: list[str]) -> list[str]:
    """A heading whose line goes on after its score with what is no text: a scan's shading read as
    specks (``… (63.78 คะแนน) ๕๒๕๒๕๒๑`` beside ``a ' e๓๕๓๗``), or the header of the question table
    under it taken into the same cell, on the cell's next line (``… (61.62 คะแนน)⏎รหัส ข้อค``):
    unbiased fresh31u 43213 p3 (200 dpi, zebra question tables per indicator), indicators 4–6 lost in
    an ``ok`` document. The heading is the text up to its score's bracket, when the rest of its line
    prints no Thai letter (the cell's later lines are no part of it)."""
    line = filled[0].split("\n")[0] + (" " + " ".join(filled[1:]) if "\n" not in filled[0] else "")
    head = scan_headings.cut_at_score(line)  # (the cells beside it, on its line, are specks too)
    if head is None or len(line[len(head):].strip()) > 40:
        return []
    return [head.strip()] if _HEADING_ROW.match(head.strip()) else []


def _heading_below_title(cell: str) -> list[str]:
    """A heading printed below a section title the table took into the same cell, the lines
    joined (``ผลคะแนนรายข้อคำถามตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่ (๗๔.๔๒ คะแนน)``: born-digital
    41028 html, a results table and the question table below it read as one table without
    rules). The title before it is short words only: no number, no other heading."""
    m = IND_WORD.search(cell, 1)
    if not m or IND_WORD.match(cell.strip()):
        return []
    title, tail = cell[:m.start()].strip(), cell[m.start():].strip()
    if not title or len(title) > 60 or re.search(r"[0-9๐-๙]", title):
        return []
    return [tail] if _HEADING_ROW.match(tail) else []


def table_headings(pages: list[tuple[int, str]], tables, raws=(), full: dict[int, str] | None = None
                   ) -> list[tuple[int, str]]:
    """The pages' text with the indicator headings a table drawn without rules took in as
    rows of its own (``ตัวชี้วัดที่ ๒ การใช้งบประมาณ (๙๐.๖๒ คะแนน)`` alone in a row): they
    are running text (source ``text``), printed between the table's question rows, or above
    its header row (a table title). On scans (``raws``: the extraction's tables) also the
    heading lines in any cell of a grid, and each is placed among the page's lines where
    ``full`` (page -> an OCR'd page's whole text in page order) prints it
    (``normalizers.records.scan_headings``)."""
    extra: dict[int, list[str]] = {}
    for t in tables:
        # ... or above its header row (the table's titles: the heading of the table below it)
        for title in getattr(t, "titles", []):
            if _HEADING_ROW.match(title):
                extra.setdefault(t.page, []).append(title.strip())
        for row in t.rows:
            extra.setdefault(row.page, []).extend(_heading_lines(row.cells))
    for p, lines in scan_headings.heading_lines(raws).items():
        extra.setdefault(p, []).extend(lines)
    text_of = dict(pages)
    for p, v in extra.items():  # each heading once, and not where the page's text has it already
        have = {_squash(ln) for ln in text_of.get(p, "").split("\n")}
        extra[p] = [h for h in v if _squash(h) not in have and not have.add(_squash(h))]
    extra = {p: v for p, v in extra.items() if v}
    if not extra:
        return pages
    out = []
    for p, txt in pages:
        heads = extra.pop(p, [])
        placed = scan_headings.place(txt, heads, full[p]) if heads and full and p in full else None
        out.append((p, placed if placed is not None else "\n".join([txt, *heads])))
    return sorted(out + [(p, "\n".join(v)) for p, v in extra.items()])
