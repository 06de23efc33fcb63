"""Thai marks a simple TrueType subset's ToUnicode map names wrongly, told by their outlines.

LibreOffice's Word export writes simple (non-CID) TrueType subsets whose glyphs have lost
their names (``glyph00050``) and builds the ToUnicode map from the text of the cluster a
glyph was first drawn in. With a TLWG font (Laksaman) the SARA UU below a consonant that
also carries a tone mark ends up mapped to the tone mark: ``ข้อมูล`` reads ``ข้อม่ล``.

The glyph's outline is still in the subset, and the installed original font (found by the
font's PostScript name, as ``extractors.glyphs`` does) has the same outline under a real
name (``uni0E39``, ``uni0E48.low``) or cmap entry. A glyph whose outline matches exactly one
character there, where both that character and the ToUnicode text are single Thai
combining marks that differ, takes the outline's character. A glyph the map leaves out
altogether (``(cid:13)``: Garuda's SARA AA, ``ก(cid:13)ร`` for ``การ``) takes the Thai
character its outline matches exactly one of. Nothing else is changed (a cluster glyph such
as NIKHAHIT standing for SARA AM keeps its ToUnicode text).
"""
from __future__ import annotations

import io
import re
from functools import lru_cache
from typing import Callable, Optional

from extractors.font_log import quiet_head_timestamps
from extractors.text import THAI_MARKS

_SUBSET = re.compile(r"^[A-Z]{6}\+")
_THAI_CHAR = re.compile(r"^[\u0e01-\u0e5b]$")
_UNMAPPED = re.compile(r"^\(cid:[0-9]+\)$")


def _signature(glyf, name: str) -> Optional[tuple]:
    try:
        g = glyf[name]
        if g.numberOfContours == 0:
            return None
        coords, ends, _ = g.getCoordinates(glyf)
        return tuple(map(tuple, coords)), tuple(ends)
    except Exception:  # noqa: BLE001 - a glyph that does not decode has no signature
        return None


@lru_cache(maxsize=16)
def _reference_marks(path: str, name_to_text: Callable[[str], Optional[str]]) -> dict[tuple, str]:
    """Outline signature → Thai character (a combining mark or any other), for the
    characters of an installed font whose outline is shared by no other character
    (``name_to_text``: a glyph name's text, with Thai presentation forms already mapped to
    standard characters)."""
    from fontTools.ttLib import TTFont

    font = TTFont(path)
    if "glyf" not in font:
        return {}
    glyf = font["glyf"]
    cmap: dict[str, str] = {}
    for code, name in (font.getBestCmap() or {}).items():  # presentation forms read as standard
        cmap.setdefault(name, name_to_text(f"uni{code:04X}") if code <= 0xFFFF else chr(code))
    found: dict[tuple, set[str]] = {}
    for name in font.getGlyphOrder():
        sig = _signature(glyf, name)
        if sig is None:
            continue
        text = cmap.get(name) or name_to_text(name) or ""
        found.setdefault(sig, set()).add(text)
    return {sig: next(iter(ts)) for sig, ts in found.items() if len(ts) == 1 and _THAI_CHAR.match(next(iter(ts)))}


def _font_marks(font, index: dict, name_to_text: Callable) -> Optional[dict[int, str]]:
    """glyph code → mark of an embedded simple TrueType subset (cached on the font)."""
    cached = getattr(font, "_ita_outline_marks", False)
    if cached is not False:
        return cached
    marks = None
    try:
        marks = _build(font, index, name_to_text)
    except Exception:  # noqa: BLE001 - recovery must never break extraction
        marks = None
    try:
        font._ita_outline_marks = marks
    except AttributeError:
        pass
    return marks


def _build(font, index: dict, name_to_text: Callable) -> Optional[dict[int, str]]:
    from fontTools.ttLib import TTFont
    from pdfminer.pdftypes import resolve1

    descriptor = getattr(font, "descriptor", None) or {}
    stream = resolve1(descriptor.get("FontFile2")) if descriptor else None
    if stream is None:
        return None
    quiet_head_timestamps()  # an embedded subset's zero timestamps: not the document's news
    sub = TTFont(io.BytesIO(stream.get_data()))
    ps = ""
    try:
        ps = sub["name"].getDebugName(6) or ""
    except Exception:  # noqa: BLE001
        pass
    path = index.get(ps) or index.get(_SUBSET.sub("", getattr(font, "fontname", "") or ""))
    if path is None or "glyf" not in sub:
        return None
    ref = _reference_marks(str(path), name_to_text)
    if not ref:
        return None
    order = sub.getGlyphOrder()
    code_to_name: dict[int, str] = {}
    if "cmap" in sub:
        for table in sub["cmap"].tables:
            for code, name in table.cmap.items():
                code_to_name.setdefault(code & 0xFF if code >= 0xF000 else code, name)
    out: dict[int, str] = {}
    for code in range(256):
        name = code_to_name.get(code) or (order[code] if code < len(order) else None)
        if name is None:
            continue
        sig = _signature(sub["glyf"], name)
        if sig is not None and sig in ref:
            out[code] = ref[sig]
    return out


def mark_text(font, cid: int, mapped: str, index: dict, name_to_text: Callable) -> Optional[str]:
    """The Thai mark a simple TrueType glyph draws when its ToUnicode text is another
    single mark, or the Thai character it draws when ToUnicode left it out (``(cid:N)``),
    else None. ``index``: PostScript name → installed font file; ``name_to_text``: a glyph
    name's text (both from ``extractors.glyphs``)."""
    unmapped = bool(_UNMAPPED.match(mapped))
    if not unmapped and (len(mapped) != 1 or mapped not in THAI_MARKS):
        return None
    marks = _font_marks(font, index, name_to_text)
    if not marks:
        return None
    real = marks.get(cid)
    if real is None or real == mapped or not unmapped and real not in THAI_MARKS:
        return None
    return real
