"""Digit runs inside text re-read by the Thai-numeral recognizer."""

from __future__ import annotations
import re
import numpy as np
from extractors import numerals
from extractors.ocr.words import DIGITS, DIGIT_LOOKALIKES, _GHOST, _LATIN_SHORT, group_lines, join_line, recompose_am
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
    return out


# a number with a digit or two Tesseract gave as Latin letters (``80.cx9`` for ``80.๙9``)
_NUMBER_WITH_LETTERS = re.compile(r"^(?=(?:[^0-9๐-๙]*[0-9๐-๙]){2})(?=[^A-Za-z]*[A-Za-z]?[^A-Za-z]*[A-Za-z]?[^A-Za-z]*$)"
                                  r"[0-9๐-๙]+[.,][0-9๐-๙A-Za-z.]+$")


def _latin_lookalike(text: str) -> bool:
    """A short word of Latin letters that Tesseract gives for Thai digits (``oo``, ``alo``);
    never a word of capitals (``IIT``, ``EIT``: the tools' names before their scores)."""
    return bool(_LATIN_SHORT.match(text)) and not _CAPS.match(text)


def reread_digits(line: list[Word], img: np.ndarray) -> tuple[list[Word], list[float]]:
    """Replace digit runs of a text line by the numeral recognizer's reading of their pixels.

    The recognizer reads the glyphs around the run's boxes (``numerals.read_span``): a run
    becomes the whole glyphs its boxes cover, letters at its ends are left out and touching
    digits Tesseract misread as letters are taken in (their words are replaced too). Brackets
    glued to the run's words are kept. Returns the new word list and the confidences of the
    re-read characters.
    """
    confs: list[float] = []
    runs = _digit_runs(line)
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
        if all(_latin_lookalike(w.text) for w in run) and not (
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
        if outside and outside != ids:
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
        left = min(sx0, min(w.left for w in out if id(w) in ids))
        merged = Word(pre + span.text + post, left, y0, max(sx1, x1) - left, y1 - y0,
                      min(span.conf) * 100 if span.conf else 0.0, run[0].line,
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
        confs.extend(span.conf)
    return out, confs


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

    return [w for w in line if w.fixed or not ghost(w)]


DIGIT_DOUBT = 0.9  # a re-read digit below this caps its cell's confidence


def words_to_text(words: list[Word], img: np.ndarray, by_id: bool = False) -> tuple[str, float]:
    """Lines of words to text (lines joined by \\n), digits re-read; returns (text, confidence).
    Lines come top to bottom, or with ``by_id`` in the order of their line ids.

    The confidence is the mean over words and re-read digits, but never above the least sure
    re-read digit when that one is doubtful: a number is what the dataset takes from a cell,
    so one doubtful digit makes the cell doubtful."""
    lines_out, confs, digit_confs = [], [], []
    for line in group_lines(words, by_id):
        line, cc = reread_digits(drop_raised(line), img)
        confs.extend(cc)
        digit_confs.extend(cc)
        confs.extend(w.conf / 100.0 for w in line if w.conf >= 0)
        # a value after a leader read by the recognizer counts like a re-read digit
        digit_confs.extend(w.conf / 100.0 for w in line if w.fixed and any(ch in DIGITS for ch in w.text))
        lines_out.append(recompose_am(_GHOST.sub("", join_line(line))).replace("  ", " ").strip())
    conf = float(min(1.0, max(0.0, np.mean(confs)))) if confs else 0.0
    if digit_confs and min(digit_confs) < DIGIT_DOUBT:
        conf = min(conf, float(min(digit_confs)))
    return "\n".join(lines_out), conf
