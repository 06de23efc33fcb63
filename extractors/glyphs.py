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

``install()`` hooks pdfminer's glyph rendering so every char pdfplumber sees already carries
the recovered text; glyphs the font does not name stay as ToUnicode gave them (``(cid:N)``
included, which the Thai text check treats as garbage and routes to OCR).
"""
from __future__ import annotations

import importlib.util
import io
import re
from functools import lru_cache
from pathlib import Path
from typing import Optional

from extractors.font_log import quiet_head_timestamps

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


_GENERIC = re.compile(r"^(?:glyph|gid|g)\d+$|^\.notdef$")
WIDTHS_MIN = 20  # drawn glyph ids compared at least, to take an installed font for a renamed copy of it
WIDTHS_AGREE = 0.98  # ... and the share of them whose advance widths must agree


def _reference_dirs() -> list[Path]:
    """Where the Thai fonts reports are usually set in live on this machine."""
    dirs = [Path("/usr/share/fonts/truetype/tlwg"), Path("/usr/share/fonts/opentype/tlwg")]
    for module in ("fontpkg_sarabun", "fontpkg_noto_sans_thai"):
        spec = importlib.util.find_spec(module)
        if spec and spec.submodule_search_locations:
            dirs.append(Path(list(spec.submodule_search_locations)[0]) / "files")
    return [d for d in dirs if d.is_dir()]


@lru_cache(maxsize=1)
def _reference_index() -> dict[str, Path]:
    """PostScript name → font file, for the installed Thai reference fonts."""
    from fontTools.ttLib import TTFont

    index: dict[str, Path] = {}
    for d in _reference_dirs():
        for f in sorted(d.iterdir()):
            if f.suffix.lower() not in (".ttf", ".otf"):
                continue
            try:
                ps = TTFont(str(f), lazy=True)["name"].getDebugName(6)
            except Exception:  # noqa: BLE001
                continue
            if ps:
                index.setdefault(ps, f)
    return index


@lru_cache(maxsize=1)
def _reference_widths() -> list[tuple[str, list[int]]]:
    """(font file, advance width by glyph id) of each installed Thai reference font, parsed once
    per process (``FontGlyphs._reference_by_widths`` compares a subset's widths with all of them)."""
    out = []
    for path in sorted({str(p) for p in _reference_index().values()}):
        try:
            ref = _reference_glyphs(path)
            metrics = ref.font["hmtx"].metrics
            out.append((path, [metrics.get(n, (-1,))[0] for n in ref.order]))
        except Exception:  # noqa: BLE001 - a font that does not parse is no reference
            continue
    return out


@lru_cache(maxsize=16)
def _reference_glyphs(path: str) -> "FontGlyphs":
    return FontGlyphs(Path(path).read_bytes(), use_reference=False)


class FontGlyphs:
    """glyph id → text for one embedded TrueType/OpenType font program.

    A subset whose glyphs lost their names (``glyph00046``) but kept their ids is read
    through the installed original font of the same PostScript name (Sarabun, Noto Sans
    Thai, TLWG), glyph by glyph, where the advance widths agree.
    """

    def __init__(self, data: bytes, use_reference: bool = True):
        from fontTools.ttLib import TTFont

        quiet_head_timestamps()  # an embedded subset's zero timestamps: not the document's news
        self.font = TTFont(io.BytesIO(data), lazy=True)
        self.order = self.font.getGlyphOrder()
        self._map: dict[str, str] = {}
        try:
            for code, g in (self.font.getBestCmap() or {}).items():
                self._map.setdefault(g, chr(code))
        except Exception:  # noqa: BLE001 - a broken cmap only loses source 2
            pass
        self._gsub_done = False
        self.ref: Optional[FontGlyphs] = None
        if use_reference and sum(1 for n in self.order if _GENERIC.match(n)) > 0.2 * len(self.order):
            self.ref = self._find_reference()

    def _find_reference(self) -> Optional["FontGlyphs"]:
        try:
            ps = self.font["name"].getDebugName(6)
        except Exception:  # noqa: BLE001
            ps = None
        path = _reference_index().get(ps or "")
        if path is None:
            return self._reference_by_widths()
        ref = _reference_glyphs(str(path))
        if len(ref.order) < len(self.order):
            return None
        return ref

    def _reference_by_widths(self) -> Optional["FontGlyphs"]:
        """The installed font this one is a renamed or extended copy of, when no installed font
        bears its PostScript name: the font whose advance widths agree glyph id by glyph id on the
        glyphs this subset draws (a subset zeroes the others: ``WIDTHS_AGREE`` of ``WIDTHS_MIN`` at
        least), the best such font and no tie. A derived font (TH SarabunIT๙ style digits added to
        Sarabun: the corpus's ``SarabunIT9``) keeps the original's glyph order, so its unnamed
        nikhahit+tone ligature is the original's ``uni0E4D0E48`` (unknown-titles 45419 html:
        ``ต่ำ`` read ``ตา``, the ligature's text empty)."""
        try:
            mine = self.font["hmtx"].metrics
        except Exception:  # noqa: BLE001
            return None
        fits = []
        for path, widths in _reference_widths():
            drawn = [g for g in range(min(len(self.order), len(widths))) if mine.get(self.order[g], (0,))[0]]
            same = sum(1 for g in drawn if mine[self.order[g]][0] == widths[g])
            if len(drawn) >= WIDTHS_MIN and same >= WIDTHS_AGREE * len(drawn):
                fits.append((same / len(drawn), path))
        fits.sort(key=lambda f: (-f[0], f[1]))
        if not fits or len(fits) > 1 and fits[1][0] == fits[0][0]:
            return None
        return _reference_glyphs(fits[0][1])

    def _same_glyph(self, gid: int) -> bool:
        """The reference font's glyph ``gid`` has this subset glyph's advance width."""
        try:
            mine = self.font["hmtx"][self.order[gid]][0]
            theirs = self.ref.font["hmtx"][self.ref.order[gid]][0]
        except Exception:  # noqa: BLE001
            return False
        return mine == theirs

    def _from_gsub(self) -> None:
        """Add glyphs that GSUB single/alternate/ligature lookups produce from mapped ones."""
        self._gsub_done = True
        for name in self.order:
            t = name_to_text(name)
            if t:
                self._map.setdefault(name, _unpua(t))
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
        if _GENERIC.match(name) and self.ref is not None and self._same_glyph(gid):
            return self.ref.text(gid)
        t = name_to_text(name)
        if t:
            return _unpua(t)
        if name in self._map:
            return self._map[name]
        if not self._gsub_done:
            self._from_gsub()
        return self._map.get(name)


def _standard_name_text(name: str) -> Optional[str]:
    """A glyph name's text with Thai presentation forms mapped to standard characters."""
    t = name_to_text(name)
    return _unpua(t) if t else None


def _unpua(text: str) -> str:
    """Thai presentation forms (U+F700…, U+F884…) in a glyph name → standard characters."""
    from normalizers.thai.thai_chars import PUA_TABLE

    return "".join(PUA_TABLE.get(ord(c), c) for c in text)


_THAI = re.compile(r"[\u0e00-\u0e7f]")
_installed = False


def _font_glyphs(font) -> Optional[FontGlyphs]:
    """The embedded program of a pdfminer CID font (cached on the font object), or None."""
    cached = getattr(font, "_ita_glyphs", False)
    if cached is not False:
        return cached
    glyphs = None
    fontfile = getattr(font, "fontfile", None)
    if fontfile is not None:
        try:
            glyphs = FontGlyphs(fontfile.get_data())
        except Exception:  # noqa: BLE001 - not a TrueType/OpenType program
            glyphs = None
    try:
        font._ita_glyphs = glyphs
    except AttributeError:
        pass
    return glyphs


def _gid(font, cid: int) -> Optional[int]:
    """Glyph id of a CID: identity unless the font carries a CIDToGIDMap stream."""
    table = getattr(font, "_ita_cid2gid", None)
    if table is None:
        return cid
    if 2 * cid + 1 < len(table):
        return table[2 * cid] << 8 | table[2 * cid + 1]
    return None


def glyph_text(font, cid: int, mapped: str) -> Optional[str]:
    """Better text for one glyph than the PDF's ToUnicode gave (``mapped``), or None.

    Used when the embedded font names the glyph as Thai: a ToUnicode entry that is missing
    (``(cid:N)``), empty (the NIKHAHIT of a decomposed SARA AM), or different (a shaper
    that attached a whole cluster's text to the first glyph: ``า`` → ``้ำ``) is replaced.
    """
    glyphs = _font_glyphs(font)
    if glyphs is None:
        return None
    gid = _gid(font, cid)
    if gid is None:
        return None
    text = glyphs.text(gid)
    if not text or text == mapped:
        return None
    if _THAI.search(text) or mapped.startswith("(cid:"):
        return text
    return None


def _memo_glyph_text(font, cid: int, mapped: str) -> Optional[str]:
    """``glyph_text`` memoised on the font object per (cid, ToUnicode text): a document
    draws the same few hundred glyphs thousands of times, and the answer depends on nothing
    else (pdfminer shares one font object per document). A failure counts as no better text."""
    memo = getattr(font, "_ita_text_memo", None)
    if memo is None:
        memo = {}
        try:
            font._ita_text_memo = memo
        except AttributeError:
            pass
    key = (cid, mapped)
    try:
        return memo[key]
    except KeyError:
        pass
    try:
        better = glyph_text(font, cid, mapped)
    except Exception:  # noqa: BLE001 - never let recovery break extraction
        better = None
    memo[key] = better
    return better


def install() -> None:
    """Make pdfminer (and so pdfplumber) take a glyph's text from its name when the PDF's
    ToUnicode map lost or garbled it. Idempotent; affects only CID fonts with an embedded
    TrueType program whose glyph names say what they are."""
    global _installed
    if _installed:
        return
    from pdfminer.converter import PDFLayoutAnalyzer
    from pdfminer.pdffont import PDFCIDFont, PDFTrueTypeFont

    from extractors.glyph_outlines import mark_text
    from pdfminer.pdftypes import resolve1

    orig_init = PDFCIDFont.__init__
    orig_render = PDFLayoutAnalyzer.render_char

    def init(self, rsrcmgr, spec, *args, **kwargs):
        orig_init(self, rsrcmgr, spec, *args, **kwargs)
        try:
            m = resolve1(spec.get("CIDToGIDMap"))
            self._ita_cid2gid = m.get_data() if hasattr(m, "get_data") else None
        except Exception:  # noqa: BLE001
            self._ita_cid2gid = None

    def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate):
        adv = orig_render(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate)
        if isinstance(font, PDFCIDFont) and getattr(font, "fontfile", None) is not None:
            item = self.cur_item._objs[-1]
            better = _memo_glyph_text(font, cid, item._text)
            if better is not None:
                item._text = better
        elif isinstance(font, PDFTrueTypeFont):  # a simple subset: marks told by outline
            item = self.cur_item._objs[-1]
            try:
                better = mark_text(font, cid, item._text, _reference_index(), _standard_name_text)
            except Exception:  # noqa: BLE001
                better = None
            if better is not None:
                item._text = better
        return adv

    PDFCIDFont.__init__ = init
    PDFLayoutAnalyzer.render_char = render_char
    _installed = True
