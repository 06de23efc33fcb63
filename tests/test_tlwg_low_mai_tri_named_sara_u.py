"""Thai repair (issue 16), session 28 (h/repair28b): the TLWG fonts' font map names their low
(left-shifted) mai tri ``๊`` ``ุ``, as it names their low ``๋`` (every TLWG font x reader group
of the fresh25 pair set: ``ทุากสิน`` = ท๊ากสิน, ``ดุุก`` = ดุ๊ก, ``เจุง`` = เจ๊ง). The repair
read each such ``ุ`` as ``๋`` only (``sara_u_named_tone``) or as ``่``/``้`` only
(``lead_below_vowel_tone``), and lost the word: ``ทากุสิน``, ``ดุก``, ``เจ้ง``. Each place now
takes the tone its run reads best with, ``๊`` among them (the dictionary decides, on a tie the
old order: ``๋`` first before ``า`` and after ``ุ``, ``๊`` last after a leading vowel)."""

from __future__ import annotations

import sys
from pathlib import Path

from normalizers.thai.thai_text import repair
from normalizers.thai.thai_tones import lead_below_vowel_tone, sara_u_named_tone

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench"))


def test_tlwg_low_mai_tri_named_sara_u():
    """On the rules: ``ุ`` before ``า`` or after ``ุ`` takes ``๊`` where the run reads best with it
    and still ``๋`` where that reads best (กระเปุาถือ = กระเป๋าถือ, กุุยๆ = กุ๋ยๆ); ``ุ`` after a
    leading vowel takes ``๊`` where the dictionary knows that word (เจุง = เจ๊ง) and still ``้``
    (แฟูม = แฟ้ม). On a real pair set (fresh25, Kinnari via pdftotext, repaired as one text)."""
    from thai_repair_sets import line_by_raw

    assert sara_u_named_tone("ทุ่ม ทุากสิน นก") == "ทุ่ม ท๊ากสิน นก"
    assert sara_u_named_tone("ดิฟทีเรีย ดุุกดิ๊ก") == "ดิฟทีเรีย ดุ๊กดิ๊ก"
    assert sara_u_named_tone("กระเปุาถือ") == "กระเป๋าถือ"
    assert sara_u_named_tone("กุุยๆ") == "กุ๋ยๆ"
    assert lead_below_vowel_tone("อยู่ไฟ เจุง เหนียม") == "อยู่ไฟ เจ๊ง เหนียม"
    assert lead_below_vowel_tone("แฟูม") == "แฟ้ม"
    for printed, word in (("ทุากสิน", "ท๊ากสิน"), ("เจุง", "เจ๊ง"), ("ดุุกดิ๊ก", "ดุ๊กดิ๊ก")):
        got, true = line_by_raw("fresh25", "Kinnari/pdftotext", printed, repair)
        assert word in true and got == true, (got, true)
