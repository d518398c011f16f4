"""One 64×64 window, explained on its own: what "Explain here" shows, and the windows a report samples
to measure faithfulness.

The layer is opened, its bands named, its scale decided and its model chosen by the very function
the algorithms use (:func:`engine.run.resolve_run`), and windows are read as the tile pipeline reads them (a tile of
one cell: mirrored edges, nodata masked) and normalised by :meth:`DenseClassifier.prepare`. A window is
the classifier's window of one 8×8 block, so its values equal the scene rasters' at that block.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np
import rasterio
import torch

from ..dense import DenseClassifier
from ..errors import QT_TRANSLATE_NOOP, LulcError
from ..pipeline import read_batch
from ..preview import stretch
from ..reader import invalid_mask
from ..run import ResolvedRun, RunRequest, resolve_run
from ..scaling import InputScale, ScaleDecision
from ..source import RasterInfo
from ..tiling import Tile, TileGrid
from . import plain_language as words
from .base import PREDICTED, SceneExplainer
from .catalogue import GRADCAM, SHAP, Method
from .faithfulness import Faithfulness, measure, measure_many
from .features import band_group_features
from .runner import make_explainer
from .shap_values import spectral_to_channels

RANDOM_RANKINGS = 4  # random rankings averaged for one window's faithfulness baseline
SAMPLE_WINDOWS = 16  # windows a report's faithfulness is measured on


@dataclass
class WindowSource:
    """A raster as the algorithms see it: a resolved run (bands, scale and model decided once; the
    model loaded once)."""

    run: ResolvedRun

    @classmethod
    def open(cls, path: str, bands_text: str = "", model: str = "auto", scale: InputScale = InputScale.AUTO,
             device: str = "cpu", cards: dict | None = None, classifiers: dict | None = None) -> WindowSource:
        """``cards``: the models MODEL may name (default: the bundled ones); ``classifiers``: a cache of
        loaded models by (name, device), shared between sources."""
        request = RunRequest(path, bands=bands_text, scale=scale, model=model, device=device)
        return cls(resolve_run(request, cards, classifiers))

    @property
    def info(self) -> RasterInfo:
        return self.run.info

    @property
    def scale(self) -> ScaleDecision:
        return self.run.scale

    @property
    def classifier(self) -> DenseClassifier:
        return self.run.classifier

    @property
    def card(self):
        return self.run.card

    def cell_of(self, row: float, col: float) -> tuple[int, int]:
        """The 8×8 block (window cell) holding raster pixel (row, col)."""
        stride = self.classifier.stride
        if not (0 <= row < self.info.height and 0 <= col < self.info.width):
            raise LulcError(QT_TRANSLATE_NOOP("engine", "The place clicked lies outside {path} ({width}×{height} "
                                              "pixels). Click on the layer."),
                            path=self.info.path, width=self.info.width, height=self.info.height)
        return int(row) // stride, int(col) // stride

    def window_origin(self, cell: tuple[int, int]) -> tuple[int, int]:
        """The first raster pixel (row, col) of a cell's window (it may lie outside the raster)."""
        offset = self.classifier.window // 2 - self.classifier.stride // 2
        return cell[0] * self.classifier.stride - offset, cell[1] * self.classifier.stride - offset

    def read(self, cells: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        """Raw pixels (N, bands, 64, 64) and nodata masks of the windows of ``cells``, read as the tile
        pipeline reads a tile of one cell."""
        stride = self.classifier.stride
        grid = TileGrid(self.info.height, self.info.width, stride, stride, self.classifier.window, halo=0)
        indexes = self.run.indexes
        nodata = [self.info.nodata[i - 1] for i in indexes]
        with rasterio.open(self.info.path) as source:
            raw = read_batch(source, self.info, indexes, [Tile(grid, i * stride, j * stride) for i, j in cells])
        return raw, np.stack([invalid_mask(r, nodata) for r in raw])

    def windows(self, cells: list[tuple[int, int]]) -> torch.Tensor:
        """The model input of the windows of ``cells`` (N, C, 64, 64)."""
        raw, invalid = self.read(cells)
        return self.classifier.prepare(raw, invalid, self.scale)

    def true_colour(self, cell: tuple[int, int]) -> np.ndarray:
        raw, _ = self.read([cell])
        rgb = [self.card.bands.index(b) for b in ("B04", "B03", "B02")]
        return stretch(raw[0, rgb])

    def sample_cells(self, count: int = SAMPLE_WINDOWS, seed: int = 0) -> list[tuple[int, int]]:
        """``count`` cells spread at random over the raster whose windows are mostly valid."""
        stride = self.classifier.stride
        rows, cols = max(self.info.height // stride, 1), max(self.info.width // stride, 1)
        rng = np.random.default_rng(seed)
        draws = zip(rng.integers(0, rows, 8 * count), rng.integers(0, cols, 8 * count))
        candidates = [(int(i), int(j)) for i, j in draws]
        _, invalid = self.read(candidates)
        good = [cell for cell, mask in zip(candidates, invalid) if mask.mean() < 0.5]
        return good[:count]


def window_faithfulness(explainer: SceneExplainer, windows: torch.Tensor, target: int | None = PREDICTED,
                        random_rankings: int = 1) -> Faithfulness | None:
    """The deletion test of ``explainer`` on ``windows`` (``random_rankings`` random rankings per window:
    a steadier baseline on few windows)."""
    model = explainer.classifier.model
    with torch.no_grad():
        predicted = model(windows).argmax(1)
    targets = predicted if target is PREDICTED else torch.full_like(predicted, target)
    attributions = explainer.window_attribution(windows, target).detach().cpu().numpy()
    return measure(model, windows, attributions, targets.cpu().numpy(), random_rankings)


def scene_faithfulness(source: WindowSource, explainer: SceneExplainer, target: int | None = PREDICTED,
                       count: int = SAMPLE_WINDOWS) -> Faithfulness | None:
    """The deletion test of a method on a sample of the scene's windows (seeded: the same every run); None
    when its map is flat on all of them."""
    return window_faithfulness(explainer, source.windows(source.sample_cells(count)), target, random_rankings=2)


@dataclass
class WindowExplanation:
    """Everything "Explain here" shows for one window."""

    cell: tuple[int, int]
    origin: tuple[int, int]  # first raster pixel (row, col) of the window
    model: str
    rgb: np.ndarray  # (64, 64, 3) in 0–1
    class_names: tuple[str, ...]
    probabilities: np.ndarray  # (K,)
    top: int
    gradcam: np.ndarray  # (64, 64), Grad-CAM of the top class
    feature_names: tuple[str, ...]  # band groups
    feature_bands: tuple[str, ...]
    shap: np.ndarray  # (F,) SHAP of the band groups for the top class
    shap_base: float
    levels: list[float]  # each group's reflectance over the training mean
    faithfulness: dict[str, Faithfulness | None] = field(default_factory=dict)  # by method key; None: flat map
    sentences: list = field(default_factory=list)  # plain_language.Sentence
    seconds: float = 0.0
    refines: bool = False  # the model's map refines each pixel by its own spectrum (REFINE)

    @property
    def top_name(self) -> str:
        return self.class_names[self.top]


class WindowExplainer:
    """Explains single windows of one raster; explainers built once and reused click after click."""

    def __init__(self, source: WindowSource) -> None:
        self.source = source
        classifier = source.classifier
        self.gradcam = make_explainer(GRADCAM.method("gradcam"), classifier)
        self.shap = make_explainer(SHAP.method("band_groups"), classifier, background="mean")

    @staticmethod
    def methods() -> dict[str, Method]:
        return {"gradcam": GRADCAM.method("gradcam"), "shap": SHAP.method("band_groups")}

    def explain_at(self, row: float, col: float) -> WindowExplanation:
        started = time.perf_counter()
        source, classifier = self.source, self.source.classifier
        cell = source.cell_of(row, col)
        raw, invalid = source.read([cell])
        if invalid.all():
            raise LulcError(QT_TRANSLATE_NOOP("engine", "The window around the place clicked holds only nodata in "
                                              "{path}. Click where the image has data."), path=source.info.path)
        x = classifier.prepare(raw, invalid, source.scale)
        with torch.no_grad():
            probabilities = torch.softmax(classifier.model(x), dim=1)[0].cpu().numpy().astype(np.float64)
        top = int(probabilities.argmax())
        heat = self.gradcam.window_attribution(x, top)[0, 0].detach().cpu().numpy()
        shap = self.shap.attribute_windows(x, top)
        values = shap.values[0, :, 0, 0].cpu().numpy().astype(np.float64)
        card = source.card
        features = band_group_features(card.bands)
        reflectance = classifier.reflectance(x[0], range(len(card.bands))).mean(dim=(-2, -1)).cpu().numpy()
        levels = words.band_group_levels(reflectance, card.mean, features)
        attributions = {"gradcam": heat[None, None],
                        "shap": spectral_to_channels(shap.values, self.shap.features, x.shape[1]).cpu().numpy()}
        faithfulness = measure_many(classifier.model, x, attributions, np.array([top]), RANDOM_RANKINGS)
        names = card.class_names
        sentences = [words.decision(names, probabilities),
                     *words.feature_reasons(names[top], self.shap.feature_names, values, levels),
                     words.where_evidence(names[top], heat, faithfulness["gradcam"]),
                     words.trust(names[top], faithfulness["shap"])]
        rgb_indexes = [card.bands.index(b) for b in ("B04", "B03", "B02")]
        return WindowExplanation(
            cell=cell, origin=source.window_origin(cell), model=card.name, rgb=stretch(raw[0, rgb_indexes]),
            class_names=names, probabilities=probabilities, top=top, gradcam=heat,
            feature_names=self.shap.feature_names, feature_bands=self.shap.feature_bands(), shap=values,
            shap_base=float(shap.base[0, 0, 0, 0]), levels=levels, faithfulness=faithfulness, sentences=sentences,
            seconds=time.perf_counter() - started, refines=classifier.can_refine)
