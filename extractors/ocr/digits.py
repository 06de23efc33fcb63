"""Digit runs inside text re-read by the Thai-numeral recognizer."""

from __future__ import annotations
import re
from typing import Callable
import numpy as np
from extractors import numerals
from extractors.ocr.words import (DIGITS, DIGIT_LOOKALIKES, _GHOST, _LATIN_SHORT, group_lines, is_dash, join_line,
                                  recompose_am)
from extractors.ocr.tess import Word


_BRACKETS = "()[]"


# the Latin words of ITA reports, never a stand-in for Thai digits (``DG`` for ๖๘ is)
_CAPS = re.compile(r"^(?:IIT|EIT|OIT|ITA)[:|]?$")


def _digit_core(text: str) -> tuple[str, str, str]:
    """(opening brackets, the rest, closing brackets/commas) of a Tesseract word: ``(๒๒.``."""
    i, j = 0, len(text)
    while i < j and text[i] in _BRACKETS:
        i += 1
    while j > i and text[j - 1] in _BRACKETS + ",":
        j -= 1
    return text[:i], text[i:j], text[j:]


def _digit_runs(line: list[Word]) -> list[list[Word]]:
    """Runs of adjacent words that are digits, points or Tesseract's stand-ins for the Thai
    digits it cannot output, holding at least one real digit. A word may carry brackets at
    its ends (``(๒๒.``); a run neither starts nor ends with a point (``พ.ศ.`` before a year).
    Box gaps only split runs where they are wide: Tesseract's per-character boxes are often
    far narrower than the glyph (``reread_digits`` joins runs whose ink touches)."""
    line = sorted(line, key=lambda w: w.left)
    hs = sorted(w.height for w in line)
    med = hs[len(hs) // 2] if hs else 0
    runs, cur = [], []
    for w in line:
        pre, core, post = _digit_core(w.text)
        ok = not w.fixed and bool(core) and (all(ch in DIGITS or ch in ".," or ch in DIGIT_LOOKALIKES for ch in core)
                             or _latin_lookalike(core) or _NUMBER_WITH_LETTERS.match(core) is not None)
        ok = ok and w.height >= 0.45 * med  # ghosts of marks above the line are short
        if ok and cur:
            prev = cur[-1]
            if (pre or _digit_core(prev.text)[2]
                    or w.left - (prev.left + prev.width) > 0.5 * max(prev.height, w.height)):
                runs.append(cur)
                cur = []
        if ok:
            cur.append(w)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out = []
    for r in runs:
        while r and all(ch in ".," for ch in _digit_core(r[0].text)[1]):
            r = r[1:]
        while r and all(ch in ".," for ch in _digit_core(r[-1].text)[1]):
            r = r[:-1]
        if any(ch in DIGITS for w in r for ch in w.text) or (r and all(_latin_lookalike(w.text) for w in r)):
            out.append(r)
    return _tool_values(line, out)


_TOOL_NAME = re.compile(r"^\(?(?:IIT|EIT|OIT)\)?[:]?$")
# a score whose Thai digits all came out as Latin letters (``IIT der.oe`` for ``IIT ๗๙.๖๙``): its
# shape is still a score's, two or three signs, a point, two signs
_SCORE_SHAPE = re.compile(r"^[A-Za-z0-9\u0e50-\u0e59]{1,3}[.,][A-Za-z0-9\u0e50-\u0e59]{2}$")


def _tool_values(line: list[Word], runs: list[list[Word]]) -> list[list[Word]]:
    """``runs`` plus the value after each tool name (``IIT ๗๖.๗๐``), whatever Tesseract made of
    it (``ฒ ่ อ.70``: a Thai digit as a letter, one as a mark): the words right after the name,
    up to a bar, another name or a word space, read whole when they hold a digit and are no
    longer than a score (or, without a digit, shaped like one: ``der.oe``). Runs inside it give
    way to it."""
    out = list(runs)
    for i, w in enumerate(line):
        if not _TOOL_NAME.match(w.text) or w.fixed:
            continue
        val: list[Word] = []
        start = i + 1 + _said_words(line[i + 1 : i + 3])
        for v in line[start : start + 5]:
            core = _digit_core(v.text)[1]
            if v.fixed or not core or _CAPS.match(v.text) or v.text in ("|", ",", ";", "/"):
                break
            if val and v.left - (val[-1].left + val[-1].width) > 0.5 * max(val[-1].height, v.height):
                break
            val.append(v)
        chars = sum(len(_digit_core(v.text)[1]) for v in val)
        shaped = _SCORE_SHAPE.match("".join(_digit_core(v.text)[1] for v in val)) is not None
        if not val or chars > 8 or not (shaped or any(ch in DIGITS for v in val for ch in v.text)):
            continue
        if any(all(ch in DIGITS or ch in ".," for ch in _digit_core(v.text)[1]) for v in val) and len(val) == 1:
            continue  # a plain number: the runs have it
        ids = {id(v) for v in val}
        out = [r for r in out if not any(id(v) in ids for v in r)] + [val]
    return sorted(out, key=lambda r: r[0].left)


def _said_words(words: list[Word]) -> int:
    """How many of the words right after a tool's name are the verb ``ได้`` (``(IIT) ได้ 84.25
    คะแนน``: Tesseract boxes it as ``ได`` + ``้``), which is no part of the score: read with it,
    the number came out ``1๒84.25`` and the tool score was lost (dev scans 16507, 16501)."""
    if words and words[0].text == "ได้":
        return 1
    if len(words) == 2 and words[0].text == "ได" and words[1].text == "\u0e49":
        return 2
    return 0


# a number with a digit or two Tesseract gave as Latin letters (``80.cx9`` for ``80.๙9``)
_NUMBER_WITH_LETTERS = re.compile(r"^(?=(?:[^0-9๐-๙]*[0-9๐-๙]){2})(?=[^A-Za-z]*[A-Za-z]?[^A-Za-z]*[A-Za-z]?[^A-Za-z]*$)"
                                  r"[0-9๐-๙]+[.,][0-9๐-๙A-Za-z.]+$")


def _latin_lookalike(text: str) -> bool:
    """A short word of Latin letters that Tesseract gives for Thai digits (``oo``, ``alo``);
    never a word of capitals (``IIT``, ``EIT``: the tools' names before their scores)."""
    return bool(_LATIN_SHORT.match(text)) and not _CAPS.match(text)


def _value_line(line: list[Word]) -> list[list[Word]]:
    """A line under a line holding only a tool's name (a tool cell ``EIT⏎๘๙.๖๖``) that holds only
    a word shaped like a score whose Thai digits all came out as Latin letters (``ea.dd``): one run."""
    ws = sorted(line, key=lambda w: w.left)
    core = "".join(_digit_core(w.text)[1] for w in ws)
    if ws and len(ws) <= 3 and not any(w.fixed for w in ws) and _SCORE_SHAPE.match(core):
        return [ws]
    return []


def reread_digits(line: list[Word], img: np.ndarray, after_tool: bool = False) -> tuple[list[Word], list[float]]:
    """Replace digit runs of a text line by the numeral recognizer's reading of their pixels.

    The recognizer reads the glyphs around the run's boxes (``numerals.read_span``): a run
    becomes the whole glyphs its boxes cover, letters at its ends are left out and touching
    digits Tesseract misread as letters are taken in (their words are replaced too). Brackets
    glued to the run's words are kept. Returns the new word list and the confidences of the
    re-read characters.
    """
    confs: list[float] = []
    runs = _digit_runs(line)
    if not runs and after_tool:
        runs = _value_line(line)
    if not runs:
        return line, confs
    out = [w for w in line]
    for run in runs:
        live = {id(w) for w in out}
        if not all(id(w) in live for w in run):
            continue  # taken in by the previous run's reading
        x0 = min(w.left for w in run)
        x1 = max(w.left + w.width for w in run)
        y0 = min(w.top for w in run)
        y1 = max(w.top + w.height for w in run)
        hs = sorted(w.height for w in run)
        h = hs[len(hs) // 2]
        pad = max(3, (y1 - y0) // 4)
        # wide enough for the whole number even when the run holds only one of its digits
        cx0, cy0 = max(0, x0 - 5 * h), max(0, y0 - pad)
        # never into a word of capitals just before (``IIT ๘๕.๑๒``: its I I read as ๑ ๑)
        caps = [w.left + w.width for w in out if id(w) not in {id(v) for v in run} and _CAPS.match(w.text)
                and w.left + w.width <= x0 + 0.2 * h and w.left + w.width > cx0]
        if caps:
            cx0 = max(caps) + 1
        crop = img[cy0 : y1 + pad, cx0 : x1 + 5 * h]
        span = numerals.read_span(crop, x0 - cx0, x1 - cx0)
        if span is None or not any(ch in DIGITS for ch in span.text):
            continue
        if all(_latin_lookalike(w.text) for w in run) and not after_tool and not (
                min(span.conf) >= 0.9 and all("\u0e50" <= ch <= "\u0e59" for ch in span.text)
                and span.x0 <= x0 - cx0 + 0.3 * h and span.x1 >= x1 - cx0 - 0.3 * h):
            continue  # Latin letters after all (or only some of their glyphs read as digits)
        sx0, sx1 = cx0 + span.x0, cx0 + span.x1
        pre = _digit_core(run[0].text)[0]
        post = _digit_core(run[-1].text)[2]
        ids = {id(w) for w in run}
        # words of the line that the reading took in (a digit Tesseract gave as a letter)
        slack = 0.2 * h
        # (a sliver of a box is Tesseract misplacing a letter of its own, ด boxed 3 px wide)
        ids |= {id(w) for w in out if sx0 - slack <= w.left and w.left + w.width <= sx1 + slack and w.width >= 0.4 * h
                and not _digit_core(w.text)[0] and not _digit_core(w.text)[2]}
        # a point inside the number read is the reading's own (else it is printed twice)
        ids |= {id(w) for w in out if w.text in (".", ",") and sx0 <= w.left and w.left + w.width <= sx1}
        # words of the run wholly outside the number read are not part of it (``- มิ.ย. ๖๙``
        # read as ``- 0.8. da``: the number is ``๖๙``); they stay, and the cell is doubtful
        outside = {id(w) for w in run if w.left + w.width <= sx0 - slack or w.left >= sx1 + slack}
        unexplained = bool(outside and outside != ids)
        if unexplained:
            ids -= outside
            confs.append(0.5)
        replaced = [w for w in run if id(w) in ids]
        if (sum(ch in DIGITS for w in replaced for ch in w.text) > sum(ch in DIGITS for ch in span.text)
                and any(sum(ch in DIGITS for ch in w.text) >= 2
                        and (w.left < sx0 - slack or w.left + w.width > sx1 + slack) for w in replaced)):
            # the reading has fewer digits than the words it would replace and stops short of
            # a word of several digits (``93.64`` whose ``64`` blur ran into one blob, read
            # ``93``): Tesseract's words stay, doubted. (Single-digit words are Tesseract's
            # per-character boxes, often one too many: those the reading may drop.)
            confs.append(0.5)
            continue
        text, conf = second_reader(span.text, list(span.conf), [w for w in out if id(w) in ids])
        left = min(sx0, min(w.left for w in out if id(w) in ids))
        wconf = min(conf) * 100 if conf else 0.0
        merged = Word(pre + text + post, left, y0, max(sx1, x1) - left, y1 - y0,
                      min(wconf, 50.0) if unexplained else wconf, run[0].line,
                      seq=min(w.seq for w in out if id(w) in ids))
        first = True
        new = []
        for w in out:
            if id(w) in ids:
                if first:
                    new.append(merged)
                    first = False
            else:
                new.append(w)
        out = new
        confs.extend(conf)
    return out, confs


DIGIT_DOUBT = 0.9  # a re-read digit below this caps its cell's confidence
TESS_SECOND = 85.0  # Tesseract word confidence from which its Arabic digits count as a second reading


def second_reader(text: str, conf: list[float], words: list[Word]) -> tuple[str, list[float]]:
    """Tesseract's own reading of a number as a second opinion on the recognizer's doubtful
    digits (``EIT 89.28`` whose blurred ``2`` the recognizer read as ``9`` at 0.09).

    Only where both readings have the same shape (digits and points at the same places),
    Tesseract was confident (``TESS_SECOND``) and gave ASCII digits, every digit the recognizer
    is sure of reads the same in both, and the doubtful digit is an Arabic one (``tha`` cannot
    write ``๔ ๖ ๗ ๘ ๙``, so its reading of a Thai digit is no opinion at all). There a doubtful
    digit Tesseract agrees with becomes sure (``DIGIT_DOUBT``: two readers), and one the
    recognizer had no idea of (below 0.5) takes Tesseract's digit at Tesseract's confidence,
    never above ``DIGIT_DOUBT``. A doubtful digit the recognizer leant to and Tesseract
    contradicts stays as it was: doubtful."""
    if not conf or min(conf) >= DIGIT_DOUBT or not words:
        return text, conf
    ws = sorted(words, key=(lambda w: w.seq) if all(w.seq >= 0 for w in words) else (lambda w: w.left))
    tess = "".join(_digit_core(w.text)[1] for w in ws)
    tconf = min(w.conf for w in ws)
    if (tconf < TESS_SECOND or len(tess) != len(text) or len(conf) != len(text)
            or not all(ch in "0123456789." for ch in tess)):
        return text, conf
    value = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
    for a, t, c in zip(text, tess, conf):
        if (a == ".") != (t == ".") or (c >= DIGIT_DOUBT and a.translate(value) != t):
            return text, conf
    out_t, out_c = list(text), list(conf)
    for i, (a, t, c) in enumerate(zip(text, tess, conf)):
        if c >= DIGIT_DOUBT:
            continue
        if a == ".":
            out_c[i] = DIGIT_DOUBT  # at the same place in both readings
            continue
        if not "0" <= a <= "9":
            return text, conf  # a Thai digit: no second opinion from Tesseract
        if a == t:
            out_c[i] = DIGIT_DOUBT
        elif c < 0.5:
            out_t[i], out_c[i] = t, min(DIGIT_DOUBT, tconf / 100.0)
        else:
            return text, conf
    return "".join(out_t), out_c


def drop_raised(line: list[Word]) -> list[Word]:
    """Drop digits/Latin "words" that float above the line's baseline: Tesseract's reading of
    Thai marks as characters (``ขั้น`` -> ``ขั๕7น``). Real digits and letters sit on it."""
    if len(line) < 3:
        return line
    bottoms = sorted(w.top + w.height for w in line)
    base = bottoms[len(bottoms) // 2]
    hs = sorted(w.height for w in line)
    med = hs[len(hs) // 2]

    def ghost(w: Word) -> bool:
        return (all(ch.isascii() or "\u0e50" <= ch <= "\u0e59" for ch in w.text)
                and w.top + w.height < base - 0.3 * med)

    return [w for w in line if w.fixed or not ghost(w) or is_dash(w, line)]



def words_to_text(words: list[Word], img: np.ndarray, by_id: bool = False,
                  on_line: Callable[[list[Word], set[int]], None] | None = None) -> tuple[str, float]:
    """Lines of words to text (lines joined by \\n), digits re-read; returns (text, confidence).
    Lines come top to bottom, or with ``by_id`` in the order of their line ids. ``on_line``, when
    given, sees each line after its digits were re-read, with the ids of the words Tesseract
    gave it (``textnums`` lists the line's numbers with their confidences from that).

    The confidence is the mean over words and re-read digits, but never above the least sure
    re-read digit when that one is doubtful: a number is what the dataset takes from a cell,
    so one doubtful digit makes the cell doubtful."""
    lines_out, confs, digit_confs = [], [], []
    after_tool = False
    for line in group_lines(words, by_id):
        line = drop_raised(line)
        before = {id(w) for w in line}
        line, cc = reread_digits(line, img, after_tool)
        after_tool = len(line) == 1 and _TOOL_NAME.match(line[0].text) is not None
        confs.extend(cc)
        digit_confs.extend(cc)
        confs.extend(w.conf / 100.0 for w in line if w.conf >= 0)
        # a value after a leader read by the recognizer counts like a re-read digit
        digit_confs.extend(w.conf / 100.0 for w in line if w.fixed and any(ch in DIGITS for ch in w.text))
        if on_line is not None:
            on_line(line, before)
        lines_out.append(recompose_am(_GHOST.sub("", join_line(line))).replace("  ", " ").strip())
    conf = float(min(1.0, max(0.0, np.mean(confs)))) if confs else 0.0
    if digit_confs and min(digit_confs) < DIGIT_DOUBT:
        conf = min(conf, float(min(digit_confs)))
    return "\n".join(lines_out), conf
