"""EuroSAT in its published folder layout: ``<root>/<Class>/<Class>_<n>.tif|jpg``.

Used by training, evaluation and tests (never by the plugin at run time). The RGB JPEGs are
the same patches' B04/B03/B02 at 8 bits, with DN ≈ JPEG × 10.9 (measured on the 469 pairs).
"""
from __future__ import annotations

import random
import tarfile
from collections import defaultdict
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..models.registry import EUROSAT_CLASSES

#: Band order inside EuroSAT MS files: ESA's, with B8A moved to the end.
EUROSAT_MS_FILE_ORDER: tuple[str, ...] = (
    "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11", "B12", "B8A",
)
RGB_FILE_ORDER: tuple[str, ...] = ("B04", "B03", "B02")
JPEG_TO_DN = 10.9  # DN ≈ JPEG × 10.9, least squares over the 469 MS/RGB pairs
RGB_REFLECTANCE_MAX = 255 * JPEG_TO_DN / 10000.0  # the JPEGs saturate here


def patch_id(path: Path) -> str:
    """``.../Forest/Forest_12.tif`` → ``Forest_12`` (shared by a patch's MS and RGB files)."""
    return Path(path).stem


def class_of(identifier: str) -> int:
    return EUROSAT_CLASSES.index(identifier.rsplit("_", 1)[0])


def list_patches(root: Path, suffix: str) -> list[str]:
    """Patch ids of every ``<Class>/*<suffix>`` file under ``root``, sorted."""
    return sorted(patch_id(p) for c in EUROSAT_CLASSES for p in (Path(root) / c).glob(f"*{suffix}"))


def stratified_sample(ids: Iterable[str], fraction: float, seed: int) -> set[str]:
    """``fraction`` of each class, drawn reproducibly."""
    by_class: dict[int, list[str]] = defaultdict(list)
    for identifier in sorted(ids):
        by_class[class_of(identifier)].append(identifier)
    rng = random.Random(seed)
    chosen: set[str] = set()
    for label in sorted(by_class):
        members = by_class[label]
        rng.shuffle(members)
        chosen.update(members[: round(len(members) * fraction)])
    return chosen


def read_split(path: Path) -> set[str]:
    return {line.strip() for line in Path(path).read_text().splitlines() if line.strip() and not line.startswith("#")}


def load_ms_patches(root: Path, ids: Sequence[str], bands: Sequence[str]) -> np.ndarray:
    """Reflectance (N, len(bands), 64, 64) float32 from EuroSAT MS GeoTIFFs."""
    import rasterio

    indexes = [EUROSAT_MS_FILE_ORDER.index(b) + 1 for b in bands]
    out = np.empty((len(ids), len(bands), 64, 64), np.float32)
    for i, identifier in enumerate(ids):
        path = Path(root) / identifier.rsplit("_", 1)[0] / f"{identifier}.tif"
        with rasterio.open(path) as src:
            out[i] = src.read(indexes).astype(np.float32) / 10000.0
    return out


def load_rgb_patches(root: Path, ids: Sequence[str], bands: Sequence[str]) -> np.ndarray:
    """Reflectance (N, len(bands), 64, 64) float32 from EuroSAT RGB JPEGs (bands ⊆ B02–B04)."""
    from PIL import Image

    channels = [RGB_FILE_ORDER.index(b) for b in bands]
    out = np.empty((len(ids), len(bands), 64, 64), np.float32)
    for i, identifier in enumerate(ids):
        path = Path(root) / identifier.rsplit("_", 1)[0] / f"{identifier}.jpg"
        with Image.open(path) as image:
            pixels = np.asarray(image.convert("RGB"), np.float32)
        out[i] = pixels[:, :, channels].transpose(2, 0, 1) * (JPEG_TO_DN / 10000.0)
    return out


def rgb_root(data: Path, cache: Path) -> Path:
    """The RGB JPEG folder under ``data``, unpacking the published tarball into ``cache`` once."""
    data = Path(data)
    for candidate in (data / "eurosat_rgb" / "EuroSAT_RGB", data / "EuroSAT_RGB", data / "2750", data):
        if (candidate / "Forest").is_dir() and any((candidate / "Forest").glob("*.jpg")):
            return candidate
    target = Path(cache) / "EuroSAT_RGB"
    if not (target / "Forest").is_dir():
        Path(cache).mkdir(parents=True, exist_ok=True)
        with tarfile.open(data / "eurosat_rgb" / "EuroSAT_RGB.tar.gz") as archive:
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}  # Python ≥ 3.11.4
            archive.extractall(cache, **safe)
    return target


def ms_root(data: Path) -> Path:
    """The MS GeoTIFF folder under ``data`` (EuroSAT's layout: ``<Class>/<Class>_<n>.tif``)."""
    data = Path(data)
    for candidate in (data / "eurosat_ms" / "EuroSAT_MS", data / "EuroSAT_MS", data / "ds" / "images" / "remote_sensing"
                      / "otherDatasets" / "sentinel_2" / "tif", data):
        if (candidate / "Forest").is_dir() and any((candidate / "Forest").glob("*.tif")):
            return candidate
    raise FileNotFoundError(f"no EuroSAT MS folder (<Class>/<Class>_<n>.tif) under {data}")


class EuroSat:
    """One EuroSAT release (``ms``: GeoTIFFs; ``rgb``: JPEGs) in a data folder: its patch ids and loader."""

    def __init__(self, source: str, data: Path, cache: Path) -> None:
        if source == "ms":
            self.root, self.suffix, self.loader = ms_root(data), ".tif", load_ms_patches
        else:
            self.root, self.suffix, self.loader = rgb_root(data, cache), ".jpg", load_rgb_patches
        self.ids = list_patches(self.root, self.suffix)

    def load(self, ids: Sequence[str], bands: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Reflectance (N, bands, 64, 64) and class labels (N,)."""
        return self.loader(self.root, ids, bands), np.array([class_of(i) for i in ids], np.int64)
