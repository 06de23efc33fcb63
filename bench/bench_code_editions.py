"""How printed question codes resolve against their questionnaire edition.

For every catalog question with a known text, print it the ways reports do (Thai digits,
upper case, ``1๒`` for i2, ``๐๒๓`` for o23, a neighbour's number, a garbled number, no code,
text cut to 60 %) and count: resolved to the right code; wrong with a flag; wrong without a
flag (the number that must stay 0); unresolved (None, flagged). Deterministic. Last, the time of
one ``resolve_question`` call on a seed's question text (best of 7 batches of 50, after a
warm-up; target < 1 ms), which a timed unit test used to assert.

    PYTHONPATH=$PWD python bench/bench_code_editions.py
"""
from __future__ import annotations

import random
from collections import Counter

from normalizers.fields.codes import load_catalog, resolve_question

TH = "๐๑๒๓๔๕๖๗๘๙"


def th(n: int) -> str:
    return "".join(TH[int(c)] for c in str(n))


def variants(code: str, text: str, top: int, rng: random.Random) -> list[tuple[str, str | None, str]]:
    p, n = code[0], int(code[1:])
    out = [("ascii", code, text), ("thai_digits", p + th(n), text), ("upper", p.upper() + str(n), text),
           ("no_code", None, text), ("cut_60", code, text[: max(12, len(text) * 6 // 10)])]
    if p == "o":
        out.append(("zero_for_o", "๐" + th(n).rjust(2, "๐"), text))
    if p == "i" and n < 10:
        out.append(("one_for_i", "1" + th(n), text))
    other = n + rng.choice([-1, 1]) if 1 < n < top else (2 if n == 1 else n - 1)
    out.append(("misnumbered", f"{p}{other}", text))
    out.append(("garbled", th(n) + th(rng.randint(0, 9)), text))
    return out


def run() -> dict:
    rng = random.Random(13)
    result = {}
    for year in (2565, 2568):
        cat = load_catalog(year)
        counts: Counter = Counter()
        by_kind: dict[str, Counter] = {}
        for code, text in cat.items():
            if not text:
                continue
            top = cat.ranges[code[0]]
            for kind, raw, t in variants(code, text, top, rng):
                got, conf, flags = resolve_question(raw, t, year)
                doubt = any(f.startswith(("code_", "catalog_")) for f in flags) or conf < 1.0
                if got == code:
                    res = "right"
                elif got is None:
                    res = "unresolved"
                else:
                    res = "wrong_flagged" if doubt else "wrong_unflagged"
                counts[res] += 1
                by_kind.setdefault(kind, Counter())[res] += 1
        result[cat.edition] = (counts, by_kind)
    return result


def call_time() -> float:
    """Seconds per ``resolve_question`` call: a Thai-digit code with a seed's broken text, best of 7 x 50."""
    import time
    code, text = "๑๒๒", ('การกำกับดูแล และตรวจสอบ ทรัพย์สิน ของ หน่วยงาน สามารถ ป้องกันการนำ ทรัพย์สิน ของ หน่วยงานไปใช้เพื่อ ประโยชน์ส่วนตัวได้ มาก น้อย เพียงใด')  # seed question i22 as printed (tests/test_codes.py)
    resolve_question(code, text, 2568)  # warm-up: loads the catalog
    best = float("inf")
    for _ in range(7):
        t0 = time.perf_counter()
        for _ in range(50):
            resolve_question(code, text, 2568)
        best = min(best, (time.perf_counter() - t0) / 50)
    return best


if __name__ == "__main__":
    for edition, (counts, by_kind) in run().items():
        n = sum(counts.values())
        print(f"edition {edition}: {n} printed questions: " + ", ".join(
            f"{k} {v} ({v / n:.1%})" for k, v in sorted(counts.items())))
        for kind, c in sorted(by_kind.items()):
            m = sum(c.values())
            print(f"  {kind:12s} right {c['right']}/{m}  wrong_flagged {c['wrong_flagged']}  "
                  f"wrong_unflagged {c['wrong_unflagged']}  unresolved {c['unresolved']}")
    print(f"resolve_question: {call_time() * 1e6:.0f} µs per call (target < 1 ms)")
