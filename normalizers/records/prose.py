"""Scores and levels printed in running text (outside tables).

``ได้รับผลการประเมิน ๙๒.๕๑ คะแนน ระดับผลการประเมิน A`` → overall 92.51, level A;
``(IIT) มีคะแนนรวม ระบุ ๙๙.๒๙ คะแนน`` → IIT 99.29;
``ตัวชี้วัดที่ ๘ … ได้คะแนนน้อยที่สุด ๘๐.๑๔ คะแนน`` → indicator 8 = 80.14 (source ``text``).

Distractors are skipped: thresholds and targets (``๘๕ คะแนนขึ้นไป``, ``คะแนนเต็ม``),
last year's scores (``ปีที่ผ่านมา``), band tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from normalizers.fields.indicators import TOOL_DESCRIPTION_CORES, name_positions
from normalizers.records.checks import TOL_EXACT, WEIGHTS, weighted_total
from normalizers.records.keyvalue import KeyValues, read_keyvalues, without_used
from normalizers.records.level_lookalike import THAI_LEVELS, level_lookalike
from normalizers.records.table_headings import IND_WORD as _IND_WORD
from normalizers.fields.numbers import GARBLED_BEHIND, to_ascii_digits

_WS = re.compile(r"\s+")
# a score: a number (0–100, ≤ 2 decimals) followed by คะแนน, or after เท่ากับ / อยู่ที่ / ได้
_SCORE = re.compile(
    # (nor the tail of a number OCR garbled, a glyph glued between: ``(84.«9 คะแนน)`` read as 9: u52a 52100 p1,
    # 200 dpi, indicator 3's heading score taken as 9.0)
    r"(?:(?<![0-9.])" + GARBLED_BEHIND + r"(?P<a>[0-9]{1,3}(?:\.[0-9]{1,2})?)\s*คะแนน)"
    # (``คะแนน`` closing a header line, then the next line's row number ``๑๐. การป้องกัน…``: no score)
    r"|(?:(?:เท่ากับ|อยู่ที่|ได้(?:คะแนน)?|คะแนน(?:รวม)?(?:\s*ระบุ)?)\s*(?P<b>[0-9]{1,3}(?:\.[0-9]{1,2})?)(?![0-9])"
    r"(?!\.\s*[\u0e01-\u0e4e]))"
)
_NOT_RESULT_AFTER = ("ขึ้นไป", "เต็ม", "จากคะแนนเต็ม", "ต่ำกว่าปี", "สูงกว่าปี")
_NOT_RESULT_BEFORE = ("คะแนนเต็ม", "เกณฑ์", "เป้าหมาย", "ร้อยละ", "ไม่น้อยกว่า", "ปีที่ผ่านมา", "ต่ำกว่า",
                      "สูงกว่า", "เพิ่มขึ้น", "ลดลง", "ไม่ต่ำกว่า", "ตั้งแต่")
_OVERALL_CUES = ("ผลการประเมิน", "ภาพรวม", "คะแนนรวม", "ผลคะแนนการประเมิน", "ได้รับคะแนน")
_LEVEL = re.compile(
    r"ระดับ(?:คะแนน|ผลการประเมิน)?\s*[:：]?\s*[\"“]?"
    r"(AA|A|B|C|D|E|F|" + THAI_LEVELS + ")"  # (a level in words may wrap: ``ไม่⏎ผ่าน``)
    r"(?![A-Za-z])"
)
_TOOL = re.compile(r"\b(IIT|EIT|OIT)\b")
# a row boundary of a question table read as text: a score, then the next row's question code
# and its text (``… ประสิทธิภาพการสื่อสาร 91.85 e4 หน่วยงานมีช่องทาง…``)
_SPENT_SCORE = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)\s*คะแนน\s*\)?")
# a bracketed ``คะแนน`` whose number is no score (the clause before a mention holds no readable one)
# (a bound, ``(คะแนนเต็ม 100 คะแนน)``, has words in it: no score past reading)
_PAREN_UNREAD = re.compile(r"\([^()\u0e01-\u0e4e]*[0-9][^()\u0e01-\u0e4e]*คะแนน\s*\)")
_ROW_BREAK = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,2})?\s+[iIeEoO][0-9]{1,2}\s*[\u0e01-\u0e4e]")


@dataclass
class ProseScores:
    overall: float | None = None
    overall_page: int | None = None
    level: str | None = None
    tools: dict[str, float] = field(default_factory=dict)
    tool_pages: dict[str, int] = field(default_factory=dict)
    tools_unread: dict[str, int] = field(default_factory=dict)  # tool -> page: printed on a line not read
    tools_printed: dict[str, tuple[str, int]] = field(default_factory=dict)  # tool -> (garbled value, page)
    indicators: list[tuple[int, float, int, list[str]]] = field(default_factory=list)  # no, score, page, flags
    flags: list[str] = field(default_factory=list)


_PAST = ("ที่ผ่านมา", "ปีที่แล้ว", "ปีก่อน", "ปีที่ผ่าน", "ของปีก่อน", "เมื่อปี")
_PAST_CLAUSE = re.compile(r"\([^()]{0,200}?(?:ที่ผ่านมา|ปีที่แล้ว|ปีก่อน)[^()]{0,120}\)")


def drop_past_results(text: str) -> str:
    """Remove parenthesised notes quoting an earlier year's result — ``(ผลการประเมิน ITA
    ปีงบประมาณ พ.ศ. 2567 ที่ผ่านมา ได้ 81.04 คะแนน)`` — a distractor, not this report's data."""
    return _PAST_CLAUSE.sub(" ", text or "")


def _norm(text: str) -> str:
    return _WS.sub(" ", to_ascii_digits(text or "")).strip()


def _squash(text: str) -> str:
    return _WS.sub("", text)


# a score's last decimal wrapped onto the next line before its unit: ``ได้คะแนน 77.๗⏎๑ คะแนน`` (Word
# breaks a number where its digits change script; fresh21 21547 docx read 77.7 for 77.71, no flag)
_WRAPPED_DECIMAL = re.compile(r"\s([0-9])\s*คะแนน")
# ... or every decimal after the point: ``ได้คะแนน 80.⏎๓6 คะแนน`` (fresh23 24005 docx read 80.0 for
# 80.36, no flag), or the point with them (``80⏎.36``); an integer part ending a line before its
# decimals (``8⏎0.36 คะแนน``) is read whole the same way
_WRAPPED_TAIL = re.compile(r"(\.?)\s+(\.?[0-9]{1,2}(?:\.[0-9]{1,2})?)\s*คะแนน")
_SCORE_FORM = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")


def _wrapped_tail(v: str, text: str, at: int) -> tuple[str, int] | None:
    """(whole number, end) when the score ``v`` ending at ``at`` continues on the next line
    before ``คะแนน``: its last decimal, its decimals after a point that ended the line, or its
    decimals with their point. None when the pieces do not make one score."""
    if re.fullmatch(r"[0-9]{1,3}\.[0-9]", v) and (w := _WRAPPED_DECIMAL.match(text, at)):
        return v + w.group(1), w.end()
    w = _WRAPPED_TAIL.match(text, at)
    if w is None or "." in v:
        return None
    point, rest = w.group(1), w.group(2)
    if point and "." in rest:
        return None
    if not point and "." not in rest:
        return None  # ``ได้ 8 0 คะแนน``: two numbers, not one wrapped
    whole = v + point + rest
    if not _SCORE_FORM.fullmatch(whole) or float(whole) > 100:
        return None
    return whole, w.end()


def score_mentions(text: str, wrapped: list[float] | None = None) -> list[tuple[float, int, int]]:
    """(value, start, end) of every score-looking number in normalized text, distractors out.
    A one-decimal score whose second decimal stands alone before ``คะแนน`` is read whole; such
    values are appended to ``wrapped`` (the caller flags them)."""
    out = []
    taken = 0
    for m in _SCORE.finditer(text):
        if m.start() < taken:
            continue  # the wrapped decimal of the score before (``1 คะแนน``), no score of its own
        v = m.group("a") or m.group("b")
        end = m.end()
        if m.group("b") and (w := _wrapped_tail(v, text, m.end())):
            v, end = w
            taken = end
            if wrapped is not None:
                wrapped.append(float(v))
        value = float(v)
        if value > 100:
            continue
        before = _squash(text[max(0, m.start() - 40):m.start()])
        after = _squash(text[m.end():m.end() + 16])
        if any(after.startswith(w) for w in _NOT_RESULT_AFTER) or any(before.endswith(w) or w in before[-14:] for w in _NOT_RESULT_BEFORE):
            continue
        if any(w in _squash(text[max(0, m.start() - 60):m.start()]) for w in _PAST):
            continue  # last year's score quoted for comparison
        out.append((value, m.start(), end))
    return out


# (a year OCR glued to a stray glyph before ``ได้`` or the clause's end: ``พ.ศ. 2๕6๕1ได้คะแนน``, the space
# read as ``1``: unbiased fresh30s 41114)
_YEAR_CUE = re.compile(r"(?:พ\.\s?ศ\.|ปีงบประมาณ)\s*(2[45][0-9]{2})(?:(?![0-9])|[1Il|](?=\s*(?:ได้|$)))")


def _earlier_year(clause: str, assessment_year: int) -> bool:
    """Does the clause before a score name a year before the assessment year (and not it)?"""
    years = {int(y) for y in _YEAR_CUE.findall(clause)}
    return bool(years) and assessment_year not in years and max(years) < assessment_year


def _indicator_names(segment: str) -> list[int]:
    found = [(i, no) for i, _, no in name_positions(segment)]
    # "การใช้อำนาจ" inside "การใช้อำนาจในการบริหารงานบุคคล" etc. are one indicator; order by position
    return [no for _, no in sorted(found)]


def read_prose(pages: list[tuple[int, str]], assessment_year: int | None) -> ProseScores:
    """Overall/tool/indicator scores and the level printed outside tables: key/value lines and
    dotted-leader lists first (``normalizers.records.keyvalue``), then the running text of the rest."""
    kv = read_keyvalues(pages, assessment_year)
    out = read_sentences(without_used(pages, kv.used), assessment_year)
    return merge_keyvalues(out, kv)


def merge_keyvalues(out: ProseScores, kv: KeyValues) -> ProseScores:
    """Key/value fields win over sentences (they are the field as labelled); a sentence that
    prints another value for the same field is flagged."""
    out.flags += kv.flags
    if kv.overall is not None:
        value, page, _ = kv.overall
        if out.overall is not None and abs(out.overall - value) > 1e-9:
            out.flags.append(f"overall_several_values:{value:g},{out.overall:g}")
        out.overall, out.overall_page = value, page
    if kv.level is not None:
        out.flags = [f for f in out.flags if not f.startswith("level_unreadable")]  # the labelled level read
        if out.level is not None and out.level != kv.level[0]:
            out.flags.append(f"level_several_values:{kv.level[0]},{out.level}")
        out.level = kv.level[0]
    for tool, (value, page, _) in kv.tools.items():
        if tool in out.tools and abs(out.tools[tool] - value) > 1e-9:
            out.flags.append(f"{tool.lower()}_several_values:{value:g},{out.tools[tool]:g}")
        out.tools[tool], out.tool_pages[tool] = value, page
    out.indicators = list(kv.indicators) + out.indicators
    out.tools_printed = {t: v for t, v in kv.garbled_tools.items() if t not in out.tools}
    # a tool whose key/value score was past reading is printed and unread (the document says so
    # unless the overall reads it back or another source has it: dev scans 41103, 46112 ``ok``)
    garbled = {t: pg for t, (_, pg) in out.tools_printed.items()}
    out.tools_unread = {t: p for t, p in {**garbled, **out.tools_unread, **kv.unread_tools}.items() if t not in out.tools}
    return out


# a tool's parenthesised label OCR garbled at the end of a clause, ``ได้`` maybe after it
# (``(01ได``; ``(๒ 11) ได้`` with a space inside: dev scan 15008's ``(EIT)``)
# (or read as Thai glyphs, ``(โ[1) ได้๙๑.๕๖``: held-out fresh31u 43205 p1, 200 dpi, IIT said unread)
_GARBLED_LABEL = re.compile(r"\(\s?[0-9A-Za-z|\[\]\u0e01-\u0e4e](?:\s?[0-9A-Za-z|\[\]\u0e01-\u0e4e]){0,3}\)?\s?(?:ได้?|lh|ld)?\s*$")


def _described_tool(clause: str) -> str | None:
    """The tool whose description comes last in ``clause`` (the text before a score)."""
    sq = _squash(clause)
    found = [(sq.rfind(w), tool) for tool, w in TOOL_DESCRIPTION_CORES.items() if w in sq]
    return max(found)[1] if found else None


# a score printed past reading right after a tool's description (``…ข้อมูลสาธารณะ (017) ได้ฒo๗.๗๐ คะแนน``):
# a short run, then a decimal point and two digits, then ``คะแนน``
_SPENT_TOOL_SCORE = re.compile(r"^.{0,24}?[0-9๐-๙][.,][0-9๐-๙]{2}\s*คะแนน", re.S)
# each tool's description as OCR may space it
_CORE_RX = {tool: re.compile(r"\s?".join(map(re.escape, core))) for tool, core in TOOL_DESCRIPTION_CORES.items()}


def _scores_past_reading(text: str, out: ProseScores, page_at) -> None:
    """Each tool whose description the text prints, followed by a score OCR garbled past reading
    (unbiased fresh30s 41104 at 300 dpi: ``(017) ได้ฒo๗.๗๐ คะแนน``, the OIT score null with no flag
    in an ``ok`` document), and that no reading gave a score: ``tools_unread`` (the document
    flags it ``<tool>_score_unread:p<n>``)."""
    for tool in TOOL_DESCRIPTION_CORES:
        if tool in out.tools or tool in out.tools_unread:
            continue
        for m in _CORE_RX[tool].finditer(text):
            if _SPENT_TOOL_SCORE.match(text[m.end():m.end() + 40]):
                out.tools_unread[tool] = page_at(m.start())
                break


def read_sentences(pages: list[tuple[int, str]], assessment_year: int | None) -> ProseScores:
    """Scan the pages' running text for overall/tool/indicator scores and the level."""
    out = ProseScores()
    overall_candidates: list[tuple[float, int, str]] = []
    earlier: set[int] = set()  # candidates whose clause names an earlier year
    # one stream over all pages: a sentence may run across a page break
    parts, starts = [], []
    pos = 0
    for page, raw in pages:
        t = _norm(drop_past_results(raw))
        starts.append((pos, page))
        parts.append(t)
        pos += len(t) + 1
    text = " ".join(parts)

    def page_at(i: int) -> int:
        return max((p for s, p in starts if s <= i), default=pages[0][0] if pages else 1)

    prev_end = 0
    wrapped: list[float] = []
    mentions = score_mentions(text, wrapped)
    out.flags += [f"score_decimal_wrapped:{v:g}" for v in dict.fromkeys(wrapped)]
    for value, start, end in mentions:
        page = page_at(start)
        window = text[max(prev_end, start - 160):start]
        wsq = _squash(window)
        tools = _TOOL.findall(text[max(prev_end, start - 80):start])
        clause = text[max(prev_end, start - 110):start]
        cue = _squash(text[max(0, start - 160):start])
        # a number above 100 with ``คะแนน`` in the clause (``(«598.16 คะแนน)``, a score OCR garbled past
        # reading; no mention takes it) closes the statement before it: its indicator is not this score's
        # (fresh23s 24103: indicator 3 took indicator 6's 73.91 from the next heading, whose
        # number and name OCR garbled)
        named = clause[max([m.end() for m in _SPENT_SCORE.finditer(clause) if float(m.group(1)) > 100]
                           # ... and so does a bracketed score past reading (``(๘๘.๐๒๘๘.๐๒ คะแนน)``: u46a 46106 p1,
                           # indicator 1 took a later 60.37 from another's statement)
                           + [m.end() for m in _PAREN_UNREAD.finditer(clause)], default=0):]
        names = _indicator_names(named) if (_IND_WORD.search(cue) or "ด้าน" in _squash(clause)) else []
        # (a row break with a heading after it is none between the heading and its number: ``…ต็นการ1⏎
        # e๕ การให้บริการ…⏎ตัวชี้วัดที่ๆ ประสิทธิภาพการสื่อสาร (๗๙.๑๓ คะแนน)``, a speck at the foot of the
        # page before read ``1``: u46a 46104 p3, indicator 7's heading score lost)
        breaks = list(_ROW_BREAK.finditer(clause))
        if names and breaks and not _IND_WORD.search(clause[breaks[-1].end():]):
            # a question row lies between the indicator's name and this number (``… ได้ 50.14``
            # ending a question's text ``…เข้าถึงได้``): the number is that question's score,
            # neither the indicator's nor any other field's
            prev_end = end
            continue
        # (... nor any tool's: ``IIT⏎ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๓ ได้คะแนน ๘๓.๑๓``, a results table's tool
        # cell left in the text over that sentence: fresh34u 49214 p1, IIT read 83.13 for 85.79, h/scan35f)
        if (names or tools) and assessment_year and _earlier_year(clause, assessment_year):
            # ``ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๙๕.๖๗`` after a results row the scan
            # cut into the text (fresh18s 18508 p1): an earlier year's result, no indicator's score
            out.flags.append(f"earlier_year_score_skipped:{value:g}@p{page}")
            prev_end = end
            continue
        if names:
            for no in dict.fromkeys(names):
                flags = ["several_indicators_one_score"] if len(set(names)) > 1 else []
                out.indicators.append((no, value, page, flags))
        elif tools or "ส่วนที่" in wsq[-30:]:
            if tools and "ส่วนที่" not in wsq[-30:]:
                tool = tools[-1]
                said = _described_tool(clause)
                if said and said != tool and tool in out.tools and said not in out.tools:
                    # a second ``(IIT)`` after ``…เปิดเผยข้อมูลสาธารณะ``: OCR misread the name
                    # (``OIT`` as ``IIT``, dev scan 16518); the tool's own description says which
                    out.flags.append(f"tool_name_from_description:{tool}->{said}")
                    tool = said
                out.tools.setdefault(tool, value)
                out.tool_pages.setdefault(tool, page)
        elif (said := _described_tool(clause)) and said not in out.tools and _GARBLED_LABEL.search(clause):
            # ``…เปิดเผยข้อมูลสาธารณะ (01ได ๖๙.๑๙ คะแนน``: the ``(OIT) ได้`` OCR garbled (dev
            # scan 16520); the tool's description right before says which
            out.flags.append(f"tool_name_from_description:?->{said}")
            out.tools[said], out.tool_pages[said] = value, page
        elif any(c in wsq for c in _OVERALL_CUES) and "ตัวชี้วัด" not in wsq[-60:]:
            overall_candidates.append((value, page, text[end:end + 120]))
            if assessment_year and _earlier_year(clause, assessment_year):
                earlier.add(len(overall_candidates) - 1)
        prev_end = end
    _scores_past_reading(text, out, page_at)
    if re.search(r"EIT\)?[^0-9]{0,60}ส่วนที่\s*1", text) and "EIT" not in out.tools:
        out.flags.append("eit_printed_in_parts")
    if earlier and len(earlier) < len(overall_candidates):
        # ``ทั้งนี้ผลการประเมินประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๙๑.๖๖ คะแนน`` beside this year's result:
        # last year's, no candidate (it raised ``overall_several_values`` on every report quoting it)
        out.flags += [f"earlier_year_score_skipped:{overall_candidates[k][0]:g}@p{overall_candidates[k][1]}"
                      for k in sorted(earlier)]
        overall_candidates = [c for k, c in enumerate(overall_candidates) if k not in earlier]
    elif earlier:  # only sentences naming an earlier year: kept, doubted (this year's may be unread)
        out.flags.append("overall_earlier_year_only")
    if overall_candidates:
        value, page, after = overall_candidates[0]
        out.overall, out.overall_page = value, page
        if len({v for v, _, _ in overall_candidates}) > 1:
            out.flags.append("overall_several_values:" + ",".join(sorted({f"{v:g}" for v, _, _ in overall_candidates})))
        m = _LEVEL.search(after)
        if m:
            out.level = _squash(m.group(1))
    if out.level is None:
        for page, raw in pages:
            text = _norm(raw)
            for m in _LEVEL.finditer(text):
                ctx = _squash(text[max(0, m.start() - 80):m.start()])
                if any(c in ctx for c in ("ผลการประเมิน", "อยู่ใน", "ได้รับ", "ภาพรวม")) and "AA95" not in _squash(text[m.start():m.start() + 40]):
                    out.level = _squash(m.group(1))
                    break
            if out.level:
                break
    if out.level is None:
        out.level, lflags = level_lookalike([(p, _norm(raw)) for p, raw in pages], out.overall)
        out.flags += lflags
    return out


# ``(OIT) ได้ ๗๐.๓๘ คะแนน`` whose ``ได้`` OCR read as digits or Latin letters glued to the score
# (``(OIT) 147๐.3๘ คะแนน``, ``lh70.38``: dev scan 16501), no score the sentence reader takes
_TOOL_GLUED = re.compile(r"\((IIT|EIT|OIT)\)\s*([0-9๐-๙A-Za-z]{1,4}?[0-9๐-๙]{1,3}\.[0-9๐-๙]{1,2})\s*คะแนน")
_SCORE_TEXT = re.compile(r"[0-9]{1,3}\.[0-9]{1,2}")


def glued_tool_scores(pages: list[tuple[int, str]]) -> dict[str, tuple[str, float]]:
    """tool -> (printed, the longest score of 0-100 ending it) for a tool score printed with
    something glued before it; the caller takes it only where the overall score bears it out."""
    out: dict[str, tuple[str, float]] = {}
    for _, raw in pages:
        for m in _TOOL_GLUED.finditer(_WS.sub(" ", raw or "").strip()):
            shown = m.group(2)  # as printed: its digits' scripts tell a glued head (``tool_solve``)
            printed = to_ascii_digits(shown)
            if _SCORE_TEXT.fullmatch(printed) and float(printed) <= 100:
                continue  # a score as it is: not glued
            for i in range(1, len(printed)):
                if _SCORE_TEXT.fullmatch(printed[i:]) and float(printed[i:]) <= 100:
                    out.setdefault(m.group(1), (shown, float(printed[i:])))
                    break
    return out


def take_glued(tools: dict[str, float], pages: list[tuple[int, str]], overall: float | None,
               flags: list[str]) -> dict[str, tuple[str, None]]:
    """Take into ``tools`` each glued tool score no reader took whose value the overall bears out with
    the other two (``(OIT) 147๐.3๘ คะแนน``: ``ได้`` OCR'd into the number, dev scan 16501), flagging
    ``<tool>_score_glued`` or ``<tool>_score_unreadable`` into ``flags``; the prints left, as printed,
    for the solver (two glued at once, fresh35s 51100: ``tool_solve``)."""
    left: dict[str, tuple[str, None]] = {}
    for tool, (printed, value) in glued_tool_scores(pages).items():
        if tool in tools:
            continue
        ok = tool_from_overall(tool, value, tools, overall)
        if ok:
            tools[tool] = value
        else:
            left[tool] = (printed, None)
        flags.append(f"{tool.lower()}_score_glued:{to_ascii_digits(printed)}->{value:g}" if ok
                     else f"{tool.lower()}_score_unreadable:{to_ascii_digits(printed)}")
    return left


def tool_from_overall(tool: str, value: float, tools: dict[str, float], overall: float | None) -> bool:
    """Whether ``overall`` = 0.3·IIT + 0.3·EIT + 0.4·OIT holds with ``tool`` at ``value``."""
    others = [t for t in WEIGHTS if t != tool]
    if overall is None or any(t not in tools for t in others):
        return False
    total = WEIGHTS[tool] * value + sum(WEIGHTS[t] * tools[t] for t in others)
    return abs(total - overall) <= TOL_EXACT


def overall_digit_from_tools(overall: float | None, printed: list[str], tools: dict[str, float]) -> float | None:
    """The overall score one of whose digits OCR lost on a scan, where the weighted tool sum
    (0.3·IIT + 0.3·EIT + 0.4·OIT, to two decimals) is the number read with that digit back:
    - its last decimal (``84.9๘`` read ``84.9¢``, the text's number ``84.9``: fresh18s 18507):
      the page prints the number with one decimal only (scores print two) and the sum starts
      with it;
    - an integer digit (``๗๙.๖๑`` read ``๗.๖๑``: unbiased fresh27s 38103, 300 dpi): the page
      prints the number with two decimals, the same as the sum's, and the sum's integer part
      with one digit left out is the number's.
    That sum; else None."""
    if overall is None or any(t not in tools for t in WEIGHTS):
        return None
    total = f"{weighted_total(tools):.2f}"
    short = f"{overall:.1f}"
    if any(_SCORE_TEXT.fullmatch(p) and p == short for p in printed):
        return float(total) if total.startswith(short) and total != short + "0" else None
    read = f"{overall:.2f}"
    if not any(_SCORE_TEXT.fullmatch(p) and p == read for p in printed):
        return None
    (t_int, t_dec), (r_int, r_dec) = total.split("."), read.split(".")
    if t_dec != r_dec or len(t_int) != len(r_int) + 1:
        return None
    return float(total) if any(t_int[:i] + t_int[i + 1:] == r_int for i in range(len(t_int))) else None
