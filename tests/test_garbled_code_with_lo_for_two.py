"""Tesseract's Thai model reads the digit ๒ as ``lo`` (``ilo`` for i๒, ``jlo io`` for i๒ i๓); a
code of two such digits is four Latin letters after its tool letter."""
from normalizers.records.measure_codes import garbled_codes_lead


def test_code_read_as_i_lo_lo_beside_a_readable_code_is_flagged_not_dropped():
    """fresh33s 47102 p6 (300 dpi): the analysis cell of measure 5 opens ``i๑๙ ilolo การ…`` for
    i19 i22. ``ilolo`` matched no garbled-code shape (one or two Latin letters), so the run of codes
    ended at i19 and the second code was lost without a flag (the row had none). It is now a
    garbled code: flagged ``code_unreadable:ilolo`` by the caller and cut from the analysis."""
    text = "i๑๙ ilolo การ\nเผยแพร่ข้อมูล\nการจัดซื้อจัดจ้าง"
    got = garbled_codes_lead(text)
    assert got is not None
    bad, rest = got
    assert bad == ["ilolo"]
    assert rest.startswith("i๑๙ การ")


def test_latin_word_opening_an_analysis_is_no_garbled_code():
    """A Latin word in the cell (``email``, ``info``) is not read as a code of ``lo`` digits."""
    assert garbled_codes_lead("email ของหน่วยงานยังไม่เป็นปัจจุบัน") is None
    assert garbled_codes_lead("i๑๙ info การเผยแพร่") is None


def test_latin_leftover_in_a_cell_of_codes_is_a_garbled_code():
    """fresh33s 47106 (300 dpi) p4/p5: code cells read ``อธe๗⏎ew`` (e7 e9) and ``i๑๐⏎Toyo)``
    (i10 i11); the second code of each was lost without a flag. A cell of nothing but codes and
    specks prints no word: its Latin leftovers are codes past reading."""
    from normalizers.records.measure_codes import ocr_code_doubts

    assert ocr_code_doubts("อธe๗\new") == ["code_unreadable:ew"]
    assert ocr_code_doubts("i๑๐\nToyo)") == ["code_unreadable:Toyo)"]
    for clean in ("e๕\ne๖", "o๑๐ E-Service", "o๙ Social Network", "i๑๐ เจ้าหน้าที่ในหน่วยงาน"):
        assert ocr_code_doubts(clean) == []
