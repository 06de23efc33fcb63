"""A pair set of glyph-name swaps (issue 16, session 20): real renders whose font map names two
marks each as the other for the whole document.

Cairo names a glyph by the text of the first cluster it is drawn in; when the shaper emits a
cluster's glyphs in another order than its characters (TLWG fonts: ``ทุ่ง`` draws ่ before ุ), the
two glyphs swap names in the PDF's ToUnicode map, so every reader reads ุ as ่ and ่ as ุ
(and ู as ่ when ``อยู่`` comes first). Which cluster comes first is chance: fresh17 (session
20) showed it in every TLWG group. Here the first line is chosen to set the swap, the rest are
the true lines of an older pair set (dev text), rendered in the TLWG fonts and read by the three
readers exactly as ``make_repair_groups`` does.

    PYTHONPATH=$PWD .venv/bin/python bench/repair_swap_set.py   # writes tests/data/repair_swap.json
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

import make_repair_groups as mg  # noqa: E402
import repair_sources as sources  # noqa: E402

OUT = ROOT / "tests" / "data" / "repair_swap.json"
FONTS = ("Garuda", "Kinnari", "Loma", "Waree")
# (first line that sets the font map, pair set whose true lines follow)
DOCS = {"u_ek": ("ทุ่งกุลาอยู่ร้องไห้", "fresh15"), "uu_ek": ("ผู้อยู่ทุ่งกุลา", "fresh14")}


def build() -> dict:
    out: dict = {"true": {}, "groups": {}}
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = {}
        for doc, (first, name) in DOCS.items():
            lines = [first] + sources._groups(name)["true"]["fresh"]
            out["true"][doc] = lines
            for font in FONTS:
                pdf = Path(tmp) / f"{font}-{doc}.pdf"
                mg._weasy(lines, mg.WEASY_FONTS[font], pdf)
                pdfs[(font, doc)] = pdf
        for (font, doc), pdf in pdfs.items():
            for reader in mg.READERS:
                got = mg._align(mg._read(reader, pdf), out["true"][doc])
                out["groups"].setdefault(f"{font}/{reader}", {})[doc] = got
    return out


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['groups'])} groups)")
