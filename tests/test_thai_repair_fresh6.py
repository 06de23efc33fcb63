"""Thai repair per font x PDF reader (issue 16), session 8: the eighth set of pairs
(tests/data/repair_fresh6.json, made by ``bench/measure_repair_groups.py --make-fresh6``)
and one regression test per error kind it showed, named after it. Its CER ratchet is
``test_fresh_set_is_new_text_and_repair_never_worse`` (tests/test_thai_repair_groups.py).

fresh6 is text none of the seven older sets holds: lines of real born-digital ITA evidence,
MOIT reports and forms in ../shared/realdocs as the pipeline's own text path reads them,
seed table cells no set took, Thai Textbook Corpus words, names and titles at new offsets.
Its prose has fewer SARA AM than the ITA wording of the older sets, so the TLWG Pango texts
show the lost-nikhahit signature in fewer than a third of their lines and are not "spacey".
"""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))
import measure_repair_groups as m  # noqa: E402
import thai_repair_sets as sets  # noqa: E402


def _got(key: str) -> tuple[list[str], list[str]]:
    data = m.fresh6_groups()
    return sets.repair_group(data["groups"][key]["fresh"], repair), data["true"]["fresh"]


def test_tone_pushed_past_the_final_consonant_before_a_space():
    """Regression (fresh6, TLWG fonts via pdfplumber, text not spacey): a tone drawn over an
    upper vowel is read after the syllable's final consonant, then a space (``ทัง้ นี้ ตัง้ แต่``,
    ``ซึง่ กัน``, ``ชัน้ ส้ง``). The line showed no other displaced mark, so it got only the SARA
    AM and shaper edits and stayed as printed. A run that ends with an upper vowel, a consonant
    and a tone (no word ends so) and reads once the tone is back on the vowel's consonant gives
    the line the mark moves, and the space after it goes on a dictionary tie."""
    for key in ("Loma/pdfplumber", "Norasi/pdfplumber", "Garuda/pdfplumber"):
        got, truth = _got(key)
        for want in ("ทั้งนี้ ตั้งแต่บัดนี้เป็นต้นไป", "สนับสนุนซึ่งกันและกัน", "ประกาศนียบัตรวิชาชีพชั้นสูง",
                     "รวมเป็นเงินทั้งสิ้น ๙"):
            assert any(want in g for g in got), (key, want)
    # a tone the text's font map misnames, where its learned reading does as well, is no
    # pushed tone (fresh3: ซ้บีร้ = ซูบีรู under the map that names ู as ้)
    data = m.fresh3_groups()
    got = sets.repair_group(data["groups"]["Garuda/pdftotext"]["fresh"], repair)
    assert any("แบร์นาแด็ตซูบีรู" in g for g in got)
    # clean text of the same letters stays
    for text in ("ทั้งนี้ ตั้งแต่บัดนี้", "ซึ่ง กัน", "หนึ่ง พจน์"):
        assert repair(text) == text


def test_tone_and_thanthakhat_on_one_base_is_a_hot_position():
    """Regression (fresh6, TLWG via pdfplumber): ``ผลประโยชนส์ ่วนตัว``: the ``์`` of ``น์`` is
    pushed onto ``ส`` and ``ส``'s tone follows a space; stage 1 put both on ``ส`` (``ส่์``), where
    no mark could move, and the shaper read the tone as ``ู`` (ผลประโยชนสู์วน). No word has a
    tone and ``์`` on one base: the place is hot, and ``์`` goes back to ``น``."""
    for key in ("Loma/pdfplumber", "Laksaman/pdfplumber"):
        got, truth = _got(key)
        assert sum("ผลประโยชน์ส่วนตัว" in g for g in got) == 2, key
    assert repair("ผลประโยชน์ส่วนตัว") == "ผลประโยชน์ส่วนตัว"


def test_two_spaces_then_a_tone_before_sara_aa_is_a_lost_nikhahit():
    """Regression (fresh, TLWG via pdfplumber): ``น  ้าอุ่น``: the gap of the unnamed nikhahit
    glyph, then the tone and ``า``; the spaces went and ``น้า`` stayed (or the climb made
    ``นู์า``). Like ``C␠␠า`` it is a possible SARA AM, and the dictionary decides."""
    data = m.fresh_groups()
    got = sets.repair_group(data["groups"]["Loma/pdfplumber"]["fresh"], repair)
    assert any("ปลาฉลามยักษ์น้" in g for g in got)
    assert repair("การใช้น  ้าประปา") == "การใช้น้ำประปา"
    assert repair("น้าสาว") == "น้าสาว"


def test_tone_printed_after_the_next_consonant_whose_own_mark_follows_a_space():
    """Regression (fresh6, Laksaman via pdfplumber, every set): ``ทีส่ ุด`` = ``ที่สุด``,
    ``ทีม่ ี`` = ``ที่มี``: the tone of ``ที่`` is printed after the next consonant and that
    consonant's own mark after a space. Stage 1 removed the space and set both marks on
    ``ส``, where no move was allowed (not a run end), and the shaper read ``ุ่`` as ``ู``
    (``ทีสูด``). The tone goes back onto the consonant with the upper vowel when the run then
    costs no more in the dictionary."""
    got, truth = _got("Laksaman/pdfplumber")
    assert any(g.startswith("- รายจ่ายน้อยที่สุดคือ") for g in got)
    assert any(g.startswith("3.2. สถานที่มีความสะอาด") for g in got)
    assert repair("ที่สุด ที่มี") == "ที่สุด ที่มี"
