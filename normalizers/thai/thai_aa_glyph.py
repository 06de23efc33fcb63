"""The SARA AA glyph named by a SARA AM cluster (issue 16, session 32).

A subset font's ToUnicode map names each glyph by the text of the first cluster the document
draws it in (docs/thai_repair.md, "A glyph the text layer leaves unnamed"). Pango/WeasyPrint draws
``ำ`` as the nikhahit glyph and the SARA AA glyph: when the document draws a ``ำ`` before any
``า`` of its own, the SARA AA glyph is named by that cluster's text -- ``ำ`` (``ทำ`` first) or a
tone and ``ำ`` (``น้ำ``, ``ล้ำ`` first) -- and every ``า`` of the document reads so
(``การ`` -> ``กำร``, ``กล่าว`` -> ``กล่้ำว``), every reader alike (pdfplumber, pypdfium2, pdftotext).
A real ``ำ`` then reads as that name too (its nikhahit glyph named by nothing).

The text shows it: no ``า`` at all, or one in twenty ``ำ`` at most, beside at least eight
``ำ`` in at least 200 Thai characters (Thai text has about ten ``า`` for each ``ำ``; a line of
``ำ`` words alone, ``ทำ น้ำ คำ``, is too short to tell). Its name is ``ำ`` with the tone that comes
before at least half of the text's ``ำ``, else ``ำ`` alone. ``unname`` writes each name back as
``า``: the text then reads as a text whose ``ำ`` lost its nikhahit, the breakage the dictionary
stages already decide (``กำร`` -> ``การ``, ``นา`` -> ``น้ำ``). A line with an ``า`` of its own
(another font's glyph) is left as it is.
"""

from __future__ import annotations

import re
from collections import Counter

from normalizers.thai.thai_u_glyph import unname as unname_u

AM = "\u0e33"
AA = "\u0e32"
_RX_NAME = re.compile("([\u0e48-\u0e4b]?)\u0e33")
MIN_AM = 8  # SARA AM a text shows before its SARA AA glyph is taken as named by one
MIN_THAI = 200  # Thai characters a text shows (no line of Thai text that long lacks a SARA AA)
_RX_THAI = re.compile("[\u0e01-\u0e4e]")
AA_PER_AM = 20  # at most one SARA AA of another glyph per this many SARA AM


def aa_name(text: str) -> str | None:
    """The string the text's SARA AA glyph reads as, when the text shows one named by a SARA AM
    cluster; else None."""
    n_am = text.count(AM)
    if n_am < MIN_AM or text.count(AA) * AA_PER_AM > n_am or len(_RX_THAI.findall(text)) < MIN_THAI:
        return None
    tone, n = Counter(_RX_NAME.findall(text)).most_common(1)[0]
    return (tone + AM) if tone and 2 * n >= n_am else AM


def unname(text: str) -> str:
    """``text`` with its SARA AA glyph's SARA AM name written back as ``า`` (``text`` itself,
    the same object, when it shows no such name)."""
    text = unname_u(text)  # the SARA U glyph named by a tone, the same map's other slip
    name = aa_name(text)
    return text if name is None else unname_as(text, name)


def unname_as(text: str, name: str) -> str:
    """``text`` with ``name`` (``aa_name`` of the whole document it comes from) written back as
    ``า`` on every line without an ``า`` of its own (``text`` itself when it holds no ``name``): a
    table cell is too short to show the name itself (``กำรประเมิน``), its document is not."""
    if not text or name not in text:
        return text
    return "\n".join(x if AA in x else x.replace(name, AA) for x in text.split("\n"))
