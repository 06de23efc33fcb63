"""Thai fonts for rendering, located by absolute path so renders are deterministic.

Sarabun and Noto Sans Thai come from the pip packages ``fontpkg-sarabun`` /
``fontpkg-noto-sans-thai``; the TLWG fonts from Debian ``fonts-thai-tlwg``.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path

TLWG_DIR = Path("/usr/share/fonts/truetype/tlwg")
TLWG = ("Garuda", "Loma", "Kinnari", "Norasi", "Laksaman", "Sawasdee", "Umpush", "Waree")


def _pkg_dir(module: str) -> Path | None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "files"


def font_files(name: str) -> tuple[Path, Path]:
    """Return (regular, bold) TTF paths of a known Thai font; raise KeyError if unknown/missing."""
    if name == "Sarabun":
        d = _pkg_dir("fontpkg_sarabun")
        pair = (d / "Sarabun-Regular.ttf", d / "Sarabun-Bold.ttf") if d else None
    elif name == "Noto Sans Thai":
        d = _pkg_dir("fontpkg_noto_sans_thai")
        f = d / "NotoSansThai[wdth,wght].ttf" if d else None
        pair = (f, f) if f else None
    elif name in TLWG:
        pair = (TLWG_DIR / f"{name}.ttf", TLWG_DIR / f"{name}-Bold.ttf")
    else:
        raise KeyError(f"unknown font {name!r}")
    if pair is None or not all(p.exists() for p in pair):
        raise KeyError(f"font {name!r} is not installed")
    return pair


def font_face_css(name: str, family: str = "CorpusThai") -> str:
    """@font-face rules binding ``family`` to the font's files via file:// URLs."""
    regular, bold = any_font_files(name)
    return (
        f'@font-face {{ font-family: "{family}"; src: url("{regular.as_uri()}"); font-weight: normal; }}\n'
        f'@font-face {{ font-family: "{family}"; src: url("{bold.as_uri()}"); font-weight: bold; }}\n'
    )


IT9_FAMILY = "Sarabun IT9"
CACHE = Path.home() / ".cache" / "ita-corpus" / "fonts"
USER_FONTS = Path.home() / ".local" / "share" / "fonts" / "ita-corpus"


def it9_font_files() -> tuple[Path, Path]:
    """Sarabun whose ASCII digit code points draw Thai digit shapes, as TH SarabunIT๙ does: the
    page shows ๑๒๓ where the text layer holds 123. The shapes are copies of the Thai digit glyphs
    under their own glyph names, so a PDF's ToUnicode map keeps ASCII and Thai digits apart even
    when a document prints both. Built once with fontTools into ~/.cache/ita-corpus/fonts
    (deterministic: fixed timestamps), family name ``Sarabun IT9``."""
    import copy

    from fontTools.ttLib import TTFont

    out = []
    for src, style in zip(font_files("Sarabun"), ("Regular", "Bold")):
        dst = CACHE / f"SarabunIT9-{style}-v2.ttf"
        if not dst.exists():
            CACHE.mkdir(parents=True, exist_ok=True)
            f = TTFont(str(src), recalcTimestamp=False)
            cmap = f.getBestCmap()
            order = list(f.getGlyphOrder())
            glyf, hmtx = f["glyf"], f["hmtx"]
            new = {}
            for i in range(10):
                thai = cmap[0x0E50 + i]
                name = f"it9digit{i}"
                glyf.glyphs[name] = copy.deepcopy(glyf[thai])
                hmtx.metrics[name] = hmtx.metrics[thai]
                order.append(name)
                new[0x30 + i] = name
            f.setGlyphOrder(order)
            glyf.glyphOrder = order
            for table in f["cmap"].tables:
                if table.isUnicode():
                    table.cmap.update(new)
            if "post" in f and f["post"].formatType == 2.0:
                f["post"].extraNames = []
                f["post"].mapping = {}
            for rec in f["name"].names:
                if rec.nameID in (1, 3, 4, 6, 16):
                    rec.string = rec.toUnicode().replace("Sarabun", "Sarabun IT9" if rec.nameID != 6 else "SarabunIT9")
            tmp = dst.with_suffix(f".{os.getpid()}.tmp")  # processes making it at once (test workers)
            f.save(str(tmp))
            tmp.replace(dst)
        out.append(dst)
    return out[0], out[1]


def any_font_files(name: str) -> tuple[Path, Path]:
    """font_files() plus the derived ``Sarabun IT9``."""
    return it9_font_files() if name == IT9_FAMILY else font_files(name)


def ensure_fontconfig() -> None:
    """Make the pip-packaged fonts (Sarabun, Noto Sans Thai) and Sarabun IT9 visible to
    fontconfig (LibreOffice finds fonts only there): copies into ~/.local/share/fonts/ita-corpus
    and refreshes the cache when something was added. The TLWG fonts are system fonts."""
    import shutil
    import subprocess

    added = False
    USER_FONTS.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for name in ("Sarabun", "Noto Sans Thai", IT9_FAMILY):
        try:
            wanted |= set(any_font_files(name))
        except KeyError:
            continue
    for old in USER_FONTS.glob("*.ttf"):  # earlier builds of the same families
        if old.name not in {f.name for f in wanted}:
            old.unlink(missing_ok=True)
            added = True
    for f in sorted(wanted):
        dst = USER_FONTS / f.name
        if not dst.exists() or dst.stat().st_size != f.stat().st_size:
            tmp = dst.with_name(f".{dst.name}.{os.getpid()}.tmp")  # never a half-copied font in place
            shutil.copyfile(f, tmp)
            tmp.replace(dst)
            added = True
    if added:
        subprocess.run(["fc-cache", "-f", str(USER_FONTS)], check=False, capture_output=True)
