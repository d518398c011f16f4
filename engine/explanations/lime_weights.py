"""Scene-wide LIME (Ribeiro et al. 2016): a local linear surrogate of the target's probability, fitted
to the model's outputs on randomly perturbed copies of each window (band groups) or patch
(superpixels), exactly as the ``lime`` library fits it.

lime draws ``N`` binary samples (each feature kept or removed; the first sample keeps every
feature), weighs each by the kernel ``sqrt(exp(−d²/w²))`` of its cosine distance ``d`` to the
original, and fits a ridge regression (``alpha = 1``, unpenalised intercept) of the outputs on the
samples. With the samples and kernel fixed, the fitted coefficients and intercept are a *fixed
linear map* of the outputs: ``θ = (ZᵀWZ + αI′)⁻¹ ZᵀW y``. So, as for the SHAP coalitions, one
dense pass per sample serves every window of a tile (band groups), and one pass over a tile's
patches serves all its patches (superpixels); duplicate samples are evaluated once, their weights
added. The fit's weighted R² (lime's ``score``) follows from the same sums plus ``Σ w y²``.

Every tile uses the same samples (seeded), so results do not depend on the tiling. Checked against
lime's ``LimeBase`` and ``LimeImageExplainer`` window by window, with the same samples and kernel
(tests).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch

from ..dense import DenseClassifier
from ..errors import QT_TRANSLATE_NOOP, LulcError
from .base import PREDICTED, Attribution
from .catalogue import LIME, LIME_PATCHES_PER_PASS
from .coalitions import evaluate_linear_map
from .features import band_group_features
from .shap_values import CoalitionExplainer, SpectralMixin, SuperpixelMixin

KERNEL_WIDTH = 0.25  # lime's LimeImageExplainer default
RIDGE_ALPHA = 1.0  # lime's default regressor: Ridge(alpha=1, fit_intercept=True)
SEED = 0  # the samples every tile shares


@dataclass(frozen=True)
class LimePlan:
    """lime's samples (N, M) and kernel weights (N,), and the linear map that turns the outputs of the
    distinct samples (``masks``, U of them) into ``[intercept, coefficients]`` (M + 1 rows)."""

    samples: np.ndarray
    kernel: np.ndarray
    masks: np.ndarray
    weights: np.ndarray
    square_weights: np.ndarray  # kernel weight of each distinct sample (Σ over its duplicates)
    gram: np.ndarray  # (M + 1, M + 1) ZaᵀWZa without the ridge term, for the R²
    system: np.ndarray  # (M + 1, M + 1) ZaᵀWZa + αI′: θ = system⁻¹ ZaᵀW y
    original: int  # index in ``masks`` of the sample that keeps every feature

    @property
    def evaluations(self) -> int:
        return len(self.masks)

    @property
    def features(self) -> int:
        return self.samples.shape[1]


def lime_samples(features: int, count: int, seed: int = SEED) -> np.ndarray:
    """The samples lime's image explainer draws: ``randint(0, 2)`` per feature, the first row all ones."""
    data = np.random.RandomState(seed).randint(0, 2, count * features).reshape((count, features))
    data[0, :] = 1
    return data.astype(bool)


def lime_kernel(samples: np.ndarray, width: float = KERNEL_WIDTH) -> np.ndarray:
    """``sqrt(exp(−d²/w²))`` of the cosine distance of each sample to the original (all ones), as lime
    weighs them; a sample without any feature is at distance 1 (scikit-learn's convention)."""
    kept = samples.sum(axis=1)
    distance = 1.0 - np.sqrt(kept / samples.shape[1])
    return np.sqrt(np.exp(-(distance**2) / width**2))


@lru_cache(maxsize=64)
def lime_plan(features: int, count: int, seed: int = SEED, width: float = KERNEL_WIDTH,
              alpha: float = RIDGE_ALPHA) -> LimePlan:
    samples = lime_samples(features, count, seed)
    kernel = lime_kernel(samples, width)
    design = np.hstack([np.ones((count, 1)), samples.astype(np.float64)])  # Za: intercept, features
    gram = design.T @ (kernel[:, None] * design)
    system = gram + alpha * np.diag([0.0] + [1.0] * features)  # the intercept is not penalised
    per_sample = np.linalg.solve(system, design.T * kernel)  # (M + 1, N)
    masks, inverse = np.unique(samples, axis=0, return_inverse=True)
    inverse = inverse.ravel()
    weights = np.zeros((features + 1, len(masks)))
    np.add.at(weights.T, inverse, per_sample.T)
    square_weights = np.bincount(inverse, kernel, minlength=len(masks))
    original = int(np.flatnonzero(masks.all(axis=1))[0])
    return LimePlan(samples, kernel, masks, weights, square_weights, gram, system, original)


@dataclass
class LimeFit:
    """Per window or patch (B, …): coefficients (B, M, …), intercept, R², the surrogate's prediction at
    the original, and the model's output there."""

    coefficients: torch.Tensor
    intercept: torch.Tensor
    score: torch.Tensor
    local_prediction: torch.Tensor
    output: torch.Tensor


def fit_lime(plan: LimePlan, value_of, chunk: int) -> LimeFit:
    """Evaluate the plan's distinct samples (``value_of(masks)`` → (n, B, …)) and fit lime's surrogate."""
    result = evaluate_linear_map(plan.masks, plan.weights, value_of, chunk, keep=(plan.original,),
                                 square_weights=plan.square_weights)
    theta = result.mapped  # (B, M + 1, …), float64
    gram = torch.from_numpy(plan.gram).to(theta.device)
    system = torch.from_numpy(plan.system).to(theta.device)
    sums = torch.einsum("ij,bj...->bi...", system, theta)  # ZaᵀW y
    fitted = torch.einsum("ij,bj...->bi...", gram, theta)  # ZaᵀWZa θ
    residual = result.squares - 2 * (theta * sums).sum(1) + (theta * fitted).sum(1)  # Σ w (y − ŷ)²
    total = result.squares - sums[:, 0] ** 2 / float(plan.kernel.sum())
    flat = total.abs() <= 1e-12 * result.squares.abs().clamp(min=1e-300)
    # as scikit-learn's r2_score: a constant output is fitted perfectly (1) or not at all (0)
    score = torch.where(flat, (residual.abs() <= 1e-12).double(), 1 - residual / torch.where(flat, 1.0, total))
    return LimeFit(theta[:, 1:].float(), theta[:, :1].float(), score[:, None].float(),
                   theta.sum(1, keepdim=True).float(), result.kept[plan.original][:, None].float())


class LimeExplainer(CoalitionExplainer):
    """LIME weights of features for the target's probability, for whole tiles."""

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 256) -> None:
        super().__init__(classifier, background, budget)
        if budget < 2:
            raise LulcError(QT_TRANSLATE_NOOP("engine", "N_SAMPLES={budget} is too small: LIME fits a linear model "
                                              "to perturbed samples and needs at least 2 (lime's default is "
                                              "1000)."), budget=budget)

    def plan(self, features: int) -> LimePlan:
        return lime_plan(features, self.budget)

    def tags(self) -> dict[str, str]:
        return {"METHOD": "lime", "FEATURES": self.name, "BACKGROUND": self.background_name,
                "N_SAMPLES": str(self.budget), "KERNEL_WIDTH": str(KERNEL_WIDTH), "SEED": str(SEED)}

    def estimator(self) -> str:
        return f"lime: {self.budget} samples, kernel width {KERNEL_WIDTH}, ridge alpha {RIDGE_ALPHA:g}"

    @torch.inference_mode()
    def attribute(self, x: torch.Tensor, target: int | None, masked_inputs, features: int) -> Attribution:
        """lime's surrogate per window or patch: coefficients as values, the intercept as base, R² as fit."""
        plan = self.plan(features)
        confidence, predicted, fit = self.over_coalitions(
            x, target, masked_inputs, lambda value_of, chunk: fit_lime(plan, value_of, chunk))
        return Attribution(fit.coefficients, predicted=predicted, confidence=confidence, output=fit.output,
                           base=fit.intercept, fit=fit.score)


class BandGroupLime(SpectralMixin, LimeExplainer):
    """Band groups removed from the whole tile: every window's surrogate from one pass per sample."""

    method = LIME.method("band_groups")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 256, **_) -> None:
        super().__init__(classifier, background, budget)
        self.init_spectral(band_group_features(classifier.card.bands))

    def tags(self) -> dict[str, str]:
        tags = super().tags()
        tags["EVALUATIONS"] = str(self.plan(len(self.features)).evaluations)
        tags.update({f"FEATURE_{i + 1}_BANDS": bands for i, bands in enumerate(self.feature_bands())})
        return tags


class SuperpixelLime(SuperpixelMixin, LimeExplainer):
    """SLIC superpixels of each 64×64 patch, each patch explained on its own as lime's image explainer
    explains an image. LIME's surrogate depends on the number of features, so patches are fitted in
    groups of equal superpixel count (the passes are per patch either way)."""

    method = LIME.method("superpixels")

    def __init__(self, classifier: DenseClassifier, background: str = "mean", budget: int = 256,
                 segments: int = 16, **_) -> None:
        super().__init__(classifier, background, budget)
        self.init_superpixels(segments)

    def explain_patches(self, x: torch.Tensor, target: int | None) -> tuple[Attribution, torch.Tensor]:
        labels, _ = self.segment(x)  # (B, E, E), patch-local numbers 0 … count − 1
        n = x.shape[-1] // self.window
        counts = labels.unflatten(-2, (n, self.window)).unflatten(-1, (n, self.window)).amax(dim=(-3, -1)) + 1
        background = self.background_of(x)
        full = self.probabilities(x)  # (B, K, n, n)
        targets = full.argmax(1) if target is PREDICTED else torch.full_like(full[:, 0], target, dtype=torch.long)
        confidence, predicted = full.max(dim=1, keepdim=True)
        most = int(counts.max())
        coefficients = x.new_zeros((x.shape[0], most, n, n))
        intercept, score, local, output = (x.new_zeros((x.shape[0], 1, n, n)) for _ in range(4))
        for count in torch.unique(counts).tolist():
            where = torch.nonzero(counts == count, as_tuple=True)  # (b, i, j) of the patches with this count
            fit = self.fit_patches(x, background, labels, where, targets[where], int(count))
            coefficients[where[0], :count, where[1], where[2]] = fit.coefficients.to(x.dtype)
            for field, values in ((intercept, fit.intercept), (score, fit.score), (output, fit.output)):
                field[where[0], 0, where[1], where[2]] = values[:, 0].to(x.dtype)
        return Attribution(coefficients, predicted=predicted, confidence=confidence, output=output, base=intercept,
                           fit=score), labels

    @torch.inference_mode()
    def fit_patches(self, x, background, labels, where, targets, count: int) -> LimeFit:
        """lime's surrogate for the patches at ``where`` (each with ``count`` superpixels)."""
        size = self.window
        b, i, j = where
        rows = (i * size)[:, None] + torch.arange(size, device=x.device)  # (P, size)
        cols = (j * size)[:, None] + torch.arange(size, device=x.device)
        patch_x = x[b[:, None, None], :, rows[:, :, None], cols[:, None, :]].permute(0, 3, 1, 2)  # (P, C, s, s)
        patch_background = background[b[:, None, None], :, rows[:, :, None], cols[:, None, :]].permute(0, 3, 1, 2)
        patch_labels = labels[b[:, None, None], rows[:, :, None], cols[:, None, :]]  # (P, s, s)

        def value_of(masks: torch.Tensor) -> torch.Tensor:
            kept = masks.to(x.device)[:, patch_labels]  # (n, P, s, s)
            inputs = torch.where(kept[:, :, None], patch_x[None], patch_background[None])
            p = torch.softmax(self.classifier.model(inputs.flatten(0, 1)), dim=1).unflatten(0, inputs.shape[:2])
            return p.gather(2, targets[None, :, None].expand(len(masks), -1, 1)).squeeze(2)  # (n, P)

        return fit_lime(self.plan(count), value_of, max(1, LIME_PATCHES_PER_PASS // len(b)))

