"""Clouds and cloud shadows masked with ukis-csmask, on the real demo scene and its digitised reference."""
from __future__ import annotations

import math

import numpy as np
import pytest
import rasterio
from helpers import run_logged, write_like
from map_reference import cloud_agreement, load_reference
from rasterio.enums import Resampling
from rasterio.windows import Window

from explainable_lulc.engine.clouds import FOUR_BANDS, SIX_BANDS, CloudDetector, choose_detector
from explainable_lulc.engine.source import open_raster

CLASSIFY = "explainable_lulc:classify_lulc"


def coarse_block(scene, bands, window: Window) -> np.ndarray:
    """Reflectance at 30 m (rows, cols, bands) of a window of the scene, read as the pre-pass reads it."""
    info = open_raster(str(scene))
    with rasterio.open(scene) as source:
        shape = (len(bands), math.ceil(window.height / 3), math.ceil(window.width / 3))
        values = source.read(info.band_mapping.indexes_of(bands), window=window, out_shape=shape,
                             resampling=Resampling.average)
    return (values.astype(np.float32) / 10000).transpose(1, 2, 0)


@pytest.mark.parametrize("inputs", [SIX_BANDS, FOUR_BANDS])
def test_detector_equals_ukis_csmask(demo_scene, inputs):
    """Our block path (one shared ONNX session) gives exactly CSmask's cloud/shadow classes."""
    from ukis_csmask.mask import CSmask

    detector = CloudDetector(inputs, "l1c")
    image = coarse_block(demo_scene, detector.bands, Window(640, 0, 768, 768))  # the streak, its shadow, a lake
    reference = CSmask(image.copy(), list(inputs), product_level="l1c").csm[..., 0]
    ours = detector.classify(image)
    assert ours.shape == reference.shape
    assert np.array_equal(ours, reference)
    assert {0, 1, 2} <= set(np.unique(ours))  # the window holds clear land, cloud and shadow


def test_detector_choice_follows_the_bands_and_the_level(demo_scene, l2a_like_scene, four_band_scene):
    info = open_raster(str(demo_scene))
    assert choose_detector(info.band_mapping.names, info.product_level).model_file.name == "model_6b_l1c.onnx"
    info = open_raster(str(l2a_like_scene))  # 12 bands, no B10: ESA's L2A band set
    assert info.product_level == "l2a" and "12 bands" in info.product_level_reason
    info = open_raster(str(four_band_scene), "B02,B03,B04,B08")
    assert choose_detector(info.band_mapping.names, info.product_level).inputs == FOUR_BANDS
    assert choose_detector(("B02", "B03", "B04"), "l1c") is None


def test_demo_scene_streak_masked_and_clear_places_kept(provider, demo_scene, tmp_path):
    results, feedback = run_logged(CLASSIFY, {"INPUT": str(demo_scene), "OUTPUT": str(tmp_path / "classes.tif"),
                                              "OUTPUT_CONFIDENCE": str(tmp_path / "confidence.tif")})
    assert "Clouds: ukis-csmask 6-band L1C U-Net" in feedback.text
    assert "% cloud shadow of the valid pixels, masked" in feedback.text
    figures = cloud_agreement(results["OUTPUT"])
    assert figures["cloud_core_masked"] >= 0.8, figures
    assert figures["clear_water_masked"] < 0.02 and figures["clear_forest_masked"] < 0.02, figures
    assert figures["water_masked"] < 0.02, figures  # dark lakes are not taken for cloud shadow
    with rasterio.open(results["OUTPUT"]) as classes, rasterio.open(results["OUTPUT_CONFIDENCE"]) as confidence:
        names = classes.tags(1)["CLASS_NAMES"].split(",")
        values, probability = classes.read(1), confidence.read(1)
        colours = classes.colormap(1)
    assert names[-2:] == ["Cloud", "Cloud shadow"]
    cloud, shadow = names.index("Cloud"), names.index("Cloud shadow")
    masked = np.isin(values, [cloud, shadow])
    assert masked.any() and (probability[masked] == -1).all() and (probability[~masked] > 0).all()
    assert colours[cloud][:3] != colours[shadow][:3]
    style = (tmp_path / "classes.qml").read_text()
    assert 'label="Cloud"' in style and 'label="Cloud shadow"' in style


def test_mask_off_classifies_every_pixel_and_on_needs_the_bands(provider, demo_scene, tmp_path):
    results, feedback = run_logged(CLASSIFY, {"INPUT": str(demo_scene), "CLOUD_MASK": "off",
                                              "OUTPUT": str(tmp_path / "off.tif")})
    with rasterio.open(results["OUTPUT"]) as classes:
        assert "Cloud" not in classes.tags(1)["CLASS_NAMES"]
    rgb = write_like(demo_scene, tmp_path / "rgb.tif", bands=[4, 3, 2], crop=(256, 256))
    _, feedback = run_logged(CLASSIFY, {"INPUT": str(rgb), "BANDS": "B04,B03,B02", "OUTPUT": str(tmp_path / "a.tif")})
    assert "Clouds: not masked" in feedback.text
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="CLOUD_MASK is on, but the cloud detector needs"):
        run_logged(CLASSIFY, {"INPUT": str(rgb), "BANDS": "B04,B03,B02", "CLOUD_MASK": "on",
                              "OUTPUT": str(tmp_path / "b.tif")})


def test_masked_map_does_not_depend_on_the_tile_size(provider, demo_scene, tmp_path):
    crop = write_like(demo_scene, tmp_path / "crop.tif", crop=(512, 384), origin=(640, 0), keep_descriptions=True)
    maps = []
    for tile in (128, 512):
        results, _ = run_logged(CLASSIFY, {"INPUT": str(crop), "TILE_SIZE": tile,
                                           "OUTPUT": str(tmp_path / f"tile{tile}.tif")})
        with rasterio.open(results["OUTPUT"]) as classes:
            maps.append(classes.read(1))
    assert np.array_equal(*maps)
    assert (maps[0] >= 10).any()  # the crop holds the streak


def test_explanations_are_nodata_under_clouds(provider, demo_scene, tmp_path):
    crop = write_like(demo_scene, tmp_path / "crop.tif", crop=(384, 384), origin=(704, 0), keep_descriptions=True)
    results, _ = run_logged("explainable_lulc:explain_gradcam", {"INPUT": str(crop),
                                                                 "OUTPUT": str(tmp_path / "gradcam.tif")})
    classes, _ = run_logged(CLASSIFY, {"INPUT": str(crop), "OUTPUT": str(tmp_path / "classes.tif")})
    with rasterio.open(results["OUTPUT"]) as attribution, rasterio.open(classes["OUTPUT"]) as class_map:
        values, masked = attribution.read(1), class_map.read(1) >= 10
    assert masked.any() and np.isnan(values[masked]).all() and np.isfinite(values[~masked]).all()
    reference = load_reference(classes["OUTPUT"])
    assert masked[reference.cloud].mean() >= 0.8


def test_a_nodata_corner_is_not_taken_for_shadow_far_from_it(shared_data, tmp_path):
    """Nodata enters the U-Net as its training mean, not as a black area: a 100×80 nodata corner of a
    real SEN12MS patch changed the mask of 8.3 % of the pixels more than 64 px away (shadow 84 → 3,555
    pixels) when fed as zero reflectance."""
    from explainable_lulc.engine.clouds import write_cloud_mask
    from explainable_lulc.engine.scaling import InputScale
    from explainable_lulc.engine.source import decide_scale

    scene = tmp_path / "winter.tif"  # real L1C, 13 bands, with cloud shadow (a copy: ../shared is read-only)
    scene.write_bytes((shared_data / "scenes" / "sen12ms" / "ROIs2017_winter_s2_27_p36.tif").read_bytes())
    holed = tmp_path / "holed.tif"
    holed.write_bytes(scene.read_bytes())
    with rasterio.open(holed, "r+") as dataset:
        values = dataset.read()
        values[:, :100, :80] = 0
        dataset.write(values)
        dataset.nodata = 0
    masks = []
    for path in (scene, holed):
        info = open_raster(str(path))
        detector = choose_detector(info.band_mapping.names, "l1c")
        scale = decide_scale(info, InputScale.AUTO, detector.bands)
        out = tmp_path / f"{path.stem}_mask.tif"
        write_cloud_mask(info, info.band_mapping.indexes_of(detector.bands), scale, detector, str(out))
        with rasterio.open(out) as mask:
            masks.append(mask.read(1))
    rows, cols = np.indices(masks[0].shape)
    far = (rows >= 100 + 64) | (cols >= 80 + 64)
    assert ((masks[0] != masks[1]) & far).sum() / far.sum() < 0.04
