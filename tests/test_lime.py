"""Scene-wide LIME against the ``lime`` library, window by window and patch by patch, on the real demo
scene, with the same samples and kernel: lime's LimeBase fitted to the model's outputs on each window
alone (band groups), and lime's LimeImageExplainer end to end on each patch (superpixels)."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from helpers import read_scene_tile
from lime.lime_base import LimeBase
from lime.lime_image import LimeImageExplainer
from sklearn.metrics import pairwise_distances

from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.errors import LulcError
from explainable_lulc.engine.explanations.base import PATCH_HALO, whole_patches
from explainable_lulc.engine.explanations.catalogue import LIME
from explainable_lulc.engine.explanations.features import BACKGROUNDS
from explainable_lulc.engine.explanations.lime_weights import KERNEL_WIDTH, SEED, lime_kernel, lime_plan
from explainable_lulc.engine.explanations.runner import make_explainer
from explainable_lulc.models.registry import load_cards

CARDS = load_cards()
TILE = dict(tile_size=64, row=512, col=512)  # by the lake: water, fields and forest in one tile
WINDOW_CELLS = [(1, 1), (2, 7), (5, 3), (8, 8)]
TOLERANCE = 1e-4  # probabilities; the surrogate's coefficients are fitted in float64 on float32 outputs
#: Figures the README quotes are printed by `pytest -s` (largest differences over all windows checked).
FIGURES: dict[str, float] = {}


def lime_explainer(features, classifier, background="mean", budget=64, segments=16):
    return make_explainer(LIME.method(features), classifier, background=background, budget=budget,
                          segments=segments)


def kernel_fn(distances):
    return np.sqrt(np.exp(-(distances**2) / KERNEL_WIDTH**2))  # lime's image kernel


def probabilities(model, windows: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return torch.softmax(model(torch.from_numpy(windows).float()), 1).numpy().astype(np.float64)


def record(name: str, value: float) -> None:
    FIGURES[name] = max(FIGURES.get(name, 0.0), value)


def test_plan_uses_lime_samples_and_kernel():
    plan = lime_plan(5, 300)
    reference = np.random.RandomState(SEED).randint(0, 2, 300 * 5).reshape(300, 5)
    reference[0] = 1
    assert np.array_equal(plan.samples, reference.astype(bool))
    distances = pairwise_distances(reference, reference[:1], metric="cosine").ravel()
    np.testing.assert_allclose(lime_kernel(plan.samples), kernel_fn(distances), atol=1e-12)
    assert plan.evaluations <= 32  # five binary features: duplicates evaluated once


@pytest.mark.parametrize("model, background", [("eurosat_s2_13band", "mean"), ("eurosat_s2_13band", "blur"),
                                               ("eurosat_s2_4band", "mean")])
def test_band_group_lime_equals_lime_on_each_window(demo_scene, model, background):
    classifier = DenseClassifier(CARDS[model])
    explainer = lime_explainer("band_groups", classifier, background, budget=96)
    x = read_scene_tile(classifier, demo_scene, halo=1, **TILE)
    maps = explainer.explain(x)
    backgrounds = BACKGROUNDS[background](x)[0].numpy()
    plan = explainer.plan(len(explainer.features))
    samples = plan.samples.astype(int)
    distances = pairwise_distances(samples, samples[:1], metric="cosine").ravel()
    for i, j in WINDOW_CELLS:
        rows, cols = slice(8 * i, 8 * i + 64), slice(8 * j, 8 * j + 64)
        window, background_window = x[0, :, rows, cols].numpy(), backgrounds[:, rows, cols]
        perturbed = []
        for sample in plan.samples:
            kept = np.zeros(window.shape[0], dtype=bool)
            for feature, on in zip(explainer.features, sample):
                kept[list(feature.channels)] |= bool(on)
            perturbed.append(np.where(kept[:, None, None], window, background_window))
        labels = probabilities(classifier.model, np.stack(perturbed))
        target = int(maps.predicted[0, 0, 8 * i, 8 * j])
        lime = LimeBase(kernel_fn, random_state=SEED)
        intercept, local_exp, score, local_prediction = lime.explain_instance_with_data(
            samples, labels, distances, target, num_features=samples.shape[1])
        expected = np.zeros(samples.shape[1])
        for feature, weight in local_exp:
            expected[feature] = weight
        ours = maps.values[0, :, 8 * i, 8 * j].numpy()
        np.testing.assert_allclose(ours, expected, atol=TOLERANCE)
        assert abs(float(maps.base[0, 0, 8 * i, 8 * j]) - intercept) < TOLERANCE
        assert abs(float(maps.fit[0, 0, 8 * i, 8 * j]) - score) < 1e-3
        assert abs(float(maps.base[0, 0, 8 * i, 8 * j]) + ours.sum() - float(local_prediction[0])) < TOLERANCE
        assert abs(float(maps.output[0, 0, 8 * i, 8 * j]) - labels[0, target]) < TOLERANCE  # the model's output
        record("band groups: coefficients", float(np.abs(ours - expected).max()))
        record("band groups: intercept", abs(float(maps.base[0, 0, 8 * i, 8 * j]) - intercept))
        record("band groups: R²", abs(float(maps.fit[0, 0, 8 * i, 8 * j]) - score))


def test_superpixel_lime_equals_lime_image_explainer_on_each_patch(demo_scene):
    classifier = DenseClassifier(CARDS["eurosat_s2_13band"])
    explainer = lime_explainer("superpixels", classifier, "mean", budget=80, segments=8)
    x = read_scene_tile(classifier, demo_scene, halo=PATCH_HALO, tile_size=128, row=512, col=512)
    patches = whole_patches(x, classifier.window)
    labels = explainer.segment(patches)[0][0].numpy()
    maps = explainer.explain(x)
    offset = 28  # read pixel p + 28 is pixel p of the output grid
    counts = set()
    for r, c in [(0, 0), (0, 1), (1, 0), (1, 1)]:
        rows, cols = slice(64 * r, 64 * r + 64), slice(64 * c, 64 * c + 64)
        patch_labels = labels[rows, cols]
        segments = int(patch_labels.max()) + 1
        assert len(np.unique(patch_labels)) == segments  # SLIC numbers are contiguous, as lime assumes
        counts.add(segments)
        image = patches[0, :, rows, cols].numpy().transpose(1, 2, 0).astype(np.float64)  # H, W, C as lime takes it
        inside = (64 * r + 40 - offset, 64 * c + 40 - offset)
        target = int(maps.predicted[0, 0, inside[0], inside[1]])
        lime = LimeImageExplainer(kernel_width=KERNEL_WIDTH, random_state=SEED)
        explanation = lime.explain_instance(
            image, lambda images: probabilities(classifier.model, images.transpose(0, 3, 1, 2)),
            labels=(target,), hide_color=0, top_labels=None, num_features=100000, num_samples=80,
            batch_size=16, segmentation_fn=lambda _, labels=patch_labels: labels, random_seed=1)
        expected = dict(explanation.local_exp[target])
        ours = maps.values[0, 0].numpy()
        for k in range(segments):
            ys, xs = np.nonzero(patch_labels == k)
            on_grid = (ys >= offset) & (xs >= offset)
            shown = ours[64 * r + ys[on_grid] - offset, 64 * c + xs[on_grid] - offset].astype(np.float64)
            assert np.all(np.abs(shown - expected[k]) < TOLERANCE), (r, c, k)
            assert shown.size > 0 or not on_grid.any()
            record("superpixels: coefficients", float(np.abs(shown - expected[k]).max()) if shown.size else 0.0)
            record("superpixels: |coefficient|", float(abs(expected[k])))
        assert abs(float(maps.base[0, 0, inside[0], inside[1]]) - explanation.intercept[target]) < TOLERANCE
        assert abs(float(maps.fit[0, 0, inside[0], inside[1]]) - explanation.score) < 1e-3
        intercept = float(maps.base[0, 0, inside[0], inside[1]])
        record("superpixels: intercept", abs(intercept - explanation.intercept[target]))
    print("\nLIME vs lime, largest differences:", {k: f"{v:.1e}" for k, v in FIGURES.items()},
          "superpixel counts:", sorted(counts))


def test_too_few_samples_are_refused():
    with pytest.raises(LulcError, match="N_SAMPLES=1 is too small"):
        lime_explainer("band_groups", DenseClassifier(CARDS["eurosat_rgb"]), budget=1)
