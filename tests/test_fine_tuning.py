"""The engine of train_model on the real demo scene and the polygons digitised on it (tests/data/README.md):
which windows become samples, the spatial split, the fitted heads."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from conftest import DEMO_SCENE, REPO
from rasterio.warp import transform_geom

from explainable_lulc.engine import fine_tuning
from explainable_lulc.engine.dense import DenseClassifier
from explainable_lulc.engine.reference import ReferenceFeature
from explainable_lulc.engine.scaling import InputScale
from explainable_lulc.engine.source import decide_scale, open_raster
from explainable_lulc.models.registry import choose_model, load_cards

POLYGONS = REPO / "tests" / "data" / "demo_reference_polygons.geojson"


@pytest.fixture(scope="module")
def scene():
    info = open_raster(str(DEMO_SCENE))
    card = choose_model(list(load_cards().values()), info.band_mapping.names, info.product_level)
    return info, card, info.band_mapping.indexes_of(card.bands), decide_scale(info, InputScale.AUTO, card.bands)


@pytest.fixture(scope="module")
def labels(scene):
    info, _, indexes, _ = scene
    features = [ReferenceFeature(f["properties"]["class"], transform_geom("EPSG:4326", "EPSG:32633", f["geometry"]),
                                 i) for i, f in enumerate(json.loads(POLYGONS.read_text())["features"])]
    return fine_tuning.label_polygons(features, info, indexes, "class")


@pytest.mark.parametrize("k", range(fine_tuning.DIHEDRAL))
@pytest.mark.parametrize("shape", [(120, 120), (131, 97)])
def test_every_phase_of_the_area_is_reached_in_every_flip_and_turn(k, shape):
    offsets = fine_tuning.turned_offsets(*shape, k, 8)
    assert sorted(offsets) == [(r, c) for r in range(8) for c in range(8)]
    assert sorted(offsets.values()) == [(r, c) for r in range(8) for c in range(8)]


def test_with_all_phases_every_labelled_corner_is_a_window_centre_once(scene, labels):
    """A polygon small enough to get all 64 phases: its window samples are exactly the pixel corners with
    four labelled pixels around (counted here directly on the polygon's pixels)."""
    info, card, indexes, scale = scene
    polygon = min(labels.polygons, key=lambda p: p.pixels)  # W10, a pond of a few hundred pixels
    assert polygon.pixels * 64 <= 64 * fine_tuning.WINDOWS_PER_CLASS
    features = fine_tuning.extract_features(DenseClassifier(card), info, indexes, scale, [polygon])
    inside = set(zip(polygon.rows.tolist(), polygon.cols.tolist()))
    corners = sum(1 for r, c in inside if {(r - 1, c), (r, c - 1), (r - 1, c - 1)} <= inside)
    assert len(features.window_labels) == corners > 100
    assert set(features.window_labels.tolist()) == {polygon.label}
    assert features.windows.shape == (corners, card.build().classifier.in_features)


def test_spatial_split_holds_out_whole_distant_blocks(labels):
    split = fine_tuning.spatial_split(labels, seed=0)
    ids = [{p.feature_id for p in part} for part in (split.training, split.held_out, split.buffered)]
    assert sum(map(len, ids)) == len(labels.polygons) == len(set().union(*ids))  # a partition
    block = split.block_size
    blocks = lambda part: {(int(p.centre[0] // block), int(p.centre[1] // block)) for p in part}  # noqa: E731
    assert not blocks(split.training) & blocks(split.held_out)
    assert all(fine_tuning._gap(t, h) >= fine_tuning.WINDOW for t in split.training for h in split.held_out)
    totals, kept = labels.pixels_per_class(), labels.pixels_per_class(split.training)
    held = labels.pixels_per_class(split.held_out)
    assert np.all(kept >= 0.5 * totals) and np.all(held > 0)
    assert held.sum() >= fine_tuning.HOLD_OUT_SHARE * totals.sum()
    again = fine_tuning.spatial_split(labels, seed=0)
    assert [p.feature_id for p in again.held_out] == [p.feature_id for p in split.held_out]  # seeded


def test_too_few_pixels_and_one_class_are_refused(scene, labels):
    from explainable_lulc.engine.errors import LulcError

    info, _, indexes, _ = scene
    square = {"type": "Polygon", "coordinates": [[(335000, 5818000), (335050, 5818000), (335050, 5817950),
                                                  (335000, 5817950), (335000, 5818000)]]}  # 5 × 5 px
    big = {"type": "Polygon", "coordinates": [[(335600, 5821200), (336200, 5821200), (336200, 5820600),
                                               (335600, 5820600), (335600, 5821200)]]}
    with pytest.raises(LulcError, match=r"Too few labelled pixels for class\(es\) b \(25 px\)"):
        fine_tuning.label_polygons([ReferenceFeature("a", big), ReferenceFeature("b", square)], info, indexes)
    with pytest.raises(LulcError, match="hold one class only"):
        fine_tuning.label_polygons([ReferenceFeature("a", big)], info, indexes, "class")


def test_head_fits_separable_features_and_folds_the_standardisation():
    """Synthetic features (unit test of the fitting only): three well separated clusters of unequal size and
    scale; the folded head classifies the raw features perfectly."""
    rng = np.random.default_rng(0)
    centres = rng.normal(0, 5, (3, 16)) * np.linspace(1, 100, 16)  # features on very different scales
    labels = np.repeat([0, 1, 2], [500, 60, 200])
    features = (centres[labels] + rng.normal(0, 1, (len(labels), 16))).astype(np.float32)
    weight, bias = fine_tuning.fit_linear_head(features, labels, 3, epochs=50)
    predicted = (torch.as_tensor(features) @ weight.T + bias).argmax(dim=1).numpy()
    assert (predicted == labels).all()
