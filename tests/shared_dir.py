"""Where the shared test material lives (``../shared`` beside the repository, or
``$ITA_SHARED_DIR``): seeds, real PDFs, research notes. A clone without it still passes the
test suite: tests that need it are marked ``@pytest.mark.needs_shared`` (or skip by
themselves) and skip with a reason saying where it was looked for."""
from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ITA_SHARED_DIR") or ROOT.parent / "shared")
SEEDS = SHARED / "seeds"
REALDOCS = SHARED / "realdocs"
SKIP_REASON = (f"needs the shared test material at {SHARED} (absent: a clone without ../shared; "
               "set ITA_SHARED_DIR to where it is)")


def have_shared(*parts: str) -> bool:
    """Whether ``SHARED/<parts>`` exists."""
    return SHARED.joinpath(*parts).exists()
