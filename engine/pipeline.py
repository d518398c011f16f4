"""The tile loop every algorithm shares: read tiles in batches, compute, crop, mask, write.

An algorithm supplies a ``compute`` function mapping a batch of tiles to one array per output,
each (batch, bands, P, P) on the tile's upsampled pixel grid (P = cells × stride, the core at
``tile.core_offset``); the loop does the rest: reading with mirrored edges, cropping each
tile's core, writing nodata where the input is nodata, progress, cancel, all-or-nothing files.
Arrays beyond the written outputs are cropped too and handed to ``observe`` with each tile's
valid pixels, for summaries that must not be written.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np
import rasterio

from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor
from .reader import invalid_mask, read_tile
from .source import RasterInfo
from .tiling import Tile, TileGrid
from .writer import OutputSet, OutputSpec


@dataclass(frozen=True)
class RunSettings:
    device: str = "cpu"
    batch_size: int = 2
    tile_size: int = 512

    def fitted(self, height: int, width: int, multiple: int = 8) -> RunSettings:
        """The tile size rounded up to a multiple the method needs, and no larger than the raster
        needs: every tile has the same shape, so a small raster in a large tile wastes the margin."""
        def round_up(size: int) -> int:
            return max(multiple, math.ceil(size / multiple) * multiple)

        return replace(self, tile_size=min(round_up(self.tile_size), round_up(max(height, width))))


@dataclass(frozen=True)
class RunReport:
    tiles: int
    seconds: float
    valid_pixels: int

    def megapixels_per_second(self, pixels: int) -> float:
        return pixels / 1e6 / max(self.seconds, 1e-9)


@dataclass(frozen=True)
class TileBatch:
    """Raw pixels of a batch of tiles (B, bands, R, R) and their nodata masks (B, R, R)."""

    tiles: Sequence[Tile]
    raw: np.ndarray
    invalid: np.ndarray


Compute = Callable[[TileBatch], Sequence[np.ndarray]]
Observe = Callable[[Tile, Sequence[np.ndarray], np.ndarray], None]  # tile, its cropped arrays, valid pixels


def batched(items: Sequence, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def run_tiled(
    info: RasterInfo,
    indexes: Sequence[int],
    grid: TileGrid,
    specs: Sequence[OutputSpec],
    compute: Compute,
    settings: RunSettings,
    monitor: Monitor,
    observe: Observe | None = None,
) -> RunReport:
    nodata = [info.nodata[i - 1] for i in indexes]
    tiles = list(grid.tiles())
    started, valid_pixels, done = time.perf_counter(), 0, 0
    with rasterio.open(info.path) as source, OutputSet(specs, source) as outputs:
        for batch_tiles in batched(tiles, settings.batch_size):
            monitor.check_cancelled()
            raw = np.stack([read_tile(source, indexes, tile) for tile in batch_tiles])
            invalid = np.stack([invalid_mask(r, nodata) for r in raw])
            results = compute(TileBatch(batch_tiles, raw, invalid))
            for k, tile in enumerate(batch_tiles):
                core_invalid = invalid[k][tile.core_slices(tile.read_core_offset)]
                rows, cols = tile.core_slices(tile.core_offset)
                cropped = [result[k][:, rows, cols] for result in results]
                for output, values, spec in zip(outputs, cropped, specs):
                    values = np.array(values, dtype=spec.dtype)
                    values[:, core_invalid] = spec.nodata
                    output.write(values, tile.core)
                if observe is not None:
                    observe(tile, cropped, ~core_invalid)
                valid_pixels += int((~core_invalid).sum())
            done += len(batch_tiles)
            monitor.progress(done / len(tiles))
        if valid_pixels == 0:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "Every pixel of the input is nodata (declared nodata, or all bands "
                                  "zero): there is nothing to process. Check the layer and its nodata value.")
            )
    return RunReport(tiles=len(tiles), seconds=time.perf_counter() - started, valid_pixels=valid_pixels)
