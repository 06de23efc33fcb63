"""Thai fonts for rendering, located by absolute path so renders are deterministic.

Sarabun and Noto Sans Thai come from the pip packages ``fontpkg-sarabun`` /
``fontpkg-noto-sans-thai``; the TLWG fonts from Debian ``fonts-thai-tlwg``.
"""
from __future__ import annotations

import importlib.util
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
    regular, bold = font_files(name)
    return (
        f'@font-face {{ font-family: "{family}"; src: url("{regular.as_uri()}"); font-weight: normal; }}\n'
        f'@font-face {{ font-family: "{family}"; src: url("{bold.as_uri()}"); font-weight: bold; }}\n'
    )
