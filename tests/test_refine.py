"""REFINE: the window-scale probabilities sharpened to 10 m by the spectral-spatial model's per-pixel head,
on the real demo scene and its digitised reference (tests/data/reference)."""
from __future__ import annotations

import numpy as np
from helpers import read_band, run_logged
from map_reference import agreement

CLASSIFY = "explainable_lulc:classify_lulc"
SPECTRAL = "eurosat_s2_13band_spectral"


def classify(demo_scene, out, **parameters) -> tuple[str, str]:
    results, feedback = run_logged(CLASSIFY, {"INPUT": str(demo_scene), "OUTPUT": str(out), **parameters})
    return results["OUTPUT"], feedback.text



def test_refined_map_follows_water_and_forest_better_and_off_is_the_window_map(provider, demo_scene, tmp_path):
    window, _ = classify(demo_scene, tmp_path / "window.tif", MODEL=SPECTRAL, REFINE=False)
    refined, _ = classify(demo_scene, tmp_path / "refined.tif", MODEL=SPECTRAL)  # REFINE's default: on
    assert (read_band(refined) != read_band(window)).mean() > 0.01  # it does change the map
    before, after = agreement(window), agreement(refined)
    assert after["forest_iou"] > before["forest_iou"], (before, after)
    assert after["water_iou"] >= before["water_iou"] - 0.005, (before, after)


def test_refined_map_does_not_depend_on_the_tile_size(provider, demo_scene, tmp_path):
    small, _ = classify(demo_scene, tmp_path / "small.tif", MODEL=SPECTRAL, TILE_SIZE=128, CLOUD_MASK="off",
                        DEVICE="cpu")
    large, _ = classify(demo_scene, tmp_path / "large.tif", MODEL=SPECTRAL, TILE_SIZE=512, CLOUD_MASK="off",
                        DEVICE="cpu")
    assert np.array_equal(read_band(small), read_band(large))


def test_models_without_a_pixel_head_say_so_and_keep_their_map(provider, demo_scene, tmp_path):
    on, log = classify(demo_scene, tmp_path / "on.tif", MODEL="eurosat_s2_13band", CLOUD_MASK="off")
    off, _ = classify(demo_scene, tmp_path / "off.tif", MODEL="eurosat_s2_13band", CLOUD_MASK="off", REFINE=False)
    assert "no per-pixel head" in log
    assert f"For a map refined to 10 m, choose one of these models: {SPECTRAL}" in log  # one the layer's bands allow
    assert "train your model again" not in log  # a bundled model: the others share its classes
    assert np.array_equal(read_band(on), read_band(off))
