"""Evaluating a model card on the committed EuroSAT split: the figures its card reports.

Pure functions over arrays (no QGIS): predictions, overall accuracy with a Wilson interval,
per-class F1, confusion matrix, parameter count and FLOPs per window.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from ..engine.accuracy import f1_scores, wilson_interval  # noqa: F401 - f1_scores: the figures cards report
from ..models.registry import EUROSAT_CLASSES, ModelCard
from . import eurosat

SPLIT_FILE = Path(__file__).resolve().parent / "splits" / "eurosat_eval.txt"


def confusion_matrix(truth: np.ndarray, predicted: np.ndarray, classes: int) -> np.ndarray:
    """Counts (true class, predicted class)."""
    matrix = np.zeros((classes, classes), np.int64)
    np.add.at(matrix, (truth, predicted), 1)
    return matrix


def predict(card: ModelCard, reflectance: np.ndarray, device: str = "cpu", batch_size: int = 256) -> np.ndarray:
    """Predicted classes of 64×64 patches given as reflectance (N, bands, 64, 64), normalised
    exactly as the plugin normalises its input (DenseClassifier.prepare)."""
    import torch

    from ..engine.dense import DenseClassifier
    from ..engine.scaling import InputScale, ScaleDecision

    classifier = DenseClassifier(card, device)
    as_reflectance = ScaleDecision(InputScale.REFLECTANCE, "EuroSAT patches")
    out = []
    with torch.inference_mode():
        for start in range(0, len(reflectance), batch_size):
            patches = reflectance[start : start + batch_size]
            x = classifier.prepare(patches, np.zeros((len(patches), *patches.shape[-2:]), bool), as_reflectance)
            out.append(classifier.model(x).argmax(1).cpu().numpy())
    return np.concatenate(out) if out else np.empty(0, np.int64)


def flops_per_window(card: ModelCard) -> int:
    """Multiply-adds ×2 of convolutions and the head for one 64×64 window."""
    import torch
    from torch import nn

    model = card.build("cpu")
    total = 0

    def count(module, inputs, output):
        nonlocal total
        if isinstance(module, nn.Conv2d):
            kernel = module.kernel_size[0] * module.kernel_size[1] * module.in_channels // module.groups
            total += 2 * kernel * output.numel()
        elif isinstance(module, nn.Linear):
            total += 2 * module.in_features * module.out_features

    hooks = [m.register_forward_hook(count) for m in model.modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    with torch.no_grad():
        model(torch.zeros(1, len(card.bands), model.window_size, model.window_size))
    for hook in hooks:
        hook.remove()
    return total


def parameter_count(card: ModelCard) -> int:
    return sum(p.numel() for p in card.build("cpu").parameters())


@dataclass
class Evaluation:
    model: str
    source: str  # "rgb" (JPEGs) or "ms" (GeoTIFFs)
    ids: Sequence[str]
    truth: np.ndarray
    predicted: np.ndarray

    @property
    def accuracy(self) -> float:
        return float((self.truth == self.predicted).mean())

    @property
    def interval(self) -> tuple[float, float]:
        return wilson_interval(int((self.truth == self.predicted).sum()), len(self.truth))

    @property
    def confusion(self) -> np.ndarray:
        return confusion_matrix(self.truth, self.predicted, len(EUROSAT_CLASSES))


def evaluation_source(card: ModelCard) -> str:
    """RGB-only models are evaluated on the RGB JPEGs (27,000 patches), others on the MS GeoTIFFs."""
    return "rgb" if set(card.bands) <= set(eurosat.RGB_FILE_ORDER) else "ms"


def evaluate_card(card: ModelCard, data: Path, cache: Path, source: str | None = None,
                  ids: Sequence[str] | None = None, device: str = "cpu") -> Evaluation:
    """The card's model on the held-out patches of the committed split (or on ``ids``)."""
    if card.class_names != EUROSAT_CLASSES:
        raise ValueError(f"{card.name} has classes {', '.join(card.class_names)}; EuroSAT evaluates models of its "
                         f"own classes ({', '.join(EUROSAT_CLASSES)}) only")
    source = source or evaluation_source(card)
    dataset = eurosat.EuroSat(source, data, cache)
    held_out = eurosat.read_split(SPLIT_FILE)
    ids = sorted(ids if ids is not None else (i for i in dataset.ids if i in held_out))
    reflectance, truth = dataset.load(ids, card.bands)
    return Evaluation(card.name, source, ids, truth, predict(card, reflectance, device))
