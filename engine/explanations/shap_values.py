"""Scene-wide SHAP: one dense model pass per feature coalition serves every window of a tile.

The explained output is the window's probability of the target class, so a place's SHAP values
plus the base value (the output with every feature removed, see :mod:`.features`) add up to the
probability the model gives that class there.

*Spectral* features (bands, band groups) are removed from the whole tile at once, which removes
them from every window: one dense pass per coalition gives ``v(S)`` for all windows of the tile,
and :mod:`.coalitions` turns those values into every window's Shapley values. Each output pixel
carries the values of the window centred on its 8×8 block (the classifier's grid).

*Superpixels* (SLIC on true colour) belong to one 64×64 patch each: patches on the fixed 64-pixel
grid of the Guided Grad-CAM mosaic, explained one by one as shap's image explainers explain a
EuroSAT patch. Coalitions are of patch-local segment numbers, so one pass over the tile removes
segment ``k`` of every patch and serves all patches at once (patches do not overlap, and a patch's
output depends on its own pixels only).

Both are checked against shap's ExactExplainer window by window (tests).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

import torch

from ..dense import DenseClassifier
from ..heap import large_blocks_reused
from .base import (
    PATCH_HALO,
    PATCH_TILE_MULTIPLE,
    PREDICTED,
    Attribution,
    SceneExplainer,
    class_targets,
    from_patches,
    patch_values_to_pixels,
    read_grid_to_pixels,
    to_patches,
    whole_patches,
)
from .catalogue import FAMILIES, SEGMENTS, SHAP
from .coalitions import CoalitionPlan, plan_for, shapley_values
from .features import (
    BACKGROUNDS,
    TRUE_COLOUR_GAIN,
    Feature,
    band_features,
    band_group_features,
    channel_masks,
    segment_patches,
    spectral_masked_inputs,
)

DEFAULT_SEGMENTS = SEGMENTS.default  # SLIC superpixels per 64×64 patch


@lru_cache(maxsize=32)
def cached_plan(features: int, budget: int) -> CoalitionPlan:
    return plan_for(features, budget)


class CoalitionExplainer(SceneExplainer):
    """Methods that evaluate the model on masked copies of the input (SHAP, LIME).

    Each family gives its estimate from the coalitions' outputs (:meth:`attribute`: Shapley values,
    lime's surrogate); each method says what replaces a removed feature (:meth:`background_of`), which
    outputs a pass yields (:meth:`probabilities`) and what a coalition's input looks like
    (``masked_inputs``)."""

    signed = True
    units = "probability of the target class"

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512) -> None:
        self.classifier = classifier
        self.model = classifier.model
        self.background_name = SHAP.background(background).id
        self.background = BACKGROUNDS[background]
        self.budget = budget

    @property
    def feature_names(self) -> tuple[str, ...]:
        raise NotImplementedError

    def feature_bands(self) -> tuple[str, ...]:
        """Per output band, in words: the Sentinel-2 bands its feature removes."""
        raise NotImplementedError

    def band_names(self, target_name: str) -> tuple[str, ...]:
        return self.feature_names

    def background_of(self, x: torch.Tensor) -> torch.Tensor:
        return self.background(x)

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities (B, K, …) of the outputs a pass over tiles ``x`` explains."""
        raise NotImplementedError

    def attribute(self, x: torch.Tensor, target: int | None, masked_inputs, features: int) -> Attribution:
        """The method's own step: attributions of ``features`` features, the coalitions' inputs built by
        ``masked_inputs(x, background, masks)`` (n, B, C, R, R). Fields are per window or patch."""
        raise NotImplementedError

    def target_values(self, x: torch.Tensor, target: int | None, masked_inputs):
        """(full probabilities, targets, value_of): ``value_of(masks)`` gives the target's probability
        (n, B, …) for n coalitions, the masked inputs built by ``masked_inputs(x, background, masks)``."""
        background = self.background_of(x)
        full = self.probabilities(x)
        targets = class_targets(full, target)

        def value_of(masks: torch.Tensor) -> torch.Tensor:
            inputs = masked_inputs(x, background, masks.to(x.device))
            p = self.probabilities(inputs.flatten(0, 1)).unflatten(0, inputs.shape[:2])
            return p.gather(2, targets.expand(len(masks), *targets.shape)).squeeze(2)

        return full, targets, value_of

    def chunk(self, x: torch.Tensor) -> int:
        """Coalitions per model pass: the method's family sends its catalogue count of masked tiles."""
        return max(1, FAMILIES[self.method.family].images_per_pass // x.shape[0])

    def over_coalitions(self, x: torch.Tensor, target: int | None, masked_inputs, estimator):
        """(confidence, predicted class, ``estimator(value_of, chunk)``): the model on the full input, then
        the estimator's passes over masked copies (:meth:`target_values`). The passes reuse each other's
        memory blocks (:mod:`..heap`: SHAP 1.65×, LIME 1.6× faster), given back after each batch (kept
        for the whole run, the heap fragments and grows with the raster)."""
        with large_blocks_reused():
            full, _, value_of = self.target_values(x, target, masked_inputs)
            confidence, predicted = full.max(dim=1, keepdim=True)
            return confidence, predicted, estimator(value_of, self.chunk(x))


class ShapExplainer(CoalitionExplainer):
    """Shapley values of features for the target's probability, for whole tiles; the coalition loop
    and targets are shared, subclasses give the masked inputs."""

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

    def tags(self) -> dict[str, str]:
        tags = {"METHOD": "shap", "FEATURES": self.name, "BACKGROUND": self.background_name,
                "N_SAMPLES": str(self.budget)}
        plan = self.fixed_plan()
        if plan is not None:
            tags.update(EVALUATIONS=str(plan.evaluations), ESTIMATOR=self.estimator())
            tags.update({f"FEATURE_{i + 1}_BANDS": bands for i, bands in enumerate(self.feature_bands())})
        return tags

    @torch.inference_mode()
    def attribute(self, x: torch.Tensor, target: int | None, masked_inputs, features: int) -> Attribution:
        """Shapley values: predict on the full input, then evaluate the plan's coalitions."""
        plan = self.plan(features)
        confidence, predicted, shapley = self.over_coalitions(
            x, target, masked_inputs, lambda value_of, chunk: shapley_values(plan, value_of, chunk))
        gap = shapley.base[:, None] + shapley.values.sum(dim=1, keepdim=True) - shapley.output[:, None]
        return Attribution(shapley.values, predicted=predicted, confidence=confidence, output=shapley.output[:, None],
                           base=shapley.base[:, None], gap=gap)


class SpectralMixin:
    """Bands or band groups, removed from the whole tile at once: every window's values from one pass per
    coalition or sample (SHAP's and LIME's spectral methods)."""

    classifier: DenseClassifier
    device: torch.device
    attribute: Callable[..., Attribution]

    def init_spectral(self, features: list[Feature]) -> None:
        self.features = features
        self.channel_masks = channel_masks(features, len(self.classifier.card.bands), self.device)

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(feature.name for feature in self.features)

    def feature_bands(self) -> tuple[str, ...]:
        bands = self.classifier.card.bands
        return tuple(" ".join(bands[c] for c in feature.channels) for feature in self.features)

    def masked_inputs(self, x: torch.Tensor, background: torch.Tensor, masks: torch.Tensor) -> torch.Tensor:
        return spectral_masked_inputs(x, background, masks, self.channel_masks)

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier.window_probabilities(x)

    def attribute_windows(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        """Per window of the stride grid (B, F, cells, cells)."""
        return self.attribute(x, target, self.masked_inputs, len(self.features))

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        stride = self.classifier.stride
        return self.attribute_windows(x, target).map(
            lambda t: t.repeat_interleave(stride, -2).repeat_interleave(stride, -1))

    def window_attribution(self, windows: torch.Tensor, target: int | None = PREDICTED) -> torch.Tensor:
        values = self.attribute_windows(windows, target).values  # (N, F, 1, 1)
        return spectral_to_channels(values, self.features, windows.shape[1])


class SpectralShap(SpectralMixin, ShapExplainer):
    """Shapley values of bands or band groups (:class:`SpectralMixin`)."""

    def __init__(self, classifier: DenseClassifier, features: list[Feature], background: str = "mean",
                 budget: int = 512) -> None:
        super().__init__(classifier, background, budget)
        self.plan(len(features))  # a budget too small fails before any tile is read
        self.init_spectral(features)

    def fixed_plan(self) -> CoalitionPlan:
        return self.plan(len(self.features))


class BandShap(SpectralShap):
    method = SHAP.method("bands")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512, **_) -> None:
        super().__init__(classifier, band_features(classifier.card.bands), background, budget)


class BandGroupShap(SpectralShap):
    method = SHAP.method("band_groups")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512, **_) -> None:
        super().__init__(classifier, band_group_features(classifier.card.bands), background, budget)


class SuperpixelMixin:
    """SLIC superpixels of each 64×64 patch of the patch mosaic (one output band); each patch on its own."""

    halo = PATCH_HALO
    tile_multiple = PATCH_TILE_MULTIPLE
    classifier: DenseClassifier
    background: Callable[[torch.Tensor], torch.Tensor]

    def init_superpixels(self, segments: int) -> None:
        self.segments = segments
        self.window = self.classifier.window
        bands = self.classifier.card.bands
        self.rgb_channels = [bands.index(b) for b in ("B04", "B03", "B02")]

    @property
    def feature_names(self) -> tuple[str, ...]:
        return ("superpixels",)

    def feature_bands(self) -> tuple[str, ...]:
        return ("B04 B03 B02 (segmented); every band is removed",)

    def segment(self, x: torch.Tensor) -> tuple[torch.Tensor, int]:
        """Patch-local SLIC labels 0… of every patch, as a mosaic (B, E, E) on the input's device, and the
        number of labels (counted on the CPU, where SLIC ran)."""
        reflectance = self.classifier.reflectance(x[:, self.rgb_channels], self.rgb_channels)
        rgb = (reflectance * TRUE_COLOUR_GAIN).clamp(0, 1).cpu().numpy()  # true colour, as SLIC's Lab expects
        labels = segment_patches(rgb, self.window, self.segments)
        return torch.from_numpy(labels).to(x.device), int(labels.max()) + 1

    def background_of(self, x: torch.Tensor) -> torch.Tensor:
        """The background of each patch on its own, as shap's image maskers treat an image."""
        n = x.shape[-1] // self.window
        return from_patches(self.background(to_patches(x, self.window)), n)

    def probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Each patch classified on its own (B, K, n, n): cheaper than the dense pass, which also
        computes the windows between patches."""
        n = x.shape[-1] // self.window
        probabilities = torch.softmax(self.classifier.model(to_patches(x, self.window)), dim=1)
        return probabilities.reshape(-1, n, n, probabilities.shape[-1]).permute(0, 3, 1, 2)

    def window_attribution(self, windows: torch.Tensor, target: int | None = PREDICTED) -> torch.Tensor:
        per_patch, labels = self.explain_patches(windows, target)  # one patch per window: (N, S, 1, 1)
        return per_patch.values[:, :, 0, 0].gather(1, labels.flatten(1)).view(len(windows), 1, *labels.shape[1:])

    def explain_patches(self, x: torch.Tensor, target: int | None) -> tuple[Attribution, torch.Tensor]:
        """Per patch of whole patches (B, C, 64n, 64n): values per segment (B, S, n, n) and the labels."""
        raise NotImplementedError

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        read_size = x.shape[-1]
        per_patch, labels = self.explain_patches(whole_patches(x, self.window), target)
        stride = self.classifier.stride
        pixels = per_patch.map(lambda t: patch_values_to_pixels(t, read_size, self.window, stride))
        pixels.values = self.segments_to_pixels(per_patch.values, labels, read_size)
        pixels.predicted = pixels.predicted.long()
        return pixels

    def segments_to_pixels(self, values: torch.Tensor, labels: torch.Tensor, read_size: int) -> torch.Tensor:
        """Per patch and segment values (B, S, n, n) → each pixel its own segment's value (B, 1, P, P)."""
        stride = self.classifier.stride
        pixel_labels = read_grid_to_pixels(labels[:, None], read_size, self.window, stride)
        return patch_values_to_pixels(values, read_size, self.window, stride).gather(1, pixel_labels)


class SuperpixelShap(SuperpixelMixin, ShapExplainer):
    method = SHAP.method("superpixels")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 512,
                 segments: int = DEFAULT_SEGMENTS, **_) -> None:
        super().__init__(classifier, background, budget)
        self.init_superpixels(segments)
        self.plan(segments)  # SLIC gives about this many: fail early when even that cannot be sampled

    def explain_patches(self, x: torch.Tensor, target: int | None) -> tuple[Attribution, torch.Tensor]:
        labels, count = self.segment(x)

        def masked_inputs(x, background, masks):
            kept = masks[:, labels]  # (n, B, E, E)
            return torch.where(kept[:, :, None], x[None], background[None])

        return self.attribute(x, target, masked_inputs, count), labels


def spectral_to_channels(values: torch.Tensor, features: list[Feature], channels: int) -> torch.Tensor:
    """Values per spectral feature (N, F, …) → per input channel (N, C, …): each channel its feature's."""
    index = torch.zeros(channels, dtype=torch.long, device=values.device)
    for i, feature in enumerate(features):
        index[list(feature.channels)] = i
    return values.index_select(1, index)
