"""Classification of a whole raster: tiles → dense model → class and confidence GeoTIFFs."""
from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np
import rasterio

from .dense import DenseClassifier, as_numpy, batched, cells_to_pixels
from .errors import QT_TRANSLATE_NOOP, TRANSLATION_CONTEXT, LulcError
from .monitor import Monitor
from .reader import invalid_mask, read_tile
from .scaling import ScaleDecision
from .source import RasterInfo
from .tiling import TileGrid
from .writer import OutputSet, OutputSpec

CLASS_NODATA = 255
CONFIDENCE_NODATA = -1.0


@dataclass(frozen=True)
class RunSettings:
    device: str = "cpu"
    batch_size: int = 2
    tile_size: int = 512


@dataclass(frozen=True)
class RunReport:
    tiles: int
    seconds: float
    valid_pixels: int

    def megapixels_per_second(self, pixels: int) -> float:
        return pixels / 1e6 / max(self.seconds, 1e-9)


def hex_to_rgba(colour: str) -> tuple[int, int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16), 255


def class_output_spec(path: str, card) -> OutputSpec:
    return OutputSpec(
        path=path, dtype="uint8", nodata=CLASS_NODATA, band_descriptions=("land cover class",),
        category_names=card.class_names,
        colormap={i: hex_to_rgba(c.colour) for i, c in enumerate(card.classes)},
        tags={"MODEL": card.name, "CLASSES": ",".join(card.class_names)},
    )


def confidence_output_spec(path: str, card) -> OutputSpec:
    return OutputSpec(
        path=path, dtype="float32", nodata=CONFIDENCE_NODATA,
        band_descriptions=("probability of the chosen class",), tags={"MODEL": card.name},
    )


def classify_raster(
    info: RasterInfo,
    classifier: DenseClassifier,
    scale: ScaleDecision,
    class_path: str,
    confidence_path: str | None = None,
    settings: RunSettings = RunSettings(),
    monitor: Monitor = Monitor(),
) -> RunReport:
    """Write the class raster (uint8, nodata 255) and optionally the confidence raster."""
    card = classifier.card
    grid = TileGrid(info.height, info.width, settings.tile_size, classifier.stride, classifier.window)
    indexes = info.band_mapping.indexes_of(card.bands)
    nodata = [info.nodata[i - 1] for i in indexes]
    specs = [class_output_spec(class_path, card)]
    if confidence_path:
        specs.append(confidence_output_spec(confidence_path, card))
    tiles = list(grid.tiles())
    started, valid_pixels, done = time.perf_counter(), 0, 0
    read_offset = grid.halo * grid.stride + grid.window_offset  # core's start in a tile read
    with rasterio.open(info.path) as source, OutputSet(specs, source) as outputs:
        for batch in batched(tiles, settings.batch_size):
            monitor.check_cancelled()
            raw = np.stack([read_tile(source, indexes, tile) for tile in batch])
            invalid = np.stack([invalid_mask(r, nodata) for r in raw])
            probabilities = as_numpy(
                cells_to_pixels(classifier.window_probabilities(classifier.prepare(raw, invalid, scale)), grid.stride)
            )
            for tile, tile_probabilities, tile_invalid in zip(batch, probabilities, invalid):
                core = tile.core
                rows = slice(tile.core_offset, tile.core_offset + core.height)
                cols = slice(tile.core_offset, tile.core_offset + core.width)
                p = tile_probabilities[:, rows, cols]
                core_invalid = tile_invalid[read_offset : read_offset + core.height, read_offset : read_offset + core.width]
                classes = p.argmax(axis=0).astype(np.uint8)
                classes[core_invalid] = CLASS_NODATA
                outputs[0].write(classes, core)
                if confidence_path:
                    confidence = p.max(axis=0)
                    confidence[core_invalid] = CONFIDENCE_NODATA
                    outputs[1].write(confidence, core)
                valid_pixels += int((~core_invalid).sum())
            done += len(batch)
            monitor.progress(done / len(tiles))
        if valid_pixels == 0:
            raise LulcError(
                QT_TRANSLATE_NOOP(
                    TRANSLATION_CONTEXT,
                    "Every pixel of the input is nodata (declared nodata, or all bands zero): "
                    "there is nothing to classify. Check the layer and its nodata value.",
                )
            )
    return RunReport(tiles=len(tiles), seconds=time.perf_counter() - started, valid_pixels=valid_pixels)
