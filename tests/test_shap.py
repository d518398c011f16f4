"""Scene-wide SHAP against shap's own ExactExplainer, window by window, on the real demo scene;
additivity against the model run on each window alone; tile-size independence."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
import torch
from helpers import read_scene_tile, write_like

from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.errors import LulcError
from explainable_lulc.engine.explanations.base import PATCH_HALO, whole_patches
from explainable_lulc.engine.explanations.catalogue import SHAP
from explainable_lulc.engine.explanations.features import BACKGROUNDS, band_group_features
from explainable_lulc.engine.explanations.runner import explain_raster, make_explainer
from explainable_lulc.engine.run import RunRequest, resolve_run
from explainable_lulc.models.registry import EUROSAT_CLASSES, load_cards
from explainable_lulc.reference.shap_exact import channel_covers, shap_exact

CARDS = load_cards()
SEALAKE = EUROSAT_CLASSES.index("SeaLake")
TILE = dict(tile_size=64, row=512, col=512)  # by the lake: water, fields and forest in one tile
WINDOW_CELLS = [(1, 1), (2, 7), (5, 3), (8, 8)]  # cells of the tile's output grid (halo 1: 10×10)
PATCHES = [(0, 0), (0, 1), (1, 0), (1, 1)]  # a 128-px tile with halo 4 holds 3×3 whole patches
TOLERANCE = 1e-3  # of the output's scale: probabilities


def shap_explainer(features, classifier, background="mean", budget=512, segments=16):
    return make_explainer(SHAP.method(features), classifier, background=background, budget=budget, segments=segments)


def window_probability(model, window: np.ndarray, target: int) -> float:
    with torch.no_grad():
        return float(torch.softmax(model(torch.from_numpy(window)[None]), 1)[0, target])


def spectral_cases():
    for name, card in sorted(CARDS.items()):
        for background in BACKGROUNDS:
            yield name, "band_groups", background
        if len(card.bands) <= 4:  # every band separately: exact needs 2^bands passes per window
            yield name, "bands", "mean"
    yield "eurosat_s2_10band", "bands", "blur"  # ten bands, 1,024 coalitions


@pytest.mark.parametrize("model, features, background", list(spectral_cases()))
def test_spectral_shap_equals_shap_exact_on_each_window(demo_scene, model, features, background):
    classifier = DenseClassifier(CARDS[model])
    explainer = shap_explainer(features, classifier, background, budget=1024)
    x = read_scene_tile(classifier, demo_scene, halo=1, **TILE)
    maps = explainer.explain(x)
    backgrounds = BACKGROUNDS[background](x)[0].numpy()
    covers = channel_covers(explainer.features, x.shape[1], 64)
    for i, j in WINDOW_CELLS:
        rows, cols = slice(8 * i, 8 * i + 64), slice(8 * j, 8 * j + 64)
        window = x[0, :, rows, cols].numpy()
        target = int(maps.predicted[0, 0, 8 * i, 8 * j])
        values, base = shap_exact(classifier.model, window, backgrounds[:, rows, cols], covers, target)
        ours = maps.values[0, :, 8 * i, 8 * j].numpy()
        np.testing.assert_allclose(ours, values, atol=TOLERANCE)
        assert abs(float(maps.base[0, 0, 8 * i, 8 * j]) - base) < TOLERANCE
        # additivity, against the model run on the window alone
        output = window_probability(classifier.model, window, target)
        assert abs(base + ours.sum() - output) < TOLERANCE
        assert abs(float(maps.output[0, 0, 8 * i, 8 * j]) - output) < 1e-4
        # every pixel of the window's 8×8 block shows that window
        block = maps.values[0, :, 8 * i : 8 * i + 8, 8 * j : 8 * j + 8]
        assert torch.equal(block, block[:, :1, :1].expand_as(block))


@pytest.mark.parametrize("background", list(BACKGROUNDS))
def test_superpixel_shap_equals_shap_exact_on_each_patch(demo_scene, background):
    classifier = DenseClassifier(CARDS["eurosat_s2_13band"])
    explainer = shap_explainer("superpixels", classifier, background, budget=1024, segments=6)
    x = read_scene_tile(classifier, demo_scene, halo=PATCH_HALO, tile_size=128, row=512, col=512)
    patches = whole_patches(x, classifier.window)
    labels = explainer.segment(patches)[0][0].numpy()
    backgrounds = explainer.background_of(patches)[0].numpy()
    assert explainer.plan(int(labels.max()) + 1).exact  # 2^K coalitions fit the budget
    maps = explainer.explain(x)
    offset = 28  # read pixel p + 28 is pixel p of the output grid
    for r, c in PATCHES:
        rows, cols = slice(64 * r, 64 * r + 64), slice(64 * c, 64 * c + 64)
        patch_labels = labels[rows, cols]
        segments = patch_labels.max() + 1
        covers = np.broadcast_to((patch_labels == np.arange(segments)[:, None, None])[:, None],
                                 (segments, x.shape[1], 64, 64))
        first_pixel = (64 * r + 40 - offset, 64 * c + 40 - offset)  # inside the patch, on the output grid
        target = int(maps.predicted[0, 0, first_pixel[0], first_pixel[1]])
        values, base = shap_exact(classifier.model, patches[0, :, rows, cols].numpy(), backgrounds[:, rows, cols],
                                  covers, target)
        ours = maps.values[0, 0].numpy()
        for k in range(segments):
            ys, xs = np.nonzero(patch_labels == k)
            on_grid = (ys >= offset) & (xs >= offset)
            shown = ours[64 * r + ys[on_grid] - offset, 64 * c + xs[on_grid] - offset]
            assert np.all(np.abs(shown - values[k]) < TOLERANCE), (r, c, k)  # each pixel: its segment's value
        output = window_probability(classifier.model, patches[0, :, rows, cols].numpy(), target)
        assert abs(base + values.sum() - output) < TOLERANCE
        assert abs(float(maps.gap[0, 0, first_pixel[0], first_pixel[1]])) < TOLERANCE


def test_sampled_bands_stay_additive(demo_scene):
    """13 bands: 8,192 coalitions do not fit 256 passes, so permutations are sampled; their marginal
    contributions still add up to the model's output minus the base value."""
    classifier = DenseClassifier(CARDS["eurosat_s2_13band"])
    explainer = shap_explainer("bands", classifier, "mean", budget=256)
    plan = explainer.plan(13)
    assert not plan.exact and plan.evaluations <= 256
    x = read_scene_tile(classifier, demo_scene, halo=1, **TILE)
    maps = explainer.explain(x)
    assert float(maps.gap.abs().max()) < TOLERANCE
    assert float(maps.values.abs().max()) > 0.01


def test_maps_do_not_depend_on_the_tile_size(demo_scene, tmp_path):
    crop = write_like(demo_scene, tmp_path / "crop.tif", crop=(200, 184), origin=(440, 500), keep_descriptions=True)
    classifier = DenseClassifier(CARDS["eurosat_s2_13band"])
    explainer = shap_explainer("band_groups", classifier, "blur")
    outputs = []
    for tile_size in (64, 256):
        path = str(tmp_path / f"shap_{tile_size}.tif")
        run = resolve_run(RunRequest(str(crop), model="eurosat_s2_13band", device="cpu", tile_size=tile_size))
        assert run.tiled_for(explainer.tile_multiple).settings.tile_size == min(tile_size, 200)  # the crop's side
        summary = explain_raster(run, explainer, path).summary
        assert summary.additivity_error < TOLERANCE
        with rasterio.open(path) as src:
            outputs.append(src.read())
    np.testing.assert_allclose(outputs[0], outputs[1], atol=1e-5)


def test_band_groups_follow_the_models_bands():
    assert [f.name for f in band_group_features(CARDS["eurosat_rgb"].bands)] == ["visible"]
    four = band_group_features(CARDS["eurosat_s2_4band"].bands)
    assert [(f.name, len(f.channels)) for f in four] == [("visible", 3), ("NIR", 1)]
    thirteen = band_group_features(CARDS["eurosat_s2_13band"].bands)
    assert sorted(c for f in thirteen for c in f.channels) == list(range(13))  # every band in one group


def test_budget_too_small_is_refused_before_reading():
    classifier = DenseClassifier(CARDS["eurosat_s2_13band"])
    with pytest.raises(LulcError) as error:
        shap_explainer("bands", classifier, budget=20)
    assert "N_SAMPLES=20 is too small for 13 features" in str(error.value)
    assert "at least 26" in str(error.value)


def test_explained_class_can_be_fixed(demo_scene):
    classifier = DenseClassifier(CARDS["eurosat_s2_4band"])
    explainer = shap_explainer("band_groups", classifier)
    x = read_scene_tile(classifier, demo_scene, halo=1, **TILE)
    lake, predicted = explainer.explain(x, SEALAKE), explainer.explain(x)
    probabilities = torch.softmax(classifier.model.window_logits(x), 1)[0, SEALAKE]
    np.testing.assert_allclose(lake.output[0, 0, ::8, ::8].numpy(), probabilities.detach().numpy(), atol=1e-5)
    assert not torch.allclose(lake.values, predicted.values)
