"""Classification of a whole raster: tiles → dense model → class and confidence GeoTIFFs."""
from __future__ import annotations

import numpy as np

from .dense import DenseClassifier, as_numpy, cells_to_pixels
from .monitor import Monitor
from .pipeline import RunReport, RunSettings, TileBatch, run_tiled
from .scaling import ScaleDecision
from .source import RasterInfo
from .tiling import TileGrid
from .transaction import OutputTransaction
from .writer import OutputSpec

CLASS_NODATA = 255
CONFIDENCE_NODATA = -1.0


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
    transaction: OutputTransaction | None = None,
) -> RunReport:
    """Write the class raster (uint8, nodata 255) and optionally the confidence raster."""
    card = classifier.card
    settings = settings.fitted(info.height, info.width)
    grid = TileGrid(info.height, info.width, settings.tile_size, classifier.stride, classifier.window)
    specs = [class_output_spec(class_path, card)]
    if confidence_path:
        specs.append(confidence_output_spec(confidence_path, card))

    def compute(batch: TileBatch) -> list[np.ndarray]:
        cells = classifier.window_probabilities(classifier.prepare(batch.raw, batch.invalid, scale))
        probabilities = as_numpy(cells_to_pixels(cells, grid.stride))
        results = [probabilities.argmax(axis=1)[:, None]]
        if confidence_path:
            results.append(probabilities.max(axis=1)[:, None])
        return results

    indexes = info.band_mapping.indexes_of(card.bands)
    return run_tiled(info, indexes, grid, specs, compute, settings, monitor, transaction=transaction)
