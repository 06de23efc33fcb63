"""A glyph the text layer leaves unnamed, printed by pdfplumber as ``(cid:N)`` (issue 16).

A subset font's ToUnicode map names a glyph by the first cluster the document draws it in; a
glyph whose every use is one of several in a cluster may get no name at all. LibreOffice's
Word exports in Kinnari or TH Sarabun IT9 leave the tone glyph drawn over ``ำ`` (and over an
upper vowel) unnamed when the document first draws it in ``น้ำ``: pdfplumber reads
``น(cid:14)า้ำ`` (Kinnari) or ``นา้ำ(cid:14)`` (TH Sarabun IT9) for ``น้ำ``, ``ซ(cid:14)ือ`` for
``ซื้อ``. PDFium prints the same unnamed glyph as a character of its own (``น;1า``), which the
repair already decides by position and the dictionary (``thai_tones.odd_tones``,
``thai_exact.odd_nikhahit``). So each ``(cid:N)`` is written as one character no text holds
(one per N, a character of Latin Extended-A the text does not use, as PDFium prints such
glyphs) and the repair places it where it can. Then each number is tried as each tone, the
thanthakhat, ``ำ`` and ``า`` (the glyphs of a cluster of several) and as nothing (a glyph whose
cluster's text its neighbour already carries, TH Sarabun IT9's ``นา้ำ(cid:14)``), around up to 16
of its places (two words either side): the reading whose repaired Thai runs cost least in
the dictionary wins, the stand-in's own reading when none costs less. A stand-in left in the
text is written back as its ``(cid:N)``: nothing is lost, and which glyph a number stands for is
decided from the text, never from a list (the number depends on the font subset).
"""
from __future__ import annotations

import re
from typing import Callable

from normalizers.thai import thai_dict

_CID = re.compile(r"\(cid:([0-9]+)\)")
_POOL = [chr(c) for c in range(0x0100, 0x0180)]
# what an unnamed glyph may be: one of a cluster's several glyphs -- a tone or thanthakhat (their
# shifted forms), SARA AM's halves -- or a glyph whose text its cluster's other glyph already
# carries (nothing); a vowel mark is one glyph for one character, named by its first use
_MARKS = ("\u0e48", "\u0e49", "\u0e4a", "\u0e4b", "\u0e4c", "\u0e33", "\u0e32", "")
_AFTER = frozenset("\u0e31\u0e33\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c")


def _places(text: str, ch: str) -> list[int]:
    return [i for i, c in enumerate(text) if c == ch]


_RUN = re.compile("[\u0e01-\u0e4e]+")


def _cost(text: str) -> int:
    """Dictionary cost of ``text``'s Thai runs (a stand-in left splits a run: a CID stays
    one unless a mark reads strictly better)."""
    return sum(thai_dict.score(r) for r in _RUN.findall(text))


def _windows(text: str, ch: str, most: int = 16) -> list[str]:
    """Up to ``most`` distinct stretches of ``text`` around ``ch``: the space-separated piece that
    holds it and two pieces either side, within its line (enough for the repair to read it)."""
    out: list[str] = []
    seen: set[str] = set()
    for line in text.split("\n"):
        if ch not in line:
            continue
        parts = line.split(" ")
        for j, part in enumerate(parts):
            if ch in part:
                w = " ".join(parts[max(0, j - 2):j + 3])
                if w not in seen:
                    seen.add(w)
                    out.append(w)
                    if len(out) >= most:
                        return out
    return out


def fill(text: str, repair: Callable[[str], str]) -> str:
    """``text`` (holding ``(cid:N)``) repaired by ``repair``, each CID decided (module doc)."""
    inner, back = stand_ins(text)
    if not back:
        return repair(text)
    for ch in back:
        sample = "\n".join(_windows(inner, ch))
        best, best_cost = ch, _cost(repair(sample))
        # nothing only where each place follows a mark or ำ (the cluster's text is there already)
        after_mark = all(i > 0 and inner[i - 1] in _AFTER for i in _places(inner, ch))
        for mark in _MARKS if after_mark else _MARKS[:-1]:
            c = _cost(repair(sample.replace(ch, mark)))
            if c < best_cost:
                best, best_cost = mark, c
        if best != ch:
            inner = inner.replace(ch, best)
    return write_back(repair(inner), back)


def stand_ins(text: str) -> tuple[str, dict[str, str]]:
    """(``text`` with each ``(cid:N)`` written as one stand-in character, stand-in -> ``(cid:N)``);
    ``text`` itself and an empty map when it holds no CID or there are not enough free
    characters."""
    if "(cid:" not in text:
        return text, {}
    cids = list(dict.fromkeys(m.group(0) for m in _CID.finditer(text)))
    free = [c for c in _POOL if c not in text]
    if not cids or len(free) < len(cids):
        return text, {}
    to = dict(zip(cids, free))
    return _CID.sub(lambda m: to[m.group(0)], text), {v: k for k, v in to.items()}


def write_back(text: str, back: dict[str, str]) -> str:
    """``text`` with every stand-in of ``back`` still in it written as its ``(cid:N)`` again."""
    for ch, cid in back.items():
        if ch in text:
            text = text.replace(ch, cid)
    return text
