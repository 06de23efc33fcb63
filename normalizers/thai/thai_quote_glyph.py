"""A tone's glyph over an upper vowel named ``"`` (issue 16, session 37).

A subset font's ToUnicode map names each glyph by the cluster the document first draws it in
(``thai_aa_glyph``, ``thai_u_glyph``). LibreOffice's Word-like PDFs (TH Sarabun IT9, Kinnari) read
by pdfplumber then gave the high MAI THO (the glyph drawn over an upper vowel: ``ขึ้น``, ``เปรี้ยว``)
as a straight double quote, set after the syllable and often followed by a space the reader put
in: ``ขมิน" ขึน"`` = ``ขมิ้นขึ้น``, ``รสเปรีย" ว`` = ``รสเปรี้ยว``, ``จี "`` = ``จี้``, and with a
SARA AM ``นา้ำ"`` = ``น้ำ`` (fresh36).

The text shows it: at least ``MIN_PLACES`` bare quotes (right after a Thai letter or after a Thai
word and a space, not closing a quote the line opened; a quotation is opened after a space or the
line start and closed after its text). Each bare quote then goes where the dictionary reads the
word better without it: the tone back right after one of the word's last upper vowels (or the
quote only dropped), the space after it dropped when the joined word reads better than the two
parts. Once ``MIN_SHOWN`` places read with fewer unknown characters so, the text has named the
glyph: a quote whose word the dictionary lacks either way takes the tone on its nearest upper
vowel too, where the word then holds no more unknown characters than the tone itself
(``ชัร"`` = ``ชั้ร``). A quote that no change makes read better stays.
"""

from __future__ import annotations

import re

from normalizers.thai import thai_dict

MIN_PLACES = 4  # bare quotes a text shows before they are taken as a tone's glyph
MIN_SHOWN = 3  # places that read with fewer unknown characters with the tone before every bare quote is it
_TONE = "\u0e49"  # ้
_UNK = thai_dict.UNKNOWN
_UPPER = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37")  # ั ิ ี ึ ื
_MARKS = frozenset("\u0e48\u0e49\u0e4a\u0e4b\u0e4c")
_THAI = "\u0e01-\u0e4e"
_RX_THAI = re.compile(f"[{_THAI}]")
_RX_AM = re.compile("(?<=[\u0e01-\u0e2e])\u0e32(?=[\u0e48-\u0e4b]?\u0e33)")  # า before a (tone +) ำ
# a bare quote: after a Thai character, or after a Thai character and one space
_RX_PLACE = re.compile(f"(?<=[{_THAI}])( ?)\"( ?)(?=[{_THAI}]|$|\\s)")


def _bare(line: str) -> list[re.Match[str]]:
    """The bare quotes of ``line`` (not closing a quotation the line opened)."""
    out: list[re.Match[str]] = []
    opened = False
    for m in re.finditer('"', line):
        i = m.start()
        before = line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if opened:
            opened = False
            continue
        if not _RX_THAI.match(before) and not after.isspace():
            opened = True  # an opening quote
            continue
        if before == " " and not (i >= 2 and _RX_THAI.match(line[i - 2]) and after.isspace()):
            continue
        p = _RX_PLACE.match(line, i - (before == " "))
        if p is not None:
            out.append(p)
    return out


def _cost(s: str) -> int:
    return thai_dict.score(s) if s else 0


def _unknown(word: str, cut: int, space: str) -> int:
    """Unknown characters of ``word``, read as the two parts either side of ``cut`` where a space
    stands there."""
    if space:
        return (_cost(word[:cut]) + _cost(word[cut:])) // _UNK
    return _cost(word) // _UNK


def _mend(line: str, named: bool = False, shown: list[int] | None = None) -> str:
    """``line`` with each bare quote read where the dictionary reads its word better so; with
    ``named`` (the text has shown the quote to be the tone) a quote no change reads better
    takes the tone on the upper vowel nearest before it (or right after it) where its word then
    holds no more unknown characters. ``shown`` counts the places that read with fewer unknown
    characters."""
    for m in reversed(_bare(line)):
        a = m.start()
        while a > 0 and _RX_THAI.match(line[a - 1]):
            a -= 1
        b = m.end()
        while b < len(line) and _RX_THAI.match(line[b]):
            b += 1
        left, right = line[a:m.start()], line[m.end():b].replace('"', "")
        space = " " if (m.group(1) or m.group(2)) and right else ""
        word, q = left + right, len(left)
        cands = [(word, q)]  # (the word, where its space goes)
        # the tone right after an upper vowel near the quote (before it: SARA IT9 ``ขมิน"``;
        # after it: Kinnari ``น"ิวมือ``), the nearest first
        for k in sorted(range(max(0, q - 4), min(len(word), q + 2)), key=lambda k: (k >= q, -k)):
            if word[k] in _UPPER and word[k + 1:k + 2] not in _MARKS:
                cands.append((word[:k + 1] + _TONE + word[k + 1:], q + (k < q)))
        for x in _RX_AM.finditer(word, max(0, q - 4), min(len(word), q + 4)):  # นา้ำ" = น"า้ำ = น้ำ
            cands.append((word[:x.start()] + word[x.start() + 1:], q - (x.start() < q)))
        best, cut = min(cands, key=lambda c: (_cost(c[0]), cands.index(c)))
        if best == word and named and len(cands) > 1 and _unknown(*cands[1], space) <= _unknown(word, q, space) + 1:
            best, cut = cands[1]  # a word the dictionary lacks (งึน" = งึ้น, ชัร" = ชั้ร: the tone its one more)
        if best == word:
            continue  # nothing reads better: the quote stays
        if shown is not None and _cost(best) // _UNK < _cost(word) // _UNK:
            shown.append(1)
        one, two = best[:cut], best[cut:]
        joined = not space or not one or not two or _cost(best) < _cost(one) + _cost(two)
        line = line[:a] + (best if joined else one + space + two) + line[b:]
    return line


def unname(text: str) -> str:
    """``text`` with its bare quotes read as the high tone where the dictionary reads the word
    better so (``text`` itself when it shows fewer than ``MIN_PLACES``)."""
    if '"' not in text:
        return text
    lines = text.split("\n")
    if sum(len(_bare(x)) for x in lines if '"' in x) < MIN_PLACES:
        return text
    shown: list[int] = []
    lines = [_mend(x, shown=shown) if '"' in x else x for x in lines]
    if len(shown) >= MIN_SHOWN:  # the dictionary has shown the quote to be the tone: it is, where no word reads worse
        lines = [_mend(x, named=True) if '"' in x else x for x in lines]
    return "\n".join(lines)
