"""Writing GeoTIFFs window by window, on the input's grid.

Each output is written where its run's :class:`~.transaction.OutputTransaction` says (a temporary
file beside the final one); the transaction moves it into place only when the whole run succeeded.
Once complete, each becomes a Cloud-Optimised GeoTIFF (GDAL's COG driver: tiled, with overviews, so a
regional map opens fast in QGIS and web viewers), still in its temporary file.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np
import rasterio
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, Cancelled, LulcError
from .heap import large_blocks_reused
from .monitor import Monitor, PartMonitor
from .transaction import SigtermAsError, exclusive_companion

BLOCK_SIZE = 256


def cog_driver_available(gdal) -> bool:
    """GDAL's COG driver with OVERVIEW_RESAMPLING: GDAL 3.2 or later."""
    return gdal.GetDriverByName("COG") is not None and int(gdal.VersionInfo("VERSION_NUM")) >= 3020000


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
    #: What to write where the run's pixel mask flags a pixel (mask code → value); nodata if absent.
    masked_values: dict[int, float] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.band_descriptions)


class RasterOutput:
    """One output GeoTIFF on the input's grid, written through :meth:`write` to ``path``."""

    def __init__(self, spec: OutputSpec, like, path: str) -> None:
        self.spec = spec
        self.path = path
        profile = dict(
            driver="GTiff", dtype=spec.dtype, count=spec.count, height=like.height, width=like.width,
            crs=like.crs, transform=like.transform, nodata=spec.nodata, tiled=True,
            blockxsize=BLOCK_SIZE, blockysize=BLOCK_SIZE, BIGTIFF="IF_SAFER",
        )
        from osgeo import gdal

        if not cog_driver_available(gdal):  # else the COG rewrite compresses: this file is only its source
            profile["compress"] = "deflate"
            if np.issubdtype(np.dtype(spec.dtype), np.floating):
                profile["predictor"] = 3
        try:
            self.dataset = rasterio.open(path, "w", **profile)
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
        except (OSError, rasterio.errors.RasterioError) as error:
            raise self.error(error) from error

    def error(self, error: BaseException) -> LulcError:
        return LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot write the output {path}: {reason}. Check that the disk has room "
                              "and that you may write there."),
            path=self.spec.path, reason=str(error),
        )

    def write(self, array: np.ndarray, window: Window) -> None:
        try:
            self.dataset.write(array.reshape((self.spec.count, *array.shape[-2:])), window=window)
        except (OSError, rasterio.errors.RasterioError) as error:
            raise self.error(error) from error

    def close(self, monitor: Monitor = Monitor()) -> None:
        """Close the file, rewrite it as a COG (progress and cancel through ``monitor``), then add the
        category names and attribute table other GIS read."""
        try:
            self.dataset.close()
            self._make_cloud_optimised(monitor)
            if self.spec.category_names:
                from osgeo import gdal  # the same GDAL as rasterio's (checked by the test suite)

                handle = gdal.Open(self.path, gdal.GA_Update)
                if handle is None:
                    raise OSError(gdal.GetLastErrorMsg() or "GDAL could not reopen the file")
                band = handle.GetRasterBand(1)
                band.SetCategoryNames(list(self.spec.category_names))
                band.SetDefaultRAT(self._attribute_table(gdal))
                band = handle = None  # closing writes the .aux.xml
        except (OSError, RuntimeError, rasterio.errors.RasterioError) as error:
            raise self.error(error) from error

    def _make_cloud_optimised(self, monitor: Monitor) -> None:
        """Rewrite the finished file as a COG: the overviews of a class map keep the most frequent
        class (never a value between classes), those of continuous rasters the mean. The category
        names and attribute table go into the side file afterwards, which leaves the layout intact."""
        from osgeo import gdal

        if not cog_driver_available(gdal):
            return  # the tiled GeoTIFF as written: QGIS 3.22 also runs on GDAL 3.0 and 3.1
        floating = np.issubdtype(np.dtype(self.spec.dtype), np.floating)
        # DEFLATE, which every COG reader knows, at level 1: 40 % faster than the default level 6 for a
        # confidence raster 10 % larger, a class raster about as small (measured: README, "Benchmark").
        options = ["COMPRESS=DEFLATE", "LEVEL=1", "PREDICTOR=YES", f"BLOCKSIZE={BLOCK_SIZE}", "BIGTIFF=IF_SAFER",
                   "NUM_THREADS=ALL_CPUS", f"OVERVIEW_RESAMPLING={'AVERAGE' if floating else 'MODE'}"]
        cloud_optimised = exclusive_companion(Path(self.path), ".cog")
        try:
            try:
                with large_blocks_reused():  # GDAL's overview and compression buffers, block after block
                    written = gdal.Translate(str(cloud_optimised), self.path, format="COG",
                                             creationOptions=options, callback=gdal_progress(monitor))
            except RuntimeError:  # GDAL's exceptions on (QGIS or a plugin may turn them on)
                written = None
                if not monitor.cancelled():
                    raise
            if written is None and monitor.cancelled():
                raise Cancelled()
            if written is None:
                raise OSError(gdal.GetLastErrorMsg() or "GDAL could not write a Cloud-Optimised GeoTIFF")
            written = None  # closing flushes it
            os.replace(cloud_optimised, self.path)
        finally:
            for leftover in (cloud_optimised, Path(f"{cloud_optimised}.aux.xml")):
                leftover.unlink(missing_ok=True)

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

    def abandon(self) -> None:
        try:
            self.dataset.close()
        except Exception:  # noqa: BLE001 - the run already failed; its files are discarded anyway
            pass


def gdal_progress(monitor: Monitor):
    """A GDAL progress callback reporting to ``monitor``; it stops GDAL when the run is cancelled or
    terminated (GDAL swallows exceptions raised in it)."""

    def report(complete: float, message, data) -> int:
        monitor.progress(complete)
        return 0 if monitor.cancelled() or SigtermAsError.received else 1

    return report


class OutputSet:
    """The raster outputs of one tile loop (``with OutputSet(specs, like, transaction) as outputs:``),
    written to the transaction's temporary files. Closing rewrites them as COGs, reported to
    ``monitor`` one after another."""

    def __init__(self, specs: Sequence[OutputSpec], like, transaction, monitor: Monitor = Monitor()) -> None:
        self.monitor = monitor
        self.outputs: list[RasterOutput] = []
        try:
            for spec in specs:
                self.outputs.append(RasterOutput(spec, like, transaction.path(spec.path)))
        except BaseException:
            self._abandon()
            raise

    def __enter__(self) -> list[RasterOutput]:
        return self.outputs

    def __exit__(self, exc_type, exc, traceback) -> None:
        if exc_type is not None:
            self._abandon()
            return
        share = 1.0 / max(1, len(self.outputs))
        for done, output in enumerate(self.outputs):
            try:
                output.close(PartMonitor(self.monitor, done * share, share))
            except BaseException:
                for rest in self.outputs[done + 1 :]:  # closed, so the transaction can delete them (Windows)
                    rest.abandon()
                raise

    def _abandon(self) -> None:
        for output in self.outputs:
            output.abandon()
