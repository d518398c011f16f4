"""Scene-wide SHAP: one dense model pass per feature coalition serves every window of a tile.

A *feature* is something a coalition can remove: a spectral band, a group of bands, or a
superpixel. Removing it replaces its pixels by a *background* (the training set's band means, or
a blurred copy of the image). The explained output is the window's probability of the target
class, so a place's SHAP values plus the base value (the output with every feature removed) add
up to the probability the model gives that class there.

*Spectral* features (bands, band groups) are removed from the whole tile at once, which removes
them from every window: one dense pass per coalition gives ``v(S)`` for all windows of the tile,
and :mod:`.shapley` turns those values into every window's Shapley values. Each output pixel
carries the values of the window centred on its 8×8 block (the classifier's grid).

*Superpixels* (SLIC on true colour) belong to one 64×64 patch each: patches on the fixed 64-pixel
grid of the Guided Grad-CAM mosaic, explained one by one as shap's image explainers explain a
EuroSAT patch. Coalitions are of patch-local segment numbers, so one pass over the tile removes
segment ``k`` of every patch and serves all patches at once (patches do not overlap, and a patch's
output depends on its own pixels only).

Both are checked against shap's ExactExplainer window by window (tests).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, ClassVar

import numpy as np
import torch
from torch.nn import functional as F

from .dense import DenseClassifier
from .errors import QT_TRANSLATE_NOOP, LulcError
from .explainers import (
    PATCH_HALO,
    PATCH_TILE_MULTIPLE,
    PREDICTED,
    class_targets,
    read_grid_to_pixels,
    whole_patches,
)
from .shapley import CoalitionPlan, plan_for

#: Sentinel-2 band groups, by what the bands see; a model's groups are those it has bands of.
BAND_GROUPS: dict[str, tuple[str, ...]] = {
    "visible": ("B02", "B03", "B04"),
    "red edge": ("B05", "B06", "B07"),
    "NIR": ("B08", "B8A"),
    "SWIR": ("B11", "B12"),
    "atmospheric": ("B01", "B09", "B10"),
}

BLUR_SIZE = 15  # px: box filter of the blurred background (150 m), odd so it stays centred
DEFAULT_SEGMENTS = 16  # SLIC superpixels per 64×64 patch
IMAGES_PER_PASS = 8  # masked tiles sent to the model at once


@dataclass(frozen=True)
class Feature:
    name: str
    channels: tuple[int, ...]  # the model input channels it covers


def band_features(bands: tuple[str, ...]) -> list[Feature]:
    return [Feature(band, (i,)) for i, band in enumerate(bands)]


def band_group_features(bands: tuple[str, ...]) -> list[Feature]:
    groups = [Feature(name, tuple(bands.index(b) for b in members if b in bands))
              for name, members in BAND_GROUPS.items()]
    return [group for group in groups if group.channels]


# -- backgrounds: what a removed feature is replaced by -----------------------------------------

def mean_background(x: torch.Tensor) -> torch.Tensor:
    """The training set's band means: zero in the model's normalised input."""
    return torch.zeros_like(x)


def blurred_background(x: torch.Tensor) -> torch.Tensor:
    """A box-blurred copy (edges mirrored): the place's own colours without its detail."""
    pad = BLUR_SIZE // 2
    return F.avg_pool2d(F.pad(x, (pad, pad, pad, pad), mode="reflect"), BLUR_SIZE, stride=1)


#: Backgrounds by name, in menu order.
BACKGROUNDS: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "mean": mean_background,
    "blur": blurred_background,
}


@dataclass
class ShapMaps:
    """Per tile, on the window-cell pixel grid (B, ·, P, P): Shapley values of each feature, the base
    value, the model's output (probability of the target), the class predicted with its probability,
    and the additivity gap (base + Σ values − output) of the window or patch each pixel shows."""

    values: torch.Tensor
    base: torch.Tensor
    output: torch.Tensor
    predicted: torch.Tensor
    confidence: torch.Tensor
    gap: torch.Tensor

    def arrays(self) -> list[torch.Tensor]:
        return [self.values, self.base, self.output, self.predicted.float(), self.confidence, self.gap]


@lru_cache(maxsize=32)
def cached_plan(features: int, budget: int) -> CoalitionPlan:
    return plan_for(features, budget)


class ShapExplainer:
    """Shapley values of features for the target's probability, for whole tiles.

    Subclasses say what replaces a removed feature (:meth:`background_of`), which outputs a pass
    yields (:meth:`probabilities`) and what a coalition's input looks like (the ``masked_inputs``
    they give :meth:`explain_with`); the coalition loop and targets are shared."""

    name: ClassVar[str]
    label: ClassVar[str]
    halo: ClassVar[int] = 1  # 8 px around every window: room for the blur's 7 px
    tile_multiple: ClassVar[int] = 8
    units: ClassVar[str] = "probability of the target class"

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512) -> None:
        self.classifier = classifier
        self.model = classifier.model
        self.background_name = background
        self.background = BACKGROUNDS[background]
        self.budget = budget

    @property
    def feature_names(self) -> tuple[str, ...]:
        raise NotImplementedError

    def feature_bands(self) -> tuple[str, ...]:
        """Per output band, in words: the Sentinel-2 bands its feature removes."""
        raise NotImplementedError

    def plan(self, features: int) -> CoalitionPlan:
        return cached_plan(features, self.budget)

    def fixed_plan(self) -> CoalitionPlan | None:
        """The plan every tile uses, when the feature count does not depend on the tile."""
        return None

    def estimator(self) -> str:
        plan = self.fixed_plan()
        if plan is None:
            return "exact when the budget allows, else permutation sampling"
        return "exact" if plan.exact else "permutation sampling"

    def background_of(self, x: torch.Tensor) -> torch.Tensor:
        return self.background(x)

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities (B, K, …) of the outputs a pass over tiles ``x`` explains."""
        raise NotImplementedError

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> ShapMaps:
        raise NotImplementedError

    @staticmethod
    def shapley_values(plan: CoalitionPlan, value_of: Callable[[torch.Tensor], torch.Tensor], chunk: int):
        """``(φ (B, M, …), v(none), v(all))`` from the values (n, B, …) of chunks of coalitions."""
        masks = torch.from_numpy(plan.masks)
        weights = torch.from_numpy(plan.weights)  # float64: additivity to rounding, whatever M
        empty, full = plan.empty_index(), plan.full_index()
        values = None
        for start in range(0, plan.evaluations, chunk):
            v = value_of(masks[start : start + chunk]).double()
            part = torch.einsum("mn,nb...->bm...", weights[:, start : start + chunk], v)
            values = part if values is None else values + part
            if start <= empty < start + chunk:
                base = v[empty - start]
            if start <= full < start + chunk:
                output = v[full - start]
        return values.float(), base.float(), output.float()

    @torch.inference_mode()
    def explain_with(self, x: torch.Tensor, target: int | None, masked_inputs, features: int):
        """The shared loop: predict on the full input, then evaluate the plan's coalitions.
        ``masked_inputs(x, background, masks)`` gives the inputs (n, B, C, R, R) of n coalitions."""
        background = self.background_of(x)
        full = self.probabilities(x)
        targets = class_targets(full, target)
        confidence, predicted = full.max(dim=1, keepdim=True)

        def value_of(masks: torch.Tensor) -> torch.Tensor:
            inputs = masked_inputs(x, background, masks)
            p = self.probabilities(inputs.flatten(0, 1)).unflatten(0, inputs.shape[:2])
            return p.gather(2, targets.expand(len(masks), *targets.shape)).squeeze(2)

        chunk = max(1, IMAGES_PER_PASS // x.shape[0])
        values, base, output = self.shapley_values(self.plan(features), value_of, chunk)
        gap = base[:, None] + values.sum(dim=1, keepdim=True) - output[:, None]
        return values, base[:, None], output[:, None], predicted, confidence, gap


class SpectralShap(ShapExplainer):
    """Bands or band groups, removed from the whole tile: every window's values from one pass each."""

    def __init__(self, classifier: DenseClassifier, features: list[Feature], background: str = "mean",
                 budget: int = 512) -> None:
        super().__init__(classifier, background, budget)
        self.features = features
        self.plan(len(features))  # a budget too small fails before any tile is read
        channels = len(classifier.card.bands)
        self.channel_masks = torch.zeros(len(features), channels, dtype=torch.bool)
        for i, feature in enumerate(features):
            self.channel_masks[i, list(feature.channels)] = True

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(feature.name for feature in self.features)

    def feature_bands(self) -> tuple[str, ...]:
        bands = self.classifier.card.bands
        return tuple(" ".join(bands[c] for c in feature.channels) for feature in self.features)

    def fixed_plan(self) -> CoalitionPlan:
        return self.plan(len(self.features))

    def masked_inputs(self, x: torch.Tensor, background: torch.Tensor, masks: torch.Tensor) -> torch.Tensor:
        kept = (masks.to(torch.float32) @ self.channel_masks.to(torch.float32)) > 0  # (n, C)
        return torch.where(kept[:, None, :, None, None].to(x.device), x[None], background[None])

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier.window_probabilities(x)

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> ShapMaps:
        maps = self.explain_with(x, target, self.masked_inputs, len(self.features))
        stride = self.classifier.stride
        return ShapMaps(*(t.repeat_interleave(stride, -2).repeat_interleave(stride, -1) for t in maps))


class BandShap(SpectralShap):
    name = "bands"
    label = QT_TRANSLATE_NOOP("engine", "Spectral bands")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512, **_) -> None:
        super().__init__(classifier, band_features(classifier.card.bands), background, budget)


class BandGroupShap(SpectralShap):
    name = "band_groups"
    label = QT_TRANSLATE_NOOP("engine", "Band groups (visible, red edge, NIR, SWIR, atmospheric)")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512, **_) -> None:
        super().__init__(classifier, band_group_features(classifier.card.bands), background, budget)


class SuperpixelShap(ShapExplainer):
    """SLIC superpixels of each 64×64 patch of the patch mosaic; one output band."""

    name = "superpixels"
    label = QT_TRANSLATE_NOOP("engine", "Superpixels (SLIC, per 64×64 patch)")
    halo = PATCH_HALO
    tile_multiple = PATCH_TILE_MULTIPLE

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512,
                 segments: int = DEFAULT_SEGMENTS) -> None:
        super().__init__(classifier, background, budget)
        self.segments = segments
        self.window = classifier.window
        bands = classifier.card.bands
        self.rgb_channels = [bands.index(b) for b in ("B04", "B03", "B02")]
        self.plan(segments)  # SLIC gives about this many: fail early when even that cannot be sampled

    @property
    def feature_names(self) -> tuple[str, ...]:
        return ("superpixels",)

    def feature_bands(self) -> tuple[str, ...]:
        return ("B04 B03 B02 (segmented); every band is removed",)

    def segment(self, x: torch.Tensor) -> torch.Tensor:
        """Patch-local SLIC labels 0… of every patch, as a mosaic (B, E, E)."""
        from skimage.segmentation import slic

        reflectance = self.classifier.reflectance(x[:, self.rgb_channels], self.rgb_channels)
        rgb = (reflectance * 3.5).clamp(0, 1).cpu().numpy()  # true colour, as SLIC's Lab conversion expects
        size, (batch, _, extent, _) = self.window, x.shape
        labels = np.zeros((batch, extent, extent), dtype=np.int64)
        for b in range(batch):
            for r in range(0, extent, size):
                for c in range(0, extent, size):
                    patch = rgb[b, :, r : r + size, c : c + size].transpose(1, 2, 0).astype(np.float64)
                    labels[b, r : r + size, c : c + size] = slic(
                        patch, n_segments=self.segments, compactness=10, start_label=0, channel_axis=-1)
        return torch.from_numpy(labels).to(x.device)

    def background_of(self, x: torch.Tensor) -> torch.Tensor:
        """The background of each patch on its own, as shap's image maskers treat an image."""
        n = x.shape[-1] // self.window
        return from_patches(self.background(to_patches(x, self.window)), n)

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Each patch classified on its own (B, K, n, n): cheaper than the dense pass, which also
        computes the windows between patches."""
        n = x.shape[-1] // self.window
        probabilities = torch.softmax(self.model(to_patches(x, self.window)), dim=1)
        return probabilities.reshape(-1, n, n, probabilities.shape[-1]).permute(0, 3, 1, 2)

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> ShapMaps:
        read_size, x = x.shape[-1], whole_patches(x, self.window)
        labels = self.segment(x)

        def masked_inputs(x, background, masks):
            kept = masks.to(x.device)[:, labels]  # (n, B, E, E)
            return torch.where(kept[:, :, None], x[None], background[None])

        features = int(labels.max()) + 1
        values, *per_patch = self.explain_with(x, target, masked_inputs, features)
        size = self.window

        def to_pixels(t: torch.Tensor) -> torch.Tensor:  # per patch → the tile's pixel grid
            mosaic = t.float().repeat_interleave(size, -2).repeat_interleave(size, -1)
            return read_grid_to_pixels(mosaic, read_size, size, self.classifier.stride)

        pixel_labels = read_grid_to_pixels(labels[:, None], read_size, size, self.classifier.stride)
        segment_values = to_pixels(values).gather(1, pixel_labels)  # each pixel: its own segment's value
        return ShapMaps(segment_values, *(to_pixels(t) for t in per_patch))


def to_patches(x: torch.Tensor, size: int) -> torch.Tensor:
    """(B, C, n·size, n·size) → (B·n·n, C, size, size), patches in row-major order."""
    b, c, extent, _ = x.shape
    n = extent // size
    return x.reshape(b, c, n, size, n, size).permute(0, 2, 4, 1, 3, 5).reshape(-1, c, size, size)


def from_patches(patches: torch.Tensor, n: int) -> torch.Tensor:
    """The inverse of :func:`to_patches` for ``n × n`` patches per image."""
    _, c, size, _ = patches.shape
    return patches.reshape(-1, n, n, c, size, size).permute(0, 3, 1, 4, 2, 5).reshape(-1, c, n * size, n * size)


#: SHAP feature kinds by name, in menu order; a new kind is a new class here.
SHAP_EXPLAINERS: dict[str, type[ShapExplainer]] = {
    cls.name: cls for cls in (BandGroupShap, BandShap, SuperpixelShap)
}


def make_shap_explainer(features: str, classifier: DenseClassifier, background: str = "mean", budget: int = 512,
                        segments: int = DEFAULT_SEGMENTS) -> ShapExplainer:
    if background not in BACKGROUNDS:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown BACKGROUND '{name}'. Choose one of: {names}."),
                        name=background, names=", ".join(BACKGROUNDS))
    return SHAP_EXPLAINERS[features](classifier, background=background, budget=budget, segments=segments)
