"""Building the digit model from installed Thai fonts (rendered, scan-degraded numbers segmented
exactly as at run time) and loading it: ``python -m extractors.numerals build``."""
from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np

from extractors.numerals.glyphs import glyph_features
from extractors.numerals.mlp import ARABIC_DIGITS, CLASSES, MLP, THAI_DIGITS, train_mlp

# negatives for the reject class: letters without marks, minus digit look-alikes (O, l, I...)
NEGATIVE_CHARS = "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮฤ" + "ACDEFGHJKLMNPRTUVWXYacdefhkmnprtuvwxy"
MODEL_PATH = Path(__file__).resolve().parents[1] / "models" / "numerals.npz"


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> MLP:
    """Load the shipped model; build it first if it is missing (set-up step)."""
    if not Path(path).exists():
        build(Path(path))
    with np.load(path) as z:
        return MLP({k: z[k] for k in z.files})


def font_files() -> list[Path]:
    """Thai fonts used to build the model: Sarabun and Noto Sans Thai (pip font packages) and
    the Debian TLWG fonts. Only fonts that are present are returned."""
    out: list[Path] = []
    try:
        import fontpkg_sarabun

        d = Path(fontpkg_sarabun.__file__).parent / "files"
        out += [d / f"Sarabun-{w}.ttf" for w in ("Regular", "Bold", "Light", "Medium", "SemiBold", "Italic")]
    except ImportError:
        pass
    try:
        import fontpkg_noto_sans_thai

        out += sorted((Path(fontpkg_noto_sans_thai.__file__).parent / "files").glob("*.ttf"))
    except ImportError:
        pass
    tlwg = Path("/usr/share/fonts/truetype/tlwg")
    for name in ("Garuda", "Garuda-Bold", "Loma", "Loma-Bold", "Kinnari", "Kinnari-Bold", "Norasi", "Norasi-Bold",
                 "Laksaman", "Laksaman-Bold", "Sawasdee", "Sawasdee-Bold", "Umpush", "Umpush-Bold", "Waree",
                 "Waree-Bold", "TlwgTypo", "TlwgTypist", "Purisa"):
        out.append(tlwg / f"{name}.ttf")
    return [p for p in out if p.exists()]


def random_number(rng: np.random.Generator) -> str:
    """A random score-like string (``98.67``, ``100``, ``5.41``, ``2568``...) in Arabic digits."""
    r = rng.random()
    if r < 0.55:
        return f"{rng.uniform(0, 100):.2f}"
    if r < 0.7:
        return str(int(rng.integers(0, 10000)))
    if r < 0.85:
        return f"{rng.uniform(0, 10):.2f}"
    return "".join(rng.choice(list(ARABIC_DIGITS), size=int(rng.integers(1, 6))))


def render_text(text: str, font_path: Path, px: int, rng: np.random.Generator) -> np.ndarray:
    """Render a string in a font to a grayscale image with a white margin."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(font_path), px)
    l, t, r, b = font.getbbox(text)
    pad = int(px * 0.3) + 2
    img = Image.new("L", (r - l + 2 * pad, int(px * 1.6) + 2 * pad), 255)
    ImageDraw.Draw(img).text((pad - l, pad + int(px * 0.1)), text, font=font, fill=int(rng.integers(0, 60)))
    return np.array(img)


def degrade(img: np.ndarray, rng: np.random.Generator, strength: float = 1.0) -> np.ndarray:
    """Scan-like degradation of a grayscale image: rotation, blur, noise, morphology, JPEG."""
    h, w = img.shape
    ang = rng.uniform(-2.0, 2.0) * strength
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    out = cv2.warpAffine(img, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)
    if rng.random() < 0.6 * strength:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 1.2))
    if rng.random() < 0.3 * strength:
        k = np.ones((2, 2), np.uint8)
        out = cv2.erode(out, k) if rng.random() < 0.5 else cv2.dilate(out, k)
    if rng.random() < 0.7 * strength:
        out = np.clip(out.astype(np.float32) + rng.normal(0, rng.uniform(3, 18), out.shape), 0, 255).astype(np.uint8)
    if rng.random() < 0.5 * strength:
        q = int(rng.integers(25, 80))
        _, enc = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, q])
        out = cv2.imdecode(enc, cv2.IMREAD_GRAYSCALE)
    if rng.random() < 0.25 * strength:  # bilevel scan (CCITT fax style)
        t = rng.uniform(110, 170)
        out = np.where(out < t, 0, 255).astype(np.uint8)
    return out


def make_samples(n_strings: int, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Training samples from rendered, degraded numbers segmented exactly as at run time.

    Strings whose segmentation does not give one glyph per character are skipped, so labels
    are exact.
    """
    rng = np.random.default_rng(seed)
    fonts = font_files()
    X, y = [], []
    tr = str.maketrans(ARABIC_DIGITS, THAI_DIGITS)
    for _ in range(n_strings):
        s = random_number(rng)
        thai = rng.random() < 0.6
        text = s.translate(tr) if thai else s
        if rng.random() < 0.18:  # a word for the reject class
            text = "".join(rng.choice(list(NEGATIVE_CHARS), size=int(rng.integers(2, 6))))
        font = fonts[int(rng.integers(len(fonts)))]
        px = int(rng.integers(22, 70))
        img = degrade(render_text(text, font, px, rng), rng, strength=float(rng.uniform(0.3, 1.0)))
        glyphs, F = glyph_features(img)
        kinds = "".join("d" if g.kind == "digit" else g.kind[:2] for g in glyphs)
        want = "".join("d" if ch not in ".-" else ("do" if ch == "." else "da") for ch in text)
        if kinds != want:
            continue
        labels = [CLASSES.index(ch) if ch in CLASSES else len(CLASSES) - 1 for ch in text if ch not in ".-"]
        X.append(F)
        y.extend(labels)
    return np.concatenate(X), np.array(y)


def build(path: Path = MODEL_PATH, n_strings: int = 14000, seed: int = 0) -> dict:
    """Build the model from the installed Thai fonts and save it; returns held-out metrics."""
    X, y = make_samples(n_strings, seed)  # (segmented without a model: there is none yet)
    Xv, yv = make_samples(max(1000, n_strings // 7), seed + 1)
    params = train_mlp(X, y)
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(path, **params)
    load_model.cache_clear()
    P = MLP(params).proba(Xv)
    pred = P.argmax(1)
    conf = np.zeros((len(CLASSES), len(CLASSES)), int)
    for a, b in zip(yv, pred):
        conf[a, b] += 1
    return {"train": len(y), "valid": len(yv), "valid_acc": float((pred == yv).mean()), "confusion": conf}


def main(argv: list[str]) -> int:
    """``python -m extractors.numerals build`` builds the model and prints its confusion matrix."""
    if not argv or argv[0] != "build":
        print("usage: python -m extractors.numerals build", file=sys.stderr)
        return 2
    r = build()
    print(f"glyphs train={r['train']} valid={r['valid']} valid_acc={r['valid_acc']:.4f}")
    print("     " + " ".join(f"{c:>3}" for c in CLASSES))
    for i, row in enumerate(r["confusion"]):
        print(f"{CLASSES[i]:>3}  " + " ".join(f"{v:>3}" for v in row))
    return 0

