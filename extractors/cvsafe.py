"""OpenCV calls guarded against an empty image. ``cv2.connectedComponentsWithStats`` on an
array with no pixels writes through a null pointer and kills the process (a segfault, no
exception to catch): a crop of a cell or band narrower than its insets lost a whole document
(scan29's unseen 40100 p2; fresh36s at 0.35.0 broke the scorer's process pool). Every call
goes through here."""
from __future__ import annotations

import cv2
import numpy as np


def components(mask: np.ndarray, connectivity: int = 8) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    """``cv2.connectedComponentsWithStats(mask, connectivity=connectivity)``; an empty ``mask``
    has the background only (one label, no pixels)."""
    if mask.size == 0:
        return 1, np.zeros(mask.shape[:2], np.int32), np.zeros((1, 5), np.int32), np.zeros((1, 2), np.float64)
    return cv2.connectedComponentsWithStats(mask, connectivity=connectivity)
