"""Unit tests for normalizers.thai.thai_text: patterns, cells, assess, CLI, clean text."""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from pathlib import Path

import pdfplumber
import pytest

from normalizers.thai.thai_text import TextQuality, assess, repair, repair_cell, repair_stream

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import thai_repair_sets as sets  # noqa: E402

PAIRS = [line.rstrip("\n").split("\t")[:2]
         for line in (HERE / "data/repair_pairs.tsv").read_text(encoding="utf-8").splitlines(True)
         if line.strip() and not line.startswith("#")]
REAL = sets.REALDOCS


@pytest.mark.parametrize("broken,true", PAIRS)
def test_pairs(broken, true):
    assert repair(broken) == true


def test_ita_repair_cli_on_pairs():
    """`ita repair` reads UTF-8 lines on stdin and writes the same number of repaired lines."""
    ita = Path(sys.executable).parent / "ita"
    stdin = "".join(b + "\n" for b, _ in PAIRS)
    out = subprocess.run([str(ita), "repair"], input=stdin.encode("utf-8"), capture_output=True,
                         timeout=120, check=True).stdout.decode("utf-8")
    assert out.split("\n")[:-1] == [t for _, t in PAIRS]


def test_repair_stream_keeps_lines():
    src = "ค าน า\n\nปกติ\nไม่มีบรรทัดท้าย"
    out = io.StringIO()
    repair_stream(io.StringIO(src), out)
    assert out.getvalue() == "คำนำ\n\nปกติ\nไม่มีบรรทัดท้าย"


def test_line_count_preserved():
    text = "ด  าเนินงาน\nสว่ นต  าบล\n\nกำรประเมิน ควำม\nตัวชีว้ ัด ท่ี\n"
    assert repair(text).count("\n") == text.count("\n")


def test_never_nfkc_sara_am_and_digits_kept():
    text = "น้ำ ประจำปี ๒๕๖๘ คะแนน ๙๕.๘๑"
    assert repair(text) == text
    assert "\u0e4d\u0e32" not in repair("ด  าเนินงาน ประจำปี")
    assert unicodedata.normalize("NFKC", "ำ") != "ำ"  # the reason NFKC is banned


def test_g2_does_not_rewrite_correct_sara_am():
    text = "กำรประเมิน ควำมโปร่งใส ตำมแผน ของสำนักงาน น้ำประปา ประจำปี"
    assert repair(text) == "การประเมิน ความโปร่งใส ตามแผน ของสำนักงาน น้ำประปา ประจำปี"
    # one G2-looking word alone is not enough evidence to rewrite
    assert repair("ตำบลกำ") == "ตำบลกำ"


def test_phrase_spaces_kept_in_line_mode():
    text = "สำนักงาน ป.ป.ช. ได้ประกาศผลการประเมิน ของหน่วยงานภาครัฐ (ITA)"
    assert repair(text) == text
    # an artefact space inside a broken cluster goes, the phrase space stays
    assert repair("ผลการประเมิน ของเทศบาลสว่ นต  าบล") == "ผลการประเมิน ของเทศบาลส่วนตำบล"


def test_clean_seed_corpus_unchanged():
    lines = sets.clean_seed_lines()
    assert len(lines) > 300
    changed = [line for line in lines if repair(line) != line]
    assert changed == []
    whole = "\n".join(lines)
    assert repair(whole) == whole


def test_clean_pythainlp_corpora_unchanged():
    from pythainlp.corpus import thai_family_names, thai_words

    words = sorted(thai_words())
    assert [w for w in words if repair(w) != w] == []
    names = sorted(thai_family_names())[:5000]
    assert [w for w in names if repair(w) != w] == []
    # words as running text, 40 per line
    lines = [" ".join(words[i:i + 40]) for i in range(0, 8000, 40)]
    assert [line for line in lines if repair(line) != line] == []


def test_repair_cell_joins_wrap_spaces_and_breaks():
    text, flags = repair_cell("เจ้าหน้าที่ใน หน่วยงานของ ท่านมีการเลือก ปฏิบัติ")
    assert text == "เจ้าหน้าที่ในหน่วยงานของท่านมีการเลือกปฏิบัติ"
    assert "thai_repair:wrap_space_removed" in flags
    text, flags = repair_cell("ตัวช้วี ัดท่ี 6 คุณภาพการด  าเนิน\nงาน")
    assert text == "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน"
    assert "thai_repair:sara_am_guess" in flags


def test_repair_cell_keeps_latin_number_spaces():
    assert repair_cell("ข้อมูล ITA\n2568")[0] == "ข้อมูล ITA 2568"
    assert repair_cell("Open Data Integrity\nand Transparency")[0] == "Open Data Integrity and Transparency"
    assert repair_cell("๙๕.๘๑") == ("๙๕.๘๑", [])
    assert repair_cell("") == ("", [])


def test_repair_cell_keeps_clean_phrase_space():
    assert repair_cell("ดังนี้ ตัวชี้วัดที่ 1")[0] == "ดังนี้ ตัวชี้วัดที่ 1"


def _page_text(path: Path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return pdf.pages[0].extract_text() or ""


@pytest.mark.parametrize("rel,reason", [
    ("NutMontree__ktltc/6.pdf", "custom_encoding"),
    ("NutMontree__ktltc/8.pdf", "custom_encoding"),
    ("NutMontree__ktltc/o20(1).pdf", "latin_mojibake"),
    ("NutMontree__ktltc/o20(2).pdf", "latin_mojibake"),
    ("PK-124960__AI-Innovator25/input_pdfs-Letter/012-2.pdf", "latin_mojibake"),
    ("NutMontree__ktltc/o14-1.pdf", "no_text"),
])
@pytest.mark.needs_shared
def test_assess_unusable_real_pages(rel, reason):
    q = assess(_page_text(REAL / rel))
    assert isinstance(q, TextQuality)
    assert (q.usable, q.reason) == (False, reason)


@pytest.mark.parametrize("rel", [
    "wannaphong__fixthaipdf/140A022N0000000000100.pdf",
    "sompawn__nysso/EB1/1.2.pdf",
    "sompawn__nysso/EB2/2.7.pdf",
    "assystemth__Sawang_new/Admin__Rev0.pdf",
    "git2f__ckt/lern-table.pdf",
    "kaogeek__thailand-budget-pdf2csv/31.pdf",
    "PK-124960__AI-Innovator25/input_pdfs-Board/006-2.pdf",
])
@pytest.mark.needs_shared
def test_assess_usable_real_pages(rel):
    q = assess(_page_text(REAL / rel))
    assert q.usable and q.reason is None
    assert q.thai_ratio > 0.5


def test_assess_synthetic():
    assert assess("ด  าเนินงาน ผ้่ ตัวชีว้ ัด สว่ นต  าบล").usable
    english = ("This report lists the ITA scores of the office: the total for 2567 is 88.1 and "
               "the score for open data is 95.5, as published by the department.")
    assert assess(english).usable
    assert assess("95.50 88.10 100 2567 12 31").usable
    assert assess("").reason == "no_text"
    assert assess("   \n ").reason == "no_text"
    pua = "".join(chr(0xE100 + i % 40) for i in range(200))
    q = assess("หน้า " + pua)
    assert (q.usable, q.reason) == (False, "unmapped_pua")
    assert q.pua_unmapped == 200
    # the Thai presentation forms are mapped, so they are not a reason for OCR
    assert assess("เล\uf70aม หน\uf70bา " * 30).usable


@pytest.mark.timeout(120)
def test_long_broken_run_is_chunked():
    """A page-long Thai run without spaces is repaired in word-aligned chunks, not
    searched as one string (that took minutes); characters are kept."""
    text = "สว่นต  าบล" + "การประเมนิคุณธรรมและความโปร่งใส" * 150
    out = repair(text)
    assert out.startswith("ส่วนตำบล")
    assert len(out) == len(text) - 2  # the two artefact spaces go; า becomes ำ in place


def test_issue_exact_only_line_keeps_proper_noun():
    # regression (corpus v004b, Waree): a line whose only fault is a split SARA AM (ํา) went
    # through the dictionary stage, which "improved" the district name พิปูน into พูปน
    assert repair("ขององค์การบริหารส่วนตําบลเขาพระ อําเภอพิปูน") == "ขององค์การบริหารส่วนตำบลเขาพระ อำเภอพิปูน"


# Pango text layers with the "spacey" signature (artefact spaces around displaced marks);
# NotoSansThai places upper vowels one consonant right, then a space.
_SPACEY = "การด  าเนินงาน ส่วนต  าบล\n"


@pytest.mark.parametrize("broken,true", [
    # a mark before a single space then า is displaced, not a lost nikhahit (was มีกำร)
    ("ยงั มกี ารบรกิ ารแก่ประชาชน ก  าหนด", "ยังมีการบริการแก่ประชาชน กำหนด"),
    # a move onto a base with the same mark must not drop it (was จงหวัด / ตัวชวี้ด)
    ("จงั หวดั นราธวิ าส", "จังหวัดนราธิวาส"),
    ("ทกุ ตัวชวี้ ดั ยอ่ ยในตัวชวี้ ดั", "ทุกตัวชี้วัดย่อยในตัวชี้วัด"),
    # a mark before the artefact space goes back left on a dictionary tie (วสัดุ, หนิ are words)
    ("ค่าวสั ดุ อุปกรณ์", "ค่าวัสดุอุปกรณ์"),
    ("องค์การบรหิ ารสว่ นต  าบลหนิ โคน", "องค์การบริหารส่วนตำบลหินโคน"),
    ("กำรแก้ไขปัญหำกำรทจุ รติ", "การแก้ไขปัญหาการทุจริต"),
    # the space a displaced last mark leaves before a closing sign goes; ฯลฯ keeps its space
    ("ผลการประเมนิ ฯ และ ประเมนิ จรงิ ) ค่าเดินทาง ฯลฯ", "ผลการประเมินฯ และ ประเมิน จริง) ค่าเดินทาง ฯลฯ"),
])
def test_pango_displaced_marks(broken, true):
    assert repair(_SPACEY + broken) == "การดำเนินงาน ส่วนตำบล\n" + true


def test_repair_cell_merged_mark_clusters():
    # ผทู้ ่ีมา: ู้ of ผ pushed onto ท, whose own ี่ follows the space (was ผีทู้่มา)
    text, _ = repair_cell("เป็นธรรมต่อผทู้ ่ีมาติดต่อหรอื ผู้\nรบั บรกิ าร")
    assert text == "เป็นธรรมต่อผู้ที่มาติดต่อหรือผู้รับบริการ"
    assert repair_cell("ขอ้ ค  าถามท่ีได้คะแนนน้อยท่ีสดุ :")[0] == "ข้อคำถามที่ได้คะแนนน้อยที่สุด:"
