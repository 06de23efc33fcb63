"""Column bounds placed in a table's whitespace moved onto the rules that draw them, for
``extractors.rules_across``: tables ruled across only draw no column rules, but where each
cell's bottom rule is drawn apart (HTML's collapsed borders) the rules' joints mark the column
bounds, and the rules under a two-level header's group cells end at them. Each page's text
places its bounds elsewhere (an empty column, a centred header word); the rules do not, so a
table's parts on several pages keep one set of columns.

    joints of rules drawn cell by cell                      rule_joints
    bounds moved onto the joints every rule across has      snap_to_joints
    bounds moved onto the ends of a header's group rules    snap_to_group_ends
    bounds moved onto the ends of rules stopping at a span  snap_to_span_ends
    a bound added at a joint every rule has, where no body   add_joint_columns
      line crosses it and the body prints on both sides
      (each within JOINT_SLACK of the narrower column beside it, and no line of text cut
      that its text-placed bound left whole)                _moved_onto
"""
from __future__ import annotations

from typing import Sequence

from extractors.text import Glyph
from extractors.unruled import crosses, text_lines

TOL = 3.0  # snap/join/intersection tolerance, pdfplumber's default


def contains(bbox, x: float, y: float) -> bool:
    return bbox[0] <= x <= bbox[2] and bbox[1] <= y <= bbox[3]


JOINT_SLACK = 0.5  # × the narrower column beside it: how far a text-placed boundary moves onto a rule's joint


def rule_joints(h_edges: Sequence[dict]) -> list[tuple[float, float, float, float]]:
    """(top, x0, x1, joint x) of the points where two rules across meet end to end at one
    height: a table whose rows are ruled cell by cell (HTML's collapsed borders) draws each
    cell's bottom rule apart, so their joints mark its column bounds."""
    out = []
    hs = sorted((h for h in h_edges if h.get("orientation", "h") == "h"), key=lambda h: (round(h["top"]), h["x0"]))
    for a, b in zip(hs, hs[1:]):
        if abs(a["top"] - b["top"]) <= 0.5 and abs(a["x1"] - b["x0"]) <= 1.0:
            out.append((a["top"], a["x0"], b["x1"], (a["x1"] + b["x0"]) / 2))
    return out


def snap_to_joints(region: tuple[float, float, float, float], cols: Sequence[float],
                   joints: Sequence[tuple[float, float, float, float]], glyphs: Sequence[Glyph]) -> list[float]:
    """The column boundaries ``cols`` (placed in the text's whitespace) moved onto the joints
    of the region's rules (``rule_joints``) found at the same x on every rule of the region,
    when each lies within ``JOINT_SLACK`` of the narrower column beside it and no line of the
    region's text runs across the moved boundaries; else ``cols`` unchanged. The whitespace
    of a page whose column is empty in its one row, or whose header is centred, puts the
    boundary elsewhere on every page (fresh dev seed 1110 html: a row's rest with an empty
    first column did not fit, its measure lost; 1100 html: the responsible column cut)."""
    tops, common = _common_joints(region, joints)
    if not cols or not tops:
        return list(cols)
    return _moved_onto(region, cols, common, glyphs)


def _common_joints(region: tuple[float, float, float, float],
                   joints: Sequence[tuple[float, float, float, float]]) -> tuple[list[float], list[float]]:
    """(the heights of the region's rules that have joints, the x of the joints found at the same
    x on every rule of the region drawn across it)."""
    x0, top, x1, bottom = region
    mine = [j for j in joints if top - TOL <= j[0] <= bottom + TOL]
    tops = sorted({round(j[0], 1) for j in mine})
    return tops, sorted({round(j[3], 1) for j in mine if x0 + TOL < j[3] < x1 - TOL and _on_every_rule(j[3], tops, mine)})


def snap_to_group_ends(region: tuple[float, float, float, float], cols: Sequence[float], h_edges: Sequence[dict],
                       head_bottom: float, glyphs: Sequence[Glyph]) -> list[float]:
    """The column boundaries ``cols`` moved onto the ends of the rules under a two-level header's
    group cells (rules inside the header, above ``head_bottom``, narrower than the region): those
    ends are printed column bounds. A bound placed a few points off in the whitespace misses the
    rule (pdfplumber joins edges within ``TOL`` only), and the sub-column's title merges into the
    group cell above it (fresh dev seed 2328 docx: the repeated header on the next page read
    apart, the rest of a measure's row lost)."""
    x0, top, x1, _ = region
    ends = sorted({e for h in h_edges if top + TOL < h["top"] < head_bottom and h["x0"] >= x0 - TOL
                   and h["x1"] <= x1 + TOL and h["x1"] - h["x0"] < x1 - x0 - 2 * TOL for e in (h["x0"], h["x1"])
                   if x0 + TOL < e < x1 - TOL})
    return _moved_onto(region, cols, ends, glyphs) if cols and ends else list(cols)


def snap_to_span_ends(region: tuple[float, float, float, float], cols: Sequence[float], h_edges: Sequence[dict],
                      glyphs: Sequence[Glyph]) -> list[float]:
    """The column boundaries ``cols`` moved onto the ends of the rules between the region's
    rows that stop short of one of its sides: they stop at a cell spanning those rows (a tool's
    score merged over its indicators' rows), so their ends are printed column bounds. A bound
    placed in the whitespace past that end leaves the rows' cells beside the span unsplit (the
    last row moved to the next page read into the row above: mirror seeds 11093, 11817 docx)."""
    x0, top, x1, bottom = region
    ends = sorted({e for h in h_edges if top + TOL < h["top"] < bottom - TOL and h["x1"] - h["x0"] < x1 - x0 - 2 * TOL
                   and (abs(h["x0"] - x0) <= TOL or abs(h["x1"] - x1) <= TOL) for e in (h["x0"], h["x1"])
                   if x0 + TOL < e < x1 - TOL})
    return _moved_onto(region, cols, ends, glyphs) if cols and ends else list(cols)


def _moved_onto(region: tuple[float, float, float, float], cols: Sequence[float], targets: Sequence[float],
                glyphs: Sequence[Glyph]) -> list[float]:
    """Each of ``cols`` moved onto the nearest of ``targets`` (drawn column bounds) within
    ``JOINT_SLACK`` of the narrower column beside it, unless that would cut a line of the region's
    text that the bound placed in the text left whole; ``cols`` unchanged when nothing moves or
    the bounds would cross or meet."""
    edges = [region[0], *cols, region[2]]
    out = []
    for k, c in enumerate(cols, start=1):
        near = min(targets, key=lambda x: abs(x - c), default=None)
        reach = JOINT_SLACK * min(c - edges[k - 1], edges[k + 1] - c)
        out.append(near if near is not None and abs(near - c) <= reach else c)
    if out == list(cols) or out != sorted(set(out)):
        return list(cols)
    lines = text_lines([g for g in glyphs if contains(region, g.cx, g.cy)])
    # a line cut by a moved bound and not by its text-placed one says the target is no column bound
    # (a two-level header's group cell runs across its sub-columns' bound either way: fresh dev seed 2334 html)
    return list(cols) if any(crosses(ln, [b]) and not crosses(ln, [a]) for a, b in zip(cols, out) if a != b
                             for ln in lines) else out


def _on_every_rule(x: float, tops: Sequence[float], joints: Sequence[tuple[float, float, float, float]]) -> bool:
    """Is there a joint at ``x`` on every rule (by its height in ``tops``) drawn across ``x``?
    A rule under a two-level header's group cell spans that cell's sub-columns only (fresh dev
    seeds 2303 and 2334 html: its joints alone are no reason to drop the table's other column
    bounds, which every full-width rule joins at); at least two rules, or all, must meet ``x``."""
    over = []
    for t in tops:
        at = [j for j in joints if abs(j[0] - t) <= 0.5]
        if min(j[1] for j in at) + TOL < x < max(j[2] for j in at) - TOL:
            over.append(any(abs(j[3] - x) <= 1.0 for j in at))
    return all(over) and (len(over) >= 2 or len(over) == len(tops))




JOINT_NEAR_EM = 1.5  # × font size: a joint this near a bound is that bound (snap_to_joints moves it)


def add_joint_columns(region: tuple[float, float, float, float], cols: Sequence[float],
                      joints: Sequence[tuple[float, float, float, float]], glyphs: Sequence[Glyph],
                      head_bottom: float | None = None) -> list[float]:
    """``cols`` with a bound added at each joint found at the same x on every rule of the region
    (``snap_to_joints``' joints) that no bound is near, where no line of the body (below
    ``head_bottom``) runs across it and the body prints text on both sides of it within the
    column it splits. Every row's rule drawn apart there says no cell spans it: a column bound
    the whitespace did not show (two sub-columns under a group title, each cell's text close to
    the other: fresh34 49019 html, ``- กองช่าง | ร้อยละ ๙๐ ของกลุ่มเป้าหมาย`` read as one column of
    units, the units wrong with the target glued in and the next table's rows cut per line). A
    header line may cross it (the group title over both); without a known header, a line of the
    region's first slab."""
    x0, _, x1, _ = region
    tops, common = _common_joints(region, joints)
    if len(tops) < 3:
        return list(cols)
    inside = [g for g in glyphs if contains(region, g.cx, g.cy)]
    if not inside:
        return list(cols)
    size = sorted(g.size for g in inside)[len(inside) // 2]
    # without a known header, the region's first slab (a header's group title over sub-columns whose
    # cells draw their top rules apart) may cross it too
    below = head_bottom if head_bottom is not None else tops[1]
    body = text_lines([g for g in inside if g.cy > below])
    out = list(cols)
    for x in common:
        if any(abs(x - c) <= JOINT_NEAR_EM * size for c in out) or any(crosses(ln, [x]) for ln in body):
            continue
        edges = [x0, *sorted(out), x1]
        lo = max(e for e in edges if e < x)
        hi = min(e for e in edges if e > x)
        if any(lo <= g.cx < x for ln in body for g in ln.glyphs) and any(x < g.cx <= hi for ln in body for g in ln.glyphs):
            out = sorted(out + [x])
    return out
