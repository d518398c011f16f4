"""Opening the input raster and deciding what its bands and values mean."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import rasterio

from .bands import BandMapping, resolve_bands
from .errors import QT_TRANSLATE_NOOP, LulcError, Message
from .reader import invalid_mask, read_errors_named
from .scaling import (
    CIRRUS_DARKEST_SHARE,
    InputScale,
    ScaleDecision,
    check_scale,
    cirrus_darkest_share,
    detect_scale,
)

MIN_SIZE = 64  # one model window
SAMPLE_SIZE = 1024  # side of the decimated read that looks at the values: ~1 M pixels spread evenly


@dataclass(frozen=True)
class RasterInfo:
    path: str
    height: int
    width: int
    band_mapping: BandMapping
    nodata: tuple[float | None, ...]
    is_float: bool
    offset_in_metadata: bool
    dtype: str = "uint16"
    files: tuple[str, ...] = ()  # every file the dataset reads (side files, a VRT's sources)
    declared_level: str | None = None  # "l1c" / "l2a" when the metadata says
    pixel_metres: float | None = None  # the larger pixel side, when the CRS is projected in metres

    @property
    def product_level(self) -> str:
        """L1C (top of atmosphere) or L2A (surface reflectance), for the cloud detector."""
        if self.declared_level:
            return self.declared_level
        if "B10" not in self.band_mapping.names and len(self.band_mapping.names) == 12:
            return "l2a"  # ESA's L2A products have every band but the cirrus band B10
        return "l1c"

    @property
    def product_level_reason(self) -> Message:
        if self.declared_level:
            return Message(QT_TRANSLATE_NOOP("engine", "{level} as the metadata declares"),
                           level=self.declared_level.upper())
        if self.product_level == "l2a":
            return Message(QT_TRANSLATE_NOOP("engine", "L2A assumed: 12 bands without B10, as ESA's L2A products"))
        if "B10" in self.band_mapping.names:
            return Message(QT_TRANSLATE_NOOP("engine", "L1C: the layer has B10, which L2A products lack"))
        return Message(QT_TRANSLATE_NOOP("engine", "L1C assumed; nothing in the layer says L2A"))


def open_raster(path: str, bands_text: str = "") -> RasterInfo:
    """Check that ``path`` is a usable raster and name its bands."""
    try:
        with rasterio.open(path) as dataset:
            descriptions = dataset.descriptions
            colours = tuple(interpretation.name for interpretation in dataset.colorinterp)
            dtype = np.dtype(dataset.dtypes[0])
            info = dict(
                height=dataset.height, width=dataset.width, nodata=tuple(dataset.nodatavals),
                is_float=np.issubdtype(dtype, np.floating), offset_in_metadata=_declares_offset(dataset),
                dtype=dtype.name, files=tuple(dataset.files), declared_level=_declared_level(dataset),
                pixel_metres=_pixel_metres(dataset),
            )
    except (rasterio.errors.RasterioError, OSError) as error:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot open {path} as a raster: {reason}. The file may be damaged or "
                              "incomplete (e.g. an interrupted download): download or export it again."),
            path=path,
            reason=str(error),
        ) from error
    if dtype.kind == "c":
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "{path} holds complex numbers ({dtype}); Sentinel-2 images hold real "
                              "reflectance or digital numbers. Use the optical product, or convert the raster to "
                              "real values (e.g. Raster calculator) first."),
            path=path, dtype=dtype.name,
        )
    if dtype == np.int8:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "{path} is signed 8-bit (int8): it cannot hold Sentinel-2 digital numbers "
                              "(0–10000 and more) or reflectance. Use the original 16-bit or float product."),
            path=path,
        )
    if info["height"] < MIN_SIZE or info["width"] < MIN_SIZE:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "The raster is {width}×{height} pixels; the model looks at {size}×{size} "
                "windows, so it needs at least that. Use a larger extent."),
            width=info["width"],
            height=info["height"],
            size=MIN_SIZE,
        )
    return RasterInfo(path=path, band_mapping=resolve_bands(bands_text, descriptions, colours), **info)


def _pixel_metres(dataset) -> float | None:
    """The larger pixel side in metres, or None when the CRS is not projected in metres (degrees, none)."""
    try:
        crs = dataset.crs
        if crs is None or not crs.is_projected or abs(crs.linear_units_factor[1] - 1.0) > 1e-9:
            return None
    except (rasterio.errors.RasterioError, ValueError, TypeError):  # units GDAL cannot tell
        return None
    return float(max(abs(dataset.res[0]), abs(dataset.res[1])))


def _declared_level(dataset) -> str | None:
    """L1C or L2A from GDAL's SENTINEL2 metadata (PRODUCT_TYPE S2MSI2A, PROCESSING_LEVEL Level-2A)."""
    text = " ".join(f"{key}={value}" for key, value in dataset.tags().items()
                    if key.upper() in ("PRODUCT_TYPE", "PROCESSING_LEVEL", "PRODUCT_LEVEL")).upper()
    if "2A" in text:
        return "l2a"
    if "1C" in text:
        return "l1c"
    return None


def _declares_offset(dataset) -> bool:
    """Baseline-04.00 products say so in their metadata (GDAL's SENTINEL2 driver)."""
    tags = {key.upper(): value for key, value in dataset.tags().items()}
    declared = any("ADD_OFFSET" in key and str(value).strip().startswith("-1000") for key, value in tags.items())
    return declared or any(offset == -1000 or abs(offset + 0.1) < 1e-9 for offset in dataset.offsets)


def sample_valid_pixels(info: RasterInfo, indexes: Sequence[int], size: int = SAMPLE_SIZE) -> np.ndarray:
    """A decimated read spread over the whole raster: its valid pixels as bands × pixels."""
    with read_errors_named(info.path), rasterio.open(info.path) as dataset:
        shape = (len(indexes), min(info.height, size), min(info.width, size))
        values = dataset.read(list(indexes), out_shape=shape)
    invalid = invalid_mask(values, [info.nodata[i - 1] for i in indexes])
    return values[:, ~invalid]


def decide_scale(info: RasterInfo, requested: InputScale, bands: Sequence[str]) -> ScaleDecision:
    """The requested scale, checked against the data, or for AUTO the one the data's type and values
    indicate. An input without a valid pixel in an even sample of ~1 M pixels is refused here, in
    seconds, rather than after a pass over every tile."""
    indexes = info.band_mapping.indexes_of(bands)
    sample = sample_valid_pixels(info, indexes)
    if sample.size == 0:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "{path}: no valid pixel in an even sample of {count} pixels of its bands "
                              "{bands} (all nodata: the declared nodata value, NaN, or every band zero). Check the "
                              "layer's extent and its nodata value."),
            path=info.path, count=min(info.height, SAMPLE_SIZE) * min(info.width, SAMPLE_SIZE),
            bands=", ".join(bands),
        )
    cirrus_share = cirrus_order_share(info, bands, sample)
    out_of_order = cirrus_share is not None and cirrus_share < CIRRUS_DARKEST_SHARE
    if out_of_order and info.band_mapping.source == "band count":
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "{path}: its {count} bands were taken in the standard order (no band "
                              "descriptions, no BANDS), but the band read as B10 (cirrus, band {index}) is darker than "
                              "those read as B01 and B09 in only {share:.0f} % of the pixels, where the cirrus band is "
                              "the darkest of the three almost everywhere: the bands are in another order. Give their "
                              "order in BANDS (e.g. B04,B03,B02,B08,…) or write band descriptions."),
            path=info.path, count=len(info.band_mapping.names), index=info.band_mapping.indexes_of(["B10"])[0],
            share=100 * cirrus_share,
        )
    if requested is not InputScale.AUTO:
        decision = check_scale(requested, sample, tuple(bands), info.is_float, info.dtype)
    else:
        decision = detect_scale(sample, tuple(bands), info.is_float, info.offset_in_metadata, info.dtype)
    if not out_of_order:
        return decision
    doubt = Message(QT_TRANSLATE_NOOP("engine", "the band named B10 (cirrus) is darker than those named B01 and B09 "
                                                "in only {share:.0f} % of the pixels, where the cirrus band is the "
                                                "darkest of the three almost everywhere: check the band order"),
                    share=100 * cirrus_share)
    return dataclasses.replace(decision, warnings=(*decision.warnings, doubt))


def cirrus_order_share(info: RasterInfo, sampled_bands: Sequence[str], sample: np.ndarray) -> float | None:
    """:func:`cirrus_darkest_share` of the layer's own B01, B09 and B10 (None when it lacks one): whatever the
    model reads, a layer whose bands are in another order than named is caught. Taken from ``sample`` (of
    ``sampled_bands``) when it holds them, else read."""
    bands = ("B01", "B09", "B10")
    if not set(bands) <= set(info.band_mapping.names):
        return None
    if set(bands) <= set(sampled_bands):
        return cirrus_darkest_share(sample[[list(sampled_bands).index(band) for band in bands]])
    return cirrus_darkest_share(sample_valid_pixels(info, info.band_mapping.indexes_of(bands)))
