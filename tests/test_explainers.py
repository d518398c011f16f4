"""Scene-wide Grad-CAM and Guided Grad-CAM against captum, on windows cut from the real demo scene."""
import numpy as np
import pytest
import torch
from captum.attr import GuidedGradCam as CaptumGuidedGradCam
from captum.attr import LayerAttribution, LayerGradCam
from helpers import read_scene_tile

from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.errors import LulcError
from explainable_lulc.engine.explanations.base import PATCH_HALO
from explainable_lulc.engine.explanations.gradcam import GradCam, GuidedGradCam, explainable_layers
from explainable_lulc.models.registry import EUROSAT_CLASSES, load_cards

CARDS = load_cards()
FOREST, SEALAKE = EUROSAT_CLASSES.index("Forest"), EUROSAT_CLASSES.index("SeaLake")
WINDOW_CELLS = [(i, j) for i in range(2, 30, 6) for j in range(2, 30, 7)]  # away from tile edges
PATCHES = [(r, c) for r in range(1, 5) for c in range(1, 5)]  # whole patches inside the tile's output
WINDOW_OFFSET = 28  # read pixel p + 28 is pixel p of the tile's output grid


@pytest.fixture(scope="module", params=sorted(CARDS))
def classifier(request):
    return DenseClassifier(CARDS[request.param])


@pytest.fixture(scope="module")
def tile_input(classifier, demo_scene):
    return classifier, read_scene_tile(classifier, demo_scene, halo=1)


@pytest.fixture(scope="module")
def patch_input(classifier, demo_scene):
    return classifier, read_scene_tile(classifier, demo_scene, halo=PATCH_HALO)


def correlation(a, b):
    return np.corrcoef(np.ravel(a), np.ravel(b))[0, 1]


@pytest.mark.parametrize("target", [FOREST, SEALAKE])
def test_scene_grad_cam_equals_captum_on_each_window(tile_input, target):
    classifier, x = tile_input
    cam = GradCam(classifier).class_activation_maps(x)[0, target]
    reference = LayerGradCam(classifier.model, classifier.model.last_conv)
    cells = classifier.model.feature_cells
    for i, j in WINDOW_CELLS:
        window = x[:, :, 8 * i : 8 * i + 64, 8 * j : 8 * j + 64]
        expected = reference.attribute(window, target=target)[0, 0]
        ours = cam[i : i + cells, j : j + cells]
        np.testing.assert_allclose(ours.detach().numpy(), expected.detach().numpy(), atol=1e-5)


def test_grad_cam_maps_differ_between_classes(tile_input):
    classifier, x = tile_input
    explainer = GradCam(classifier)
    forest, lake = explainer.explain(x, FOREST).values, explainer.explain(x, SEALAKE).values
    assert forest.shape == lake.shape and not torch.allclose(forest, lake)
    assert (forest >= 0).all()  # ReLU, as Grad-CAM is defined


def patch_of(scene_map, row, col):
    """A patch at read offsets (64·row, 64·col), on the explainer's output grid."""
    r, c = 64 * row - WINDOW_OFFSET, 64 * col - WINDOW_OFFSET
    return scene_map[0, 0, r : r + 64, c : c + 64].detach().numpy()


def window_of(x, row, col):
    return x[:, :, 64 * row : 64 * row + 64, 64 * col : 64 * col + 64].clone()


@pytest.mark.parametrize("target", [FOREST, None], ids=["Forest", "predicted"])
def test_guided_grad_cam_patches_equal_captum(patch_input, target):
    classifier, x = patch_input
    scene = GuidedGradCam(classifier).explain(x, target).values
    reference = CaptumGuidedGradCam(classifier.model, classifier.model.last_conv)
    correlations = []
    for row, col in PATCHES:
        window = window_of(x, row, col)
        window_target = classifier.model(window).argmax(1).item() if target is None else target
        expected = reference.attribute(window, target=window_target, interpolate_mode="bilinear")[0].sum(0)
        expected = expected.detach().numpy()
        ours = patch_of(scene, row, col)
        # equal up to float summation order: where two pooled values nearly tie, max-pooling may
        # route a gradient differently, so some pixels may differ (eurosat_rgb: 15 of 16 patches equal to
        # 1e-8, one with 10 % of its pixels rerouted, correlation 0.9989); the patch as a whole may not
        close = np.isclose(ours, expected, rtol=0, atol=1e-6 + 1e-4 * np.abs(expected).max())
        assert close.mean() > 0.85
        if np.abs(expected).max() > 0:  # Grad-CAM's ReLU leaves no evidence where the class is absent
            correlations.append(correlation(ours, expected))
    # never vacuous: some patch has evidence (eurosat_s2_12band_spectral sees Forest in one of these 16)
    assert len(correlations) >= 1 and min(correlations) > 0.99
    assert np.median(correlations) > 0.9999


@pytest.mark.parametrize("layer", ["features.7", "features.13"])
def test_grad_cam_of_an_inner_layer_equals_captum_per_patch(patch_input, layer):
    classifier, x = patch_input
    scene = GradCam(classifier, layer).explain(x, FOREST).values
    reference = LayerGradCam(classifier.model, dict(classifier.model.named_modules())[layer])
    for row, col in PATCHES:
        expected = LayerAttribution.interpolate(reference.attribute(window_of(x, row, col), target=FOREST,
                                                                    relu_attributions=True),
                                                (64, 64), interpolate_mode="bilinear")[0, 0]
        np.testing.assert_allclose(patch_of(scene, row, col), expected.detach().numpy(),
                                   atol=1e-5 + 1e-4 * float(expected.abs().max()))


def test_layers_that_are_not_convolutions_are_refused(classifier):
    assert "features.0" in explainable_layers(classifier.model)
    for name in ("classifier", "features.1", "pool", "no.such.layer"):
        with pytest.raises(LulcError, match="not a convolutional layer"):
            GradCam(classifier, name)
