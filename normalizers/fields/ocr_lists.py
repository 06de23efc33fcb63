"""List numbers at the start of OCR'd cell lines.

A steps cell prints its items as ``๑. …``, ``๒. …``. Read by Tesseract (whose Thai model
has no ๔ ๖ ๗ ๘ ๙) and then by the numeral recognizer, those small numbers come back as
``๙ ``, ``๒๒.``, ``๓.๗``, ``๔๖``, ``151``, ``on.``, ``lo,``, ``>.`` (fresh39s 59115 p5, for
``๖.``): the dot is lost or doubled, a digit is added, or the number is read as Latin. Left in
place they end up inside the step text, and an item whose number lost its dot is not split from
the one before.

``renumber_lines(text)`` rewrites such line-start tokens as a clean sequence ``1. ``,
``2. ``, … so the ordinary step splitter (``normalizers.fields.units.split_steps``) splits and
removes them. It is used for OCR'd tables only; a text layer keeps its numbering as printed.
"""
from __future__ import annotations

import re

_DIGITS = "0-9\u0e50-\u0e59"
# a number-like token at the start of a line, followed by the item's text
_RX_TOKEN = re.compile(
    rf"^[ \t]*[«»\"'|.:,]*(?P<tok>[{_DIGITS}][{_DIGITS}.,]{{0,4}}|[A-Za-z<>]{{1,2}}[.,]+)[ \t]*"
    rf"(?=[\u0e01-\u0e4eA-Za-z\"“(])"
)


def _first_digit(tok: str) -> int | None:
    ch = tok[0]
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "\u0e50" <= ch <= "\u0e59":
        return ord(ch) - 0x0E50
    return None


def _is_item(tok: str, k: int, first_line: bool) -> bool:
    """Whether a line-start token is the k-th item's number, as OCR garbles it."""
    if first_line:
        return True
    d = _first_digit(tok)
    if d is None:
        return True  # ``on.``, ``a.``: a number read as Latin, with its dot
    return d in (k, k + 1) or "." in tok


def renumber_lines(text: str) -> tuple[str, int]:
    """Rewrite OCR-garbled list numbers at line starts as ``1. ``, ``2. ``, …

    Returns the new text and the number of items found. Needs at least two numbered lines
    (a single number-like line start is left alone: it may be content such as ``๒๔ ชม.``).
    """
    lines = text.split("\n")
    found = []
    k = 1
    for i, line in enumerate(lines):
        m = _RX_TOKEN.match(line)
        if m and _is_item(m.group("tok"), k, i == 0):
            found.append((i, m.end()))
            k += 1
    if len(found) < 2:
        return text, 0
    for n, (i, end) in enumerate(found, start=1):
        lines[i] = f"{n}. " + lines[i][end:]
    return "\n".join(lines), len(found)


# a list number in brackets at the start of a measure cell, a digit added inside them
# (``(๒)`` read ``(๒11)``: fresh11s seed 8102 scanned, the number was left in the name)
_RX_PAREN_TOKEN = re.compile(rf"^[ \t]*\((?P<tok>[{_DIGITS}]{{1,3}})\)[ \t]*(?=[\u0e01-\u0e4eA-Za-z\"“])")


# a list number closed by a bracket read as a symbol (``๔)`` as ``©)``, ``๕)`` as ``&)`` or ``»)``:
# unbiased fresh26s 36113, 36111), or ``๔)`` as ``ๆ`` (no cell starts with the repetition mark), before
# the cell's Thai text
_RX_SYMBOL_PAREN = re.compile(r"^[ \t]*(?:\(?[^\s\u0e00-\u0e7fA-Za-z0-9()]{1,2}\)|ๆ\)?(?=[ \t]))[ \t]*(?=[\u0e01-\u0e4e])")


def strip_leading_number(text: str) -> str:
    """Drop an OCR-garbled list number at the start of a cell (``๙ จัดทำคู่มือ…``, ``(๒11) …``,
    ``©) โครงการ…``)."""
    m = _RX_PAREN_TOKEN.match(text) or _RX_SYMBOL_PAREN.match(text)
    if m:
        return text[m.end():]
    m = _RX_TOKEN.match(text)
    if not m:
        return text
    spaced = m.end() > m.end("tok")
    if not ("." in m.group("tok") or spaced):
        return text  # a bare digit glued to a word is content (``5ส``)
    return text[m.end():]
