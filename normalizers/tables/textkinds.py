"""What kind of text a measures-table cell holds, beyond its content type (``cells``): the
name of a measure (``๒) โครงการ…``), a finding of the analysis (``…ยังไม่เป็นปัจจุบัน``) or a
follow-up note (``รายงานผลต่อผู้บริหารทุกไตรมาส``). Column roles weigh these with the header,
so a measures table maps by what it holds when its headers are worded unlike any we know.
The words are data (``normalizers/data/cell_words.json``).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from normalizers.tables.text import squash

WORDS_PATH = Path(__file__).resolve().parents[1] / "data" / "cell_words.json"
MEASURE_NAME, FINDING, FOLLOW_NOTE = "measure_name", "finding", "follow_note"
KINDS = (MEASURE_NAME, FINDING, FOLLOW_NOTE)
# a measure head used as a reference, not as a name ("มาตรการนี้ช่วย…")
_REFERENCE = re.compile(r"^(?:มาตรการ|โครงการ|กิจกรรม|แนวทาง|แผนงาน)(?:นี้|ดังกล่าว|ที่)")
FOLLOW_INSIDE_MAX = 60  # letters: a short note, not a step or a finding that mentions reporting
_LIST_NO = re.compile(r"^\(?[0-9๐-๙]{1,2}[.)]")


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    d = json.loads(WORDS_PATH.read_text(encoding="utf-8"))
    return {k: tuple(squash(w) for w in v) for k, v in d.items() if isinstance(v, list)}


_MONEY = re.compile(r"^[0-9๐-๙]{1,3}(?:,[0-9๐-๙]{3})+(?:\.[0-9๐-๙]{2})?(?:บาท)?$|^[0-9๐-๙,.]+บาท$")
_BLANK = re.compile(r"^[-–—.]*$")


def holds_no_field(text: str) -> bool:
    """A cell that is blank in effect (``-``) or holds what no contract field is: an amount
    of money (``๒๐,๐๐๐``, ``5,000 บาท``) or a phrase such as ``ไม่ใช้งบประมาณ``."""
    t = squash(text or "")
    return bool(_BLANK.match(t)) or bool(_MONEY.match(t)) or t in _words()["not_data_cells"]


def measure_heads() -> tuple[str, ...]:
    """The words that start a measure's name (``มาตรการ``, ``โครงการ`` …), squashed."""
    return _words()["measure_heads"]


@lru_cache(maxsize=1)
def numbered_measure() -> re.Pattern:
    """A list number and a word that starts a measure's name (``4. กิจกรรม…``, ``(5) แนวทาง…``)
    at a text's start or after a space: a measure named in running text."""
    heads = "|".join(re.escape(h) for h in measure_heads())
    return re.compile(rf"(?:^|\s)\(?[0-9๐-๙]{{1,2}}[.)]\s*(?:{heads})")


@lru_cache(maxsize=16384)
def text_kind(text: str) -> str | None:
    """``measure_name``, ``finding``, ``follow_note`` or None for one cell's joined text."""
    t = _LIST_NO.sub("", squash(text or ""))
    if not t or len(t) > 200:
        return None
    w = _words()
    if t.startswith(w["measure_heads"]) and not _REFERENCE.match(t):
        return MEASURE_NAME
    if t.startswith(w["follow_up_words"]) and len(t) <= 80:
        return FOLLOW_NOTE
    if any(x in t for x in w["finding_words"]) and not t.endswith(w["question_endings"]):
        return FINDING
    if len(t) <= FOLLOW_INSIDE_MAX and any(x in t for x in w["follow_up_inside"]):
        return FOLLOW_NOTE  # ``คณะทำงานตรวจติดตามและรายงานผล``: named by its follow-up work, not a unit
    return None
