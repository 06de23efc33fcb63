"""Key/value blocks and dotted-leader lists: a summary sheet's fields read as fields.

    คะแนนรวม ........................ 84.21        → overall 84.21
    ระดับ : B                                     → level B
    IIT 85.12 | EIT 90.00 | OIT 77.50             → the three tool scores
    แบบวัด EIT ........ 90.00                      → EIT 90.00
    ตัวชี้วัดที่ 3 การใช้อำนาจ ………… 85.00          → indicator 3 = 85.00 (source ``text``)
    ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (92.90 คะแนน)  → indicator 4 = 92.90 (a heading with its score)

A line is read only when it *is* a key/value line: its key is one of the known keys and its
value is the whole rest of the line (one number, maybe ``คะแนน``), after a leader (dots,
ellipses), a colon, a bar or a space. Running sentences stay with ``normalizers.records.prose``.

Distractors are never the document's own value: a key naming last year (``ปีที่แล้ว``,
``ปีที่ผ่านมา``), another year than the assessment year (``ปี 2566``), an average, a national
or provincial figure, a target or a full score is skipped and flagged
``keyvalue_distractor_skipped:<key>``; a key naming a year when the assessment year is not known
is skipped with ``keyvalue_year_unsure:<year>``. Two different values for one field keep the
first and flag ``keyvalue_several_values:<field>``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.fields.indicators import match_indicator, name_positions
from normalizers.fields.numbers import parse_score, to_ascii_digits
from normalizers.records.tool_bars import read_by_bars

# a dotted leader: 3+ dots / ellipses / middle dots / underscores, maybe spaced (". . . .")
LEADER = re.compile(r"\s*(?:[.…·•‥_]{3,}|…+|(?:\.\s){3,}\.?|-{4,})\s*")
_NUM = r"(?<![0-9.])([0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9]|\.[0-9])"
_SEP = r"\s*(?:[:：=|]|\u241f)?\s*"  # \u241f: where a leader was
_TAIL = r"\s*(?:คะแนน)?\s*[.,;|]?\s*$"
_LEVELS = r"(AA|A|B|C|D|E|F|ผ่านดีเยี่ยม|ผ่านดีมาก|ผ่านดี|ไม่ผ่าน|ผ่าน|ต้องปรับปรุงโดยด่วน|ต้องปรับปรุง)"

_OVERALL_KEYS = ("คะแนนรวม", "ผลคะแนนรวม", "คะแนนภาพรวม", "ผลคะแนนภาพรวม", "ผลการประเมินภาพรวม",
                 "ผลการประเมินรวม", "คะแนนผลการประเมิน", "ผลคะแนนการประเมิน", "คะแนนการประเมิน",
                 "คะแนนITA", "ผลคะแนนITA", "ผลการประเมินITA", "ค่าคะแนนITA", "คะแนนที่ได้", "รวม")
_OVERALL = re.compile(r"^[\-•*\s]*(?P<key>.{2,80}?)" + _SEP + _NUM + _TAIL)
_LEVEL = re.compile(r"^[\-•*\s]*(?P<key>ระดับ(?:ผลการประเมิน|คะแนน|ผลคะแนน)?|ผลการประเมินระดับ|เกรด)"
                    + _SEP + _LEVELS + r"\s*$")
_LEVEL_AFTER = re.compile(r"^\s*(?:\(|[,|]|\s)\s*(?:ระดับ(?:ผลการประเมิน)?\s*[:：]?\s*)?" + _LEVELS + r"\s*\)?\s*$")
_TOOL_SPLIT = re.compile(r"(?<![A-Za-z])(?=(?:IIT|EIT|OIT)(?![A-Za-z]))")
_TOOL_PIECE = re.compile(r"^(IIT|EIT|OIT)\s*\)?" + _SEP + r"(?:คะแนน\s*)?" + _NUM + r"\s*(?:คะแนน)?\s*[|,;/]?\s*$")
# a tool's score that OCR garbled into a number with letters in it (``EIT 80.cx9``)
# ``117๘๕.๘๕1|``: the bar after the score read double (``1|``); scores print two decimals, so a
# third figure glued to the bar is no figure of the score (fresh24s 30111)
# The key itself may come out as letters of either script (``แท``: unbiased fresh30s 41113 at 200 dpi,
# IIT and EIT lost and OIT taken from last year's sentence): a short run of letters; that ``EIT`` and
# ``OIT`` follow is what names it (``_Reader.tools``)
_IIT_GARBLED = re.compile(r"^\s*(?:[1Il|][1Il|][7T]|[^\s0-9๐-๙|,;/.:]{1,4})\s*([0-9]{1,3}\.[0-9]{2})(?:[1Il](?=\s*\|))?"
                          # (a stray letter after the decimals: ``!แ ๗๕.๓๔ฑ |``, held-out fresh31u 43211 p1)
                          r"[ก-ฮ]?\s*[|,;/]?\s*$")
_TOOLS = ("IIT", "EIT", "OIT")
_HEAD_SCORE = re.compile(r"(?<![0-9.])([0-9]{1,3}\.[0-9]{2})(?![0-9])")
GARBLED_KEY_CHARS = 6  # letters and marks of one garbled tool key at most (``!โฆ``, ``ซิ!``)
# (or into letters alone, ``EIT ole.``: unbiased fresh30s 41103 at 200 dpi, the whole line unread and
# OIT taken from last year's sentence; the two keys read beside it say the line is the tools')
# (or into Thai letters in a number's shape, ``OIT ฒฒ.ฒฒ`` for ``๗๗.๗๗``: unseen-then scan 44213 p1, 300 dpi,
# the whole line unread and IIT and EIT lost with it)
_TOOL_GARBLED = re.compile(r"^(IIT|EIT|OIT)\s*\)?" + _SEP + r"(?:[0-9A-Za-z][0-9A-Za-z.,]{1,8}"
                           r"|[^\s|,;/.]{1,3}[.,][^\s|,;/.]{1,3})\s*[|,;/]?\s*$")
# (or into a short run of Latin letters and signs around the point, a space inside: ``EIT ox. &e``, and the
# first key read short, ``IT oe.cs |`` for ``IIT ๗๔.๙๘``: dev 60109 p1, 200 dpi; the whole line was refused
# and IIT, EIT and OIT lost in an ``ok`` document with no flag)
_TOOL_LOOSE = re.compile(r"^(IIT|EIT|OIT)\s*\)?" + _SEP + r"(?=[^|]*[.,])[^\s\u0e01-\u0e4e|,;/][^\u0e01-\u0e4e|;/]{1,8}"
                         r"\s*[|,;/]?\s*$")
_HEAD_LOOSE = re.compile(r"^\s*[^\s\u0e01-\u0e4e|]{1,3}\s+[^\s\u0e01-\u0e4e|]{1,3}[.,][^\s\u0e01-\u0e4e|]{1,3}\s*[|,;/]?\s*$")
_INDICATOR = re.compile(r"^[\-•*\s]*(?P<key>(?:ตัวชี้วัดที่\s*[0-9]{1,2}|[0-9]{1,2}[.)]?)?\s*[^0-9]{0,80}?)"
                        r"\s*\u241f\s*" + _NUM + _TAIL)
# an indicator's number as printed, or one glyph OCR made of it (``ตัวชี้วัดที่ซ``, ``ตัวชี้วัดที่«``:
# Tesseract's Thai model has no ๔ ๖ ๗ ๘ ๙): the name after it says which indicator it is
_NO = r"(?:[0-9]{1,2}|[^\s0-9\u0e01-\u0e4e]|[\u0e01-\u0e2e](?=\s))"
_INDICATOR_PAREN = re.compile(r"^[\-•*\s]*(?P<key>ตัวชี้วัดที่\s*" + _NO + r"[^0-9()]{0,80}?)\s*\(\s*(?:คะแนน\s*)?"
                              + _NUM + r"\s*(?:คะแนน)?\s*\)\s*$")
# the same heading with a glyph OCR made after its score's second decimal (``(๘๘.๘๗ซ คะแนน)``: fresh21s
# 21602 p2, fresh19s 19503 p2, the score lost): a score has two decimals, the glyph is no digit of it
_INDICATOR_GLYPH = re.compile(r"^[\-•*\s]*(?P<key>ตัวชี้วัดที่\s*" + _NO + r"[^0-9()]{0,80}?)\s*\(\s*"
                              r"([0-9]{1,3}\.[0-9]{2})(?P<glyph>[\u0e01-\u0e2e])\s*คะแนน\s*\)\s*$")
# a heading whose heading word OCR lost or made letters of (``๓การใช้อำนาจ (๖๘.๑๘ คะแนน)``, ``satan ©
# การใช้ทรัพย์สินของราชการ (๖๓.๕๗ คะแนน)``: fresh19s 19511 p1, p2, both lost): no Thai letter before the
# indicator's name, which is all of the key
_INDICATOR_NAMED = re.compile(r"^[^\u0e01-\u0e2e]{0,12}?\s*(?P<key>[\u0e01-\u0e2e][^0-9()]{3,80}?)\s*\(\s*"
                              + _NUM + r"\s*คะแนน\s*\)\s*$")
_BARE_HEADING = re.compile(r"^[\-•*\s]*ตัวชี้วัดที่\s*" + _NO + r"\s*[^0-9()]{2,60}$")
_INDICATOR_COLON = re.compile(r"^[\-•*\s]*(?P<key>ตัวชี้วัดที่\s*[0-9]{1,2}[^0-9:：]{0,80}?)\s*[:：]\s*" + _NUM + _TAIL)

# keys that quote someone else's or another year's figure
DISTRACTORS = ("ปีที่แล้ว", "ปีที่ผ่านมา", "ปีก่อน", "ปีงบประมาณก่อน", "ครั้งก่อน", "เฉลี่ย", "ประเทศ",
               "ระดับจังหวัด", "ของจังหวัด", "ภาพรวมจังหวัด", "หน่วยงานอื่น", "กลุ่มหน่วยงาน", "เป้าหมาย",
               "เกณฑ์", "เต็ม", "เปรียบเทียบ", "ผลต่าง", "เพิ่มขึ้น", "ลดลง", "สูงสุด", "ต่ำสุด",
               "ร้อยละ", "น้ำหนัก", "สัดส่วน", "ค่ากลาง", "มัธยฐาน")
# a heading over key/value lines that makes all of them someone else's or another year's
HEADING_DISTRACTORS = ("ปีที่แล้ว", "ปีที่ผ่านมา", "ปีก่อน", "ครั้งก่อน", "ประเทศ", "ค่าเฉลี่ย", "หน่วยงานอื่น",
                       "เปรียบเทียบ")
HEADING_REACH = 8  # key/value lines a heading governs at most
_YEAR = re.compile(r"(?<![0-9])(25[0-9]{2})(?![0-9])")
_SHORT_YEAR = re.compile(r"ปี\s*([5-7][0-9])(?![0-9.])")
_WS = re.compile(r"\s+")


@dataclass
class KeyValues:
    overall: tuple[float, int, list[str]] | None = None  # value, page, flags
    level: tuple[str, int] | None = None
    tools: dict[str, tuple[float, int, list[str]]] = field(default_factory=dict)
    indicators: list[tuple[int, float, int, list[str]]] = field(default_factory=list)  # no, score, page, flags
    used: set[tuple[int, int]] = field(default_factory=set)  # (page, line index) read here
    flags: list[str] = field(default_factory=list)
    # tool -> page of a line printing two or more tool scores that was not read as a tool line
    # (its head unreadable): the caller flags a tool it has no score for from anywhere else
    unread_tools: dict[str, int] = field(default_factory=dict)
    # tool -> (what its key/value line printed for the score, page): a value past reading
    # (``ole.``, ``ฒฒ.ฒฒ``, ``153.30``), for ``tool_overall`` to read back from the overall
    garbled_tools: dict[str, tuple[str, int]] = field(default_factory=dict)


def mark_leaders(line: str) -> str:
    """The line with each dotted leader replaced by one ``\\u241f`` separator mark."""
    return LEADER.sub(" \u241f ", line)


# a line where a table's rows stood between a scanned page's line and a heading read from the table
# (``scan_headings.place``): a heading above it governs no key/value line below it
TABLE_BREAK = "\u241e"


# the heading word as OCR reads it (``ตัวขี้วัดที่``, ``ตัวชีวัดที่``: fresh19s 19509 p2, the heading of
# indicator 8 left to the sentence reader, which gave its score to indicator 4 too)
_OCR_HEADING_WORD = re.compile(r"^(\s*[\-•*]?\s*)ตัว(?:ขี้|ชี|ขี)วัด")


# Latin digits glued before a score printed in Thai digits, together past any score (``117๘๕.๐๙``,
# ``ยิ1๘๕.๔๔``: the keys IIT and EIT read as ``117`` and ``ยิ1``, fresh32s 45113 p1, 300 dpi, all three
# tool scores lost): the key's garble, not the score's digits (``1๐๐.๐๐`` is 100.00, mixed digits)
_GLUED_KEY = re.compile(r"([0-9]+)([๐-๙]{2}\.[๐-๙]{2})")
GLUED_KEY_MARK = "?"


def _unglue_key(m: re.Match) -> str:
    whole = int(m.group(1) + to_ascii_digits(m.group(2)[:2]))
    return m.group(0) if whole <= 100 else GLUED_KEY_MARK * len(m.group(1)) + " " + m.group(2)


def _clean(line: str) -> str:
    line = _OCR_HEADING_WORD.sub(r"\1ตัวชี้วัด", line or "")
    return _WS.sub(" ", mark_leaders(to_ascii_digits(_GLUED_KEY.sub(_unglue_key, line)))).strip()


def _printed(text: str) -> str:
    """What a garbled tool piece printed for its score (its key and separators gone)."""
    return text.strip(" )\u241f:：|,;/")


def _squash(s: str) -> str:
    return _WS.sub("", s or "").replace("\u241f", "")


def distractor(key: str, year: int | None) -> str | None:
    """Why a key quotes some other figure (None when it is the document's own)."""
    k = _squash(key)
    for w in DISTRACTORS:
        if w in k:
            return w
    years = [int(y) for y in _YEAR.findall(key)] + [2500 + int(y) for y in _SHORT_YEAR.findall(key)]
    for y in years:
        if year is None:
            return f"year_unsure:{y}"
        if y != year:
            return f"year:{y}"
    return None


def _score(text: str) -> float | None:
    v, flags = parse_score(text)
    return v if v is not None and not flags else None


def _name_only(key: str) -> bool:
    """Whether ``key`` is an indicator's name and nothing more (a heading's, its word lost)."""
    no, _, flags = match_indicator(key)
    if no is None or flags:
        return False
    hits = name_positions(key)
    return bool(hits) and hits[0][0] == 0 and len(_squash(key)) <= -hits[0][1] + 4


class _Reader:
    def __init__(self, year: int | None):
        self.year = year
        self.out = KeyValues()
        self.context: str | None = None  # a heading above saying the values are not this report's
        self.reach = 0

    def heading(self, line: str) -> None:
        """A line that is no key/value: it may open (or close) a section of other figures."""
        k = _squash(line)
        bare = re.sub(r"\(?(?:พ\.\s?ศ\.\s?)?25[0-9]{2}\)?\s*$", "", line)  # a heading may end with its year
        if len(k) > 50 or re.search(r"[0-9]\s*(?:คะแนน|%)?\s*$|[:：\u241f]\s*\S", bare):
            # running text, or a key/value line of something not read here: not a heading
            self.context, self.reach = None, 0
            return
        why = next((w for w in HEADING_DISTRACTORS if w in k), None)
        if why is None:
            years = [int(y) for y in _YEAR.findall(line)]
            why = next((f"year:{y}" for y in years if self.year is not None and y != self.year), None)
        self.context, self.reach = (line, HEADING_REACH) if why else (None, 0)

    def governed(self, key: str) -> str | None:
        """Why a key is a distractor, from itself or from the heading it sits under."""
        if self.context is not None and self.reach > 0:
            self.reach -= 1
            return "heading:" + _squash(self.context)[:24]
        return distractor(key, self.year)

    def distracted(self, key: str, label: str | None = None) -> bool:
        """True, with the skip flagged, when ``key`` is a distractor (``governed``)."""
        why = self.governed(key)
        if why:
            self.skip(label or key, why)
        return bool(why)

    def skip(self, key: str, why: str) -> None:
        if why.startswith("year_unsure"):
            tag = "keyvalue_year_unsure:" + why.split(":")[1]
        elif why.startswith("heading:"):
            tag = "keyvalue_distractor_skipped:" + why
        else:
            tag = "keyvalue_distractor_skipped:" + _squash(key)[:24]
        if tag not in self.out.flags:
            self.out.flags.append(tag)

    def put_overall(self, value: float, page: int) -> None:
        if self.out.overall is None:
            self.out.overall = (value, page, [])
        elif abs(self.out.overall[0] - value) > 1e-9:
            self.out.flags.append(f"keyvalue_several_values:overall:{self.out.overall[0]:g},{value:g}")

    def put_tool(self, tool: str, value: float, page: int) -> None:
        old = self.out.tools.get(tool)
        if old is None:
            self.out.tools[tool] = (value, page, [])
        elif abs(old[0] - value) > 1e-9:
            self.out.flags.append(f"keyvalue_several_values:{tool.lower()}:{old[0]:g},{value:g}")

    def tools(self, line: str, page: int) -> bool:
        pieces = _TOOL_SPLIT.split(line)
        head, tails = pieces[0], [p for p in pieces[1:] if p.strip()]
        first = _IIT_GARBLED.match(head)
        if first and len(tails) == 2 and [p.strip()[:3] for p in tails] == ["EIT", "OIT"]:
            # ``117๗๗.๔๘ | EIT ๗๘.๒๔ | OIT ๘๖.๑๔``: OCR read the line's first key ``IIT`` as ``117``
            # and glued it to its score; the two keys after it say whose score it is
            head, tails = "", ["IIT " + first.group(1) + " |"] + tails
            self.out.flags.append("keyvalue_key_garbled:iit")
        if tails and re.search(r"[0-9]", head):
            head, tails = self._garbled_keys(head, tails)
        if tails and re.search(r"[0-9]", head) and (bars := read_by_bars(line)):
            # the first and last keys garbled around the one read (tool_bars: dev scan 53201 p1)
            head, tails = "", bars[0]
            self.out.flags += bars[1]
        if not tails or re.search(r"[0-9]", head) or len(_squash(head)) > 60:
            clean = [m.group(1) for m in (_TOOL_PIECE.match(p.strip()) for p in tails) if m]
            if len(clean) >= 2:  # ``117๘๕.๘๕1x| EIT ๗๕.๘๓ | OIT ๘๕.๙๐``: printed, not read
                for tool in clean:
                    self.out.unread_tools.setdefault(tool, page)
            return False
        got, garbled = [], []
        if head.strip() and [p.strip()[:3] for p in tails] == ["EIT", "OIT"] and _HEAD_LOOSE.match(head):
            # ``IT oe.cs | EIT … | OIT …``: the first piece is IIT's, key and score garbled
            garbled.append("IIT")
            self.out.garbled_tools.setdefault("IIT", (_printed(head.split(None, 1)[1]), page))
            head = ""
        for p in tails:
            m = _TOOL_PIECE.match(p.strip())
            if m:
                got.append((m.group(1), m.group(2)))
                continue
            g = _TOOL_GARBLED.match(p.strip()) or _TOOL_LOOSE.match(p.strip())
            if not g:
                return False
            garbled.append(g.group(1))
            self.out.garbled_tools.setdefault(g.group(1), (_printed(p.strip()[3:]), page))
        if garbled and len(got) < 2:
            # mostly garbled: not read, but the score read beside them is printed, not lost unflagged
            for tool, _ in got:
                self.out.unread_tools.setdefault(tool, page)
            return False
        if self.distracted(head, head or "tool"):
            return True
        # ``IIT 75.28 | EIT 80.cx9 | OIT 78.67`` (OCR): the others are read, that one is not
        self.out.flags += [f"keyvalue_unreadable:{t.lower()}" for t in garbled]
        for tool, num in got:
            v = _score(num)
            if v is not None:
                self.put_tool(tool, v, page)
            else:  # a number past any score (``EIT ๑๕๓.๓๐`` for 83.30: dev scan 40110 p1, lost unflagged)
                self.out.flags.append(f"keyvalue_unreadable:{tool.lower()}")
                self.out.garbled_tools.setdefault(tool, (num, page))
        return True

    def _garbled_keys(self, head: str, tails: list[str]) -> tuple[str, list[str]]:
        """(head, tails) with the tools a garbled head prints read: when the tools read are the line's
        last ones (``OIT``; ``EIT``, ``OIT``), each read whole, and the head holds as many two-decimal
        scores as tools are missing, with no more than a few letters of garbled keys and bars around
        them, those scores are the missing tools', in the order the line prints them, flagged
        ``keyvalue_key_garbled`` (held-out fresh31u 43207 p1: ``!โ๗๔.๖๒ |ยีเโ๘๘.๒๖ | OIT ๘๔.๒๓``; held-out fresh32u 45215 p1, 200 dpi: ``|!โฆ๗๙.๕๕ |ซิ|! ๗๖.๕๔ | OIT
        ๖๕.๒๒``, a bar inside the garbled EIT key; the whole line was refused and IIT, EIT and OIT
        were lost in an ``ok`` document with no flag). Unchanged otherwise."""
        names = [p.strip()[:3] for p in tails]
        missing = list(_TOOLS[:len(_TOOLS) - len(names)])
        if not missing or names != list(_TOOLS[len(missing):]) or not all(_TOOL_PIECE.match(p.strip()) for p in tails):
            return head, tails
        nums = _HEAD_SCORE.findall(head)
        rest = _squash(_HEAD_SCORE.sub(" ", head).replace("|", " "))
        if len(nums) != len(missing) or re.search(r"[0-9]", rest) or len(rest) > GARBLED_KEY_CHARS * len(missing):
            return head, tails
        self.out.flags += [f"keyvalue_key_garbled:{t.lower()}" for t in missing]
        return "", [f"{t} {n} |" for t, n in zip(missing, nums)] + tails

    def level(self, line: str, page: int) -> bool:
        m = _LEVEL.match(line)
        if not m:
            return False
        if not self.distracted(m.group("key")) and self.out.level is None:
            self.out.level = (m.group(2), page)
        return True

    def overall(self, line: str, page: int) -> bool:
        # "คะแนนรวม 84.21 คะแนน (ระดับ B)": the level after the score is read as well
        lv = re.search(r"\s(?:\(\s*)?(?:ระดับ(?:ผลการประเมิน)?\s*[:：]?\s*)" + _LEVELS + r"\s*\)?\s*$", line)
        core = line[:lv.start()] if lv else line
        m = _OVERALL.match(core)
        if not m:
            return False
        key = m.group("key").replace("\u241f", " ").strip(" :：|")
        k = _squash(key)
        base = next((o for o in _OVERALL_KEYS if k.startswith(o)), None)
        if base is None or re.search(r"IIT|EIT|OIT|ตัวชี้วัด|ข้อ", key):
            return False
        if base in ("รวม", "คะแนนที่ได้") and "\u241f" not in line and ":" not in line:
            return False  # a bare "รวม 84.21" row belongs to a table
        if self.distracted(key):
            return True
        v = _score(m.group(2))
        if v is None:
            return False
        self.put_overall(v, page)
        if lv and self.out.level is None:
            self.out.level = (lv.group(1), page)
        return True

    def indicator(self, line: str, page: int) -> bool:
        m = _INDICATOR.match(line) or _INDICATOR_COLON.match(line) or _INDICATOR_PAREN.match(line)
        glyph = None if m else _INDICATOR_GLYPH.match(line)
        named = None if m or glyph else _INDICATOR_NAMED.match(line)
        if named and not _name_only(named.group("key")):
            named = None
        m = m or glyph or named
        if not m:
            return False
        key = m.group("key").strip()
        if not key or re.search(r"IIT|EIT|OIT", key):
            return False
        no, conf, flags = match_indicator(key)
        if no is None:
            return False
        if self.distracted(key):
            return True
        v = _score(m.group(2))
        if v is None:
            return False
        flags = [f for f in flags if f != "indicator_unmatched"]
        if glyph:
            flags.append(f"score_glyph_dropped:{glyph.group(2)}{glyph.group('glyph')}")
        if named:
            flags.append("heading_word_unread")
        self.out.indicators.append((no, v, page, flags))
        return True


def read_keyvalues(pages: list[tuple[int, str]], year: int | None) -> KeyValues:
    """Fields printed as key/value lines or dotted-leader lists on the pages (repaired text)."""
    r = _Reader(year)
    for page, text in pages:
        for i, raw in enumerate((text or "").splitlines()):
            if raw == TABLE_BREAK:  # a table stood here (scan_headings): the heading above governs no more
                r.context, r.reach = None, 0
                continue
            line = _clean(raw)
            if not line:
                continue
            if re.search(r"[0-9A-F]|ผ่าน|ปรับปรุง", line) and (
                    r.tools(line, page) or r.level(line, page) or r.overall(line, page) or r.indicator(line, page)):
                r.out.used.add((page, i))
            elif _BARE_HEADING.match(line) and match_indicator(line)[0] is not None:
                # "ตัวชี้วัดที่ 2 การใช้งบประมาณ" alone on its line: a heading with no score,
                # kept away from the sentences so a later score is not read as its own
                r.out.used.add((page, i))
                r.heading(line)
            else:
                r.heading(line)
    return r.out


def without_used(pages: list[tuple[int, str]], used: set[tuple[int, int]]) -> list[tuple[int, str]]:
    """The pages' text without the lines read as key/values (so prose does not read them again)."""
    out = []
    for page, text in pages:
        lines = (text or "").splitlines()
        out.append((page, "\n".join(ln for i, ln in enumerate(lines) if (page, i) not in used and ln != TABLE_BREAK)))
    return out


FIELD_KEYS = ("หน่วยงาน", "องค์กร", "ชื่อ", "ที่ตั้ง", "อำเภอ", "จังหวัด", "คะแนน", "IIT", "EIT", "OIT", "ระดับ",
              "ผลการประเมิน", "ปีงบประมาณ", "ตัวชี้วัด")
_KEY_CELL = re.compile(r"^[^0-9๐-๙]{2,40}(?:[0-9๐-๙]{4})?[^0-9๐-๙]{0,10}$")


def kv_table_lines(rows: list[list[str]]) -> list[str] | None:
    """A two- or three-column table that is a key/value block (``หน่วยงาน | อบต.…``,
    ``คะแนนรวม | 84.21``) as ``key : value`` lines; None when it is not one (most of its rows
    must be a short label then a value)."""
    rows = [[c for c in r if c and c.strip()] for r in rows]
    rows = [r for r in rows if r]
    if len(rows) < 2 or any(len(r) > 3 for r in rows):
        return None
    pairs = [r for r in rows if len(r) >= 2 and _KEY_CELL.match(r[0].strip())]
    if len(pairs) < max(2, (2 * len(rows) + 2) // 3):
        return None
    # and it reads as one: at least two of its keys (different ones: a header row repeated
    # under a page's headings is one key) are a report's fields
    if len({_squash(r[0]) for r in pairs if any(k in _squash(r[0]) for k in FIELD_KEYS)}) < 2:
        return None
    return [f"{r[0]} : {' '.join(r[1:])}" if len(r) >= 2 else r[0] for r in rows]
