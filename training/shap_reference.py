"""shap's own ExactExplainer on one window at a time: the reference the scene-wide path is tested
and benchmarked against (not used by the algorithms)."""
from __future__ import annotations

import numpy as np
import shap
import torch


class FeatureMasker(shap.maskers.Masker):
    """A coalition on one window, as shap applies it: features off take the background's values."""

    def __init__(self, covers: np.ndarray, background: np.ndarray) -> None:
        self.covers = covers  # (features, C, H, W): the input values each feature holds
        self.background = background
        self.shape = (1, len(covers))

    def mask_shapes(self, *args):
        return [(len(self.covers),)]

    def __call__(self, mask, x):
        kept = self.covers[np.asarray(mask, dtype=bool)].any(axis=0)
        return (np.where(kept, x, self.background)[None],)


def channel_covers(features, channels: int, size: int) -> np.ndarray:
    """(features, C, size, size): each spectral feature holds all pixels of its channels."""
    covers = np.zeros((len(features), channels, size, size), dtype=bool)
    for i, feature in enumerate(features):
        covers[i, list(feature.channels)] = True
    return covers


def shap_exact(model: torch.nn.Module, window: np.ndarray, background: np.ndarray, covers: np.ndarray,
               target: int) -> tuple[np.ndarray, float]:
    """shap's ExactExplainer of the target's probability for one window: (SHAP values, base value)."""
    def probability(inputs):
        with torch.no_grad():
            return torch.softmax(model(torch.as_tensor(inputs, dtype=torch.float32)), 1)[:, target].cpu().numpy()

    explanation = shap.explainers.Exact(probability, FeatureMasker(covers, background))(window[None])
    return explanation.values[0], float(explanation.base_values[0])
