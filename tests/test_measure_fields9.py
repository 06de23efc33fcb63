"""Planned-measure fields read wrong on rows that were found (issue 13, session 9: periods,
units, codes). One test per bug, each on a report the corpus renderers draw (``corpus.fuzz``)
and read by the real extract + normalize stages; expected values are the corpus' own rows.
"""
from __future__ import annotations

import pytest

from corpus.score import _match_measures
from corpus_seeds import needs_soffice, render_seed
from normalizers.fields.units import split_units_flagged

pytest.importorskip("weasyprint")


def _pairs(seed: int, renderer: str, tmp_path):
    _, _, records, expected = render_seed(seed, tmp_path, renderer)
    return _match_measures(expected["planned_measures"], [dict(m) for m in records.planned_measures])


@needs_soffice
def test_unit_glued_to_the_header_tail_is_the_known_unit(tmp_path):
    """Fresh seed 2814, Word, period and units in one column: the header's wrapped last line
    (``ผิดชอบ`` of ``ระยะเวลา/ผู้รับผิดชอบ``), printed again over a row continued on the next
    page, was read into that row's cell and joined to its unit as a wrap:
    ``ทุกส่วนราชการผิดชอบ``. The header's tail after a known unit is dropped, flagged."""
    assert split_units_flagged("ทุกส่วนราชการ\nผิดชอบ") == (["ทุกส่วนราชการ"], ["responsible_header_dropped"])
    assert split_units_flagged("หัวหน้าส่วนราชการ") == (["หัวหน้าส่วนราชการ"], [])
    pairs = _pairs(2814, "docx", tmp_path)
    assert pairs and all(g is not None for _, g in pairs)
    for e, g in pairs:
        assert g["responsible"] == e["responsible"], e["measure"]
    assert any(e["responsible"] == ["ทุกส่วนราชการ"] for e, _ in pairs)
