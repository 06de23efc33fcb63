"""Measures printed where no table was found: a page of the measures part whose text, outside
any table, holds a numbered measure name (``(5) แนวทางสำรวจความพึงพอใจ…``) and numbered steps,
with no measure row read on that page. The extract stage found no table there (one row alone on
a page, drawn without rules: dev seed 19205 html, measure 5 on page 5 lost in an ``ok``
document). The measure is not read from the text (its columns are interleaved line by line);
the page is named (``measures_text_unread:p<n>``) and the document is ``partial``.

A page right after a measure's last page that prints steps only (no numbered measure), outside
any table, with no measure read on it, holds the rest of that page's last row: a long row's
steps that the extract stage found no table for on a scan (fresh26s 36105, 300 dpi: measure 4's
last three steps on page 9, read as page text; the row had no flag). That row is flagged
``measure_rest_unread`` (``rest_unread_rows``). One step line is enough where the page's text
starts inside a step (its first line neither a step, a number nor a heading: fresh28s 39107 p8,
300 dpi: measure 2's last step and a half, read as page text, the row unflagged)."""

from __future__ import annotations

import re

from normalizers.fields.units import split_steps
from normalizers.records.text_rest import join_rests
from normalizers.tables.grid import join_lines
from normalizers.tables.textkinds import numbered_measure

# (a step's number whose dot OCR lost, ``6 สรุปผลการดำเนินงาน``: unseen scan fresh34s 49105 p10, 300
# dpi, measure 3's last steps under the header printed again, read as page text; the row unflagged)
_STEP_LINE = re.compile(r"^\s*(?:[0-9๐-๙]{1,2}\.\s|[0-9๐-๙]{1,2}\s[\u0e01-\u0e2e\u0e40-\u0e44]|[-•]\s?\S)")
MIN_STEP_LINES = 2  # numbered step lines a page must print beside the measure's name
# a page's first line that starts something of its own: a heading, a signature, a number
_OWN_START = re.compile(r"^\s*(?:ประเด็น|ตัวชี้วัด|ส่วนที่|ลงชื่อ|มาตรการ|[0-9๐-๙(])")


def _covered(measures: list[dict]) -> set[int]:
    """The pages some measure row was read on."""
    return {p for m in measures for p in range(m["page_first"], (m["page_last"] or m["page_first"]) + 1)}


def _prints(lines: list[str]) -> tuple[bool, bool]:
    """(a numbered measure name, ``MIN_STEP_LINES`` step lines or more) among ``lines``."""
    return (any(numbered_measure().search(ln) for ln in lines),
            sum(1 for ln in lines if _STEP_LINE.match(ln)) >= MIN_STEP_LINES)


def measures_text_unread(page_text: list[tuple[int, str]], measures: list[dict]) -> list[str]:
    """``measures_text_unread:p<n>`` for each page after the first measure's whose text outside
    the tables prints a numbered measure name and numbered steps, and where no measure row starts
    (a row's rest read there is no measure of its own: fresh35s 51110 p9, 200 dpi, measure 5's
    rest at the page's top read as a table, measure 6's row under it as page text, lost in a
    document ``partial`` for other reasons, its error naming no measure)."""
    if not measures:
        return []
    first = min(m["page_first"] for m in measures)
    starts = {m["page_first"] for m in measures}
    out = []
    for page, text in page_text:
        if page <= first or page in starts:
            continue
        if all(_prints(text.splitlines())):
            out.append(f"measures_text_unread:p{page}")
    return out


def rest_unread_rows(page_text: list[tuple[int, str]], measures: list[dict]) -> list[int]:
    """Indexes (into ``measures``) of the rows whose rest is printed, as steps outside any
    table, on the page after their last one, where no measure was read."""
    if not measures:
        return []
    covered = _covered(measures)
    out = []
    for page, text in page_text:
        if page in covered or page - 1 not in covered:
            continue
        lines = [ln for ln in text.splitlines() if ln.strip()]
        named, steps = _prints(lines)
        inside = bool(lines) and not _STEP_LINE.match(lines[0]) and not _OWN_START.match(lines[0]) \
            and any(_STEP_LINE.match(ln) for ln in lines)
        if named or not (steps or inside):
            continue
        last = [i for i, m in enumerate(measures) if (m["page_last"] or m["page_first"]) == page - 1]
        if last:
            out.append(last[-1])
    return out


_HEADING_LINE = re.compile(r"^\s*(?:ประเด็น|ตัวชี้วัด|ด้านที่)")


def _unread_heads(page_text: list[tuple[int, str]], measures: list[dict]) -> list[tuple[int, list[str]]]:
    """(index into ``measures``, the step lines) of each first row read after a page whose text
    outside the tables ends, past its last heading, in step lines and no measure name."""
    out = []
    for page, text in page_text:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        heads = [i for i, ln in enumerate(lines) if _HEADING_LINE.match(ln)]
        tail = lines[heads[-1] + 1:] if heads else []
        if not tail or not _STEP_LINE.match(tail[0]) or _prints(tail)[0]:
            continue
        after = [i for i, m in enumerate(measures) if m["page_first"] == page + 1]
        if after and not any(m["page_first"] == page for m in measures):
            out.append((after[0], tail))
    return out


def head_unread_rows(page_text: list[tuple[int, str]], measures: list[dict]) -> list[int]:
    """Indexes (into ``measures``) of the first row read after a page whose text outside the
    tables ends, past its last heading, in step lines and no measure name: the row's first
    steps, printed at that page's foot under a header alone (the page break cut the row there;
    its name and the rest start on the next page). fresh38j 57407 html (unknown column titles):
    measure 3's step ``๑. ประเมินผล…`` at page 8's foot under the repeated header, the row read on
    page 9 without it and with no flag (``measure_head_unread``)."""
    return [i for i, _ in _unread_heads(page_text, measures)]


def row_parts_unread(page_text: list[tuple[int, str]], measures: list[dict],
                     ocr_pages: frozenset[int] = frozenset()) -> list[tuple[int, str]]:
    """(index into ``measures``, flag) of each row whose rest (``measure_rest_unread``) or head
    (``measure_head_unread``) is printed as text outside any table; a rest that reads as the row's
    next steps is joined to it first (``text_rest``), the row flagged so. A head that joins the row
    (:func:`join_head_steps`) is taken into its steps and flagged ``measure_head_joined``."""
    heads = []
    for i, lines in _unread_heads(page_text, measures):
        joined = join_head_steps(lines, measures[i]["steps"])
        if joined is not None:
            measures[i]["steps"] = joined
        heads.append((i, "measure_head_joined" if joined is not None else "measure_head_unread"))
    rest = join_rests(page_text, measures, rest_unread_rows(page_text, measures), ocr_pages)
    return [(i, "measure_rest_unread") for i in rest] + heads


_FIRST_STEP = re.compile(r"^\s*[1๑]\.\s")


def join_head_steps(lines: list[str], steps: list[str]) -> list[str] | None:
    """The row's steps with its head (``lines``, step lines cut by the page break at the page
    before's foot) put before them, or None where the two do not read as one list: the head must
    start at the first step (``๑.``) and the row's steps must be one unsplit piece that starts
    inside a step (its numbered steps after that left unsplit, since their numbering did not start
    at one: ``เอกสาร… ๒. จัดทำ… ๓. …``), which then goes on the head's last step. 57407 html."""
    if not _FIRST_STEP.match(lines[0]) or len(steps) > 1 or any(_STEP_LINE.match(ln) is None and
                                                                   _OWN_START.match(ln) for ln in lines[1:]):
        return None
    rest = steps[0] if steps else ""
    if rest and (_STEP_LINE.match(rest) or not re.match(r"[\u0e01-\u0e4e]", rest)):
        return None
    joined = split_steps(join_lines([*lines, rest]) if rest else join_lines(lines))
    return joined if len(joined) > len(steps) else None
