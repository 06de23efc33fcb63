"""What glyph positions give Thai repair: one pair set's lines rendered in every font of the
font x reader groups (tests/make_repair_groups.py), each PDF read two ways --

* ``extract_text``: pdfplumber's own text (the ``<font>/pdfplumber`` groups of the pair sets,
  what ``ita repair`` receives from a user who ran pdfplumber), and
* ``positions``: the pipeline's own text path from the same chars (``extractors.glyphs`` glyph
  names, then ``extractors.text``: each mark glued to the base it sits on, a space only where
  the gap between glyphs is wider than ``GAP_EM`` of the font size) --

and CER raw -> repaired per font for both.

    PYTHONPATH=$PWD .venv/bin/python bench/measure_repair_positions.py [--set fresh8] [--diff]

Issue 16, session 10: the Noto Sans Thai/pdfplumber group stays at 1.2-2.8 % after repair on
every set, mostly word spaces ``extract_text`` never wrote and marks it moved past the next
char: text rules cannot put back a space Thai writes nowhere else, but positions do (the
pipeline reads Noto Sans Thai PDFs at about 0.0-0.1 % after repair).
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


def main() -> None:
    import make_repair_groups as mg
    from repair_sources import FILES

    name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "fresh8"
    src = json.loads(FILES[name].read_text(encoding="utf-8"))["true"]["fresh"]
    with tempfile.TemporaryDirectory() as tmp:
        pdfs = {}
        # render everything before pdfplumber/pypdfium2 are imported (as make_repair_groups does)
        for font, path in mg.WEASY_FONTS.items():
            pdfs[font] = Path(tmp) / f"{font}.pdf"
            mg._weasy(src, path, pdfs[font])
        for key, family in mg.WORD_FONTS.items():
            pdfs[key] = mg._word(src, family, Path(tmp) / f"{key}.pdf")
        plain = {font: mg._align(mg._read("pdfplumber", pdf), src) for font, pdf in pdfs.items()}

        import extractors.glyphs as glyphs
        import pdfplumber

        from extractors.text import glyphs_from_chars, lines_text
        from normalizers.thai.thai_cer import corpus_cer
        from normalizers.thai.thai_text import repair
        from thai_repair_sets import repair_group

        glyphs.install()
        means = {"extract_text": [0.0, 0.0], "positions": [0.0, 0.0]}
        for font, pdf in pdfs.items():
            with pdfplumber.open(str(pdf)) as doc:
                text = "\n".join(lines_text(glyphs_from_chars(p.chars)) for p in doc.pages)
            ways = {"extract_text": plain[font], "positions": [x for x in text.split("\n") if x.strip()]}
            cols = []
            for way, got in ways.items():
                if len(got) != len(src):
                    cols.append(f"{way} {len(got)} lines for {len(src)}")
                    continue
                flat = [g.replace("\n", "") for g in got]
                fixed = repair_group(got, repair)
                raw, rep = corpus_cer(zip(flat, src)), corpus_cer(zip(fixed, src))
                means[way][0] += raw / len(pdfs)
                means[way][1] += rep / len(pdfs)
                cols.append(f"{way} {raw * 100:6.2f} -> {rep * 100:5.2f} %")
                if "--diff" in sys.argv and way == "positions":
                    for f, t in zip(fixed, src):
                        if f != t:
                            print(f"--- {font}\n  got {f}\n  tru {t}")
            print(f"{font:18s} " + "   ".join(cols))
        print("mean " + "   ".join(f"{w} {a * 100:.2f} -> {b * 100:.2f} %" for w, (a, b) in means.items()))


if __name__ == "__main__":
    main()
