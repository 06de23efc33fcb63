"""``corpus score`` with several jobs: a document whose process dies in native code (a segfault
in OpenCV, fresh36s at 0.35.0) broke the process pool and lost the whole set's score
(``BrokenProcessPool``). Now it is that one document's error; the others are read."""
from __future__ import annotations

import faulthandler
import os
import signal
from pathlib import Path

from corpus.fuzz import run_pipeline


def _dies_on_bad(pdf: str):
    name = Path(pdf).name
    if name.startswith("bad"):
        faulthandler.disable()  # pytest's handler would print the child's stack: the crash is meant
        os.kill(os.getpid(), signal.SIGSEGV)
    return name, {"document": {"file": name}}, None


def test_document_whose_process_dies_is_its_own_error_not_a_lost_run(tmp_path: Path):
    pdfs = [tmp_path / f"{n}.pdf" for n in ("a1", "bad2", "a3", "a4", "a5")]
    got = run_pipeline(pdfs, jobs=2, fn=_dies_on_bad)
    assert list(got) == [p.name for p in pdfs]
    assert got["bad2.pdf"][0] is None and got["bad2.pdf"][1].startswith("WorkerDied")
    for n in ("a1", "a3", "a4", "a5"):
        assert got[f"{n}.pdf"] == ({"document": {"file": f"{n}.pdf"}}, None)
