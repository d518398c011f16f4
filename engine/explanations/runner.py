"""The one tile runner every explanation method goes through: tiles → explainer → one float32
GeoTIFF on the input's grid (one band per feature), and a per-class summary for the report.

Built on :func:`engine.pipeline.run_tiled` (reading, mirrored edges, cropping, nodata, progress,
cancel, the output transaction): this module only says what a batch computes and what the summary
keeps of it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..dense import DenseClassifier, as_numpy
from ..errors import QT_TRANSLATE_NOOP, LulcError
from ..monitor import Monitor
from ..pipeline import RunReport, TileBatch, run_tiled
from ..run import ResolvedRun
from ..tiling import Tile, TileGrid
from ..transaction import OutputTransaction
from .base import PREDICTED, SceneExplainer
from .catalogue import PREDICTED_NAME, Method


def resolve_target(name: str, class_names: tuple[str, ...]) -> int | None:
    """``predicted`` → :data:`PREDICTED`; a class name → its index."""
    if not name or name == PREDICTED_NAME:
        return PREDICTED
    if name not in class_names:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown TARGET class '{name}'. Choose predicted or one of: "
                                          "{names}."), name=name, names=", ".join(class_names))
    return class_names.index(name)


def make_explainer(method: Method, classifier: DenseClassifier, **options) -> SceneExplainer:
    """The method's explainer for ``classifier``; ``options`` are its own (layer, background, budget…)."""
    return method.load()(classifier, **options)


@dataclass
class AttributionSummary:
    """Per predicted class: pixel count, mean and mean |value| of each output band; the largest |gap|
    (SHAP's additivity error) and the mean fit (LIME's R²) where the method gives them; and the most
    confident place of each class, to show as an example."""

    feature_names: tuple[str, ...]
    class_names: tuple[str, ...]
    counts: np.ndarray = field(init=False)
    sums: np.ndarray = field(init=False)
    abs_sums: np.ndarray = field(init=False)
    additivity_error: float = 0.0
    fit_sum: float = 0.0
    fit_count: int = 0
    examples: dict[int, tuple[float, int, int]] = field(default_factory=dict)  # class → (confidence, row, col)

    def __post_init__(self) -> None:
        shape = (len(self.class_names), len(self.feature_names))
        self.counts = np.zeros(len(self.class_names), dtype=np.int64)
        self.sums, self.abs_sums = np.zeros(shape), np.zeros(shape)

    def observe(self, tile: Tile, values: np.ndarray, extras: dict[str, np.ndarray], valid: np.ndarray) -> None:
        if not valid.any() or "predicted" not in extras:
            return
        predicted, confidence = extras["predicted"][0], extras["confidence"][0]
        values, classes = values[:, valid].astype(np.float64), predicted[valid].astype(np.int64)
        if "gap" in extras:
            self.additivity_error = max(self.additivity_error, float(np.abs(extras["gap"][0, valid]).max()))
        if "fit" in extras:
            self.fit_sum += float(extras["fit"][0, valid].astype(np.float64).sum())
            self.fit_count += int(valid.sum())
        self.counts += np.bincount(classes, minlength=len(self.class_names))
        for i, feature_values in enumerate(values):
            self.sums[:, i] += np.bincount(classes, feature_values, minlength=len(self.class_names))
            self.abs_sums[:, i] += np.bincount(classes, np.abs(feature_values), minlength=len(self.class_names))
        best = np.where(valid, confidence, -1.0)
        for k in np.unique(classes):
            scores = np.where(predicted == k, best, -1.0)
            row, col = np.unravel_index(int(scores.argmax()), scores.shape)
            if scores[row, col] > self.examples.get(int(k), (-1.0, 0, 0))[0]:
                self.examples[int(k)] = (float(scores[row, col]), tile.row + int(row), tile.col + int(col))

    def mean(self) -> np.ndarray:
        return self.sums / np.maximum(self.counts, 1)[:, None]

    def mean_abs(self) -> np.ndarray:
        return self.abs_sums / np.maximum(self.counts, 1)[:, None]

    def mean_fit(self) -> float | None:
        return self.fit_sum / self.fit_count if self.fit_count else None

    def present_classes(self) -> list[int]:
        """Classes predicted somewhere, most frequent first."""
        return [int(k) for k in np.argsort(-self.counts, kind="stable") if self.counts[k]]


@dataclass(frozen=True)
class ExplanationRun:
    """What a run of :func:`explain_raster` did (tiles, time, valid pixels) and what it found."""

    report: RunReport
    summary: AttributionSummary


def explanation_grid(run: ResolvedRun, explainer: SceneExplainer) -> TileGrid:
    """The tiles ``explainer`` computes ``run`` in: its halo, on tiles fitted to what it needs."""
    classifier = explainer.classifier
    return TileGrid(run.info.height, run.info.width, run.tiled_for(explainer.tile_multiple).settings.tile_size,
                    classifier.stride, classifier.window, halo=explainer.halo)


class ExplainTiles:
    """What an explanation computes for a batch of tiles: the attributions of ``target`` and, with
    ``with_extras``, the arrays its summary needs (predicted class, confidence…, named in
    ``extra_names``). The same for explain_raster and a distributed run's blocks."""

    def __init__(self, run: ResolvedRun, explainer: SceneExplainer, target: int | None,
                 with_extras: bool = False) -> None:
        self.run, self.explainer, self.target, self.with_extras = run, explainer, target, with_extras
        self.extra_names: list[str] = []

    def __call__(self, batch: TileBatch) -> list[np.ndarray]:
        x = self.run.classifier.prepare(batch.raw, batch.invalid, self.run.scale)
        attribution = self.explainer.explain(x, self.target)
        if not self.with_extras:
            return [as_numpy(attribution.values)]
        extras = attribution.extras()
        self.extra_names[:] = extras
        return [as_numpy(attribution.values), *(as_numpy(t) for t in extras.values())]


def explain_raster(
    run: ResolvedRun,
    explainer: SceneExplainer,
    path: str,
    target: int | None = PREDICTED,
    monitor: Monitor = Monitor(),
    transaction: OutputTransaction | None = None,
    pixel_mask: str | None = None,
) -> ExplanationRun:
    """Write the attribution raster (float32, one band per feature, nodata NaN) of ``target`` at every
    pixel, and summarise it per predicted class. Pixels flagged in ``pixel_mask`` (clouds, shadows) are
    hidden from the model and nodata in the output. The tiles are fitted to what the method needs
    (:meth:`ResolvedRun.tiled_for`)."""
    classifier = explainer.classifier
    run = run.tiled_for(explainer.tile_multiple)
    grid = explanation_grid(run, explainer)
    spec = explainer.output_spec(path, target)
    summary = AttributionSummary(spec.band_descriptions, classifier.card.class_names)
    compute = ExplainTiles(run, explainer, target, with_extras=True)

    def observe(tile: Tile, arrays, valid: np.ndarray) -> None:
        summary.observe(tile, arrays[0], dict(zip(compute.extra_names, arrays[1:])), valid)

    report = run_tiled(run.info, run.indexes, grid, [spec], compute, run.settings, monitor, observe=observe,
                       transaction=transaction, pixel_mask=pixel_mask)
    return ExplanationRun(report, summary)
