"""Two readings of a table ruled across with the same number of columns: the one whose cells fit.

``rules.rule_grids`` reads a table ruled across only from the white channels through all its
rows (``grid._infer_columns``), and takes the header-led reading of its body channels
(``columns.wide_table_grid``) only when that one has *more* columns. The two can have as many
columns at different places (u52b 52201 pp. 5, 7, 8, 300 dpi, one table per measure, rules
across, a two-level header, columns printed right to left): the all-rows reading cut the narrow
``ที่`` column in two, a column of body ink with no title beside a title with no body ink under
it, and so had one column too few where the group title ``การนำผลการวิเคราะห์ไปสู่การปฏิบัติ``
crosses: the responsible units and the measure read as one cell, the measure's name lost.

The evidence is the cells themselves: a column with no header ink over it, or no body ink
under it, is no column of the table. The body-channel reading is taken when the all-rows
reading has such a column and every column of its own has both a title and body text; else
the all-rows reading stays (a column empty in every row, ``หมายเหตุ``, is empty in both).
"""
from __future__ import annotations

import numpy as np

from extractors.ocr.columns import wide_table_grid

INK_MIN = 40  # ink pixels (at 300 dpi) of a cell's text: less is a speck or a rule's rest


def _fitted(text_ink: np.ndarray, xs: list[int], y_head: tuple[int, int], y_body: tuple[int, int],
            t: int, least: int) -> list[bool]:
    """Per column: whether it holds header ink and body ink."""
    out = []
    for a, b in zip(xs, xs[1:]):
        head = int((text_ink[y_head[0] : y_head[1], a + t : b - t] > 0).sum())
        body = int((text_ink[y_body[0] : y_body[1], a + t : b - t] > 0).sum())
        out.append(head >= least and body >= least)
    return out


def titled_reading(text_ink: np.ndarray, x0: int, x1: int, ys: list[int], scale: float,
                   xs: list[int]):
    """The body-channel reading ``(xs, ys, owner)`` of a table (``ys``: its rows, the first the
    header) when it has as many columns as the all-rows reading ``xs`` and fits its cells
    better (see the module docstring), else None."""
    if len(ys) < 3 or len(xs) < 3:
        return None
    alt = wide_table_grid(text_ink, x0, x1, ys, scale, [x0, x1])
    if alt is None or len(alt[0]) != len(xs) or alt[0] == xs:
        return None
    t = max(2, int(4 * scale))
    least = max(8, int(INK_MIN * scale * scale))
    head, body = (ys[0] + t, ys[1] - t), (ys[1] + t, ys[-1] - t)
    if all(_fitted(text_ink, xs, head, body, t, least)):
        return None
    if not all(_fitted(text_ink, alt[0], head, body, t, least)):
        return None
    return alt
