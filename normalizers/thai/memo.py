"""Thai repair remembered for one document: the same string is repaired once.

The normalize stage repairs the same strings more than once: a page's text and its whole
text when they are equal, a page's lines again for its headings, the same cell text in many
cells (on the bench's 19 reports 16 % of the calls, 14 % of the repair's CPU). ``repair`` is
pure (``normalizers.thai.thai_text.repair``: the result depends on the string alone), so a
remembered result is the result.

``per_document(fn)`` wraps a stage function (``normalizers.document.normalize``): while it
runs, ``repair`` here answers a string it saw before from a memo that is dropped when the
function returns, so memory does not grow from document to document. Outside such a call
``repair`` is ``thai_text.repair`` with one look-up more. A ``ContextVar`` holds the memo:
threads (or tasks) normalizing other documents at the same time keep their own.
"""
from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Callable, Optional, TypeVar

from normalizers.thai.thai_text import repair as _repair

_MEMO: ContextVar[Optional[dict[str, str]]] = ContextVar("ita_thai_repair_memo", default=None)
F = TypeVar("F", bound=Callable)


def repair(text: str) -> str:
    """``thai_text.repair(text)``, remembered while a ``per_document`` call runs."""
    memo = _MEMO.get()
    if memo is None:
        return _repair(text)
    out = memo.get(text)
    if out is None:
        out = memo[text] = _repair(text)
    return out


def per_document(fn: F) -> F:
    """``fn`` with a fresh repair memo for each call (one call = one document)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        token = _MEMO.set({})
        try:
            return fn(*args, **kwargs)
        finally:
            _MEMO.reset(token)
    return run  # type: ignore[return-value]
