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

import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, nullcontext
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np
import rasterio

from .errors import QT_TRANSLATE_NOOP, LulcError
from .heap import large_blocks_reused
from .monitor import Monitor, PartMonitor
from .reader import invalid_mask, read_errors_named, read_tile
from .source import RasterInfo
from .tiling import Tile, TileGrid
from .transaction import OutputTransaction
from .writer import OutputSet, OutputSpec


@dataclass(frozen=True)
class RunSettings:
    """How the raster is cut: tiles of ``tile_size`` pixels (fitted by :func:`engine.run.fit_tiles`),
    ``batch_size`` of them at once."""

    batch_size: int = 1
    tile_size: int = 512


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


#: A batch's outputs. A compute whose ``reuses_large_blocks`` is true runs with freed large blocks kept
#: for the next batch (:mod:`.heap`): measured faster with the same peak memory for classification;
#: explanations' many differently sized gradient buffers fragment the heap (up to 40 % more memory).
Compute = Callable[[TileBatch], Sequence[np.ndarray]]
#: Share of a run's progress bar for rewriting its outputs as COGs (~10 % of a classification's time).
COG_SHARE = 0.1
Observe = Callable[[Tile, Sequence[np.ndarray], np.ndarray], None]  # tile, its cropped arrays, valid pixels


def batched(items: Sequence, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def read_batch(source, info: RasterInfo, indexes: Sequence[int], tiles: Sequence[Tile]) -> np.ndarray:
    """Raw pixels of ``tiles`` (B, bands, R, R); a read error becomes a message naming the file."""
    with read_errors_named(info.path):
        return np.stack([read_tile(source, indexes, tile) for tile in tiles])


@dataclass(frozen=True)
class TileResult:
    """One tile's outputs: ``written`` per spec (nodata and mask codes filled in), to write at
    ``tile.core``; ``cropped``: every array ``compute`` returned, cropped to the core (None for a tile
    the model skipped); ``valid``: pixels the model saw; ``valid_input``: pixels valid in the input."""

    tile: Tile
    written: list[np.ndarray]
    cropped: list[np.ndarray] | None
    valid: np.ndarray
    valid_input: int


def computed_tiles(
    info: RasterInfo,
    indexes: Sequence[int],
    tiles: Sequence[Tile],
    specs: Sequence[OutputSpec],
    compute: Compute,
    batch_size: int,
    source,
    mask_source=None,
):
    """Run ``compute`` over ``tiles``, ``batch_size`` at a time, reading from the open ``source`` (and
    the cloud mask ``mask_source``); yields a :class:`TileResult` per tile, in order. The same code
    whether the tiles are a whole raster's (:func:`run_tiled`) or one block of a distributed run."""
    nodata = [info.nodata[i - 1] for i in indexes]

    def read(batch_tiles: Sequence[Tile]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        raw = read_batch(source, info, indexes, batch_tiles)
        invalid = np.stack([invalid_mask(r, nodata) for r in raw])
        codes = np.stack([read_tile(mask_source, [1], tile)[0] for tile in batch_tiles]) if mask_source \
            else np.zeros(invalid.shape, np.uint8)
        return raw, invalid, codes

    # The next batch is read while the model computes this one (GDAL and torch release the GIL); the
    # datasets are only ever read by that one reading thread.
    batches = list(batched(tiles, batch_size))
    reuse = large_blocks_reused() if getattr(compute, "reuses_large_blocks", False) else nullcontext()
    with reuse, ThreadPoolExecutor(max_workers=1) as reader:
        pending = reader.submit(read, batches[0]) if batches else None
        for number, batch_tiles in enumerate(batches):
            raw, invalid, codes = pending.result()
            if number + 1 < len(batches):
                pending = reader.submit(read, batches[number + 1])
            yield from _computed_batch(batch_tiles, raw, invalid, codes, specs, compute)


def _computed_batch(batch_tiles, raw, invalid, codes, specs, compute):
    """One batch's :class:`TileResult` s."""
    hidden = invalid | (codes > 0)  # what the model must not see
    core = [tile.core_slices(tile.read_core_offset) for tile in batch_tiles]
    busy = [k for k in range(len(batch_tiles)) if not hidden[k][core[k]].all()]  # tiles worth the model
    results = compute(TileBatch([batch_tiles[k] for k in busy], raw[busy], hidden[busy])) if busy else []
    for k, tile in enumerate(batch_tiles):
        core_invalid, core_codes = invalid[k][core[k]], codes[k][core[k]]
        cropped = None
        if k in busy:
            rows, cols = tile.core_slices(tile.core_offset)
            cropped = [result[busy.index(k)][:, rows, cols] for result in results]
            values = cropped[: len(specs)]
        else:
            values = [np.full((spec.count, *core_invalid.shape), spec.nodata, spec.dtype) for spec in specs]
        written = []
        for spec_values, spec in zip(values, specs):
            spec_values = np.array(spec_values, dtype=spec.dtype)
            for code in np.unique(core_codes[core_codes > 0]):
                spec_values[:, core_codes == code] = spec.masked_values.get(int(code), spec.nodata)
            spec_values[:, core_invalid] = spec.nodata
            written.append(spec_values)
        yield TileResult(tile, written, cropped, ~(core_invalid | (core_codes > 0)), int((~core_invalid).sum()))


def write_tiles(
    info: RasterInfo,
    specs: Sequence[OutputSpec],
    results,
    tile_count: int,
    monitor: Monitor,
    transaction: OutputTransaction | None = None,
    observe: Observe | None = None,
) -> RunReport:
    """Write the :class:`TileResult` s ``results`` yields (any order) into ``specs``; with
    ``transaction`` the outputs stay temporary until the caller commits it, else they are committed
    when every tile is written. Cancel is checked between tiles and while the outputs become COGs;
    progress counts tiles, then (its last COG_SHARE) the COG rewrite."""
    started, valid_pixels, done = time.perf_counter(), 0, 0
    owned = transaction is None
    if owned:
        transaction = OutputTransaction.for_rasters([spec.path for spec in specs], info.files or [info.path])
    tiles_monitor = PartMonitor(monitor, 0.0, 1.0 - COG_SHARE)
    with transaction if owned else nullcontext(), rasterio.open(info.path) as source, \
            OutputSet(specs, source, transaction, PartMonitor(monitor, 1.0 - COG_SHARE, COG_SHARE)) as outputs:
        for result in results:
            monitor.check_cancelled()
            for output, values in zip(outputs, result.written):
                output.write(values, result.tile.core)
            if observe is not None and result.cropped is not None:
                observe(result.tile, result.cropped, result.valid)
            valid_pixels += result.valid_input
            done += 1
            tiles_monitor.progress(done / tile_count)
        if valid_pixels == 0:
            raise LulcError(
                QT_TRANSLATE_NOOP("engine", "Every pixel of the input is nodata (declared nodata, or all bands "
                                  "zero): there is nothing to process. Check {path} and its nodata value."),
                path=info.path,
            )
    return RunReport(tiles=tile_count, seconds=time.perf_counter() - started, valid_pixels=valid_pixels)


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
    tiles = list(grid.tiles())
    with rasterio.open(info.path) as source, \
            (rasterio.open(pixel_mask) if pixel_mask else nullcontext()) as mask_source, \
            closing(computed_tiles(info, indexes, tiles, specs, compute, settings.batch_size, source,
                                   mask_source)) as results:  # its reading thread ends before the files close
        return write_tiles(info, specs, results, len(tiles), monitor, transaction, observe)
