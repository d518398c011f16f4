"""Classification of a whole raster: tiles → dense model → class and confidence GeoTIFFs."""
from __future__ import annotations

import numpy as np
import torch

from .clouds import CLOUD, MASKED_CLASSES, SHADOW
from .dense import as_numpy, cells_to_pixels
from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor
from .pipeline import RunReport, TileBatch, run_tiled
from .run import ResolvedRun
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


class ClassifyTiles:
    """What classification computes for a batch of tiles: the class (and the confidence) of every pixel.

    A plain object rather than a closure, so a distributed run can ship it to its workers."""

    reuses_large_blocks = True  # 1.2-1.3x faster, same peak memory (engine.heap; README, "Benchmark")

    def __init__(self, run: ResolvedRun, confidence: bool = False, refine: bool = False) -> None:
        self.run, self.confidence, self.refine = run, confidence, refine

    def __call__(self, batch: TileBatch) -> list[np.ndarray]:
        classifier = self.run.classifier
        x = classifier.prepare(batch.raw, batch.invalid, self.run.scale, channels_last=True)
        probabilities = cells_to_pixels(classifier.window_probabilities(x), classifier.stride)
        if self.refine:
            probabilities = classifier.refine(probabilities, x)
        confidence, classes = probabilities.max(dim=1, keepdim=True)  # one pass, on torch's threads
        return [as_numpy(classes.to(torch.uint8))] + ([as_numpy(confidence)] if self.confidence else [])


def class_grid(run: ResolvedRun) -> TileGrid:
    """The tiles a classification of ``run`` is computed in."""
    classifier = run.classifier
    return TileGrid(run.info.height, run.info.width, run.settings.tile_size, classifier.stride, classifier.window)


def classification_specs(run: ResolvedRun, class_path: str, confidence_path: str | None = None,
                         masked: bool = False) -> list[OutputSpec]:
    specs = [class_output_spec(class_path, run.card, masked=masked)]
    if confidence_path:
        specs.append(confidence_output_spec(confidence_path, run.card))
    return specs


def classify_raster(
    run: ResolvedRun,
    class_path: str,
    confidence_path: str | None = None,
    monitor: Monitor = Monitor(),
    transaction: OutputTransaction | None = None,
    pixel_mask: str | None = None,
    refine: bool = False,
) -> RunReport:
    """Write the class raster (uint8, nodata 255) and optionally the confidence raster.

    ``pixel_mask``: a cloud mask (:mod:`.clouds`) whose clouds and shadows become their own classes.
    ``refine``: sharpen the window-scale probabilities with the model's per-pixel spectral evidence
    (:meth:`DenseClassifier.refine`)."""
    specs = classification_specs(run, class_path, confidence_path, masked=pixel_mask is not None)
    compute = ClassifyTiles(run, confidence=confidence_path is not None, refine=refine)
    return run_tiled(run.info, run.indexes, class_grid(run), specs, compute, run.settings, monitor,
                     transaction=transaction, pixel_mask=pixel_mask)
