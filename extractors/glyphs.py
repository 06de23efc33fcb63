"""Recover the text of glyphs a PDF's ToUnicode map leaves out: ``(cid:736)`` → ``่``.

Thai fonts substitute positional variants of marks (a tone mark shifted left or down, a
narrow upper vowel, a nikhahit+tone ligature) through OpenType GSUB. Shapers (Pango/HarfBuzz,
Word) emit those variant glyphs, and many PDF writers give them no Unicode mapping, so
pdfminer reports them as ``(cid:N)``: the mark is silently lost from the text layer.

The embedded font program usually still says what the glyph is:
1. its glyph name (``uni0E48.small``, ``uni0E4D0E48``, ``tonemaiek.left``) → Adobe Glyph List;
2. the font's own cmap, for a glyph that is itself mapped;
3. GSUB: a glyph produced by a single/alternate substitution (or a ligature) from mapped
   glyphs stands for their characters.

``recover_page_chars(page, fonts)`` rewrites such chars in place before text and tables are
built from them. Unrecoverable glyphs are left as ``(cid:N)`` and counted, so the page can be
flagged (and the Thai text check can route it to OCR).
"""
from __future__ import annotations

import io
import re
from typing import Optional

_CID = re.compile(r"^\(cid:(\d+)\)$")
_UNI = re.compile(r"^uni((?:[0-9A-Fa-f]{4})+)$")
_U = re.compile(r"^u([0-9A-Fa-f]{4,6})$")
# glyph-name words some Thai fonts use instead of uniXXXX
_THAI_NAMES = {
    "maiek": "\u0e48", "maitho": "\u0e49", "maitri": "\u0e4a", "maichattawa": "\u0e4b",
    "thanthakhat": "\u0e4c", "nikhahit": "\u0e4d", "maihanakat": "\u0e31", "saraam": "\u0e33",
    "sarai": "\u0e34", "saraii": "\u0e35", "sarue": "\u0e36", "saruee": "\u0e37", "sarau": "\u0e38",
    "sarauu": "\u0e39", "phinthu": "\u0e3a", "maitaikhu": "\u0e47", "yamakkan": "\u0e4e",
    "thothan": "\u0e10", "yoying": "\u0e0d",
}


def name_to_text(name: str) -> Optional[str]:
    """Characters a glyph name stands for (``uni0E48.small`` → ``่``), or None."""
    base = name.split(".")[0].split("_")
    out = []
    for part in base:
        m = _UNI.match(part)
        if m:
            hexes = m.group(1)
            out.extend(chr(int(hexes[i:i + 4], 16)) for i in range(0, len(hexes), 4))
            continue
        m = _U.match(part)
        if m:
            out.append(chr(int(m.group(1), 16)))
            continue
        key = re.sub(r"[^a-z]", "", part.lower()).removeprefix("thai").removesuffix("thai")
        for word, ch in _THAI_NAMES.items():
            if key == word or key.startswith(word) and key[len(word):] in ("left", "low", "small", "narrow", "short", ""):
                out.append(ch)
                break
        else:
            try:
                from fontTools.agl import toUnicode
                t = toUnicode(part)
            except Exception:  # noqa: BLE001 - any odd name is simply unknown
                t = ""
            if not t:
                return None
            out.append(t)
    text = "".join(out)
    return text or None


class FontGlyphs:
    """glyph id → text for one embedded TrueType/OpenType font program."""

    def __init__(self, data: bytes):
        from fontTools.ttLib import TTFont

        self.font = TTFont(io.BytesIO(data), lazy=True)
        self.order = self.font.getGlyphOrder()
        self._map: dict[str, str] = {}
        try:
            for code, g in (self.font.getBestCmap() or {}).items():
                self._map.setdefault(g, chr(code))
        except Exception:  # noqa: BLE001 - a broken cmap only loses source 2
            pass
        self._gsub_done = False

    def _from_gsub(self) -> None:
        """Add glyphs that GSUB single/alternate/ligature lookups produce from mapped ones."""
        self._gsub_done = True
        if "GSUB" not in self.font:
            return
        try:
            lookups = self.font["GSUB"].table.LookupList.Lookup
        except Exception:  # noqa: BLE001
            return
        for _ in range(2):  # variants of variants
            for lk in lookups:
                for st in lk.SubTable:
                    st = getattr(st, "ExtSubTable", st)
                    kind = type(st).__name__
                    if kind == "SingleSubst":
                        for src, dst in st.mapping.items():
                            if src in self._map:
                                self._map.setdefault(dst, self._map[src])
                    elif kind == "AlternateSubst":
                        for src, alts in st.alternates.items():
                            for dst in alts:
                                if src in self._map:
                                    self._map.setdefault(dst, self._map[src])
                    elif kind == "LigatureSubst":
                        for first, ligs in st.ligatures.items():
                            for lig in ligs:
                                parts = [first] + list(lig.Component)
                                if all(p in self._map for p in parts):
                                    self._map.setdefault(lig.LigGlyph, "".join(self._map[p] for p in parts))

    def text(self, gid: int) -> Optional[str]:
        if gid >= len(self.order):
            return None
        name = self.order[gid]
        t = name_to_text(name)
        if t:
            return t
        if name in self._map:
            return self._map[name]
        if not self._gsub_done:
            self._from_gsub()
        return self._map.get(name)


def _font_programs(pdf) -> dict[str, bytes]:
    """BaseFont name → embedded font bytes (FontFile2/FontFile3), for every page's fonts."""
    from pdfminer.pdftypes import resolve1

    out: dict[str, bytes] = {}
    for page in pdf.pages:
        try:
            res = resolve1(page.page_obj.resources) or {}
            fonts = resolve1(res.get("Font")) or {}
        except Exception:  # noqa: BLE001
            continue
        for ref in fonts.values():
            try:
                f = resolve1(ref)
                base = resolve1(f.get("BaseFont"))
                base = getattr(base, "name", str(base)).lstrip("/")
                if base in out:
                    continue
                desc_holder = f
                if "DescendantFonts" in f:
                    desc_holder = resolve1(resolve1(f["DescendantFonts"])[0])
                fd = resolve1(desc_holder.get("FontDescriptor")) or {}
                stream = resolve1(fd.get("FontFile2") or fd.get("FontFile3"))
                if stream is not None:
                    out[base] = stream.get_data()
            except Exception:  # noqa: BLE001 - a font we cannot read just stays unmapped
                continue
    return out


class GlyphRecovery:
    """Per-PDF cache of embedded fonts, used to rewrite ``(cid:N)`` chars."""

    def __init__(self, pdf):
        self.pdf = pdf
        self._programs: Optional[dict[str, bytes]] = None
        self._fonts: dict[str, Optional[FontGlyphs]] = {}
        self.recovered = 0
        self.unrecovered = 0

    def _font(self, name: str) -> Optional[FontGlyphs]:
        if name not in self._fonts:
            if self._programs is None:
                self._programs = _font_programs(self.pdf)
            data = self._programs.get(name)
            try:
                self._fonts[name] = FontGlyphs(data) if data else None
            except Exception:  # noqa: BLE001 - not a TrueType/OpenType program
                self._fonts[name] = None
        return self._fonts[name]

    def text(self, fontname: str, gid: int) -> Optional[str]:
        font = self._font(fontname)
        return font.text(gid) if font else None

    def fix_page(self, page) -> int:
        """Rewrite ``(cid:N)`` chars of a pdfplumber page in place; returns how many remain."""
        remaining = 0
        for ch in page.chars:
            m = _CID.match(ch.get("text", ""))
            if not m:
                continue
            t = self.text(ch.get("fontname", ""), int(m.group(1)))
            if t:
                ch["text"] = t
                self.recovered += 1
            else:
                remaining += 1
        self.unrecovered += remaining
        return remaining
