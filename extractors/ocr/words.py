"""Tesseract words back into Thai text: mark ghosts, ``ำ``, spaces, line grouping."""

from __future__ import annotations
import re
from extractors.ocr.tess import Word


NUM_FLAG_CONF = 0.9


DIGITS = "0123456789๐๑๒๓๔๕๖๗๘๙"


# characters Tesseract ``tha`` emits in place of Thai digits it does not know (measured)
DIGIT_LOOKALIKES = set("สฒ")


# Tesseract gives short Latin words for Thai digits inside text (๗๐ -> oo, ๗๑ -> alo, ๒๖ ->
# lob, ๖๖ -> bb): such words are re-read, and replaced only when the recognizer is sure that
# all their glyphs are Thai digits
_LATIN_SHORT = re.compile(r"^[A-Za-z][a-zA-Z]{0,4}$")


# Tesseract's ghosts of Thai marks: Latin letters glued inside a Thai word, or digits/letters
# right before a combining mark (a mark can only follow a consonant)
_GHOST = re.compile(r"(?<=[\u0e01-\u0e4e])[A-Za-z|<&€]{1,6}(?=[\u0e01-\u0e4e])"
                    r"|[A-Za-z0-9\u0e50-\u0e59|<&€]{1,3}(?=[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])")


_LATIN_WORD = re.compile(r"^[A-Za-z][A-Za-z0-9 .&:/-]*$", re.ASCII)


_AM = re.compile("\u0e4d([\u0e48-\u0e4b]?)\u0e32")


_DASHES = frozenset("-–—")


def is_dash(w: Word, line: list[Word]) -> bool:
    """A dash word (``-``, ``–``, ``—``) that sits on its line's letters, half-way between their
    tops and their baseline: a printed dash (a list bullet ``- กองคลัง``, a range ``ต.ค. – ธ.ค.``).
    It is as flat as a mark ghost and above the baseline like one, but a ghost is read from
    marks above the letters (measured: every ``- `` bullet of a dash-listed steps cell was
    dropped as a ghost, so its steps ran together)."""
    if not w.text or any(ch not in _DASHES for ch in w.text) or w.width < 1.5 * w.height:
        return False
    body = [x for x in line if x is not w and not (x.text and all(ch in _DASHES for ch in x.text))]
    if not body:
        return False
    tops = sorted(x.top for x in body)
    bottoms = sorted(x.top + x.height for x in body)
    top, base = tops[len(tops) // 2], bottoms[len(bottoms) // 2]
    mid = w.top + w.height / 2
    return top + 0.2 * (base - top) < mid < base


def drop_mark_ghosts(words: list[Word]) -> list[Word]:
    """Drop Tesseract's ghost words: Thai marks above a line read a second time, as Latin
    letters (``a``, ``al``, ``i``) on a line of their own, much shorter than the text.
    A printed dash on its line's letters is kept (:func:`is_dash`)."""
    if len(words) < 2:
        return words
    hs = sorted(w.height for w in words)
    med = hs[len(hs) // 2]
    by_line: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        by_line.setdefault(w.line, []).append(w)
    return [w for w in words if not (w.height < 0.55 * med and w.text.isascii()) or is_dash(w, by_line[w.line])]


def recompose_am(text: str) -> str:
    """Compose SARA AM from Tesseract's nikhahit + (tone) + sara aa: ``นํ้า`` -> ``น้ำ``."""
    return _AM.sub(lambda m: m.group(1) + "\u0e33", text)


def join_line(words: list[Word]) -> str:
    """Join one line's words: Tesseract splits Thai into per-character words, so between
    Thai letters a space is kept only where the box gap is wide (a real word space). Where
    the script changes (Thai next to Latin letters or digits) reports nearly always put a
    space (the seeds: 872 of 878 such places), and so they do before an opening bracket or
    quote and after a closing one, a colon or a comma: a narrower gap is enough there.
    Next to other punctuation (``พ.ศ.``, ``/``) the wide gap still decides."""
    if not words:
        return ""
    if all(w.seq >= 0 for w in words):
        # single-line reads (psm 7): Tesseract's order; its per-character boxes can be so
        # loose that sorting by them swaps letters (``การพัฒนา`` -> ``การฒพั นา``)
        words = sorted(words, key=lambda w: w.seq)
    else:
        words = sorted(words, key=lambda w: w.left)
    hs = sorted(w.height for w in words)
    lh = hs[len(hs) // 2]
    out = words[0].text
    for a, b in zip(words, words[1:]):
        gap = b.left - (a.left + a.width)
        x, y = a.text[-1], b.text[0]
        wide = _thai_letter(x) or _thai_letter(y)
        if wide and (_thai_letter(x) and (_alnum(y) or y in _SPACED_OPEN)
                     or (_alnum(x) or x in _SPACED_CLOSE) and _thai_letter(y)):
            wide = False  # the script changes, or a bracket, colon, comma or quote
        if gap > (0.6 if wide else 0.3) * lh:
            out += " "
        out += b.text
    return out


_SPACED_OPEN = frozenset("([“")  # the seeds: Thai + ( spaced 79 times, glued 4


_SPACED_CLOSE = frozenset(")]:,”")  # ) : , ” + Thai spaced 124 times, glued 0


def _thai_letter(ch: str) -> bool:
    """A Thai letter, vowel or mark (not a Thai digit)."""
    return "\u0e01" <= ch <= "\u0e4f"


def _alnum(ch: str) -> bool:
    """A Latin letter or a digit (Arabic or Thai)."""
    return ch.isascii() and ch.isalnum() or "\u0e50" <= ch <= "\u0e59"


def group_lines(words: list[Word], by_id: bool = False) -> list[list[Word]]:
    """Words grouped into their lines, top to bottom; with ``by_id`` in the order of the line
    ids instead (a reading order already settled, e.g. column after column)."""
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w)
    if by_id:
        return [lines[k] for k in sorted(lines)]
    return sorted(lines.values(), key=lambda ws: min(w.top for w in ws))
