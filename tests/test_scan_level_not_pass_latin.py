"""Scans: the level ``ไม่ผ่าน`` whose ``ไม่`` OCR read as Latin letters (``อยู่ในระดับ lal⏎ผ่าน``) is
read, flagged (issue 15; fresh19s seeds 19503, 300 dpi, and 19505, 200 dpi, html: shared dev).

No level pattern matched ``lal ผ่าน`` / ``‘Lal ผ่าน``, and the document's level was null (both
documents). Latin letters that are not a level's capitals, right before ``ผ่าน`` after
``อยู่ในระดับ``, can only be ``ไม่``: the level is ``ไม่ผ่าน`` with
``level_ocr_lookalike:<printed> ผ่าน->ไม่ผ่าน``."""
from __future__ import annotations

import pytest

from corpus_seeds import scan_pages_read


@pytest.mark.parametrize("seed", [19503, 19505])
def test_not_pass_read_as_latin_is_the_level(seed, tmp_path_factory):
    doc = scan_pages_read(seed, [1], tmp_path_factory.mktemp(f"level_{seed}")).document
    assert doc["level"] == "ไม่ผ่าน"
    assert any(f.startswith("level_ocr_lookalike:") and f.endswith("ผ่าน->ไม่ผ่าน") for f in doc["flags"])
