"""One comparison of two tables' headers: "the same header, maybe cut short".

Three readers ask it with different tolerances (``roles``: pieces of one table per measure
mapped together and a measure's rest under its header printed again; ``stitch``: a table's
parts across page breaks); the rules are parameters of one function, ``headers_match``."""

from __future__ import annotations

from normalizers.tables.text import squash


def _cut(long: str, short: str, min_kept: int, max_cut: int | None) -> bool:
    """``short`` is ``long`` cut short at its end: at least ``min_kept`` letters kept and at
    most ``max_cut`` letters missing (any number when None)."""
    return (len(short) >= max(min_kept, 1) and long.startswith(short)
            and (max_cut is None or len(long) - len(short) <= max_cut))


def headers_match(a: list[list[str]], b: list[list[str]], *, min_kept: int = 1,
                  max_cut: int | None = None, either_cut: bool = True,
                  b_may_miss: bool = False, min_agree: int = 0, by_column: bool = False) -> bool:
    """Whether header rows ``b`` print header rows ``a`` again, cell by cell (same number of
    rows, each of the same number of cells; compared with whitespace removed).

    A cell pair matches when equal, or when one is the other cut short at its end (the last
    line of a wrapped title read into the first body row on one page): ``min_kept`` letters
    at least kept, at most ``max_cut`` missing (None: any). With ``either_cut`` false only
    ``b``'s cells may be the shorter. With ``b_may_miss`` a cell ``a`` prints may be empty in
    ``b`` (a merged group cell the extractor lost on one page), never the reverse; then
    ``min_agree`` cells at least must be printed by both. With ``by_column`` each column's
    title is compared whole, its header cells read top to bottom, whichever header row holds
    its words (a title beside a group cell drawn in the upper row on one page, in the lower
    on the next; a header of one row against one of two)."""
    if by_column:
        a, b = [_columns(a)], [_columns(b)]
    if len(a) != len(b) or any(len(x) != len(y) for x, y in zip(a, b)):
        return False
    agree = 0
    for ra, rb in zip(a, b):
        for x, y in zip(ra, rb):
            x, y = squash(x), squash(y)
            if b_may_miss and x and not y:
                continue
            if x == y:
                agree += bool(x)
                continue
            if not (_cut(x, y, min_kept, max_cut) or either_cut and _cut(y, x, min_kept, max_cut)):
                return False
            agree += 1
    return agree >= min_agree


def _columns(rows: list[list[str]]) -> list[str]:
    n = max((len(r) for r in rows), default=0)
    return ["".join(squash(r[c]) for r in rows if c < len(r)) for c in range(n)]


__all__ = ["headers_match"]
