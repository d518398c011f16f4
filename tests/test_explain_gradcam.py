"""explain_gradcam run through QGIS Processing on the real demo scene."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from helpers import assert_same_grid, read_band, run_logged, zonal_stats_per_class
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)

from explainable_lulc.engine.explanations.catalogue import GRADCAM

ALG = "explainable_lulc:explain_gradcam"
GRAD_CAM, GUIDED = 0, 1


def explain(tmp_path, name="map", **parameters):
    return run_logged(ALG, {"OUTPUT": str(tmp_path / f"{name}.tif"), **parameters})



@pytest.fixture()
def class_map(provider, demo_scene, tmp_path):
    out = tmp_path / "classes.tif"
    run_logged("explainable_lulc:classify_lulc", {"INPUT": str(demo_scene), "OUTPUT": str(out),
                                                  "OUTPUT_CONFIDENCE": None})
    return read_band(out)


def test_methods_offered_are_the_catalogues(provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.parameterDefinition("METHOD").options() == [m.label for m in GRADCAM.methods]


def test_grad_cam_on_the_input_grid_styled_with_preview(provider, demo_scene, tmp_path):
    result, feedback = explain(tmp_path, INPUT=str(demo_scene), OUTPUT_PREVIEW=str(tmp_path / "preview.png"))
    assert_same_grid(result["OUTPUT"], demo_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        values = src.read(1)
        assert src.dtypes[0] == "float32" and src.descriptions == ("Grad-CAM for each pixel's predicted class",)
        assert src.tags()["TARGET"] == "predicted" and src.tags()["LAYER"] == "features.17"
    clear = np.isfinite(values)  # nodata (NaN) only where the cloud mask hides the scene
    assert 0 < (~clear).mean() < 0.3 and values[clear].min() >= 0 and values[clear].max() > 0
    assert "Grad-CAM of layer features.17 for predicted" in feedback.text
    layer = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")  # the sidecar .qml styles any new layer
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[0].color.alpha() == 0 and items[-1].color.alpha() == 255
    png = (tmp_path / "preview.png").read_bytes()
    assert result["OUTPUT_PREVIEW"] == str(tmp_path / "preview.png") and png[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("method", [GRAD_CAM, GUIDED], ids=["Grad-CAM", "Guided Grad-CAM"])
def test_forest_evidence_lies_over_forest_and_differs_from_water(class_map, demo_scene, tmp_path, method):
    forest = explain(tmp_path, "forest", INPUT=str(demo_scene), TARGET="Forest", METHOD=method)[0]["OUTPUT"]
    lake = explain(tmp_path, "lake", INPUT=str(demo_scene), TARGET="SeaLake", METHOD=method)[0]["OUTPUT"]
    forest, lake = np.abs(read_band(forest)), np.abs(read_band(lake))
    classified_forest = class_map == 1
    assert classified_forest.sum() > 1000  # the scene has forests the model recognises
    assert np.nanmean(forest[classified_forest]) > 2 * np.nanmean(forest[~classified_forest])
    assert not np.allclose(forest, lake, equal_nan=True)


@pytest.mark.parametrize("method", [GRAD_CAM, GUIDED], ids=["Grad-CAM", "Guided Grad-CAM"])
def test_maps_do_not_depend_on_the_tile_size(provider, demo_scene, tmp_path, method):
    small = explain(tmp_path, "small", INPUT=str(demo_scene), METHOD=method, TILE_SIZE=136)[0]["OUTPUT"]
    large = explain(tmp_path, "large", INPUT=str(demo_scene), METHOD=method, TILE_SIZE=512)[0]["OUTPUT"]
    small, large = read_band(small), read_band(large)
    np.testing.assert_array_equal(np.isnan(small), np.isnan(large))
    np.testing.assert_allclose(small, large, atol=1e-5 * np.nanmax(np.abs(large)))


def test_guided_grad_cam_is_signed_and_full_resolution(provider, demo_scene, tmp_path):
    result, feedback = explain(tmp_path, INPUT=str(demo_scene), METHOD=GUIDED, TARGET="AnnualCrop")
    values = read_band(result["OUTPUT"])
    assert np.nanmin(values) < 0 < np.nanmax(values)
    row, col = np.unravel_index(np.nanargmax(np.abs(values)), values.shape)
    assert len(np.unique(values[row, max(col - 32, 0) : col + 32])) > 48  # pixel detail, not 8-px cells
    assert "Guided Grad-CAM of layer features.17 for AnnualCrop, in tiles of 512 px" in feedback.text
    layer = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")  # kept: its renderer dies with it
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == -items[-1].value and items[len(items) // 2].color.alpha() == 0


def test_chained_after_classify_in_a_model(provider, demo_scene, tmp_path):
    """Classify, explain the predicted class, then the mean evidence per class (zonal statistics)."""
    rows = zonal_stats_per_class(demo_scene, ALG, tmp_path / "evidence.csv")
    assert len(rows) >= 3 and {int(float(row["zone"])) for row in rows} <= set(range(10))
    assert all(float(row["mean"]) > 0 for row in rows)  # each class's own evidence where it is predicted


def test_batch_rows_with_different_targets(provider, demo_scene, tmp_path):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    context = QgsProcessingContext()
    for target in ("Forest", "River"):
        row = {"INPUT": str(demo_scene), "TARGET": target, "OUTPUT": str(tmp_path / f"{target}.tif")}
        instance = algorithm.create()
        assert instance.checkParameterValues(row, context)[0]
        results, ok = instance.run(row, context, QgsProcessingFeedback())
        assert ok and rasterio.open(results["OUTPUT"]).tags()["TARGET"] == target


@pytest.mark.parametrize(
    "parameters, words",
    [
        (dict(TARGET="Forrest"), "Unknown TARGET class 'Forrest'. Choose one of: predicted, AnnualCrop"),
        (dict(TARGET="Forrest"), "Did you mean Forest?"),
        (dict(LAYER="classifier"),
         "LAYER 'classifier' is not a convolutional layer of model eurosat_s2_13band_spectral."),  # auto's
        (dict(LAYER="features.6"), "Choose one of: features.0, features.2"),
    ],
)
def test_bad_input_gets_a_clear_message(provider, demo_scene, tmp_path, parameters, words):
    with pytest.raises(QgsProcessingException) as error:
        explain(tmp_path, INPUT=str(demo_scene), **parameters)
    assert words in str(error.value)
    assert not (tmp_path / "map.tif").exists()


def test_report_opens_in_plain_words_with_how_far_to_trust_it(provider, small_scene, tmp_path):
    report = tmp_path / "report.html"
    result, _ = explain(tmp_path, INPUT=str(small_scene), METHOD=GUIDED, OUTPUT_REPORT=str(report))
    assert result["OUTPUT_REPORT"] == str(report)
    text = report.read_text()
    assert "Guided Grad-CAM report" in text and "class='summary'" in text and "covers" in text
    assert "How far to trust it" in text and "Drop after removing the 12.5 %" in text


def test_a_class_without_evidence_gets_a_report_not_a_crash(provider, sen12ms_scene, tmp_path):
    """Grad-CAM of a class the model sees nowhere is zero everywhere: the deletion test has nothing to rank
    (quantus refuses a flat map), so the report says so and every output is written."""
    report = tmp_path / "report.html"
    result, _ = explain(tmp_path, INPUT=str(sen12ms_scene), TARGET="Forest", OUTPUT_REPORT=str(report))
    heat = read_band(result["OUTPUT"])
    assert np.nanmax(np.abs(heat)) == 0  # the case: no Forest evidence in this autumn patch
    text = report.read_text()
    assert "flat on every window" in text and "nothing in them stands out for Forest" in text
    assert "Drop after removing" not in text
