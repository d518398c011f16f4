"""SHAP maps of a whole raster: tiles → coalitions → one float32 GeoTIFF, and a per-class summary."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .dense import as_numpy
from .explain import ATTRIBUTION_NODATA, PREDICTED_NAME, explainer_settings
from .explainers import PREDICTED
from .monitor import Monitor
from .pipeline import RunReport, RunSettings, TileBatch, run_tiled
from .scaling import ScaleDecision
from .shap_explainers import ShapExplainer
from .source import RasterInfo
from .tiling import Tile, TileGrid
from .transaction import OutputTransaction
from .writer import OutputSpec


@dataclass
class ShapSummary:
    """Per predicted class: pixel count, mean and mean |SHAP| of each feature; the worst additivity
    error; and the most confident place of each class, to show as an example."""

    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]
    counts: np.ndarray = field(init=False)
    sums: np.ndarray = field(init=False)
    abs_sums: np.ndarray = field(init=False)
    additivity_error: float = 0.0
    examples: dict[int, tuple[float, int, int]] = field(default_factory=dict)  # class → (confidence, row, col)

    def __post_init__(self) -> None:
        shape = (len(self.class_names), len(self.feature_names))
        self.counts = np.zeros(len(self.class_names), dtype=np.int64)
        self.sums, self.abs_sums = np.zeros(shape), np.zeros(shape)

    def observe(self, tile: Tile, arrays, valid: np.ndarray) -> None:
        values, _, _, predicted, confidence, gap = arrays
        if not valid.any():
            return
        values, classes = values[:, valid].astype(np.float64), predicted[0, valid].astype(np.int64)
        self.additivity_error = max(self.additivity_error, float(np.abs(gap[0, valid]).max()))
        self.counts += np.bincount(classes, minlength=len(self.class_names))
        for i, feature_values in enumerate(values):
            self.sums[:, i] += np.bincount(classes, feature_values, minlength=len(self.class_names))
            self.abs_sums[:, i] += np.bincount(classes, np.abs(feature_values), minlength=len(self.class_names))
        best = np.where(valid, confidence[0], -1.0)
        for k in np.unique(classes):
            scores = np.where(predicted[0] == k, best, -1.0)
            row, col = np.unravel_index(int(scores.argmax()), scores.shape)
            if scores[row, col] > self.examples.get(int(k), (-1.0, 0, 0))[0]:
                self.examples[int(k)] = (float(scores[row, col]), tile.row + int(row), tile.col + int(col))

    def mean(self) -> np.ndarray:
        return self.sums / np.maximum(self.counts, 1)[:, None]

    def mean_abs(self) -> np.ndarray:
        return self.abs_sums / np.maximum(self.counts, 1)[:, None]

    def present_classes(self) -> list[int]:
        """Classes predicted somewhere, most frequent first."""
        return [int(k) for k in np.argsort(-self.counts, kind="stable") if self.counts[k]]


def shap_output_spec(path: str, explainer: ShapExplainer, target: int | None) -> OutputSpec:
    card = explainer.classifier.card
    target_name = PREDICTED_NAME if target is PREDICTED else card.class_names[target]
    plan = explainer.fixed_plan()
    tags = {"MODEL": card.name, "METHOD": "shap", "FEATURES": explainer.name, "TARGET": target_name,
            "BACKGROUND": explainer.background_name, "UNITS": explainer.units, "N_SAMPLES": str(explainer.budget)}
    if plan is not None:
        tags.update(EVALUATIONS=str(plan.evaluations), ESTIMATOR=explainer.estimator())
        tags.update({f"FEATURE_{i + 1}_BANDS": bands for i, bands in enumerate(explainer.feature_bands())})
    return OutputSpec(path=path, dtype="float32", nodata=ATTRIBUTION_NODATA,
                      band_descriptions=explainer.feature_names, tags=tags)


def explain_shap_raster(
    info: RasterInfo,
    explainer: ShapExplainer,
    scale: ScaleDecision,
    path: str,
    target: int | None = PREDICTED,
    settings: RunSettings = RunSettings(),
    monitor: Monitor = Monitor(),
    transaction: OutputTransaction | None = None,
    pixel_mask: str | None = None,
) -> tuple[RunReport, ShapSummary]:
    """Write the SHAP raster (one float32 band per feature, nodata NaN) of ``target`` at every pixel."""
    classifier = explainer.classifier
    settings = explainer_settings(explainer, settings, info)
    grid = TileGrid(info.height, info.width, settings.tile_size, classifier.stride, classifier.window,
                    halo=explainer.halo)
    summary = ShapSummary(explainer.feature_names, classifier.card.class_names)

    def compute(batch: TileBatch) -> list[np.ndarray]:
        x = classifier.prepare(batch.raw, batch.invalid, scale)
        return [as_numpy(t) for t in explainer.explain(x, target).arrays()]

    indexes = info.band_mapping.indexes_of(classifier.card.bands)
    report = run_tiled(info, indexes, grid, [shap_output_spec(path, explainer, target)], compute, settings,
                       monitor, observe=summary.observe, transaction=transaction,
                       pixel_mask=pixel_mask)
    return report, summary
