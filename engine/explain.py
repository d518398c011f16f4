"""Grad-CAM maps of a whole raster: tiles → explainer → one float32 GeoTIFF on the input's grid."""
from __future__ import annotations

import numpy as np

from .dense import DenseClassifier, as_numpy
from .errors import QT_TRANSLATE_NOOP, LulcError
from .explainers import EXPLAINERS, PREDICTED, SceneExplainer
from .monitor import Monitor
from .pipeline import RunReport, RunSettings, TileBatch, run_tiled
from .scaling import ScaleDecision
from .source import RasterInfo
from .tiling import TileGrid
from .transaction import OutputTransaction
from .writer import OutputSpec

ATTRIBUTION_NODATA = float("nan")
PREDICTED_NAME = "predicted"


def resolve_target(name: str, class_names: tuple[str, ...]) -> int | None:
    """``predicted`` → :data:`PREDICTED`; a class name → its index."""
    if not name or name == PREDICTED_NAME:
        return PREDICTED
    if name not in class_names:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown TARGET class '{name}'. Choose predicted or one of: "
                                          "{names}."), name=name, names=", ".join(class_names))
    return class_names.index(name)


def make_explainer(method: str, classifier: DenseClassifier, layer: str | None = None) -> SceneExplainer:
    return EXPLAINERS[method](classifier, layer)


def explainer_settings(explainer, settings: RunSettings, info: RasterInfo) -> RunSettings:
    """The tile size fitted to the raster and to what the method needs (results never depend on it)."""
    return settings.fitted(info.height, info.width, explainer.tile_multiple)


def attribution_output_spec(path: str, explainer: SceneExplainer, target: int | None) -> OutputSpec:
    card = explainer.classifier.card
    target_name = PREDICTED_NAME if target is PREDICTED else card.class_names[target]
    return OutputSpec(
        path=path, dtype="float32", nodata=ATTRIBUTION_NODATA,
        band_descriptions=(f"{explainer.label} for {target_name}",),
        tags={"MODEL": card.name, "METHOD": explainer.name, "TARGET": target_name, "LAYER": explainer.layer_name,
              "UNITS": explainer.units},
    )


def explain_raster(
    info: RasterInfo,
    explainer: SceneExplainer,
    scale: ScaleDecision,
    path: str,
    target: int | None = PREDICTED,
    settings: RunSettings = RunSettings(),
    monitor: Monitor = Monitor(),
    transaction: OutputTransaction | None = None,
    pixel_mask: str | None = None,
) -> RunReport:
    """Write the attribution raster (float32, nodata NaN) of ``target`` at every pixel."""
    classifier = explainer.classifier
    settings = explainer_settings(explainer, settings, info)
    grid = TileGrid(info.height, info.width, settings.tile_size, classifier.stride, classifier.window,
                    halo=explainer.halo)

    def compute(batch: TileBatch) -> list[np.ndarray]:
        x = classifier.prepare(batch.raw, batch.invalid, scale)
        return [as_numpy(explainer.explain(x, target))]

    indexes = info.band_mapping.indexes_of(classifier.card.bands)
    return run_tiled(info, indexes, grid, [attribution_output_spec(path, explainer, target)], compute, settings,
                     monitor, transaction=transaction, pixel_mask=pixel_mask)
