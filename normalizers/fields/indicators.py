"""The ten official ITA indicators: names, tools, matching a printed heading to its number.

Reports misnumber indicators (seed 004 prints ``๓. การใช้ งบประมาณ`` for indicator 2), so
the official *name* decides; the printed number is only a fallback and a cross-check.
"""
from __future__ import annotations

import re
from collections import Counter

from normalizers.fields.codes import load_catalog
from normalizers.tables.text import loose
from normalizers.fields.numbers import find_scores, join_split_numbers, to_ascii_digits

INDICATORS: dict[int, str] = {
    1: "การปฏิบัติหน้าที่",
    2: "การใช้งบประมาณ",
    3: "การใช้อำนาจ",
    4: "การใช้ทรัพย์สินของราชการ",
    5: "การแก้ไขปัญหาการทุจริต",
    6: "คุณภาพการดำเนินงาน",
    7: "ประสิทธิภาพการสื่อสาร",
    8: "การปรับปรุงการทำงาน",
    9: "การเปิดเผยข้อมูล",
    10: "การป้องกันการทุจริต",
}
TOOL_OF: dict[int, str] = {n: ("IIT" if n <= 5 else "EIT" if n <= 8 else "OIT") for n in INDICATORS}
# the words that describe each tool (``แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)``), compared
# squashed; and their short tails, which survive one misread letter of the phrase in OCR'd text
TOOL_DESCRIPTIONS: dict[str, str] = {"IIT": "ผู้มีส่วนได้ส่วนเสียภายใน", "EIT": "ผู้มีส่วนได้ส่วนเสียภายนอก",
                                     "OIT": "เปิดเผยข้อมูลสาธารณะ"}
TOOL_DESCRIPTION_CORES: dict[str, str] = {"IIT": "ส่วนเสียภายใน", "EIT": "ส่วนเสียภายนอก", "OIT": "ข้อมูลสาธารณะ"}

# spellings seen in reports (compared with all spaces removed), most specific first
_ALIASES: dict[int, tuple[str, ...]] = {
    1: ("การปฏิบัติหน้าที่", "ปฏิบัติหน้าที่"),
    2: ("การใช้งบประมาณ", "ใช้งบประมาณ"),
    3: ("การใช้อำนาจในการบริหารงานบุคคล", "การใช้อำนาจ", "ใช้อำนาจ"),
    4: ("การใช้ทรัพย์สินของราชการ", "การใช้ทรัพย์สินของทางราชการ", "การใช้ทรัพย์สิน",
        "ใช้ทรัพย์สิน"),
    5: ("การแก้ไขปัญหาการทุจริต", "แก้ไขปัญหาการทุจริต"),
    6: ("คุณภาพการดำเนินงาน", "คุณภาพการปฏิบัติงาน"),
    7: ("ประสิทธิภาพการสื่อสาร", "ประสิทธิภาพในการสื่อสาร"),
    8: ("การปรับปรุงระบบการทำงาน", "การปรับปรุงการทำงาน", "การปรับปรุงทำงาน",
        "ปรับปรุงระบบการทำงาน", "ปรับปรุงการทำงาน"),
    9: ("การเปิดเผยข้อมูล", "เปิดเผยข้อมูล"),
    10: ("การป้องกันการทุจริต", "ป้องกันการทุจริต"),
}
ALIASES = _ALIASES  # read by records.indicator_cells (names spelled across a cell's words)

# (the mark as a scan's OCR reads it too, its marks dropped: ``ตัวชีวัดที3 การไช้อำนาจ``, fresh32u 45212
# p2, indicator 3's row of a question table read as a question, its name misread past matching)
_RX_NUMBER = re.compile(
    r"^\s*(?:ตัว[ชข]ี?้?วัด(?:ที?่?)?|ข้อ)?\s*([0-9]{1,2})(?:\.(?![0-9])|\)|\s|$|(?=[\u0e01-\u0e4e]))",
    re.ASCII,
)
_RX_ISSUE = re.compile(r"^\s*ประเด็นที่\s*[0-9]{1,2}\.?\s*", re.ASCII)
_RX_SCORE_PAREN = re.compile(r"\(\s*(?:คะแนน\s*)?[0-9.\s]+(?:คะแนน)?\s*\)")


def _squash(text: str) -> str:
    """Digits to ASCII, all whitespace removed (wrap spaces inside names go away)."""
    return re.sub(r"\s+", "", to_ascii_digits(text))


# the indicator mark after a bare row number (``4 ตัวชี้วัดที่ 8 การปรับปรุง…``: a sequence column
# read with the indicator column)
_RX_MARK_AFTER = re.compile(r"\s*ตัวชี้วัดที่\s*([0-9]{1,2})(?![0-9])", re.ASCII)
_RX_MARK_ALONE = re.compile(r"\s*ตัวชี้วัดที่\s*$")


def heads_indicator(text: str) -> bool:
    """Does a line's ``text`` start with an indicator's mark and number (``ตัวชี้วัดที่ 4``,
    ``ตัวชี้วัดที่๗``), or hold the mark alone (its number wrapped to the next line)?"""
    t = to_ascii_digits(text or "")
    return _RX_MARK_AFTER.match(t) is not None or _RX_MARK_ALONE.match(t) is not None


def printed_number(text: str) -> int | None:
    """The indicator number a heading prints (``๓. การใช้...``, ``ตัวชี้วัดที่ 8 ...``). A bare
    number before the mark (``4 ตัวชี้วัดที่ 8``) is a row's number, not the indicator's."""
    t = to_ascii_digits(text or "")
    m = _RX_NUMBER.match(t)
    if m and not m.group(0).lstrip().startswith(("ตัว", "ข้อ")):
        mark = _RX_MARK_AFTER.match(t, m.end())
        if mark:
            return int(mark.group(1), 10)
    return int(m.group(1), 10) if m else None


def _name_hits(text: str) -> list[tuple[int, int, int]]:
    """(position, -alias length, indicator) of every alias found in the squashed text."""
    return name_positions(_RX_SCORE_PAREN.sub(" ", to_ascii_digits(text)))


_CID = re.compile(r"\(cid:[0-9]+\)")
_BELOW = re.compile("[\u0e38-\u0e3a]")


# letters OCR reads one for the other, made one (dev scan 53205 p1, 300 dpi: ``การไช้อำนาจ``,
# ``การไช้ทรัพย์สินของราชการ``, ใ read ไ: indicators 3 and 4 unmatched, their analysis-table scores lost;
# 53207 p3: ``คุณภาพการดำเน็นงาน``, ิ read ็)
_OCR_SAME = str.maketrans({"ใ": "ไ", "็": "ิ"})


def _ocr_loose(s: str) -> str:
    """``loose`` with the letters OCR confuses made one."""
    return loose(s.translate(_OCR_SAME))


def _looser(s: str) -> str:
    """``loose`` with the below-base vowels dropped too: a font whose ู prints as a tone mark
    (``ข้อม่ล`` for ``ข้อมูล``) still names its indicator."""
    return _BELOW.sub("", loose(s))


def name_positions(text: str) -> list[tuple[int, int, int]]:
    """(position, -alias length, indicator) of the first alias of each indicator found in the
    squashed ``text`` (a broken text layer matched loosely: ``ำ`` lost, marks misplaced)."""
    s = _squash(_CID.sub("", text))  # a glyph the font does not map (``ก(cid:13)ร``): dropped
    sl = loose(s)
    sll = _looser(s)
    so = _ocr_loose(s)
    hits = []
    for no, aliases in _ALIASES.items():
        for a in aliases:
            i = s.find(a)
            if i < 0:
                # a broken text layer (ำ lost or turned into า, marks misplaced)
                j = sl.find(loose(a))
                i = round(j * len(s) / max(1, len(sl))) if j >= 0 else -1
            if i < 0:  # OCR's ไ for ใ, ็ for ิ
                j = so.find(_ocr_loose(a))
                i = round(j * len(s) / max(1, len(so))) if j >= 0 else -1
            if i < 0 and len(_looser(a)) >= 8:
                j = sll.find(_looser(a))
                i = round(j * len(s) / max(1, len(sll))) if j >= 0 else -1
            if i >= 0:
                hits.append((i, -len(a), no))
                break
    hits.sort()
    return hits


def match_indicator(text: str | None) -> tuple[int | None, float, list[str]]:
    """Official indicator number of a heading/cell, by name; the printed number is a fallback.

    Returns (indicator_no, confidence, flags). Flags: ``indicator_renumbered:<printed>-><official>``
    when the printed number differs, ``indicator_by_number:<n>`` when no name was found,
    ``indicator_several_names:...`` when the text names more than one indicator (the first wins).
    """
    text = text or ""
    issue = _RX_ISSUE.match(to_ascii_digits(text))
    if issue:  # "ประเด็นที่ N": a report's own issue numbering, never an indicator number
        text = text[issue.end():]
    printed = None if issue else printed_number(text)
    hits = _name_hits(text)
    flags: list[str] = ["indicator_from_issue_heading"] if issue else []
    if hits:
        # overlapping aliases of different indicators cannot happen; keep distinct numbers
        numbers = list(dict.fromkeys(h[2] for h in hits))
        no = numbers[0]
        conf = 1.0
        if len(numbers) > 1:
            flags.append("indicator_several_names:" + ",".join(map(str, numbers)))
            conf = 0.7
        official = INDICATORS[no]
        if official not in _squash(text) and not any(
            a in _squash(text) for a in _ALIASES[no][:2]
        ):
            conf = min(conf, 0.85)  # only a short alias matched
        if printed is not None and printed != no:
            flags.append(f"indicator_renumbered:{printed}->{no}")
        if issue:
            conf = min(conf, 0.6)
        return no, conf, flags
    if printed is not None and printed in INDICATORS:
        return printed, 0.5, [f"indicator_by_number:{printed}"]
    return None, 0.0, flags + ["indicator_unmatched"]


def indicator_of_question(code: str | None, year: int | None) -> int | None:
    """Indicator a canonical question code belongs to in that year's catalog (None if unknown)."""
    if not code:
        return None
    return load_catalog(year).indicator.get(code)


def indicator_from_questions(codes: list[str], year: int | None) -> tuple[int | None, list[str]]:
    """The indicator most of a row's question codes belong to (for misnumbered/duplicate
    headings such as two ``การปรับปรุง ทำงาน`` rows). Flags a split vote."""
    votes = Counter(n for c in codes if (n := indicator_of_question(c, year)) is not None)
    if not votes:
        return None, []
    (best, k), *rest = votes.most_common()
    flags = [] if not rest else ["indicator_questions_split:" + ",".join(map(str, sorted(votes)))]
    if rest and rest[0][1] == k:
        return None, flags
    return best, flags


def cell_score(text: str | None, ocr: bool = False) -> float | None:
    """A score printed inside an indicator cell: ``๑. การปฏิบัติหน้าที่ (๙๗.๘๗ คะแนน)`` -> 97.87,
    ``(คะแนน ๙๖.๘๐)`` -> 96.8. None when the cell prints no ``คะแนน`` number. A score whose
    Thai and Arabic digits the text layer split (``(7 ๙.0 ๓ คะแนน)``) is joined first. A number
    outside 0–100 is no score of an indicator but a misread (OCR ``(«๕๙1.8๑ คะแนน)`` for ๙๑.๘๑,
    fresh35s 51109 p9, 200 dpi): None, so the caller names the cell unreadable (``score_unread``). So is,
    ``ocr``, a number of three decimals or more, which no ITA score prints: a digit read too many
    (``(๙๐.๖๓๒ คะแนน)`` for ๙๐.๖๓, h/scan40i's unseen 62210 p5, kept as 90.632 with no flag about it;
    named unreadable, another source's score with that digit left out is taken and flagged)."""
    joined = join_split_numbers(text or "")
    found = find_scores(joined)
    if not found or not 0 <= found[0][0] <= 100:
        return None
    number = to_ascii_digits(joined)[found[0][1]:found[0][2]]
    return None if ocr and len(number.partition(".")[2]) > 2 else found[0][0]


_RX_PROSE = re.compile(r"ตัวชี้วัดที่\s*([0-9]{1,2})")


def find_indicator_scores(text: str) -> list[tuple[int, float, list[str]]]:
    """Indicator scores stated in prose: ``ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้คะแนนน้อยที่สุด
    80.14 คะแนน``. For each ``ตัวชี้วัดที่ N <name>`` the first ``… คะแนน`` number before the next
    ``ตัวชี้วัดที่`` is its score. Returns (indicator_no, score, flags)."""
    t = to_ascii_digits(text or "")
    marks = list(_RX_PROSE.finditer(t))
    out: list[tuple[int, float, list[str]]] = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(t)
        segment = t[m.start():end]
        no, _, flags = match_indicator(segment[:80])
        scores = find_scores(segment)
        if no is None or not scores:
            continue
        value = scores[0][0]
        if value > 100:
            continue
        out.append((no, value, flags))
    return out


def resolve_row_indicator(heading: str | None, codes: list[str],
                          year: int | None) -> tuple[int | None, float, list[str]]:
    """Indicator of a table row from its heading (name first) and its question codes.

    The name wins; the row's questions break ties (several names in one heading), fill in
    when the heading has no name (before the printed number), and add
    ``indicator_questions_disagree:<n>`` when they point elsewhere.
    """
    no, conf, flags = match_indicator(heading)
    q_no, q_flags = indicator_from_questions(codes, year)
    flags = flags + q_flags
    named = no is not None and not any(f.startswith("indicator_by_number") for f in flags)
    if named and any(f.startswith("indicator_several_names") for f in flags) and q_no:
        several = next(f for f in flags if f.startswith("indicator_several_names"))
        if str(q_no) in several.split(":")[1].split(","):
            return q_no, 0.8, flags + [f"indicator_from_questions:{q_no}"]
    if named:
        if q_no is not None and q_no != no:
            flags.append(f"indicator_questions_disagree:{q_no}")
            conf = min(conf, 0.7)
        return no, conf, flags
    if q_no is not None:
        flags = [f for f in flags if f != "indicator_unmatched"]
        if no is not None and no != q_no:
            flags.append(f"indicator_renumbered:{no}->{q_no}")
        return q_no, 0.75, flags + [f"indicator_from_questions:{q_no}"]
    return no, conf, flags


def flag_duplicate_indicators(numbers: list[int | None]) -> list[list[str]]:
    """For the rows of one table (their resolved indicator numbers), the flags to add:
    ``indicator_duplicate_row:<n>`` on every row that shares its number with another row."""
    counts = Counter(n for n in numbers if n is not None)
    return [[f"indicator_duplicate_row:{n}"] if n is not None and counts[n] > 1 else []
            for n in numbers]
