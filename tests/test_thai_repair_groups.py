"""Thai repair per font x PDF reader (issue 16), on the pairs kept in tests/data/repair_groups.json.

The pairs were made by tests/make_repair_groups.py: known lines (seed prose, ITA wording,
pythainlp names and Wikipedia titles) rendered with 11 fonts (weasyprint/Pango: Sarabun,
Noto Sans Thai, Garuda, Kinnari, Loma, Norasi, Laksaman, Waree, Umpush; LibreOffice from
python-docx: TH Sarabun IT9, Kinnari) and read by pdfplumber, pypdfium2 and pdftotext -raw.
``dev`` lines were used while writing the rules, ``held_out`` lines only measured.

Regression tests below are named after the bug kind they hold.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from normalizers.thai.thai_cer import corpus_cer
from normalizers.thai.thai_text import repair

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import thai_repair_sets as sets  # noqa: E402

TARGET = 0.005  # issue 16: per font x reader group
# the corpora hold a few typos that repair rightly normalises (ธ์ุ, คััง, เเ; a tone typed before
# its vowel, รู้ in fresh17's name อ่อนรู้ที่): not clean, their canonical form is
TYPO = re.compile("[\u0e48-\u0e4c][\u0e31\u0e34-\u0e3a\u0e47]|([\u0e31-\u0e3a\u0e47-\u0e4e])\\1|\u0e40\u0e40")


def _table() -> dict[str, dict[str, float]]:
    data = sets.reader_groups()
    out = {}
    for key in sorted(data["groups"]):
        row = {}
        for half in ("dev", "held_out"):
            row[half + "_raw"] = sets.group_cer(half, key)
            row[half] = sets.group_cer(half, key, repair)
        out[key] = row
    return out


@pytest.fixture(scope="module")
def table():
    return _table()


def test_groups_cover_every_font_and_reader(table):
    fonts = {k.split("/")[0] for k in table}
    readers = {k.split("/")[1] for k in table}
    assert readers == {"pdfplumber", "pypdfium2", "pdftotext"}
    assert len(fonts) >= 10 and {"Sarabun", "NotoSansThai", "Garuda", "Loma", "word-SarabunIT9"} <= fonts
    data = sets.reader_groups()
    assert len(data["true"]["dev"]) >= 30 and len(data["true"]["held_out"]) >= 30
    assert not set(data["true"]["dev"]) & set(data["true"]["held_out"])


def test_group_cer_repaired_never_worse_and_bounded(table):
    """What holds today (the ratchet): repair never makes a group worse than the raw
    text by more than a rounding, every group ends at or under 2 % (dev and held-out;
    Noto via pdfplumber is the worst), and the mean over the groups at or under 0.2 % (dev)
    and 0.35 % (held-out; 0.44 % at 0.4.0, 0.30 % after session 3)."""
    for key, row in table.items():
        for half in ("dev", "held_out"):
            assert row[half] <= max(row[half + "_raw"], 0.0) + 0.0025, (key, half, row)
            assert row[half] <= 0.02, (key, half, row)
    for half in ("dev", "held_out"):
        mean = sum(r[half] for r in table.values()) / len(table)
        raw = sum(r[half + "_raw"] for r in table.values()) / len(table)
        assert mean <= {"dev": 0.002, "held_out": 0.0035}[half] and raw >= 0.04, (half, mean, raw)
    for key, row in sorted(table.items()):
        print(f"{key:28s} dev {row['dev_raw']:.4f} -> {row['dev']:.4f}  "
              f"held-out {row['held_out_raw']:.4f} -> {row['held_out']:.4f}")


@pytest.mark.xfail(strict=True, reason="issue 16 target not met yet: on held-out lines NotoSansThai via "
                   "pdfplumber (1.40 %) and Sarabun via pdftotext (0.53 %) stay above 0.5 % "
                   "(docs/thai_repair.md, sessions 6 to 9)")
def test_group_cer_target_half_percent_every_group(table):
    bad = {k: r for k, r in table.items() if r["dev"] > TARGET or r["held_out"] > TARGET}
    assert not bad, sorted(bad)


def test_pypdfium2_groups_meet_the_target(table):
    """PDFium text (odd nikhahit glyphs, floating and overhanging marks) is repaired to the
    0.5 % target in every font, dev and held-out; the Pango-rendered ones were 3.5-7 %."""
    pdfium = {k: r for k, r in table.items() if k.endswith("/pypdfium2")}
    assert len(pdfium) == 11
    for key, row in pdfium.items():
        assert row["dev"] <= TARGET and row["held_out"] <= TARGET, (key, row)
        if not key.startswith("word-"):
            assert row["dev_raw"] > 0.03, (key, row)


def test_clean_rendered_sources_and_names_unchanged():
    """The true lines of the groups, pythainlp's first names and Thai Wikipedia titles
    come back byte-identical, line by line and as one text."""
    from pythainlp.corpus import thai_female_names, thai_male_names, thai_wikipedia_titles

    data = sets.reader_groups()
    lines = data["true"]["dev"] + data["true"]["held_out"]
    lines += sorted(thai_male_names())[::7] + sorted(thai_female_names())[::7]
    lines += sorted(thai_wikipedia_titles())[::97]
    lines = [x for x in lines if not TYPO.search(x)]
    assert len(lines) > 2000
    changed = [x for x in lines if repair(x) != x]
    assert changed == []
    whole = "\n".join(lines)
    assert repair(whole) == whole


# ---------------------------------------------------------------- one test per bug kind
def test_pdfium_nikhahit_glyph_read_as_sara_am():
    assert repair("หน่วยงานจัดท˸ารายงานการกĚากับติดตาม") == "หน่วยงานจัดทำรายงานการกำกับติดตาม"
    assert repair("ข้อค;าถามที่ ๑") == "ข้อคำถามที่ ๑"
    assert repair("การกĖากับดูแล") == "การกำกับดูแล"


def test_pdfium_nikhahit_by_position_not_by_list_of_characters():
    # characters never seen from any reader: position (consonant + x + า) and dictionary decide
    assert repair("ข้อคǂาถาม การกƎากับ") == "ข้อคำถาม การกำกับ"
    # not between a Thai consonant and า, or the dictionary does not read it: left alone
    for text in ("ราคา 5;า", "A;า ขอบคุณ", "ค่า;าน", "หมายเหตุ: าก"):
        assert repair(text) == text


def test_pdfium_pua_forms_are_not_an_odd_nikhahit():
    assert repair("เล\uf70aม หน\uf70bา") == "เล่ม หน้า"


def test_mark_after_space_goes_back_to_its_base_by_dictionary():
    assert (repair("ผู้รับบริการเช่อมั ื นในการเลื่อนขั ่ นเงินเดือน")
            == "ผู้รับบริการเชื่อมั่นในการเลื่อนขันเงินเดือน")


def test_tone_moved_to_line_end_goes_back_to_its_word():
    assert repair("ปฏิบัติงานตามขันตอนที่ก;าหนด ้") == "ปฏิบัติงานตามขั้นตอนที่กำหนด"
    assert (repair("มีการขอใชทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว ้")
            == "มีการขอใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว")


def test_floating_cluster_split_between_two_words():
    # ี of ชี้ and ้ of ใช้ printed together after a space, a ้ at the end of the line
    got = repair("ชแจงแผนการใช ี้ จ่ายงบประมาณต่อสาธารณะ ้")
    assert got.replace(" ", "") == "ชี้แจงแผนการใช้จ่ายงบประมาณต่อสาธารณะ"


def test_mark_attached_to_previous_base_when_that_reads():
    # the old rule stays right where it reads: the mark belongs to the consonant before it
    assert repair("ตัวชีว้ ัด") == "ตัวชี้วัด"
    assert repair("ผลการวิเคราะห ์ ตัวชี้วัด") == "ผลการวิเคราะห์ ตัวชี้วัด"


def test_line_starting_with_a_mark_continues_the_line_before():
    # pdftotext breaks the line at a mark drawn left of its base (ป + ้ of ป้องกัน)
    out = repair("สานักงานคณะกรรมการป\n้ องกันและปราบปราม")
    assert out.count("\n") == 1
    assert out.replace("\n", "") == "สำนักงานคณะกรรมการป้องกันและปราบปราม"


def test_sara_am_followed_by_sara_aa_collapsed():
    assert repair("การนำาผลการประเมิน ประจำาปี") == "การนำผลการประเมิน ประจำปี"


def test_g1_only_text_keeps_proper_nouns_and_their_spaces():
    # pdftotext -raw of Sarabun: SARA AM lost everywhere (G1); a line of names the
    # dictionary lacks must not have marks moved or spaces joined
    text = "การดาเนินงานประจาปี\nวิธีการของเพทริค วิลลี่ วิสุทธิกษัตริย์ วีลฟรีด\nนางสาวทองเลี้ยน ข่ายสุวรรณ์"
    out = repair(text).split("\n")
    assert out[0] == "การดำเนินงานประจำปี"
    assert out[1:] == text.split("\n")[1:]


def test_space_between_unknown_names_kept_when_nothing_is_displaced():
    text = "สํานักงาน กกช้าง กรณ์นภัส กระจุกดาวแฝด"
    assert repair(text).endswith("กกช้าง กรณ์นภัส กระจุกดาวแฝด")


def test_vertical_stamp_lines_not_pulled_together():
    # regression (PK-124960 006-2): a stamp printed one letter per line (ด / ด / ่ว / ่ว)
    # is not a line broken at a mark: its marks are not moved to the line before
    text = "หน้าที่ ๑ ของ ๑ หน้า\nด\nด\n่ว\n่ว\nน"
    assert repair(text).split("\n")[1:3] == ["ด", "ด"]


def test_group_cer_line_by_line():
    """Each line repaired on its own (what ``ita repair`` did before it read its input as one
    text): the text-wide signatures (G1, spacey, shaper) and a mark that starts the next line
    are not seen. Ratchet: mean 1.04 % dev / 0.52 % held-out (as one text: 0.12 / 0.44 %), every
    group at most 4.5 %."""
    data = sets.reader_groups()

    def per_line(text: str) -> str:
        return "\n".join(repair(x) for x in text.split("\n"))

    means = {}
    for half in ("dev", "held_out"):
        cers = [sets.group_cer(half, key, per_line) for key in data["groups"]]
        assert max(cers) <= 0.045, half
        means[half] = sum(cers) / len(cers)
    assert means["dev"] <= 0.011 and means["held_out"] <= 0.0055, means


def test_ita_repair_reads_its_input_as_one_text():
    """`ita repair` repairs a file the way the pipeline repairs a page: as one text, the line
    count and order kept (Noto Sans Thai via pdfplumber was 4.1 % line by line)."""
    ita = Path(sys.executable).parent / "ita"
    data = sets.reader_groups()
    broken = data["groups"]["NotoSansThai/pdfplumber"]["dev"]
    text = "\n".join(broken) + "\n"
    out = subprocess.run([str(ita), "repair"], input=text.encode("utf-8"), capture_output=True,
                         timeout=300, check=True).stdout.decode("utf-8")
    assert out.count("\n") == text.count("\n")
    assert out == repair(text)
    got = sets.repair_group(broken, lambda _: out[:-1])
    assert corpus_cer(zip(got, data["true"]["dev"])) <= TARGET * 2


def test_spelled_out_sara_am_not_rewritten_beside_a_g2_line():
    """Regression: read as one text, a G2 line (กำร for การ) made `ำ`→`า` win dictionary ties
    on every line, so `นํ้า` (nikhahit + tone + า, a SARA AM the reader spelled out) became
    `น้า` (test_ita_repair_cli_on_pairs)."""
    text = "นํ้า\nนำ้\nกำรประเมิน ควำมโปร่งใส"
    assert repair(text).split("\n") == ["น้ำ", "น้ำ", "การประเมิน ความโปร่งใส"]


def test_spacey_signature_needs_many_lines():
    """Regression: two Pango lines (ค าน า, ด  าเนิน) among lines of other kinds made the whole
    text "spacey", so a G8 line's real space after a moved tone was joined (เล่มหน้า)."""
    text = "ค าน า\nการด  าเนินงาน\nเลม หนา\nวันเสารที่\nเลม่ หนา้\nที่่\nเเนวทาง\nคະแนน"
    assert repair(text).split("\n")[4] == "เล่ม หน้า"


def test_mark_at_the_start_of_a_run_that_reads_stays():
    """Regression: the first consonants of a run were "hot", so a mark printed right in a
    name the dictionary lacks was moved onto a word (กร็องปลัส -> ก็รองปลัส) whenever the line
    showed breakage elsewhere (กลูุม, ถูาย: TLWG shaper glyphs)."""
    out = repair("กร็องปลัส กลูุมดาวหมาเล็ก กล้องถูายภาพวีดีโอ กองทัพอากาศจอร์เจียน")
    assert out == "กร็องปลัส กลุ่มดาวหมาเล็ก กล้องถ่ายภาพวีดีโอ กองทัพอากาศจอร์เจียน"


def test_space_after_upper_vowel_on_a_tall_consonant():
    """Kinnari/Umpush via pdftotext and PDFium: a space after an upper vowel on ป ฝ ฟ ฬ
    (ประจาปี งบประมาณ). Where the text shows it splitting a word (เป็ นธรรม), every such
    space goes when the joined run reads as well; ``ปี พ.ศ.`` keeps its space."""
    data = sets.reader_groups()
    for key in ("Kinnari/pdftotext", "Umpush/pypdfium2", "word-Kinnari/pdftotext"):
        broken = data["groups"][key]["dev"]
        got = sets.repair_group(broken, repair)
        assert not [g for g in got if "ปี งบประมาณ" in g], key
    text = "เงินเดือนที่เป็ นธรรม\nประจาปี งบประมาณ พ.ศ. ๒๕๖๘\nข้อมูลปี พ.ศ. ๒๕๖๘"
    assert repair(text).split("\n") == ["เงินเดือนที่เป็นธรรม", "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                                         "ข้อมูลปี พ.ศ. ๒๕๖๘"]
    # clean text: nothing to repair, nothing joined
    assert repair("ประจำปี งบประมาณ") == "ประจำปี งบประมาณ"


def test_vowel_pushed_past_a_tone_before_a_space():
    """LibreOffice text read by pdfplumber puts an upper vowel one consonant right, past
    the tone, and a space after it (เพ่อื ประโยชน์, การซ้อื เจ้าสาว): the line gets the mark
    moves even when its only other fault is a shaper glyph, and the space goes."""
    text = "ข้อคำาถามที่ ๑\nมีการขอใช้ทรัพย์สินของราชการเพ่อื ประโยชน์ส่วนตัว\nกาบเชิง การซ้อื เจ้าสาว"
    assert repair(text).split("\n") == ["ข้อคำถามที่ ๑", "มีการขอใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตัว",
                                         "กาบเชิง การซื้อเจ้าสาว"]
    # clean text with the same shape (a tone, then a consonant with an upper vowel) stays
    assert repair("แม่มี ลูกสาว") == "แม่มี ลูกสาว"


def test_lone_consonant_after_a_run_ending_with_a_mark_is_joined():
    """Noto Sans Thai via pdfplumber pushes a vowel one consonant right and leaves a space
    after it (การหนีเรยี น): the lone consonant is the rest of the word, not a list label."""
    text = "การด  าเนินงาน ส่วนต  าบล\nการปฏิรูปคาทอลิก การหนีเรยี น การแกล้งปว่ ย"
    assert repair(text).split("\n")[1] == "การปฏิรูปคาทอลิก การหนีเรียน การแกล้งป่วย"
    assert repair("ข้อ ก ข้อ ข") == "ข้อ ก ข้อ ข"  # check-box letters stay apart


# ---------------------------------------------------------------- fresh dev (session 3)
def _fresh():
    sys.path.insert(0, str(HERE.parent / "bench"))
    import measure_repair_groups as m

    return m


# ---------------------------------------------------------------- the fresh sets (sessions 3-10)
# Each set is text none of the sets before it holds (no 16-character stretch of any of their
# lines), rendered and read like the groups (bench/measure_repair_groups.py --make-freshN),
# measured before the session's rules and debugged on after. Per set: the mean CER ceiling
# (the ratchet), the groups allowed above the 0.5 % target (None: not checked), and whether
# every pypdfium2 group must meet it.
#   fresh  (session 3): seed prose and cells, generator wording, names, titles, provinces;
#          0.66 % before the session-3 rules, 0.29 % after
#   fresh2 (session 4): content banks, question texts, names, titles, countries; 2.03 -> 0.44 %
#   fresh3 (session 5): real memos and gazette, number words, long words; 0.17 -> 0.14 %
#   fresh4 (session 6): budget book items, OIT items, transliterations; 0.81 -> 0.41 %
#   fresh5 (session 7): questionnaire texts, variant content banks, unused memo lines, TNC
#          words; 0.60 % (24 groups over 0.5 %) -> 0.33 % (2 over)
#   fresh6 (session 8): real born-digital PDFs of ../shared/realdocs as the pipeline reads
#          them, unused seed cells, TTC words; 0.37 % (7 groups over 0.5 %) -> 0.26 % (3 over)
#   fresh7 (session 9): realdocs lines fresh6 passed over, unused budget items, Phupha and TNC
#          words; 2.08 % (24 groups over 0.5 %: the TLWG map names ่ as ุ) -> 0.34 % (3 over);
#          fresh4 0.39 -> 0.31 % (LibreOffice's tone named W)
#   fresh8 (session 10): realdocs lines at a new stride, unused budget items, rarer Phupha, TNC
#          and TTC words; 0.49 % (11 groups over 0.5 %) -> 0.43 % (11 over: every pdfplumber
#          group but Sarabun's, and NotoSansThai/pypdfium2)
#   fresh9 (session 11): realdocs lines at a new stride, the last unused budget items, still
#          rarer Phupha, TNC and TTC words; 0.18 % (1 group over 0.5 %) -> 0.16 % (the same one);
#          fresh7 0.34 -> 0.29 % (a clean name ending with an upper vowel got the mark moves)
#   fresh10 (session 12): realdocs lines at a new stride, geothai addresses and gazette titles,
#          thai2fit words and syllables, names; 0.29 % (6 groups over 0.5 %) -> 0.26 % (4 over; a
#          floating vowel on its own run, one name no longer making a text shaper text)
#   fresh11 (session 14): realdocs lines no set took, thai2fit words and syllables at new offsets,
#          rarer TNC, TTC and Phupha words, names; no geothai text; 0.41 % (10 groups over 0.5 %,
#          all pdfplumber: NotoSansThai 3.48 %, real spaces after a pushed mark taken for artefacts)
#   fresh12 (session 15): thai2fit words and syllables, TNC, TTC and Phupha words at new offsets,
#          names, one realdocs line (the pool is used up); word lists of rare words, no geothai
#          text; 0.79 % (21 groups over 0.5 %: every pdfplumber and pdftotext group but
#          word-Kinnari's and word-SarabunIT9's pdftotext, NotoSansThai/pypdfium2) -> 0.58 % (11 over:
#          every pdfplumber group but Sarabun's, NotoSansThai/pypdfium2 at 0.503 %) after session 16,
#          0.42 % (the same 11 over) after session 17
#   fresh13 (session 16): thai2fit words and syllables, TNC, TTC and Phupha words at new offsets,
#          names, the last unused Wikipedia title lines; made before session 16's rules and never
#          debugged on (only its totals read): 0.71 % (21 groups over 0.5 %) -> 0.69 % (20 over);
#          debugged on in session 17: 0.46 % (15 over)
#   fresh14 (session 17): thai2fit words and syllables, TNC, TTC, Phupha and ORST words at new
#          offsets, names; made before session 17's rules and never debugged on (only its totals
#          read): 0.59 % (14 groups over 0.5 %) -> 0.55 % (14 over); debugged on in session 18:
#          0.35 % (11 over: every pdfplumber group)
#   fresh15 (session 18): thai2fit words and syllables, TNC, TTC, Phupha and ORST words at new
#          offsets, names; made before session 18's rules and never debugged on (only its totals
#          read): 0.30 % (4 groups over 0.5 %) -> 0.30 % (the same 4)
#   fresh16 (session 19): thai2fit words and syllables, TNC, TTC, Phupha and ORST words at new
#          offsets, names, realdocs lines; made before session 19's rules and never debugged on
#          (only its totals read): 0.32 % (6 groups over 0.5 %) with the base code -> 0.27 %
#          (4 over) after session 19's rules (debugged on the older sets)
#   fresh17 (session 20): thai2fit words and syllables, TNC, TTC, Phupha and ORST words at new
#          offsets, names, realdocs lines; made before session 20's rules and never debugged on
#          (only its totals read): 3.61 % (24 groups over 0.5 %: a TLWG font map that swaps ุ and ่)
#          with the base code -> 0.71 % (the same 24 over) after session 20's rules; dev since
#          session 21. The one true line the repair altered is a typo of the name list (อ่อนรู้ที่
#          typed ร + ้ + ู: the tone before its vowel), which repair puts in canonical order; its
#          ratchet (and fresh14 .. fresh21's) is in test_thai_repair_ratchets.py
_SETS = {
    "fresh": (0.0033, None, False),
    "fresh2": (0.005, None, False),
    "fresh3": (0.002, {"NotoSansThai/pdfplumber"}, False),
    "fresh4": (0.0035, None, True),
    "fresh5": (0.0036, {"NotoSansThai/pdfplumber", "Waree/pdfplumber"}, True),
    "fresh6": (0.0028, {"NotoSansThai/pdfplumber", "Laksaman/pdfplumber", "Waree/pdfplumber"}, True),
    "fresh7": (0.0031, {"NotoSansThai/pdfplumber", "Laksaman/pdfplumber"}, True),
    "fresh8": (0.0038, {"NotoSansThai/pdfplumber", "NotoSansThai/pypdfium2", "word-Kinnari/pdfplumber",
                        "word-SarabunIT9/pdfplumber"}, False),
    "fresh9": (0.0015, {"NotoSansThai/pdfplumber"}, True),
    "fresh10": (0.0027, {f"{f}/pdfplumber" for f in ("NotoSansThai", "word-SarabunIT9", "Laksaman", "Kinnari")}, True),
    "fresh11": (0.0035, {f"{f}/pdfplumber" for f in ("Kinnari", "Loma", "NotoSansThai", "Sarabun", "Waree")}, True),
    "fresh12": (0.0035, {f"{f}/pdfplumber" for f in ("Garuda", "Kinnari", "Laksaman", "Loma", "Norasi", "NotoSansThai",
                                                      "Waree", "word-Kinnari", "word-SarabunIT9")}, True),
    "fresh13": (0.0040, {f"{f}/pdfplumber" for f in ("NotoSansThai", "Waree", "word-SarabunIT9")}
                | {f"{f}/pdftotext" for f in ("Garuda", "Loma", "Norasi", "NotoSansThai", "Umpush", "Waree")}
                | {"NotoSansThai/pypdfium2"}, False),
    "fresh14": (0.0026, {f"{f}/pdfplumber" for f in ("Loma", "NotoSansThai", "Waree")}, True),
    "fresh15": (0.0019, {"NotoSansThai/pdfplumber"}, True),
    "fresh16": (0.0026, {f"{f}/pdfplumber" for f in ("NotoSansThai", "Sarabun")}, True),
    "fresh17": (0.0071, None, False),
}


@pytest.mark.parametrize("name", list(_SETS))
def test_fresh_set_is_new_text_and_repair_never_worse(name):
    """The set's pairs are new text, every group's repair is no worse than its raw text (by
    more than a rounding) or meets the target, the mean stays under the set's ceiling, and the
    set's own sources come back byte-identical, line by line and as one text."""
    m = _fresh()
    mean_max, allowed_over, pdfium = _SETS[name]
    data = getattr(m, f"{name}_groups")()
    groups = sets.reader_groups()
    assert sorted(data["groups"]) == sorted(groups["groups"])
    lines = data["true"]["fresh"]
    assert len(lines) >= 60
    older = set(groups["true"]["dev"]) | set(groups["true"]["held_out"])
    for prev in list(_SETS)[:list(_SETS).index(name)]:
        older |= set(getattr(m, f"{prev}_groups")()["true"]["fresh"])
    assert not set(lines) & older
    cers = {}
    for key in data["groups"]:
        raw, got = m.fresh_cer(key, None, data), m.fresh_cer(key, repair, data)
        assert got <= raw + 0.0025 or got <= TARGET, (key, raw, got)
        cers[key] = got
    assert sum(cers.values()) / len(cers) <= mean_max, cers
    if allowed_over is not None:
        assert {k for k, v in cers.items() if v > TARGET} <= allowed_over, cers
    if pdfium:
        assert all(v <= TARGET for k, v in cers.items() if k.endswith("/pypdfium2")), cers
    clean = [x for x in lines if not TYPO.search(x)]
    assert len(clean) >= len(lines) - 1
    assert [x for x in clean if repair(x) != x] == []
    assert repair("\n".join(clean)) == "\n".join(clean)


def test_same_tone_twice_is_a_lower_vowel_read_as_a_tone():
    """TLWG fonts via pdfplumber/pdftotext/PDFium read ``ู`` as ``่`` (``บางลำภ่``), so ``สู่``
    comes out as ``ส่่``; dropping the duplicate lost the vowel (``ไปสูการ``). The dictionary
    decides between ``ู``, ``ุ`` and a plain duplicate."""
    assert repair("การน  าผลประเมิน ITA ไปส่่การพัฒนาองค์กร") == "การนำผลประเมิน ITA ไปสู่การพัฒนาองค์กร"
    assert repair("ค่่มือการปฏิบัติงาน") == "คู่มือการปฏิบัติงาน"
    assert repair("ก่่อนหน้า") == "ก่อนหน้า"  # a plain duplicate where the vowel does not read


def test_mark_not_moved_in_a_name_that_ends_with_a_consonant():
    """Regression (fresh dev): the end of every run was a "hot" position, so on a line broken
    elsewhere (น  า) the marks of names the dictionary lacks were moved onto fragments that
    read (เมอร์เกิล -> เมอร์เกลิ, บิลิช -> บิลชิ, บุนเซิน -> บุนเซนิ). A run that ends with a
    consonant shows no mark pushed right, and readers never push marks left."""
    text = ("ปรัชญาสถาปัตยกรรม ปริศนาฟ้าแลบ ปลาฉลามยักษ์น  าอุ่น ปลายประสาทเมอร์เกิล\n"
            "บาลญ่ปี ุ่น บิลิช บีโทเฟน บุนเซิน\nบริเทน บอบแอนอร์ บันดี บางล  าภู")
    assert repair(text).split("\n") == [
        "ปรัชญาสถาปัตยกรรม ปริศนาฟ้าแลบ ปลาฉลามยักษ์น้ำอุ่น ปลายประสาทเมอร์เกิล",
        "บาลญี่ปุ่น บิลิช บีโทเฟน บุนเซิน", "บริเทน บอบแอนอร์ บันดี บางลำภู"]


def test_mark_moves_right_only_out_of_an_impossible_cluster():
    """A floating ``ี`` (Kinnari cell ``ตัวช้วี ัดท่ ี``) placed on ``ช`` leaves ``วีั`` (two vowels
    on one base): the ``ี`` there may go right, up to three consonants, to where it reads."""
    from normalizers.thai.thai_text import repair_cell

    assert repair_cell("ตัวช้วี ัดท่ ี 1 การปฏิบัติหน้าท่ี")[0] == "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"


def test_space_after_a_run_whose_last_mark_stayed_is_kept_on_a_tie():
    """Regression (fresh dev): a SARA AM restored anywhere in a run counted as "the run's
    mark moved", so the real space after it went on a dictionary tie (ดำเนินงานให้ ตอบสนอง,
    ดึกดำบรรพ์ ผัวชั่วคราว). Only the run's last mark moved back says the space is an artefact."""
    text = ("e๘ หน่วยงานมีการ ปรับปรุงการด  าเนินงานให้ ตอบสนองต่อประชาชน\n"
            "ปีโนส ป่าดึกด  าบรรพ์ ผัวชัว่ คราว ผ้าพระบฏ")
    assert repair(text).split("\n") == ["e๘ หน่วยงานมีการ ปรับปรุงการดำเนินงานให้ ตอบสนองต่อประชาชน",
                                         "ปีโนส ป่าดึกดำบรรพ์ ผัวชั่วคราว ผ้าพระบฏ"]


def test_sara_aa_then_sara_am_after_a_tone_is_one_sara_am():
    """LibreOffice text read by pdfplumber gives ``ำ`` after a tone as ``า`` + ``ำ`` (น้าำ กร่อย):
    the pair never occurs in clean Thai, like ``ำา`` it is one ``ำ``. The space after the pair
    is the nikhahit's overhang (session 19b): the true line (fresh, word-SarabunIT9) is น้ำกร่อย,
    joined since the joined run reads better."""
    assert repair("นิวรณ์ นีมะโยธิน น้าำ กร่อย บรรณวิทย์") == "นิวรณ์ นีมะโยธิน น้ำกร่อย บรรณวิทย์"



def test_tone_lost_with_the_nikhahit_decided_by_corpus_frequency_on_a_tie():
    """Pango text via pdfplumber prints ``ต่ำ`` like ``ดำ`` (consonant, two spaces, ``า``): the
    tone is gone and both readings are words. On that tie the Thai National Corpus frequency
    decides (ต่ำ 8930 / ตำ 767); นำ (46168) stays นำ against น้ำ (34129)."""
    text = "รายละเอียดข้อค  าถามท่ีมีผลการประเมินต  าโดยเฉพาะ\nการน  าผลการประเมินไปปรับปรุง"
    assert repair(text).split("\n") == ["รายละเอียดข้อคำถามที่มีผลการประเมินต่ำโดยเฉพาะ",
                                         "การนำผลการประเมินไปปรับปรุง"]


def test_upper_vowel_pushed_past_a_tone_then_the_next_mark_after_a_space():
    """Regression (fresh dev, LibreOffice Kinnari via pdfplumber): the vowel of ``ที่``/``นี้`` is
    pushed one consonant right, past the tone, and the next consonant's own mark follows a
    space (ท่ตี ้อง, น้ชี ่วย); once stage 1 removed that space no position was "hot" and the
    shaper confusions alone ran (นูชีวยู). A tone then an upper vowel on the next consonant
    is a position where marks may move; clean text of that shape stays (แม่มี)."""
    text = "ผ้่รับบริการ\nประเด็นท่ตี ้องแก้ไข/ปรับปรุง\nมาตรการน้ชี ่วยยกระดับคะแนน\nแม่มี ลูกสาว"
    assert repair(text).split("\n") == ["ผู้รับบริการ", "ประเด็นที่ต้องแก้ไข/ปรับปรุง",
                                         "มาตรการนี้ช่วยยกระดับคะแนน", "แม่มี ลูกสาว"]


# ---------------------------------------------------------------- fresh2 (session 4)
def _fresh2_text(key: str) -> tuple[list[str], list[str]]:
    data = _fresh().fresh2_groups()
    return data["groups"][key]["fresh"], data["true"]["fresh"]


def test_font_map_misnaming_a_low_tone_is_learned_from_the_text():
    """Regression (fresh2): a TLWG font whose low tone glyph is first used inside another
    cluster (กลุ่ม) gets a ToUnicode map naming it ``ุ`` for the whole PDF (หนุวยงาน, ทุาน,
    ตุอ), and ``ู`` is named ``้`` (ส้ง, ผ้้). No reader-wide rule can undo that: the text's
    own runs and the dictionary show the substitution (learned_confusions), then the climb
    may use it where a run reads better. Every reader of such a PDF shows it."""
    from normalizers.thai.thai_signs import learned_confusions

    for key in ("Loma/pypdfium2", "Garuda/pdftotext", "word-SarabunIT9/pdfplumber"):
        broken, truth = _fresh2_text(key)
        assert ("\u0e38", "\u0e48") in learned_confusions("\n".join(broken)), key
        got = sets.repair_group(broken, repair)
        for want in ("เจ้าหน้าที่ให้บริการแก่ท่านอย่างเท่าเทียมกัน", "รายงานผลต่อผู้บริหารทุกไตรมาส"):
            assert want in got, (key, want)
    # not learned from text without that map: the dev and held-out halves, the older fresh set
    data = sets.reader_groups()
    for key in data["groups"]:
        for half in ("dev", "held_out"):
            assert ("\u0e38", "\u0e48") not in learned_confusions("\n".join(data["groups"][key][half])), key
    for key, halves in _fresh().fresh_groups()["groups"].items():
        assert ("\u0e38", "\u0e48") not in learned_confusions("\n".join(halves["fresh"])), key


def test_misnamed_mark_doubled_and_misnamed_pair_on_one_base():
    """Regression (fresh2, same font map): ``กลุ่ม`` printed ``กลุุม`` (the second ``ุ`` is the
    misnamed tone: the duplicate was dropped, กลุม) and ``คู่มือ`` printed ``คุ้มือ`` (both marks
    of the pair misnamed). Once the text shows the map, the doubled mark is the pair and a
    below vowel + tone may be read as any below vowel + tone, the dictionary choosing."""
    broken, truth = _fresh2_text("Loma/pdftotext")
    got = sets.repair_group(broken, repair)
    assert any("มีการเปลี่ยนกลุ่มเป้าหมาย" in g for g in got)
    assert any("แนวทางจัดทำคู่มือการยืม" in g for g in got)
    # without the map the same doubled mark is a plain duplicate
    assert repair("กลุุ่ม") == "กลุ่ม"


def test_two_tones_on_one_base_the_first_was_pushed_right():
    """Regression (fresh2, Pango via pdfplumber): ``ไม่น้อย`` printed ``ไมน่ ้อย``: the tone of
    ม pushed onto น and น's own tone after a space; stage 1 put both on น (ไมน่้อย). Two tones
    on one base are a hot position: a mark may go left (never right out of it)."""
    assert repair("มีผลการประเมินผา่ นเกณฑ์ ไมน่ ้อยกว่าร้อยละ ๘๔") == "มีผลการประเมินผ่านเกณฑ์ ไม่น้อยกว่าร้อยละ ๘๔"
    assert repair("แม่น้ำ ไม่น้อย") == "แม่น้ำ ไม่น้อย"


_PANGO_LINES = "การด  าเนินงาน ส่วนต  าบล\nข้อค  าถาม ท่ีมีผลการประเมินต  า\n"  # makes a text "spacey"


def test_space_after_a_junction_not_judged_by_the_mark_moved_before_it():
    """Regression (fresh2, Pango via pdfplumber): ``ทัง้ นี้ ประเด็น``: once ``ทัง้`` and ``นี้`` were
    joined, the mark moved back in ``ทั้ง`` (within five characters of the joined run's end)
    counted as "a mark moved near the end" for the real space after ``นี้`` too, which went on
    a dictionary tie (ทั้งนี้ประเด็น). Only the piece after the last junction counts."""
    out = repair(_PANGO_LINES + "เป็นปัญหา ทัง้ นี้ ประเด็นที่ควรมีการเปิดเผย").split("\n")[-1]
    assert out == "เป็นปัญหา ทั้งนี้ ประเด็นที่ควรมีการเปิดเผย"


def test_mark_alone_between_two_spaces_keeps_the_second_space():
    """Regression (fresh2, Pango via pdfplumber): a word's last mark set after a space, with
    the word's real space after it (``อินฟลเู อนซ ี เกมาอู``, ``ให ้ ความ``): the first space is the
    artefact, the second was printed; both went (อินฟูลเอนซีเกมาอู, ให้ความสำคัญ)."""
    text = _PANGO_LINES + "อินฟลเู อนซ ี เกมาอู เกสปุตติยนิคม\nของท่าน ให ้ ความสา  คัญ"
    assert repair(text).split("\n")[-2:] == ["อินฟูลเอนซี เกมาอู เกสปุตติยนิคม", "ของท่าน ให้ ความสำคัญ"]


def test_run_that_reads_with_its_mark_in_place_not_joined_for_a_compound():
    """Regression (fresh2, every Pango font via pdfplumber): ``ของท่าน ให้ ความส  าคัญ``: the
    next run was "bad" only for its lost nikhahit, and ``ให้ความสำคัญ`` is one dictionary
    word, so the printed space went. A run that reads and whose last mark stayed shows no
    artefact space; a compound that reads is no reason to join it."""
    out = repair(_PANGO_LINES + "ผู้บริหาร สูงสุด ของหน่วยงาน ของท่าน ให้ ความส  าคัญ").split("\n")[-1]
    assert out == "ผู้บริหาร สูงสุด ของหน่วยงาน ของท่าน ให้ ความสำคัญ"


def test_space_after_a_substituted_glyph_name_is_not_an_artefact():
    """Regression (fresh2, TLWG fonts via pdfplumber, the font map that names ``ู`` as ``้``):
    ``เกมาอ้ เกสปุตติยนิคม``: the run's last mark was substituted (อ้ -> อู), not moved, and a
    substitution counted as "a mark moved near the end", so the real space went on a tie.
    Only a change in where marks stand says a mark was pushed and a space left after it."""
    broken, truth = _fresh2_text("Garuda/pdfplumber")
    got = sets.repair_group(broken, repair)
    assert any(" เกมาอู เกสปุตติยนิคม" in g for g in got)


def test_long_run_and_its_artefact_space_still_joined():
    """Regression (fresh2, every font via pdfplumber): ``...ปฏิบัติเพียงเพ่อื ให้ได้รับ...``: the
    two runs together passed MAX_RUN (80 characters), so the join was never tried and the
    artefact space stayed (เพื่อ ให้). The long run's start, where the repair changed nothing,
    is set out at a word boundary and its end joined as any run's."""
    text = _PANGO_LINES + ("ไม่ได้มุ่งเน้นให้หน่วยงานที่เข้ารับการประเมินปฏิบัติเพียงเพ่อื "
                           "ให้ได้รับผลการประเมินที่สูงขึ้นเพียงเท่านั้น")
    assert repair(text).split("\n")[-1] == ("ไม่ได้มุ่งเน้นให้หน่วยงานที่เข้ารับการประเมินปฏิบัติเพียงเพื่อ"
                                           "ให้ได้รับผลการประเมินที่สูงขึ้นเพียงเท่านั้น")


# ---------------------------------------------------------------- fresh3 (session 5)
def _fresh3_text(key: str) -> tuple[list[str], list[str]]:
    data = _fresh().fresh3_groups()
    return data["groups"][key]["fresh"], data["true"]["fresh"]


def test_floating_mark_goes_where_the_run_before_it_reads_not_into_an_unknown_abbreviation():
    """Regression (fresh3, LibreOffice Kinnari via pdfplumber): ``ตามท่ ี วสท.สปท.``: the
    ``ี`` of ``ที่`` set after a space, before an abbreviation. Placed where the dictionary
    cost fell most, it went into ``วสท`` (300 -> ``วสีท`` 101: less unknown, still unknown)
    rather than onto ``ท่`` (``ตามที่`` reads). A placement that makes the run just before the
    mark's slot read now wins over one elsewhere that only makes an unknown run less unknown;
    not at the line's end, where PDFium's overhang puts a mark whose base may be anywhere."""
    broken, truth = _fresh3_text("word-Kinnari/pdfplumber")
    got = sets.repair_group(broken, repair)
    assert any(g.startswith("๑. ตามที่ วสท.สปท. เป็นหน่วย") for g in got)
    assert sum("ทู " in g for g in got) == 0  # ท่ ี read as ทู before
    assert sum(g.count(" ที่ ") for g in got) == sum(t.count(" ที่ ") for t in truth)


def test_word_last_mark_after_its_real_space_goes_back_and_the_space_stays():
    """Regression (fresh3, Pango Noto Sans Thai via pdfplumber): a word's last mark printed
    after the word's real space, before the next word (``วันศุกร ์ท่ี``, ``ความรู ้เพ่อื``,
    ``การพงศร ีและ``): the runs were joined (``ศุกร์ที่``). The mark goes back before the space,
    which stays, when the word reads (or reads better) with the mark there as printed, does
    not read as well with it one consonant further left (``หน ิโคน`` = ``หินโคน``), and the two
    runs do not read better joined (``ทีส่ ุด`` = ``ที่สุด``). Not in a text that sets a space
    before most of its marks (PowerPoint G3: ``ต ้องการ ถ ึง กรณ ีที่``), nor in cells."""
    text = _PANGO_LINES + "เม่อื วนั ศุกร ์ท่ี 7\nในแผนท่ีความรู ้เพ่อื น  ามา\nนายศรณั ญ์ การพงศร ีและ พฒั นชยั"
    out = repair(text).split("\n")[-3:]
    assert out[0] == "เมื่อวันศุกร์ ที่ 7"
    assert out[1] == "ในแผนที่ความรู้ เพื่อนำมา"
    assert out[2].endswith("การพงศรี และ พัฒนชัย")
    assert repair("ต ้องการ ถ ึง กรณ ีที่") == "ต้องการ ถึง กรณีที่"
    broken, truth = _fresh3_text("NotoSansThai/pdfplumber")
    got = sets.repair_group(broken, repair)
    assert any("เมื่อวันศุกร์ ที่ 7 มิถุนายน" in g for g in got)
