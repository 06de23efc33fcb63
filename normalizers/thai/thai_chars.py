"""Thai character classes and the exact (table-driven) character maps used by repair.

Pure data and tiny helpers; no I/O. Sources: HarfBuzz ``hb-ot-shaper-thai.cc``
(PUA presentation forms), Unicode names (Lao = Thai + 0x80 for vowels/marks/digits).
"""

from __future__ import annotations

CONSONANTS = frozenset(chr(c) for c in range(0x0E01, 0x0E2F))  # ก..ฮ
LEADING = frozenset("เแโใไ")
FOLLOWING = frozenset("ะาำๅ")
ABOVE_VOWELS = frozenset("\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d")  # ั ิ ี ึ ื ็ ํ
BELOW_VOWELS = frozenset("\u0e38\u0e39\u0e3a")  # ุ ู ฺ
TONES = frozenset("\u0e48\u0e49\u0e4a\u0e4b")  # ่ ้ ๊ ๋
SIGNS = frozenset("\u0e4c\u0e4e")  # ์ ๎
MARKS = ABOVE_VOWELS | BELOW_VOWELS | TONES | SIGNS
VOWEL_MARKS = ABOVE_VOWELS | BELOW_VOWELS
SARA_AM = "\u0e33"
SARA_AA = "\u0e32"
NIKHAHIT = "\u0e4d"
THAI_LETTERS = frozenset(chr(c) for c in range(0x0E01, 0x0E4F))
THAI_DIGITS = frozenset(chr(c) for c in range(0x0E50, 0x0E5A))

# Character classes as regex fragments (for precompiled patterns).
RX_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
RX_TONE = "\u0e48-\u0e4b"
RX_VOWEL_MARK = "\u0e31\u0e34-\u0e3a\u0e47\u0e4d"
RX_CONS = "\u0e01-\u0e2e"
RX_THAI = "\u0e01-\u0e4e"
SP = "[ \t\u00a0]"  # a space a reader may put in Thai text (regex class)
# (speed: a pattern that opens with a look-behind is tried at every position of a text; one that
# opens with a character class lets the regex engine skip to the characters that can start a
# match, so the repair's patterns put their look-behind after the first character,
# ``{SP}(?<=[ก-ฮ]{SP})``; one that opens with ``[ก-๎]*`` opens with ``(?<![ก-๎])``: a match
# inside a run is one from the run's start, which the engine finds first)
HINT = "\ue000"  # repair-internal: a SARA AA that may be a SARA AM with a lost nikhahit

# HarfBuzz thai_pua_shape() tables: Windows U+F700.. and Mac U+F884.. -> standard.
_PUA_WIN = {
    0xF700: 0x0E10, 0xF701: 0x0E34, 0xF702: 0x0E35, 0xF703: 0x0E36, 0xF704: 0x0E37,
    0xF705: 0x0E48, 0xF706: 0x0E49, 0xF707: 0x0E4A, 0xF708: 0x0E4B, 0xF709: 0x0E4C,
    0xF70A: 0x0E48, 0xF70B: 0x0E49, 0xF70C: 0x0E4A, 0xF70D: 0x0E4B, 0xF70E: 0x0E4C,
    0xF70F: 0x0E0D, 0xF710: 0x0E31, 0xF711: 0x0E4D, 0xF712: 0x0E47, 0xF713: 0x0E48,
    0xF714: 0x0E49, 0xF715: 0x0E4A, 0xF716: 0x0E4B, 0xF717: 0x0E4C, 0xF718: 0x0E38,
    0xF719: 0x0E39, 0xF71A: 0x0E3A,
}
_PUA_MAC = {
    0xF89E: 0x0E10, 0xF885: 0x0E34, 0xF886: 0x0E35, 0xF887: 0x0E36, 0xF888: 0x0E37,
    0xF88C: 0x0E48, 0xF88F: 0x0E49, 0xF892: 0x0E4A, 0xF895: 0x0E4B, 0xF898: 0x0E4C,
    0xF88B: 0x0E48, 0xF88E: 0x0E49, 0xF891: 0x0E4A, 0xF894: 0x0E4B, 0xF897: 0x0E4C,
    0xF89A: 0x0E0D, 0xF884: 0x0E31, 0xF899: 0x0E4D, 0xF889: 0x0E47, 0xF88A: 0x0E48,
    0xF88D: 0x0E49, 0xF890: 0x0E4A, 0xF893: 0x0E4B, 0xF896: 0x0E4C, 0xF89B: 0x0E38,
    0xF89C: 0x0E39, 0xF89D: 0x0E3A,
}
PUA_MAP = {**_PUA_WIN, **_PUA_MAC}
PUA_TABLE = {k: chr(v) for k, v in PUA_MAP.items()}

# Lao vowels, marks and digits that look like Thai ones (Thai = Lao - 0x80).
LAO_MARKS = {c: c - 0x80 for c in
             [0x0EAF, *range(0x0EB0, 0x0EBB), *range(0x0EC0, 0x0EC5), 0x0EC6,
              *range(0x0EC8, 0x0ECE), *range(0x0ED0, 0x0EDA)]}
# Lao consonants whose glyphs are Thai lookalikes (same letter name/shape).
LAO_LETTERS = {
    0x0E81: 0x0E01, 0x0E82: 0x0E02, 0x0E84: 0x0E04, 0x0E87: 0x0E07, 0x0E88: 0x0E08,
    0x0E8A: 0x0E0A, 0x0E8D: 0x0E22, 0x0E94: 0x0E14, 0x0E95: 0x0E15, 0x0E96: 0x0E16,
    0x0E97: 0x0E17, 0x0E99: 0x0E19, 0x0E9A: 0x0E1A, 0x0E9B: 0x0E1B, 0x0E9C: 0x0E1C,
    0x0E9D: 0x0E1D, 0x0E9E: 0x0E1E, 0x0E9F: 0x0E1F, 0x0EA1: 0x0E21, 0x0EA2: 0x0E22,
    0x0EA3: 0x0E23, 0x0EA5: 0x0E25, 0x0EA7: 0x0E27, 0x0EAA: 0x0E2A, 0x0EAB: 0x0E2B,
    0x0EAD: 0x0E2D, 0x0EAE: 0x0E2E,
}
LAO_TABLE = {k: chr(v) for k, v in {**LAO_MARKS, **LAO_LETTERS}.items()}

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def mark_rank(ch: str) -> int:
    """Canonical order of marks on one base: vowel marks first, then tone, then signs."""
    if ch in VOWEL_MARKS:
        return 0
    if ch in TONES:
        return 1
    return 2


def is_pua(ch: str) -> bool:
    """True for any Private Use Area code point (BMP or planes 15/16)."""
    o = ord(ch)
    return 0xE000 <= o <= 0xF8FF or o >= 0xF0000


# the readings of a printed below vowel + tone pair that some pair set shows (raw vs true of
# every dev set): ุ้ for ู่ (อยุ้ = อยู่), ู้ for ุ้ (กลู้ม = กลุ้ม, not กลุ่ม: 23 groups of
# fresh12); a printed ุ่ or ู่ was always right
# (and ุ่ for ู่ where the map swaps ุ and ่ and prints ่ for ู as well: fresh15's lines drawn
# after ทุ่งกุลาอยู่ read อยู่ as อยุ่, tests/data/repair_swap.json)
PAIR_READINGS = {"\u0e38\u0e49": ("\u0e39\u0e48",), "\u0e39\u0e49": ("\u0e38\u0e49",),
                 "\u0e38\u0e48": ("\u0e39\u0e48",)}


def pair_reading_shown(old: str, new: str, learned: frozenset[tuple[str, str]]) -> bool:
    """Whether this text's own font map shows the pair reading ``old`` -> ``new``: ``ุ้`` is
    read ``ู่`` only where the text's learned map names both marks so, crossed (ุ for ่ and ้
    for ู: fresh2's font, สุ้ = สู่) or in place (ุ for ู and ้ for ่). A TLWG text that only
    names ู as ้ keeps a printed ``ุ้`` (fresh6 ซานกุ้ย became ซานกู่ย in 21 groups); the
    other pair readings stay open to any text with a learned map (กลู้ม = กลุ้ม)."""
    if old not in ("\u0e38\u0e49", "\u0e38\u0e48"):
        return True
    a, b = new[0], new[1]
    return ((old[0], b) in learned and (old[1], a) in learned) or ((old[0], a) in learned and (old[1], b) in learned)


def two_below_vowels(c: str, i: int) -> bool:
    """Whether the base of index ``i`` in ``c`` carries two below vowels (ุู): a learned
    renaming that makes one is not this glyph's name (the TLWG map names ู ้, but ้ on a ุ
    stays ้: fresh6 ซานกุ้ย became กุู and then lost a mark, ซานกุย, in 21 groups)."""
    a = i
    while a > 0 and c[a - 1] in MARKS:
        a -= 1
    b = i
    while b < len(c) and c[b] in MARKS:
        b += 1
    return sum(ch in "\u0e38\u0e39" for ch in c[a:b]) > 1
