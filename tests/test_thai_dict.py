"""thai_dict: incremental scoring gives exactly the plain scores."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from normalizers.thai import thai_dict

sys.path.insert(0, str(Path(__file__).resolve().parent))
import thai_repair_sets as sets  # noqa: E402


def _plain_score(s: str) -> int:
    """The cost of ``s`` computed from scratch, no memo."""
    return thai_dict._fill(s, [0] * (len(s) + 1), 0)[-1]


def _seed_text() -> tuple[str, list[str]]:
    """The clean seed lines as one string without spaces, and its characters."""
    text = "".join("".join(sets.clean_seed_lines()).split())
    return text, sorted(set(text))


def _random_edit(rng: random.Random, base: str, alphabet: list[str], most: int, p_replace: float) -> str:
    """``base`` after 1..``most`` random edits (replace with probability ``p_replace``, insert
    up to 0.7, else delete; at any position, the ends included)."""
    chars = list(base)
    for _ in range(rng.randint(1, most)):
        i = rng.randrange(0, len(chars) + 1)
        op = rng.random()
        if op < p_replace and chars:
            chars[min(i, len(chars) - 1)] = rng.choice(alphabet)
        elif op < 0.7:
            chars.insert(i, rng.choice(alphabet))
        elif chars:
            del chars[min(i, len(chars) - 1)]
    return "".join(chars)


def test_score_edit_equals_score_on_random_edits_of_real_text():
    """score_edit reuses the cost array of the common prefix of base and edited string;
    any edit (replace, insert, delete; at the ends too) must give the plain score."""
    rng = random.Random(7)
    text, alphabet = _seed_text()
    checked = 0
    for _ in range(4000):
        size = rng.randint(1, 60)
        start = rng.randrange(0, len(text) - size)
        base = text[start:start + size]
        edited = _random_edit(rng, base, alphabet, most=3, p_replace=0.35)
        if rng.random() < 0.5:
            thai_dict.clear_caches()
        assert thai_dict.score_edit(base, edited) == _plain_score(edited), (base, edited)
        assert thai_dict.score(edited) == _plain_score(edited)
        checked += 1
    assert checked == 4000


def test_score_edit_of_unchanged_and_empty_strings():
    assert thai_dict.score_edit("การประเมิน", "การประเมิน") == thai_dict.score("การประเมิน")
    assert thai_dict.score_edit("การ", "") == 0
    assert thai_dict.score_edit("", "การ") == thai_dict.score("การ") == 1


def test_score_edit_with_a_long_common_suffix_gives_the_plain_cost_array():
    """score_edit copies the rest of the array from the base's once the edited string has run a
    constant offset from it over MAX_WORD positions of their common suffix (issue 16 speed):
    long strings edited near the start, the middle and the end give the plain array, entry by entry."""
    rng = random.Random(11)
    text, alphabet = _seed_text()
    synced = 0
    for _ in range(600):
        size = rng.randint(50, 160)
        start = rng.randrange(0, len(text) - size)
        base = text[start:start + size]
        edited = _random_edit(rng, base, alphabet, most=2, p_replace=0.4)  # 50+ characters: never emptied
        thai_dict.clear_caches()
        plain = thai_dict._fill(edited, [0] * (len(edited) + 1), 0)
        assert thai_dict.score_edit(base, edited) == plain[-1], (base, edited)
        assert list(thai_dict._array(edited)) == plain, (base, edited)
        assert thai_dict.prefix_score(edited, len(edited) // 2) == plain[len(edited) // 2]
        synced += len(edited) - len(os.path.commonprefix([base[::-1], edited[::-1]])) < len(edited) - 30
    assert synced > 300
