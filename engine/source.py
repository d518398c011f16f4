"""Opening the input raster and deciding what its bands and values mean."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import rasterio

from .bands import BandMapping, resolve_bands
from .errors import QT_TRANSLATE_NOOP, LulcError
from .reader import invalid_mask
from .scaling import InputScale, ScaleDecision, detect_scale

MIN_SIZE = 64  # one model window
SAMPLE_SIZE = 512  # side of the decimated read used to look at the values


@dataclass(frozen=True)
class RasterInfo:
    path: str
    height: int
    width: int
    band_mapping: BandMapping
    nodata: tuple[float | None, ...]
    is_float: bool
    offset_in_metadata: bool


def open_raster(path: str, bands_text: str = "") -> RasterInfo:
    """Check that ``path`` is a usable raster and name its bands."""
    try:
        with rasterio.open(path) as dataset:
            descriptions = dataset.descriptions
            info = dict(
                height=dataset.height, width=dataset.width, nodata=tuple(dataset.nodatavals),
                is_float=np.issubdtype(np.dtype(dataset.dtypes[0]), np.floating),
                offset_in_metadata=_declares_offset(dataset),
            )
    except rasterio.errors.RasterioIOError as error:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot open {path} as a raster: {reason}"),
            path=path,
            reason=str(error),
        ) from error
    if info["height"] < MIN_SIZE or info["width"] < MIN_SIZE:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "The raster is {width}×{height} pixels; the model looks at {size}×{size} "
                "windows, so it needs at least that. Use a larger extent."),
            width=info["width"],
            height=info["height"],
            size=MIN_SIZE,
        )
    return RasterInfo(path=path, band_mapping=resolve_bands(bands_text, descriptions), **info)


def _declares_offset(dataset) -> bool:
    """Baseline-04.00 products say so in their metadata (GDAL's SENTINEL2 driver)."""
    tags = {key.upper(): value for key, value in dataset.tags().items()}
    declared = any("ADD_OFFSET" in key and str(value).strip().startswith("-1000") for key, value in tags.items())
    return declared or any(offset == -1000 or abs(offset + 0.1) < 1e-9 for offset in dataset.offsets)


def sample_valid_pixels(info: RasterInfo, indexes: Sequence[int]) -> np.ndarray:
    """A decimated read of the whole raster: its valid pixels as bands × pixels."""
    with rasterio.open(info.path) as dataset:
        shape = (len(indexes), min(info.height, SAMPLE_SIZE), min(info.width, SAMPLE_SIZE))
        values = dataset.read(list(indexes), out_shape=shape)
    invalid = invalid_mask(values, [info.nodata[i - 1] for i in indexes])
    return values[:, ~invalid]


def decide_scale(info: RasterInfo, requested: InputScale, bands: Sequence[str]) -> ScaleDecision:
    """The requested scale, or for AUTO the one the data's type and values indicate."""
    if requested is not InputScale.AUTO:
        return ScaleDecision(requested, "as requested")
    indexes = info.band_mapping.indexes_of(bands)
    sample = sample_valid_pixels(info, indexes)
    return detect_scale(sample, tuple(bands), info.is_float, info.offset_in_metadata)
