"""Thai repair (issue 16), session 32 (h/repair32): one test per change, on real WeasyPrint renders
read by the three readers, and on the dev pair sets fresh30am / fresh31am (tests/data; each group
repaired as one text, as ``ita repair`` reads a file).

- The unseen set fresh32 drew ``ำ`` on its first line before any line drew an ``า`` of its own. A
  subset font's ToUnicode map names a glyph by the first cluster the document draws it in, so every
  WeasyPrint subset named the SARA AA glyph ``ำ`` (``ทำ`` first) or ``้ำ`` (``ล้ำ`` first), and every
  reader read every ``า`` so (``การ`` -> ``กำร``, ``กล่าว`` -> ``กล่้ำว``): 0.31.0 left all 27 Pango
  groups at 11-15 % CER (thai_aa_glyph).
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

from normalizers.thai.thai_aa_glyph import aa_name, unname
from normalizers.thai.thai_cer import corpus_cer
from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def _render_and_read(lines: list[str], font: str, tmp_path: Path) -> dict[str, list[str]]:
    """The lines rendered by WeasyPrint in ``font`` in a fresh interpreter (WeasyPrint keeps a font's
    glyph names across the documents one process renders: a test that rendered an ``า`` first would
    name the glyph right), read back by each reader."""
    import make_repair_groups as mg

    pdf = tmp_path / f"{font}.pdf"
    body = "".join(f"<p>{html.escape(x)}</p>" for x in lines)
    code = ("import sys; sys.path[:0] = [sys.argv[1]]; import thai_repair_sets as s; "
            "from pathlib import Path; s._weasy_pdf(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))")
    subprocess.run([sys.executable, "-c", code, str(HERE), body, str(mg.WEASY_FONTS[font]), str(pdf)],
                   check=True, capture_output=True)
    return {reader: [x.replace("\n", "") for x in mg._read(reader, pdf)] for reader in mg.READERS}


def test_sara_aa_glyph_named_by_the_first_drawn_sara_am_reads_back_as_sara_aa(tmp_path):
    """A WeasyPrint page whose first line draws ``น้ำ`` before any ``า`` (then the ITA wording of
    make_repair_groups): every reader gives no ``า`` at all (``หน่วยง้ำนจัดท้ำร้ำยง้ำน``); repaired
    as one text, the lines read as printed again.

    Whether WeasyPrint names the glyph so depends on its process's state (a first run on a machine
    showed it in every group, a later run of the default tier in none): the text as read is checked
    for the artefact only where it shows it; without it the repair is held to the group's usual level
    and never worse than the text as read (the dev pair tests below hold the artefact itself, as
    rendered when the sets were made)."""
    import make_repair_groups as mg

    lines = ["น้ำใจ ทำดี", *mg.ITA_DEV, *mg.ITA_HELD]
    for font, most in (("Garuda", 0.0072), ("NotoSansThai", 0.0072), ("Sarabun", 0.0025)):
        for reader, got in _render_and_read(lines, font, tmp_path).items():
            text = "\n".join(got)
            assert len(got) == len(lines), (font, reader)
            shown = "\u0e32" not in text
            if shown:
                assert corpus_cer(zip(got, lines)) > 0.10, (font, reader)  # the artefact, as read
            fixed = repair(text).split("\n")
            # without the artefact the group's usual repair level holds (NotoSansThai/pdfplumber's word
            # spaces: 1.6-1.9 % on the dev pair sets, issue 16's open group), never worse than as read
            bound = most if shown else max(most, NO_ARTEFACT_BOUND)
            assert corpus_cer(zip(fixed, lines)) <= min(bound, corpus_cer(zip(got, lines))), (font, reader, fixed)
            if shown and reader == "pdfplumber" and font != "NotoSansThai":
                assert fixed == lines, (font, reader)


NO_ARTEFACT_BOUND = 0.02


def test_sara_aa_named_bare_sara_am_in_the_dev_pairs():
    """fresh30am (dev: fresh30 with ``พลำ`` drawn first): ``กล่ำวขำน กะดำกะด่ำง ... กำรจ้ำงแรงงำน``
    in every reader; the real ``ำ`` of ``กะดำ`` stays, each ``า`` comes back."""
    from thai_repair_sets import line_by_raw

    true = "กล่าวขาน กะดำกะด่าง กังหัน กางเกงลิง การจ้างแรงงาน การปรนนิบัติ"
    for key in ("Garuda/pdftotext", "Sarabun/pypdfium2", "Kinnari/pdfplumber"):
        got, t = line_by_raw("fresh30am", key, "กำรจ้ำงแรงงำน", repair)
        assert got == t == true, (key, got)


def test_sara_aa_named_tone_and_sara_am_in_the_dev_pairs():
    """fresh31am (dev: fresh31 with ``ล้ำ`` drawn first): the glyph reads ``้ำ``
    (``กล่้ำวตอบ ... ก้ำงเกียง ก้ำรฉีก``); it is written back as ``า``, not ``ำ``."""
    from thai_repair_sets import line_by_raw

    for key in ("Garuda/pdftotext", "NotoSansThai/pdfplumber"):
        got, true = line_by_raw("fresh31am", key, "ก้ำงเกียง ก้ำรฉีก", repair)
        assert got == true == "กล่าวตอบ กะดี่ กังหันร่อน กางเกียง การฉีก การประจักษ์", (key, got)


def test_aa_name_needs_a_long_text_without_sara_aa():
    """The name is read from the text: the tone before most ``ำ``, else ``ำ`` alone; a short line
    of ``ำ`` words (clean Thai) and a text with its own ``า`` are no evidence, and stay as they are."""
    words = "ทำ น้ำ คำ จำ ลำ ดำ ชำระ กำไร"
    assert aa_name(words) is None and repair(words) is words
    long_am = " ".join(["กำรจ้ำงแรงงำน กะดำกะด่ำง กำงเกงลิง"] * 10)
    assert aa_name(long_am) == "\u0e33"
    assert aa_name(long_am.replace("\u0e33", "\u0e49\u0e33")) == "\u0e49\u0e33"
    clean = " ".join(["การจ้างแรงงาน กะดำกะด่าง ทำดี น้ำใจ"] * 10)
    assert aa_name(clean) is None and unname(clean) is clean and repair(clean) == clean
