"""The scorer's substring edit distance (corpus/distance.py `substring_distance`, used to pair
expected measures with output rows) is Myers' bit-vector form of Sellers' table; it must give
the table's answer on every input, Thai and Latin, empty and longer than 64 characters."""

import random

from corpus.distance import substring_distance as _substring_distance
from corpus.distance import substring_distance_table as _substring_distance_table


def test_bit_vector_substring_distance_equals_the_table():
    rng = random.Random(20261203)
    alphabet = "กขคงำาิ่้ abc๑1"
    for _ in range(3000):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 150)))
        assert _substring_distance(a, b) == _substring_distance_table(a, b), (a, b)


def test_substring_distance_of_a_name_inside_a_merged_row():
    name = "พัฒนาช่องทางการร้องเรียน"
    row = "1 ตัวชี้วัดที่ 9 " + name[:5] + "x" + name[6:] + " ผู้รับผิดชอบ สำนักปลัด"
    assert _substring_distance(name, row) == 1
    assert _substring_distance(name, name) == 0
    assert _substring_distance("", row) == 0
    assert _substring_distance(name, "") == len(name)
