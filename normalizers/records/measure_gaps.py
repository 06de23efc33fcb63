"""Measures printed but not read, told by their own numbers: a report that numbers its measures
(``(1)``, ``2.``, ``๓)`` before each name) and whose read measures skip a number lost that
measure somewhere (a part of a table read apart, a row dropped): the document is ``partial``
(``measure_numbers_gap:<numbers>``), never ``ok`` with a measure missing (born18's unseen 19300
html: measure 5 lost with no flag)."""
from __future__ import annotations

import re
from functools import lru_cache

from normalizers.fields.numbers import to_ascii_digits
from normalizers.tables.textkinds import measure_heads, numbered_measure

_LIST_NO = re.compile(r"^\s*\(?([0-9๐-๙]{1,2})\s*[.)](?![0-9๐-๙])")
MAX_MISSING = 2  # numbers: more missing than this is another numbering (by indicator), not a loss
MIN_SEEN = 3


def _opening_number(name: str) -> int | None:
    m = _LIST_NO.match(name)
    return int(to_ascii_digits(m.group(1)), 10) if m else None


# a bare number (its dot lost to OCR: ``๔ แนวทาง…``) and a space before a Thai letter
_BARE_NO = re.compile(r"^\s*([0-9๐-๙]{1,2})\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")


def measure_numbers(table, layout, before: list[int] = ()) -> list[int]:
    """The list numbers printed before the measure names of a measures table's rows (``before``:
    the numbers of the tables before it). A bare number one past the last counts too: its dot
    lost to OCR (unseen-then 56114 p9, 300 dpi: ``๔ แนวทางประเมิน…`` between ``๓.`` and ``๕.``, the
    measure read and the document ``partial`` with ``measure_numbers_gap:4``)."""
    c = layout.col("measure")
    if c is None:
        return []
    out: list[int] = []
    for r in table.rows:
        cell = r.cells[c] if c < len(r.cells) else ""
        n = _opening_number(cell)
        if n is None and (m := _BARE_NO.match(cell)) and (last := (list(before) + out or [0])[-1]) >= 1 \
                and int(to_ascii_digits(m.group(1)), 10) == last + 1:
            n = last + 1
        if n is not None:
            out.append(n)
    return out


def _runs_up(numbers: list[int]) -> bool:
    """Each number above the one before it (one running list, none repeated)."""
    return all(b > a for a, b in zip(numbers, numbers[1:]))


def numbers_gap(numbers: list[int]) -> list[str]:
    """``measure_numbers_gap:<n,…>`` when the numbers seen, in document order, run up from 1
    with one or two missing below the highest (a measure numbered but not read); else []. Numbers
    that go down or repeat are another numbering (items of an issue group: seed 002's ``๒)``,
    ``๑)``, ``๑)``, ``๕)``), never a running number."""
    seen = set(numbers)
    if len(seen) < MIN_SEEN or numbers[0] != 1 or not _runs_up(numbers):
        return []
    missing = sorted(set(range(1, max(seen) + 1)) - seen)
    if not missing or len(missing) > MAX_MISSING:
        return []
    return ["measure_numbers_gap:" + ",".join(map(str, missing))]


def numbers_before_unread(numbers: list[int], page_text: list[tuple[int, str]], n_read: int = 0) -> list[str]:
    """``measure_numbers_gap:<n,…>`` when the numbers read start above 1 (at most ``MAX_MISSING``
    above it, running up) and the page text, outside the tables, prints each number below them
    before a measure's name (``๑) แนวทางทบทวน…``): those measures were printed and not read
    (unbiased scan28 38212 at 200 dpi: the first per-measure table without rules read as page
    text, measure ๑) and its indicator's score lost in an ``ok`` document). Fewer than three
    numbers read is too few for ``numbers_gap``; the printed names are the evidence here. As many
    measures read (``n_read``) as the highest number: they were read another way (from text)."""
    if not numbers or n_read >= numbers[-1] or not 2 <= numbers[0] <= MAX_MISSING + 1 or not _runs_up(numbers):
        return []
    printed = {int(to_ascii_digits(m.group(1)), 10) for _, text in page_text for ln in text.splitlines()
               if (m := _LIST_NO.match(ln)) and numbered_measure().match(ln.strip())}
    missing = list(range(1, numbers[0]))
    return ["measure_numbers_gap:" + ",".join(map(str, missing))] if set(missing) <= printed else []


def number_after_unread(page_text: list[tuple[int, str]], measures: list[dict]) -> list[str]:
    """``measure_numbers_gap:<n>`` when a page from the first measure's on prints, outside the
    tables, a measure's name numbered one past the measures read (``5 แนวทางส่งเสริม…``, its number
    with or without a dot): the next measure was printed and not read. u52a 52107 p7 (scan35m's
    unseen scans, 300 dpi): measure 5's row start left in the page text under measure 4's grid, its
    steps' rest on p8 joined to measure 4; lost in an ``ok`` document, no check saw it (its numbers
    print no dot, so ``measure_numbers`` reads none)."""
    if not measures:
        return []
    first = min(m["page_first"] for m in measures if m.get("page_first") is not None) \
        if any(m.get("page_first") is not None for m in measures) else None
    n = len(measures) + 1
    for page, text in page_text:
        if first is None or page < first:
            continue
        for m in _numbered_loose().finditer(text or ""):
            if int(to_ascii_digits(m.group(1)), 10) == n:
                return [f"measure_numbers_gap:{n}"]
    return []


@lru_cache(maxsize=1)
def _numbered_loose() -> re.Pattern:
    """A list number, with or without its dot or parenthesis, then a word that starts a measure's
    name, at a text's start or after a space."""
    heads = "|".join(re.escape(h) for h in measure_heads())
    return re.compile(rf"(?:^|\s)\(?([0-9๐-๙]{{1,2}})[.)]?\s*(?:{heads})")


def numbered_unread(numbers: list[int], page_text: list[tuple[int, str]], measures: list[dict]) -> list[str]:
    """``measure_numbers_gap:<n,…>`` by the first check that finds a numbered measure not read: a gap
    in the numbers read, numbers below the first read printed in the text, or the next number there."""
    return numbers_gap(numbers) or numbers_before_unread(numbers, page_text, len(measures)) \
        or number_after_unread(page_text, measures)


# ``ประเด็นที่ ๓ การใช้อำนาจ`` opening a line: a heading over the measures of one issue (OCR drops
# the upper marks: ``ประเด็นที``)
_ISSUE_HEADING = re.compile(r"^\s*ประเด็นท[ี่]{0,2}\s*([0-9๐-๙]{1,2})(?![0-9๐-๙.])")


def headings_unread(page_text: list[tuple[int, str]], measures: list[dict]) -> list[str]:
    """``measure_headings_unread:<read>/<headings>`` when the pages from the first measure's on
    print more issue headings (``ประเด็นที่ <n>``, distinct numbers running from 1) than measures
    were read: each heading heads at least one measure, so a heading with none under it lost its
    measure (a one-row table under it not found, its row read as the header or merged into the
    next table: fresh21s / dev seeds of issue 15). Numbers that do not run from 1 without a gap of
    more than two are another numbering (indicator numbers), never counted."""
    if not measures:
        return []
    first = min(m["page_first"] for m in measures if m.get("page_first") is not None) \
        if any(m.get("page_first") is not None for m in measures) else None
    if first is None:
        return []
    nums = []
    for page, text in page_text:
        if page < first:
            continue
        for ln in text.splitlines():
            if (m := _ISSUE_HEADING.match(ln)):
                nums.append(int(to_ascii_digits(m.group(1)), 10))
    seen = sorted(set(nums))
    if len(seen) < MIN_SEEN or seen[0] != 1 or len(set(range(1, seen[-1] + 1)) - set(seen)) > MAX_MISSING:
        return []
    if any(b < a for a, b in zip(nums, nums[1:])):  # numbers that go down: not one running list
        return []
    if len(measures) >= seen[-1]:
        return []
    return [f"measure_headings_unread:{len(measures)}/{seen[-1]}"]


@lru_cache(maxsize=1)
def _unprinted_number() -> re.Pattern:
    """A list number whose Thai digit Tesseract's ``tha`` model cannot print (``๔)`` read ``&)``
    or ``@)``) before a word that starts a measure's name, inside a cell (fresh36s 53112, 200 dpi)."""
    heads = "|".join(re.escape(h) for h in measure_heads())
    return re.compile(rf"\s[&@]\s*\)\s*(?:{heads})")


def _inner_numbers(name: str, pat: re.Pattern) -> list[int]:
    out = []
    for x in pat.finditer(name):
        if x.start() > 0:
            n = re.search(r"[0-9๐-๙]{1,2}", x.group(0))
            out.append(int(to_ascii_digits(n.group(0)), 10))
    if _unprinted_number().search(name):
        out.append(0)  # a number unread: no cell's own running list
    return out


def merged_in_cell(measures: list[dict]) -> list[str]:
    """``measures_merged_in_cell:<seq,…>`` for the measures whose name holds, after its start,
    another measure's list number and name (``… ของกำนัลทุกชนิด ๒) โครงการสร้างวัฒนธรรม``, dev
    seed 28033 scanned at 300 dpi: the rows of a table without rules read as fewer rows, two
    measures lost in an ``ok`` document); each such row is flagged ``measure_cell_holds_two``.
    The measures in it are not parted (their steps, periods and units are mixed too).

    A cell's own list is not two measures: a name opening with ``๑.`` whose later numbers run
    ``๒.``, ``๓.`` on, in a report whose other numbered names open with ``๑`` too (each row lists
    its projects: bundled sample 004, ``๑. โครงการเวทีประชาคม… ๒. กิจกรรม… ๓. โครงการ…``).
    Where the rows' opening numbers run on across rows (``๑)``, ``๓)``), a number inside a
    cell is another measure's."""
    pat = numbered_measure()
    openings = [n for m in measures if (n := _opening_number(m.get("measure") or "")) is not None]
    lists_restart = len(openings) >= 2 and all(n == 1 for n in openings)
    seqs = []
    for m in measures:
        name = m.get("measure") or ""
        inner = _inner_numbers(name, pat)
        if not inner:
            continue
        own_list = lists_restart and _opening_number(name) == 1 and inner == list(range(2, 2 + len(inner)))
        if not own_list:
            m["flags"] = sorted(set(m.get("flags") or []) | {"measure_cell_holds_two"})
            seqs.append(str(m.get("seq")))
    return [f"measures_merged_in_cell:{','.join(seqs)}"] if seqs else []


def text_cut(measures: list[dict]) -> list[str]:
    """``measures_text_cut:<seq,…>`` for the measures read from a table's last row under which
    the scan's extract saw the row's cell text go on unread (``ocr_ink_below_table``: a grid
    inferred from a scan stopped inside a long cell; fresh23s 24102 at 0.23.0, its steps cut
    mid-word in an ``ok`` document): their text may stop short, the document is ``partial``."""
    seqs = [str(m.get("seq")) for m in measures if "ocr_ink_below_table" in (m.get("flags") or [])]
    return [f"measures_text_cut:{','.join(seqs)}"] if seqs else []
