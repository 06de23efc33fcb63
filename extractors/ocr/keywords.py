"""The few Latin words of a Thai ITA summary, as Tesseract ``tha+eng`` garbles them in
running text, put right from their pixels or their unmistakable shapes.

- A level letter after ``ระดับ`` (``อยู่ในระดับ B``): ``tha+eng`` reads a lone capital
  amid Thai as a digit (``B`` -> ``8``, ``C`` -> ``6``; seen on the dev scans), and its
  English model alone does no better on one glyph (``C`` -> ``G``, ``Cc``). The word's
  glyphs are matched against the shapes of the level letters, digits and look-alike
  capitals drawn in the recognizer's fonts, and the reading replaces the word only when
  every glyph is clearly a level letter (``AA``, ``A`` .. ``F``).
- A tool's name in brackets whose opening bracket ran into its first letter
  (``CIT)`` for ``(IIT)``) or whose ``I`` came out as ``l``, ``1`` or ``|``.
- ``อ.ลี้จ.ลำพูน``: a district and province abbreviation run together by a narrow gap get
  their space back (the place parser splits on it).
- ``(OIT)`` read as digits (``(017)``) before a score, and an organisation's abbreviation whose
  dot a space pushed off (``ทต .ท่าศาลา``, which no organisation pattern matched).
"""
from __future__ import annotations

import re
from functools import lru_cache

import cv2
import numpy as np

from extractors.cvsafe import components
from extractors.ocr.tess import Word

LEVEL_LETTERS = "ABCDEF"
LEVELS = frozenset({"AA", "A", "B", "C", "D", "E", "F"})
_LEVEL_KEY = re.compile(r"ระดับ(?:ผลการประเมิน|ผลคะแนน|คะแนน)?[:：]?$")
_THAI = re.compile("[\u0e01-\u0e4e]")
# what a level letter amid Thai comes out as: a digit or two, a Latin letter or two
_LEVEL_GARBLE = re.compile(r"^[0-9A-Za-z\u0e50-\u0e59()|]{1,2}$")


TEMPLATE_CHARS = LEVEL_LETTERS + "GHOQSPR0123456789\u0e50\u0e51\u0e52\u0e53\u0e54\u0e55\u0e56\u0e57\u0e58\u0e59"
SIDE = 24
MIN_SCORE = 0.80  # correlation with the best template of the letter
MIN_MARGIN = 0.04  # over the best template of any other character


def _shape(mask: np.ndarray) -> np.ndarray | None:
    """An ink mask cut to its ink, centred on a square (aspect kept), SIDE px, zero mean, unit norm."""
    ys, xs = np.nonzero(mask)
    if len(ys) < 4:
        return None
    m = mask[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1].astype(np.float32)
    h, w = m.shape
    n = max(h, w)
    sq = np.zeros((n, n), np.float32)
    sq[(n - h) // 2 : (n - h) // 2 + h, (n - w) // 2 : (n - w) // 2 + w] = m
    v = cv2.resize(sq, (SIDE, SIDE), interpolation=cv2.INTER_AREA).ravel()
    v -= v.mean()
    nv = float(np.linalg.norm(v))
    return v / nv if nv > 0 else None


@lru_cache(maxsize=1)
def _templates() -> tuple[np.ndarray, list[str]]:
    """Shapes of the level letters and of what they are confused with (digits, round
    capitals), drawn in every font the numeral recognizer is trained on."""
    from PIL import Image, ImageDraw, ImageFont
    from extractors.numerals import font_files

    vecs, labels = [], []
    for path in font_files():
        font = ImageFont.truetype(str(path), 56)
        for ch in TEMPLATE_CHARS:
            img = Image.new("L", (120, 120), 255)
            ImageDraw.Draw(img).text((20, 10), ch, font=font, fill=0)
            v = _shape(np.array(img) < 128)
            if v is not None:
                vecs.append(v)
                labels.append(ch)
    return np.stack(vecs), labels


def read_level(gray: np.ndarray) -> str | None:
    """The level letter(s) printed in a word image (``A`` .. ``F``, ``AA``) by their shape,
    or None when the ink is not sure to be one: each glyph must match a letter's template
    better than ``MIN_SCORE`` and better than any digit's or other capital's by ``MIN_MARGIN``."""
    _, bw = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, _ = components(bw, connectivity=8)
    comps = [stats[i] for i in range(1, n) if stats[i][cv2.CC_STAT_AREA] >= 6]
    if not comps:
        return None
    hmax = max(c[cv2.CC_STAT_HEIGHT] for c in comps)
    comps = sorted((c for c in comps if c[cv2.CC_STAT_HEIGHT] >= 0.6 * hmax), key=lambda c: c[cv2.CC_STAT_LEFT])
    if not 1 <= len(comps) <= 2:
        return None
    boxes = [tuple(int(c[k]) for k in (cv2.CC_STAT_LEFT, cv2.CC_STAT_TOP, cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT))
             for c in comps]
    if len(boxes) == 1 and boxes[0][2] > 1.5 * boxes[0][3]:
        # two capitals touching (``AA`` kerned together): cut at the thinnest column mid-way
        x, y, w, h = boxes[0]
        cols = (bw[y : y + h, x : x + w] > 0).sum(axis=0)
        cut = int(w * 0.3) + int(np.argmin(cols[int(w * 0.3) : int(w * 0.7)]))
        boxes = [(x, y, cut, h), (x + cut + 1, y, w - cut - 1, h)]
    T, labels = _templates()
    out = ""
    for x, y, w, h in boxes:
        v = _shape(bw[y : y + h, x : x + w] > 0)
        if v is None:
            return None
        sim = T @ v
        best: dict[str, float] = {}
        for ch, s_ in zip(labels, sim):
            best[ch] = max(best.get(ch, -1.0), float(s_))
        ch = max(best, key=best.get)
        other = max(v_ for k, v_ in best.items() if k != ch)
        if ch not in LEVEL_LETTERS or best[ch] < MIN_SCORE or best[ch] - other < MIN_MARGIN:
            return None
        out += ch
    return out if out in LEVELS else None


def level_words(line: list[Word]) -> list[Word]:
    """The words of one line (in reading order) that stand where a level letter is printed:
    right after ``ระดับ`` (maybe ``ระดับผลการประเมิน :``), not Thai, one or two characters."""
    out = []
    text = ""
    for i, w in enumerate(line):
        nxt = line[i + 1].text if i + 1 < len(line) else ""
        if (_LEVEL_KEY.search(text.replace(" ", "")) and not _THAI.search(w.text) and _LEVEL_GARBLE.match(w.text)
                and (not nxt or nxt[0] in "(,|")):  # the line's last word, or a note in brackets after it
            out.append(w)
        text += w.text
    return out


def reread_levels(words: list[Word], img: np.ndarray, dpi: int) -> list[Word]:
    """Words that stand for a level letter (``level_words``) read again from ``img``; a word
    read as a level is replaced and marked ``fixed`` (the digit re-reading leaves it)."""
    lines: dict[tuple, list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    for line in lines.values():
        line.sort(key=lambda w: (w.seq, w.left) if w.seq >= 0 else (0, w.left))
        for w in level_words(line):
            if w.text in LEVELS or w.fixed:
                continue
            pad = max(4, w.height // 3)
            y0, x0 = max(0, w.top - pad), max(0, w.left - pad)
            crop = img[y0 : w.top + w.height + pad, x0 : w.left + w.width + pad]
            if crop.size == 0:
                continue
            text = read_level(crop)
            if text is not None:
                w.text, w.fixed = text, True
    return words


_TOOL_BRACKET = re.compile(r"(?<![A-Za-z(])C[Il1|]T\)|\([Il1|][Il1|]T\)")
_TOOL_LETTER = re.compile(r"\(([EO0])[Il1|]T\)")
# a score follows (``ได้ 84.31``, ``๘๒.๒๖``): the two mends below apply only there
_BEFORE_SCORE = r"(?=\s*(?:ได้)?\s*[0-9\u0e50-\u0e59]{1,3}[.,][0-9\u0e50-\u0e59]{2}(?![0-9\u0e50-\u0e59]))"
# ``(OIT)``/``(EIT)`` with its narrow I lost (``(OT) ได้ 84.31``, dev scan 16507): only before a score
_TOOL_NO_I = re.compile(r"\(([EO])T\)" + _BEFORE_SCORE)
# ``(OIT)`` read as three digits ``(017)`` (dev scan 16509, Waree 300 dpi)
_TOOL_DIGITS = re.compile(r"\(([0O])[1Il|]7\)" + _BEFORE_SCORE)
# an organisation's abbreviation with its dot pushed off by a space (``ทต .ท่าศาลา``)
_ORG_ABBR_DOT = re.compile(r"(?<![\u0e01-\u0e4e])(อบต|อบจ|ทต|ทม|ทน) \.(?=[\u0e01-\u0e4e])")
_PLACE_GLUED = re.compile(r"(อ\.\s?[\u0e01-\u0e4e]{2,})(จ\.)")


# ``IIT`` whose two narrow capitals ran into one ``W`` or ``H`` (seen on 300 and 200 dpi scans, alone on its line
# or cell and before its score)
_IIT_AS_W = re.compile(r"(?<![A-Za-z0-9])(?:W|H|[l1|][Il1|]|I[l1|])T(?![A-Za-z0-9])")
TOOLS = ("IIT", "EIT", "OIT")
_TOOL_ITEM = re.compile(r"^\s*(?P<name>.*?)\s*(?P<num>[0-9\u0e50-\u0e59]{1,3}(?:\.[0-9\u0e50-\u0e59]{1,2})?)\s*$")


def _tool_by_elimination(text: str) -> str:
    """``IIT 80.02 | ยี เโข 75.69 | OIT 80.94``: a line of three ``name score`` items between
    bars whose other two names are tools in their printed order (IIT, EIT, OIT) gets the
    missing name back when what stands there is a short garble (no digit, at most eight
    signs: one Latin word's worth)."""
    items = text.split("|")
    if len(items) == 4 and not items[0].strip():
        # a bar read at the line's start is part of the first name's garble (``|!โส๘๓.๓๔ | EIT …``
        # for ``IIT ๘๓.๓๔``: dev scan 16522)
        items = ["|" + items[1]] + items[2:]
    if len(items) != 3:
        return text
    parts = [_TOOL_ITEM.match(it) for it in items]
    if not all(parts):
        return text
    names = [m.group("name") for m in parts]
    wrong = [k for k, n in enumerate(names) if n != TOOLS[k]]
    if len(wrong) != 1:
        return text
    k = wrong[0]
    garble = names[k].replace(" ", "")
    # (``|ยีเ!โ้``: a bar glued to the name and ``EIT`` read as six Thai signs and a ``!``)
    if not 1 <= len(garble) <= 8 or any(ch.isdigit() for ch in garble):
        return text
    items[k] = f" {TOOLS[k]} {parts[k].group('num')} " if k else f"{TOOLS[k]} {parts[k].group('num')} "
    return "|".join(items).strip()


def mend_line(text: str) -> str:
    """One OCR'd line with garbled tool names, a glued district/province and an organisation
    abbreviation's loose dot put right."""
    text = _TOOL_BRACKET.sub("(IIT)", text)
    text = _TOOL_LETTER.sub(lambda m: "(" + ("E" if m.group(1) == "E" else "O") + "IT)", text)
    text = _TOOL_NO_I.sub(lambda m: "(" + m.group(1) + "IT)", text)
    text = _ORG_ABBR_DOT.sub(r"\1.", _TOOL_DIGITS.sub("(OIT)", text))
    text = _tool_by_elimination(_IIT_AS_W.sub("IIT", text))
    return _PLACE_GLUED.sub(r"\1 \2", text)


def mend_text(text: str) -> str:
    return "\n".join(mend_line(ln) for ln in text.split("\n"))
