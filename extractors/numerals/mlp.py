"""The digit classifier: a one-hidden-layer perceptron over glyph features (numpy only), its
classes and its training."""
from __future__ import annotations

import math

import numpy as np

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
ARABIC_DIGITS = "0123456789"
OTHER = "?"  # anything that is not a digit (Thai letters, Latin letters): the reject class
CLASSES = THAI_DIGITS + ARABIC_DIGITS + OTHER  # classifier outputs; "." and "-" are geometric


class MLP:
    """A one-hidden-layer perceptron with softmax output (numpy only)."""

    def __init__(self, params: dict[str, np.ndarray]):
        self.p = params

    def proba(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per feature row."""
        p = self.p
        z = (x - p["mu"]) / p["sd"]
        h = np.maximum(z @ p["W1"] + p["b1"], 0)
        o = h @ p["W2"] + p["b2"]
        o -= o.max(axis=1, keepdims=True)
        e = np.exp(o)
        return e / e.sum(axis=1, keepdims=True)


def train_mlp(X: np.ndarray, y: np.ndarray, hidden: int = 160, epochs: int = 30, seed: int = 0) -> dict:
    """Train the MLP with Adam on softmax cross-entropy; returns its parameters."""
    rng = np.random.default_rng(seed)
    mu, sd = X.mean(axis=0), X.std(axis=0) + 1e-3
    Z = (X - mu) / sd
    d, k = Z.shape[1], len(CLASSES)
    p = {"W1": rng.normal(0, math.sqrt(2 / d), (d, hidden)).astype(np.float32), "b1": np.zeros(hidden, np.float32),
         "W2": rng.normal(0, math.sqrt(2 / hidden), (hidden, k)).astype(np.float32), "b2": np.zeros(k, np.float32)}
    m = {kk: np.zeros_like(v) for kk, v in p.items()}
    v2 = {kk: np.zeros_like(v) for kk, v in p.items()}
    lr, b1, b2, t = 2e-3, 0.9, 0.999, 0
    Y = np.eye(k, dtype=np.float32)[y]
    for ep in range(epochs):
        order = rng.permutation(len(Z))
        for i in range(0, len(Z), 256):
            bi = order[i : i + 256]
            x, yy = Z[bi], Y[bi]
            hpre = x @ p["W1"] + p["b1"]
            h = np.maximum(hpre, 0)
            o = h @ p["W2"] + p["b2"]
            o -= o.max(axis=1, keepdims=True)
            pr = np.exp(o)
            pr /= pr.sum(axis=1, keepdims=True)
            go = (pr - yy) / len(bi)
            g = {"W2": h.T @ go + 1e-4 * p["W2"], "b2": go.sum(0)}
            gh = (go @ p["W2"].T) * (hpre > 0)
            g["W1"] = x.T @ gh + 1e-4 * p["W1"]
            g["b1"] = gh.sum(0)
            t += 1
            for kk in p:
                m[kk] = b1 * m[kk] + (1 - b1) * g[kk]
                v2[kk] = b2 * v2[kk] + (1 - b2) * g[kk] ** 2
                p[kk] -= lr * (m[kk] / (1 - b1**t)) / (np.sqrt(v2[kk] / (1 - b2**t)) + 1e-8)
        if ep == int(epochs * 0.7):
            lr *= 0.3
    p.update({"mu": mu.astype(np.float32), "sd": sd.astype(np.float32)})
    return p
