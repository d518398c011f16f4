"""Writing GeoTIFFs window by window, all-or-nothing.

Each output is written to a hidden ``.partial`` file beside its destination and renamed
into place only when the whole run succeeded; on error or cancel the partial file is
deleted, so no half-written raster is ever left where the user expects a result.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import rasterio
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, LulcError

BLOCK_SIZE = 256


@dataclass
class OutputSpec:
    """What one output raster holds: type, bands, nodata, and how other GIS should read it."""

    path: str
    dtype: str
    nodata: float
    band_descriptions: Sequence[str] = ("",)
    category_names: Sequence[str] | None = None  # for class rasters: value → name
    colormap: dict[int, tuple[int, int, int, int]] | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.band_descriptions)


class RasterOutput:
    """One output GeoTIFF on the input's grid, written through :meth:`write`."""

    def __init__(self, spec: OutputSpec, like) -> None:
        self.spec = spec
        self.final = Path(spec.path)
        self.partial = self.final.with_name(f".{self.final.stem}.partial{self.final.suffix or '.tif'}")
        profile = dict(
            driver="GTiff", dtype=spec.dtype, count=spec.count, height=like.height, width=like.width,
            crs=like.crs, transform=like.transform, nodata=spec.nodata, tiled=True,
            blockxsize=BLOCK_SIZE, blockysize=BLOCK_SIZE, compress="deflate", BIGTIFF="IF_SAFER",
        )
        if np.issubdtype(np.dtype(spec.dtype), np.floating):
            profile["predictor"] = 3
        try:
            self.final.parent.mkdir(parents=True, exist_ok=True)
            self.dataset = rasterio.open(self.partial, "w", **profile)
        except (OSError, rasterio.errors.RasterioError) as error:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "Cannot write the output {path}: {reason}. Choose a folder you "
                                  "can write to."),
                path=str(self.final),
                reason=str(error),
            ) from error
        for band, description in enumerate(spec.band_descriptions, start=1):
            if description:
                self.dataset.set_band_description(band, description)
        if spec.colormap:
            self.dataset.write_colormap(1, spec.colormap)
        if spec.tags:
            self.dataset.update_tags(**spec.tags)
        if spec.category_names:
            # Inside the file too, for readers that ignore the .aux.xml category names.
            self.dataset.update_tags(1, CLASS_NAMES=",".join(spec.category_names))

    def write(self, array: np.ndarray, window: Window) -> None:
        self.dataset.write(array.reshape((self.spec.count, *array.shape[-2:])), window=window)

    def commit(self) -> None:
        """Close and move into place, with the category names other GIS read."""
        self.dataset.close()
        if self.spec.category_names:
            from osgeo import gdal  # the same GDAL as rasterio's (checked by the test suite)

            handle = gdal.Open(str(self.partial), gdal.GA_Update)
            band = handle.GetRasterBand(1)
            band.SetCategoryNames(list(self.spec.category_names))
            band.SetDefaultRAT(self._attribute_table(gdal))
            band = handle = None  # closing writes the .aux.xml
        for suffix in ("", ".aux.xml"):
            partial, final = Path(f"{self.partial}{suffix}"), Path(f"{self.final}{suffix}")
            if partial.exists():
                os.replace(partial, final)
            elif final.exists():
                final.unlink()  # a stale sidecar from an earlier run would contradict the new file

    def _attribute_table(self, gdal):
        """A thematic raster attribute table: value, class name and colour of each class."""
        table = gdal.RasterAttributeTable()
        table.SetTableType(gdal.GRTT_THEMATIC)
        table.CreateColumn("Value", gdal.GFT_Integer, gdal.GFU_MinMax)
        table.CreateColumn("Class", gdal.GFT_String, gdal.GFU_Name)
        for column, usage in (("Red", gdal.GFU_Red), ("Green", gdal.GFU_Green), ("Blue", gdal.GFU_Blue)):
            table.CreateColumn(column, gdal.GFT_Integer, usage)
        colours = self.spec.colormap or {}
        for value, name in enumerate(self.spec.category_names):
            table.SetValueAsInt(value, 0, value)
            table.SetValueAsString(value, 1, name)
            for column, level in enumerate(colours.get(value, (0, 0, 0))[:3], start=2):
                table.SetValueAsInt(value, column, level)
        return table

    def discard(self) -> None:
        self.dataset.close()
        for suffix in ("", ".aux.xml"):
            Path(f"{self.partial}{suffix}").unlink(missing_ok=True)


class OutputSet:
    """Several outputs that succeed or fail together (``with OutputSet(...) as outputs:``)."""

    def __init__(self, specs: Sequence[OutputSpec], like) -> None:
        self.outputs: list[RasterOutput] = []
        try:
            for spec in specs:
                self.outputs.append(RasterOutput(spec, like))
        except BaseException:
            self._discard()
            raise

    def __enter__(self) -> list[RasterOutput]:
        return self.outputs

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is None:
            for output in self.outputs:
                output.commit()
        else:
            self._discard()

    def _discard(self) -> None:
        for output in self.outputs:
            output.discard()
