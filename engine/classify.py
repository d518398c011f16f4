"""Classification of a whole raster: tiles → dense model → class and confidence GeoTIFFs."""
from __future__ import annotations

import numpy as np

from .clouds import CLOUD, MASKED_CLASSES, SHADOW
from .dense import DenseClassifier, as_numpy, cells_to_pixels
from .errors import QT_TRANSLATE_NOOP, LulcError
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


def class_output_spec(path: str, card, masked: bool = False) -> OutputSpec:
    """The class raster: the card's classes, then "Cloud" and "Cloud shadow" when clouds are masked."""
    classes = [(c.name, c.colour) for c in card.classes] + (list(MASKED_CLASSES) if masked else [])
    if len(classes) > CLASS_NODATA:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Model {model} has {count} classes; with clouds masked the class "
                                          "raster holds at most {limit}. Set CLOUD_MASK to off."),
                        model=card.name, count=len(card.classes), limit=CLASS_NODATA - len(MASKED_CLASSES))
    k = len(card.classes)
    return OutputSpec(
        path=path, dtype="uint8", nodata=CLASS_NODATA, band_descriptions=("land cover class",),
        category_names=tuple(name for name, _ in classes),
        colormap={i: hex_to_rgba(colour) for i, (_, colour) in enumerate(classes)},
        tags={"MODEL": card.name, "CLASSES": ",".join(name for name, _ in classes)},
        masked_values={CLOUD: k, SHADOW: k + 1} if masked else {},
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
    pixel_mask: str | None = None,
    refine: bool = False,
) -> RunReport:
    """Write the class raster (uint8, nodata 255) and optionally the confidence raster.

    ``pixel_mask``: a cloud mask (:mod:`.clouds`) whose clouds and shadows become their own classes.
    ``refine``: sharpen the window-scale probabilities with the model's per-pixel spectral evidence
    (:meth:`DenseClassifier.refine`)."""
    card = classifier.card
    settings = settings.fitted(info.height, info.width)
    grid = TileGrid(info.height, info.width, settings.tile_size, classifier.stride, classifier.window)
    specs = [class_output_spec(class_path, card, masked=pixel_mask is not None)]
    if confidence_path:
        specs.append(confidence_output_spec(confidence_path, card))

    def compute(batch: TileBatch) -> list[np.ndarray]:
        x = classifier.prepare(batch.raw, batch.invalid, scale)
        probabilities = cells_to_pixels(classifier.window_probabilities(x), grid.stride)
        if refine:
            probabilities = classifier.refine(probabilities, x)
        probabilities = as_numpy(probabilities)
        results = [probabilities.argmax(axis=1)[:, None]]
        if confidence_path:
            results.append(probabilities.max(axis=1)[:, None])
        return results

    indexes = info.band_mapping.indexes_of(card.bands)
    return run_tiled(info, indexes, grid, specs, compute, settings, monitor, transaction=transaction,
                     pixel_mask=pixel_mask)
