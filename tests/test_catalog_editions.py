"""Questionnaire editions (issue 13.7, contract schema 2): one catalog file per edition, a
year -> edition mapping, codes corrected by their text (flagged), never dropped, and
``indicator_no`` from the document's own grouping first."""
import json
from pathlib import Path

import pytest

from normalizers.fields.codes import (
    edition_of, editions, load_catalog, question_indicator, resolve_printed_question,
    resolve_question,
)

CATALOGS = Path(__file__).resolve().parents[1] / "normalizers" / "fields" / "catalogs"


@pytest.mark.parametrize("year, edition, flags", [
    (2562, "2562-2566", []), (2564, "2562-2566", []), (2565, "2562-2566", []),
    (2566, "2562-2566", []), (2568, "2568", []),
    (2567, "2568", ["catalog_fallback:2567->2568"]),
    (2569, "2568", ["catalog_fallback:2569->2568"]),
    (2560, "2562-2566", ["catalog_fallback:2560->2562"]),
])
def test_year_to_edition_mapping(year, edition, flags):
    ed, used, f = edition_of(year)
    assert ed["id"] == edition and f == flags
    assert load_catalog(year).edition == edition


def test_every_edition_file_is_listed_and_well_formed():
    listed = {e["file"] for e in editions()}
    on_disk = {p.name for p in CATALOGS.glob("*.json")} - {"editions.json"}
    assert listed == on_disk
    for e in editions():
        data = json.loads((CATALOGS / e["file"]).read_text(encoding="utf-8"))
        assert data["edition"] == e["id"] and data["years"] == [e["first"], e["last"]]
        for prefix, top in data["ranges"].items():
            codes = [c for c in data["questions"] if c[0] == prefix]
            assert sorted(int(c[1:]) for c in codes) == list(range(1, top + 1)), (e["id"], prefix)


def test_edition_2562_2566_structure():
    """i1-i30 six per IIT indicator 1-5, e1-e15 five per EIT indicator 6-8, o1-o43 (OIT 9-10)."""
    cat = load_catalog(2566)
    for n in range(1, 31):
        assert cat.indicator[f"i{n}"] == (n - 1) // 6 + 1
    for n in range(1, 16):
        assert cat.indicator[f"e{n}"] == 6 + (n - 1) // 5
    assert {cat.indicator[f"o{n}"] for n in range(1, 34)} == {9}
    assert {cat.indicator[f"o{n}"] for n in range(34, 44)} == {10}
    assert all(cat[f"i{n}"] for n in range(1, 31))  # IIT texts known
    assert {c for c in cat.unverified} == {f"e{n}" for n in range(1, 16)}


def test_edition_2562_2566_every_iit_text_maps_to_itself():
    cat = load_catalog(2565)
    for n in range(1, 31):
        code = f"i{n}"
        assert resolve_question(None, cat[code], 2565)[0] == code
        got, conf, flags = resolve_question(code, cat[code], 2565)
        assert (got, conf) == (code, 1.0) and not [f for f in flags if f.startswith("code_")]


def test_misnumbered_code_in_2566_report_corrected_by_text_with_flag():
    """A report prints i14 before the text of i13: the text decides, flagged."""
    text = load_catalog(2566)["i13"]
    code, conf, flags = resolve_question("i14", text, 2566)
    assert code == "i13" and "code_corrected:i14->i13" in flags and conf < 1.0


def test_mistyped_thai_digit_code_in_2566_report():
    text = load_catalog(2566)["i25"]
    code, conf, flags = resolve_question("i๒๕", text, 2566)
    assert code == "i25" and conf == 1.0


def test_well_formed_code_outside_the_catalog_is_kept_never_dropped():
    """Seed 000 (ITA 2568) prints i17-i20 under indicator 5; the 2568 edition stops at i15."""
    code, conf, flags = resolve_question("i17", "ข้อ i17 - i20 ได้คะแนนเต็ม", 2568)
    assert code == "i17" and "code_not_in_catalog:i17@2568" in flags and conf == 0.5
    q = resolve_printed_question("i17", "", 2568, indicator_hint=5)
    assert (q.code, q.tool, q.indicator_no) == ("i17", "IIT", 5)


def test_unverified_catalog_text_never_overrides_a_printed_code():
    """EIT texts of the 2562-2566 edition are not checked against a published copy."""
    text = load_catalog(2565)["e3"]
    code, conf, flags = resolve_question("e2", text, 2565)
    assert code == "e2" and any(f.startswith("code_text_mismatch") for f in flags)
    code, conf, flags = resolve_question(None, text, 2565)  # no code: the text is all there is
    assert code == "e3" and "code_from_unverified_text:e3@2562-2566" in flags


def test_indicator_from_document_grouping_first():
    # seed 000 (ITA 2568) puts i10-i12 under indicator 3; the 2568 catalog says 4
    assert question_indicator("i10", 2568, 3) == (3, ["indicator_differs_from_catalog:3!=4@2568"])
    assert question_indicator("i10", 2568) == (4, [])
    assert question_indicator("i8", 2565, 2) == (2, [])


def test_indicator_hint_of_another_tool_is_not_a_grouping():
    ind, flags = question_indicator("e5", 2565, 3)
    assert ind == 6 and flags == ["indicator_hint_other_tool:3~e5"]


def test_indicator_unknown_is_null_with_flag():
    ind, flags = question_indicator("i25", 2569)  # 2569 uses the 2568 edition: no i25
    assert ind is None and flags == ["indicator_unknown:i25@2568"]
    ind, flags = question_indicator("i7", 2569)
    assert ind == 3 and flags == ["catalog_fallback:2569->2568"]


def test_resolve_printed_question_passes_the_document_grouping():
    cat = load_catalog(2566)
    q = resolve_printed_question("i7", cat["i7"], 2566, indicator_hint=2)
    assert (q.code, q.tool, q.indicator_no, q.confidence, q.flags) == ("i7", "IIT", 2, 1.0, [])
    q = resolve_printed_question("๑๒๒", "", 2566)
    assert q.code is None and q.indicator_no is None and q.flags


def test_fallback_catalog_never_renumbers_a_well_formed_printed_code():
    """2567 has no known edition (the 2568 one stands in): a printed i10 whose text is 2568's
    i4 keeps its number, flagged; a garbled code may still be read from the text, flagged."""
    text = load_catalog(2568)["i4"]
    code, conf, flags = resolve_question("i10", text, 2567)
    assert code == "i10" and "code_text_mismatch:i10~i4" in flags and "catalog_fallback:2567->2568" in flags
    code, conf, flags = resolve_question("๑๒๒", text, 2567)
    assert code == "i4" and "code_corrected:๑๒๒->i4" in flags and "catalog_fallback:2567->2568" in flags
    code, conf, flags = resolve_question("i17", text, 2567)  # not in the stand-in catalog: kept
    assert code == "i17" and "code_not_in_catalog:i17@2568" in flags


def test_printed_questions_choose_their_edition_when_the_year_is_misread():
    """Regression (scanned corpus v004b, 300 dpi): the assessment year came out 2566 for a
    report printing the 2568 questionnaire; the 2562-2566 edition then renumbered its codes
    (i5 -> i10, o3 -> o5 …). The printed (code, text) pairs pick the edition, flagged."""
    c68 = load_catalog(2568)
    pairs = [(c, t) for c, t in c68.items() if t]
    from normalizers.fields.codes import edition_year_for_questions
    year, flags = edition_year_for_questions(pairs, 2566)
    assert year == 2568 and flags == ["catalog_edition_from_texts:2566->2568"]
    assert all(resolve_question(c, t, year)[0] == c for c, t in pairs)
    c65 = load_catalog(2565)
    pairs65 = [(f"i{n}", c65[f"i{n}"]) for n in range(1, 31)]
    assert edition_year_for_questions(pairs65, 2568) == (2566, ["catalog_edition_from_texts:2568->2562-2566"])
    # the right edition already, or too little evidence: the year stays
    assert edition_year_for_questions(pairs, 2568) == (2568, [])
    assert edition_year_for_questions(pairs[:2], 2566) == (2566, [])
    assert edition_year_for_questions([], None) == (None, [])
