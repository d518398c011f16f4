"""Clouds and cloud shadows, found by ukis-csmask's U-Nets before the land-cover model runs.

ukis-csmask (Apache-2.0) ships its ONNX models in its wheel: L1C and L2A, from 4 bands (B02, B03,
B04, B08) or, better, 6 (+ B11, B12); nothing is downloaded. Its authors recommend ~30 m input, so a
pre-pass reads the raster averaged 3×3 in fixed blocks of the raster's own grid (with a margin, the
blocks' cores tile the raster), runs the detector exactly as ``ukis_csmask.mask.CSmask`` does (same
model files, statistics, tiling and blending; a test proves the two equal) with one ONNX session for
the whole run, and writes a uint8 mask on the input's 10 m grid: 0 clear, 1 cloud, 2 cloud shadow.
The blocks do not depend on TILE_SIZE, so neither does the mask. The tile loop then keeps masked pixels
away from the model (like nodata) and writes them as their own classes or as nodata.

One correction follows the detector: shadow is not kept on open water (:func:`open_water`, at 10 m).
The U-Net takes dark lakes for cloud shadow (on the demo scene a whole lake, and 6 % of the digitised
reference water); a shadowed lake is still water to the land-cover model, while shadows on land, which
do mislead it, stay masked.
"""
from __future__ import annotations

import json
import math
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor
from .scaling import ScaleDecision, to_reflectance

CLEAR, CLOUD, SHADOW = 0, 1, 2
#: Names and colours of the two masked classes, as they appear in class rasters and legends: cloud a light
#: blue-grey (white read as holes on QGIS's white canvas), shadow brown as in Sen2Cor's scene classification
#: (a dark grey was hard to tell from Highway's).
MASKED_CLASSES: tuple[tuple[str, str], ...] = (("Cloud", "#b9c6da"), ("Cloud shadow", "#5c3d1e"))
DETECTOR_BANDS: dict[str, tuple[str, ...]] = {  # ukis-csmask's names → Sentinel-2 bands
    "blue": ("B02",), "green": ("B03",), "red": ("B04",), "nir": ("B08",), "swir16": ("B11",), "swir22": ("B12",),
}
SIX_BANDS = ("blue", "green", "red", "nir", "swir16", "swir22")
FOUR_BANDS = ("blue", "green", "red", "nir")
#: McFeeters' NDWI (B03 − B08) / (B03 + B08) above which a pixel counts as open water. Water is at
#: 0.19–0.31 (quartiles of the demo scene's digitised water), shadowed fields and forest below 0.
OPEN_WATER_NDWI = 0.1
FACTOR = 3  # 10 m → 30 m, the resolution the detector was trained at
BLOCK = 1536  # raster pixels per block core (512 at 30 m)
MARGIN = 96  # raster pixels of context around each block (32 at 30 m)
OVERLAP = 0.2  # ukis-csmask's tile overlap, smoothly blended


def detector_bands(layer_bands: Sequence[str]) -> tuple[str, ...] | None:
    """The detector inputs the layer can feed (6 bands when it can, else 4), or None."""
    for names in (SIX_BANDS, FOUR_BANDS):
        if all(DETECTOR_BANDS[name][0] in layer_bands for name in names):
            return names
    return None


@dataclass(frozen=True)
class CloudDetector:
    """ukis-csmask's U-Net for one band set and processing level."""

    inputs: tuple[str, ...]  # ukis-csmask band names, in the model's order
    product_level: str  # "l1c" or "l2a"
    device: str = "cpu"

    @property
    def bands(self) -> tuple[str, ...]:
        """The Sentinel-2 bands it reads, in its order."""
        return tuple(DETECTOR_BANDS[name][0] for name in self.inputs)

    @property
    def model_file(self) -> Path:
        import ukis_csmask

        return Path(ukis_csmask.__file__).parent / f"model_{len(self.inputs)}b_{self.product_level}.onnx"

    @property
    def description(self) -> str:
        return f"ukis-csmask {len(self.inputs)}-band {self.product_level.upper()} U-Net"

    def statistics(self) -> dict:
        return json.loads(self.model_file.with_suffix(".json").read_text())["data"]

    def session(self):
        """One ONNX session, created once per detector (loading the model costs about a second)."""
        return _session(str(self.model_file), self.device)

    def classify(self, reflectance: np.ndarray, invalid: np.ndarray | None = None) -> np.ndarray:
        """0/1/2 (clear/cloud/shadow) for reflectance (rows, cols, bands in the model's order) at ~30 m:
        ``CSmask._csm`` with a shared session. ``invalid`` pixels (nodata) enter as the detector's training
        mean: fed as zero reflectance they are a black area, which the U-Net's wide receptive field took
        for shadow far beyond it (a nodata corner of a SEN12MS patch: 8.3 % of the pixels over 64 px away
        changed, 2.7 % now; the block's own valid mean, a nearest-pixel or a smooth fill did no better)."""
        import scipy.special
        from ukis_csmask.utils import tile_array, untile_array

        stats = self.statistics()
        mean, std = (np.asarray(v, np.float32) for v in stats["dataset_statistics"]["img"])
        image = (reflectance.astype(np.float32) - mean) / std
        if invalid is not None:
            image[invalid] = 0.0  # the training mean: neither bright nor dark to the U-Net
        size = stats["target_size"]
        tiles = np.moveaxis(tile_array(image, xsize=size[0], ysize=size[1], overlap=OVERLAP), -1, 1)
        session = self.session()
        name = session.get_inputs()[0].name
        probabilities = np.concatenate(
            [scipy.special.softmax(session.run(None, {name: tiles[i : i + 1]})[0], axis=1) for i in range(len(tiles))])
        probabilities = untile_array(np.moveaxis(probabilities, 1, -1), (*image.shape[:2], probabilities.shape[1]),
                                     overlap=OVERLAP, smooth_blending=True)
        return np.argmax(probabilities, axis=2).astype(np.uint8)


_SESSIONS: dict[tuple[str, str], object] = {}


def _session(model_file: str, device: str):
    if (model_file, device) not in _SESSIONS:
        import onnxruntime

        options = onnxruntime.SessionOptions()
        threads = os.environ.get("OMP_NUM_THREADS", "")
        if threads.isdigit() and int(threads) > 0:  # a process given a share of the cores (a Dask worker)
            options.intra_op_num_threads = int(threads)
        providers = ["CPUExecutionProvider"]
        if device == "cuda" and "CUDAExecutionProvider" in onnxruntime.get_available_providers():
            providers.insert(0, "CUDAExecutionProvider")
        _SESSIONS[(model_file, device)] = onnxruntime.InferenceSession(model_file, sess_options=options,
                                                                       providers=providers)
    return _SESSIONS[(model_file, device)]


def detector_installed() -> bool:
    """Whether ukis-csmask and onnxruntime can be imported (checked without importing them)."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("ukis_csmask", "onnxruntime"))


def choose_detector(layer_bands: Sequence[str], product_level: str, device: str = "cpu") -> CloudDetector | None:
    inputs = detector_bands(layer_bands)
    return CloudDetector(inputs, product_level, device) if inputs else None


def missing_detector_message(layer_bands: Sequence[str]) -> LulcError:
    return LulcError(QT_TRANSLATE_NOOP("engine", "CLOUD_MASK is on, but the cloud detector needs at least B02, B03, "
                                       "B04 and B08 (better also B11 and B12); the layer has {bands}. Choose auto or "
                                       "off."), bands=", ".join(layer_bands))


@dataclass
class MaskCounts:
    clear: int = 0
    cloud: int = 0
    shadow: int = 0

    def share(self, count: int) -> float:
        return count / max(self.clear + self.cloud + self.shadow, 1)


def open_water(green: np.ndarray, nir: np.ndarray) -> np.ndarray:
    """Pixels whose NDWI (from B03 and B08 reflectance) marks them as open water."""
    total = green + nir
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(total > 0, (green - nir) / total, 0.0) > OPEN_WATER_NDWI


def block_windows(height: int, width: int) -> Iterator[tuple[Window, Window]]:
    """(read window with margin, core window) for the fixed blocks of the raster's grid."""
    for row in range(0, height, BLOCK):
        for col in range(0, width, BLOCK):
            top, left = max(row - MARGIN, 0), max(col - MARGIN, 0)
            bottom, right = min(row + BLOCK + MARGIN, height), min(col + BLOCK + MARGIN, width)
            yield (Window(left, top, right - left, bottom - top),
                   Window(col, row, min(BLOCK, width - col), min(BLOCK, height - row)))


def write_cloud_mask(info, indexes: Sequence[int], scale: ScaleDecision, detector: CloudDetector, path: str,
                     monitor: Monitor = Monitor()) -> MaskCounts:
    """The mask (uint8 GeoTIFF on the input's grid) of the raster ``info``; ``indexes``: the layer bands of
    ``detector.bands``. Counts are over valid input pixels."""
    from .reader import invalid_mask

    nodata = [info.nodata[i - 1] for i in indexes]
    counts = MaskCounts()
    blocks = list(block_windows(info.height, info.width))
    profile = dict(driver="GTiff", dtype="uint8", count=1, height=info.height, width=info.width, tiled=True,
                   blockxsize=256, blockysize=256, compress="deflate")
    try:
        with rasterio.open(info.path) as source, rasterio.open(path, "w", crs=source.crs, transform=source.transform,
                                                                **profile) as target:
            for done, (read, core) in enumerate(blocks, start=1):
                monitor.check_cancelled()
                shape = (len(indexes), math.ceil(read.height / FACTOR), math.ceil(read.width / FACTOR))
                coarse = source.read(list(indexes), window=read, out_shape=shape, resampling=Resampling.average)
                reflectance = to_reflectance(coarse, scale.scale).transpose(1, 2, 0)
                classes = detector.classify(np.clip(reflectance, 0.0, None), invalid_mask(coarse, nodata))
                fine = classes.repeat(FACTOR, 0).repeat(FACTOR, 1)[: read.height, : read.width]
                rows = slice(core.row_off - read.row_off, core.row_off - read.row_off + core.height)
                cols = slice(core.col_off - read.col_off, core.col_off - read.col_off + core.width)
                block = fine[rows, cols]
                values = source.read(list(indexes), window=core)
                valid = ~invalid_mask(values, nodata)
                green, nir = (to_reflectance(values[detector.bands.index(band)], scale.scale)
                              for band in ("B03", "B08"))
                block = np.where((block == SHADOW) & open_water(green, nir), CLEAR, block)
                block = np.where(valid, block, CLEAR).astype(np.uint8)
                target.write(block[None], window=core)
                counts.clear += int((valid & (block == CLEAR)).sum())
                counts.cloud += int((block == CLOUD).sum())
                counts.shadow += int((block == SHADOW).sum())
                monitor.progress(done / len(blocks))
    except (rasterio.errors.RasterioError, OSError) as error:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Cannot read {path} to find clouds: {reason}."), path=info.path,
                        reason=str(error)) from error
    return counts


@contextmanager
def temporary_mask_path() -> Iterator[str]:
    """A private temporary file for a run's mask, removed afterwards whatever happens."""
    descriptor, path = tempfile.mkstemp(prefix="explainable_lulc_clouds_", suffix=".tif")
    os.close(descriptor)
    try:
        yield path
    finally:
        for suffix in ("", ".aux.xml"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
