"""Stage functions for tests/test_pool.py, resolved by the worker as ``"<this file>:<function>"``."""
from __future__ import annotations

import time


def grow_extract(pdf_path, doc_id):
    """Touch 8 MB more memory every 50 ms (RSS grows steadily: the 0.1 s watchdog sees it pass)."""
    blocks = []
    while True:
        blocks.append(bytearray(b"\x01") * (8 << 20))
        time.sleep(0.05)
