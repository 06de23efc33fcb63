"""Thai repair per font x PDF reader (issue 16), session 7: the seventh set of pairs
(tests/data/repair_fresh5.json, made by ``bench/measure_repair_groups.py --make-fresh5``)
and one regression test per error kind it showed, named after it. Its CER ratchet is
``test_fresh_set_is_new_text_and_repair_never_worse`` (tests/test_thai_repair_groups.py).

fresh5 is text none of the six older sets holds: the questionnaire editions' question texts,
the variant content banks, the memo lines no set used, common Thai National Corpus words six
to a line, names and Wikipedia titles at new offsets. Its TLWG PDFs carry a font map that
swaps ``ู`` and ``้`` (``ใหู`` = ``ให้``, ``ถ้ก`` = ``ถูก``) in every reader's text.
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_signs import learned_confusions
from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))
import measure_repair_groups as m  # noqa: E402
import thai_repair_sets as sets  # noqa: E402

_SWAP = {("\u0e39", "\u0e49"), ("\u0e49", "\u0e39")}


def _got(key: str) -> list[str]:
    return sets.repair_group(m.fresh5_groups()["groups"][key]["fresh"], repair)


def test_font_map_swapping_two_marks_is_learned_both_ways():
    """Regression (fresh5, TLWG fonts, every reader): the map names ``้`` as ``ู`` and ``ู`` as
    ``้``. Each direction mends its own runs (ใหู, เจูา / ถ้ก, ค่้มือ), so "twice as often as its
    reverse" learned neither, and the shaper rule read ``ู`` as ``่`` on every dictionary tie
    (เจ่า, ใช่, กล่อง, อ่าง, ช่าง). Now a swap is learned when each direction mends at least
    eight runs the other does not; the runs a rival mends too are a tie there."""
    data = m.fresh5_groups()
    for key in ("Loma/pypdfium2", "Garuda/pdftotext", "Kinnari/pdfplumber"):
        assert _SWAP <= learned_confusions("\n".join(data["groups"][key]["fresh"])), key
        got = _got(key)
        for want in ("ให้บริการของเจ้าหน้าที่", "การใช้งบประมาณ", "อ้างถึง", "บางช้าง", "กล้อง"):
            assert any(want in g for g in got), (key, want)
    # no other set's text shows a swap
    older = sets.reader_groups()
    texts = ["\n".join(h) for g in older["groups"].values() for h in (g["dev"], g["held_out"])]
    for name in ("fresh", "fresh2", "fresh3", "fresh4"):
        texts += ["\n".join(g["fresh"]) for g in getattr(m, f"{name}_groups")()["groups"].values()]
    assert not [t for t in texts if _SWAP <= learned_confusions(t)]


def test_learned_substitution_wins_a_tie_over_a_shaper_confusion():
    """Regression (fresh5, every TLWG group): ``จู่`` printed ``จ่้`` (the ``ู`` named ``้``);
    reading the ``่`` as ``ู`` (จู้) and the ``้`` as ``ู`` (จู่) both give a word, and the first
    edit in the run won. The substitution of the text's learned map wins such a tie."""
    for key in ("Loma/pypdfium2", "Norasi/pdftotext"):
        assert any(" เลวร้าย จู่ สั่งสอน" in g for g in _got(key)), key


def test_misnamed_mark_in_an_impossible_cluster_is_substituted_not_moved():
    """Regression (fresh5, TLWG fonts via pdftotext and PDFium): ``ตาบลบูานแพง`` (``ตำบลบ้านแพง``,
    ``ำ`` lost too): the ``ู`` before ``า`` was moved one consonant left (``ตาบลูบานแพง``: ``บลู``
    reads), a dead end for the SARA AM. Under a learned map the misnamed mark of an
    impossible cluster is renamed, not moved (not in Pango text, whose marks are also pushed)."""
    for key in ("Garuda/pdftotext", "Loma/pypdfium2"):
        assert "ปรับปรุงจากแบบรายงานของเทศบาลตำบลบ้านแพง" in _got(key), key


def test_substituted_glyph_near_a_run_end_keeps_the_space_after_it():
    """Regression (fresh5, every TLWG group): ``มิโอะซุกุชิ มุกตะดาอัศศ็อดรฺ``: the climb read
    the name's ``ซุ`` as ``ซู`` (a shaper confusion), which counted as "a mark moved near the
    run's end", so the real space went on a tie. A substituted glyph name moves no mark."""
    for key in ("Loma/pypdfium2", "Waree/pdftotext", "Garuda/pdfplumber"):
        assert any(" มุกตะดาอัศศ็อดรฺ " in g for g in _got(key)), key


def test_lost_sara_am_on_a_dictionary_tie_decided_by_corpus_frequency():
    """Regression (fresh5, pdftotext, G1: SARA AM lost): ``ระบบการจดจาใบหน้า`` reads as
    ``การจด|จา`` as well as ``การ|จดจำ`` (four words each), so ``า`` stayed. On such a tie the
    Thai National Corpus decides (a unigram model over the segmentation: ``ำ`` when its words
    are three times as common), not in a one-syllable word, where names and numbers are as
    likely (``ตำบลนาขุม``, ``ยี่สิบห้า``)."""
    text = "การดาเนินงานประจาปี\nรหัสยาน ระบบการจดจาใบหน้า\nองค์การบริหารส่วนตาบลนาขุม เสนานารถ ยี่สิบห้าสตางค์"
    assert repair(text).split("\n")[1:] == ["รหัสยาน ระบบการจดจำใบหน้า",
                                             "องค์การบริหารส่วนตำบลนาขุม เสนานารถ ยี่สิบห้าสตางค์"]
    for key in ("Loma/pdftotext", "NotoSansThai/pdftotext"):
        assert any("ระบบการจดจำใบหน้า" in g for g in _got(key)), key


def test_vowel_pushed_past_a_tone_and_the_same_vowel_after_a_space_is_not_one_vowel():
    """Regression (fresh4, TLWG Pango and LibreOffice text via pdfplumber): ``ท่มี ีราคา``
    (``ที่มีราคา``): the ``ี`` of ``ที่`` pushed past the tone onto ``ม``, ``ม``'s own ``ี`` after a
    space. Stage 1 removed the space before the mark and the doubled vowel lost one
    (``ที่มราคา``). By position alone: the first vowel goes back before the tone's base."""
    assert repair("ครุภัณฑ์ยานพาหนะและขนส่งท่มี ีราคาต่อหน่วย") == "ครุภัณฑ์ยานพาหนะและขนส่งที่มีราคาต่อหน่วย"
    pango = "การด  าเนินงาน ส่วนต  าบล\nข้อค  าถาม ท่ีมีผลการประเมินต  า\n"
    out = repair(pango + "สายวิทยาการท่มี ีแผนในการปรับเปลี่ยน").split("\n")[-1]
    assert out == "สายวิทยาการที่มีแผนในการปรับเปลี่ยน"
