"""``ita repair`` and a SARA AM typed as nikhahit + SARA AA (issue 16, point 3: clean Thai stays
byte-identical). The pair set fresh29 holds the word-list line ``... ทําเนียบ นกฮูก`` typed
with ``ํ`` + ``า``; ``ita repair`` composed it to ``ำ`` (fresh29's one changed true line), and in
the word-export groups whose readers keep the two characters (pdftotext, PDFium) the repaired
line differed from the truth by the composition. The dataset contract stores ``ำ`` composed,
and real PDFs' readers spell every ``ำ`` out (the G5 class: ``คําขอ``), so the pipeline's
``repair`` still composes; ``ita repair`` keeps a line as typed where that composition is its
only change and the text types most SARA AMs composed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from normalizers.thai.thai_text import repair, repair_block

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import repair_sources as sources  # noqa: E402

DATA = sources.fresh29_groups()
TRUE = DATA["true"]["fresh"]
LINE = next(i for i, t in enumerate(TRUE) if "\u0e4d" in t)


def _ita_repair(text: str) -> str:
    res = subprocess.run([sys.executable, "-m", "flows.cli", "repair"], cwd=ROOT, input=text.encode("utf-8"),
                         capture_output=True, timeout=300)
    assert res.returncode == 0, res.stderr
    return res.stdout.decode("utf-8")


def test_ita_repair_keeps_sara_am_typed_decomposed():
    assert "ทําเนียบ" in TRUE[LINE]
    # the true lines through ita repair: none changed (0.29.0: that line composed)
    assert _ita_repair("\n".join(TRUE) + "\n") == "\n".join(TRUE) + "\n"
    # a reader that keeps the two characters (LibreOffice's Word export via pdftotext)
    broken = DATA["groups"]["word-Kinnari/pdftotext"]["fresh"]
    assert "ทําเนียบ" in broken[LINE]
    assert repair_block(broken)[LINE] == TRUE[LINE]


def test_pipeline_repair_still_composes_sara_am():
    """The dataset contract: ``ำ`` recomposed (docs/thai_repair.md, stage 1)."""
    assert repair(TRUE[LINE]) == TRUE[LINE].replace("\u0e4d\u0e32", "\u0e33")
    assert repair("\n".join(TRUE)).split("\n")[LINE] != TRUE[LINE]


def test_ita_repair_composes_a_reader_spelling_every_sara_am_out():
    """A text whose every SARA AM is ``ํ`` + ``า`` (G5 PDFs: a Word 2010 form's ``คําขอ``,
    ``มอบอํานาจ``) is a reader's spelling: composed, as before."""
    assert _ita_repair("คําขอ มอบอํานาจ\nการดําเนินงาน\n") == "คำขอ มอบอำนาจ\nการดำเนินงาน\n"
    # and a line with other breakage is repaired whole
    assert repair_block(["ทําเนียบ เเละ", *TRUE])[0] == "ทำเนียบ และ"
