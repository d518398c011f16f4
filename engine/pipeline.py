"""The tile loop every algorithm shares: read tiles in batches, compute, crop, mask, write.

An algorithm supplies a ``compute`` function mapping a batch of tiles to one array per output,
each (batch, bands, P, P) on the tile's upsampled pixel grid (P = cells × stride, the core at
``tile.core_offset``); the loop does the rest: reading with mirrored edges, cropping each
tile's core, writing nodata where the input is nodata, progress, cancel, all-or-nothing files.
Arrays beyond the written outputs are cropped too and handed to ``observe`` with each tile's
valid pixels, for summaries that must not be written. Tiles whose core holds no valid pixel are
written as nodata without running the model. Outputs go through an
:class:`~.transaction.OutputTransaction`: the caller's, or one of the loop's own.
"""
from __future__ import annotations

import math
import time
from contextlib import nullcontext
from dataclasses import dataclass, replace
from typing import Callable, Sequence

import numpy as np
import rasterio

from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor
from .reader import invalid_mask, read_tile
from .source import RasterInfo
from .tiling import Tile, TileGrid
from .transaction import OutputTransaction
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


def read_batch(source, info: RasterInfo, indexes: Sequence[int], tiles: Sequence[Tile]) -> np.ndarray:
    """Raw pixels of ``tiles`` (B, bands, R, R); a read error becomes a message naming the file."""
    try:
        return np.stack([read_tile(source, indexes, tile) for tile in tiles])
    except (rasterio.errors.RasterioError, OSError) as error:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot read {path}: {reason}. The file may be damaged or incomplete "
                              "(e.g. an interrupted download or copy): download or export it again."),
            path=info.path, reason=str(error),
        ) from error


def run_tiled(
    info: RasterInfo,
    indexes: Sequence[int],
    grid: TileGrid,
    specs: Sequence[OutputSpec],
    compute: Compute,
    settings: RunSettings,
    monitor: Monitor,
    observe: Observe | None = None,
    transaction: OutputTransaction | None = None,
    pixel_mask: str | None = None,
) -> RunReport:
    """Run ``compute`` over every tile and write ``specs``; with ``transaction`` the outputs stay
    temporary until the caller commits it, else they are committed when the loop succeeds.

    ``pixel_mask``: a uint8 raster on the input's grid (e.g. clouds): pixels with a non-zero code are
    kept from the model like nodata and written as each spec's ``masked_values`` say (else nodata)."""
    nodata = [info.nodata[i - 1] for i in indexes]
    tiles = list(grid.tiles())
    started, valid_pixels, done = time.perf_counter(), 0, 0
    owned = transaction is None
    if owned:
        transaction = OutputTransaction.for_rasters([spec.path for spec in specs], info.files or [info.path])
    with transaction if owned else nullcontext(), rasterio.open(info.path) as source, \
            (rasterio.open(pixel_mask) if pixel_mask else nullcontext()) as mask_source, \
            OutputSet(specs, source, transaction) as outputs:
        for batch_tiles in batched(tiles, settings.batch_size):
            monitor.check_cancelled()
            raw = read_batch(source, info, indexes, batch_tiles)
            invalid = np.stack([invalid_mask(r, nodata) for r in raw])
            codes = np.stack([read_tile(mask_source, [1], tile)[0] for tile in batch_tiles]) if mask_source \
                else np.zeros(invalid.shape, np.uint8)
            hidden = invalid | (codes > 0)  # what the model must not see
            core = [tile.core_slices(tile.read_core_offset) for tile in batch_tiles]
            busy = [k for k in range(len(batch_tiles)) if not hidden[k][core[k]].all()]  # tiles worth the model
            results = compute(TileBatch([batch_tiles[k] for k in busy], raw[busy], hidden[busy])) if busy else []
            for k, tile in enumerate(batch_tiles):
                core_invalid, core_codes = invalid[k][core[k]], codes[k][core[k]]
                if k in busy:
                    rows, cols = tile.core_slices(tile.core_offset)
                    cropped = [result[busy.index(k)][:, rows, cols] for result in results]
                else:
                    cropped = [np.full((spec.count, *core_invalid.shape), spec.nodata, spec.dtype) for spec in specs]
                for output, values, spec in zip(outputs, cropped, specs):
                    values = np.array(values, dtype=spec.dtype)
                    for code in np.unique(core_codes[core_codes > 0]):
                        values[:, core_codes == code] = spec.masked_values.get(int(code), spec.nodata)
                    values[:, core_invalid] = spec.nodata
                    output.write(values, tile.core)
                if observe is not None and k in busy:
                    observe(tile, cropped, ~(core_invalid | (core_codes > 0)))
                valid_pixels += int((~core_invalid).sum())
            done += len(batch_tiles)
            monitor.progress(done / len(tiles))
        if valid_pixels == 0:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "Every pixel of the input is nodata (declared nodata, or all bands "
                                  "zero): there is nothing to process. Check {path} and its nodata value."),
                path=info.path,
            )
    return RunReport(tiles=len(tiles), seconds=time.perf_counter() - started, valid_pixels=valid_pixels)
