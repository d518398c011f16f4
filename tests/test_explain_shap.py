"""explain_shap run through QGIS Processing on parts of the real demo scene (`make demo` runs the whole)."""
from __future__ import annotations

import numpy as np
import pytest
import rasterio
from helpers import assert_same_grid, run_logged, write_like, zonal_stats_per_class
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from explainable_lulc.engine.explanations.catalogue import SHAP

ALG = "explainable_lulc:explain_shap"
BAND_GROUPS, BANDS, SUPERPIXELS = range(3)


def explain(tmp_path, name="shap", **parameters):
    parameters.setdefault("OUTPUT_REPORT", None)
    return run_logged(ALG, {"OUTPUT": str(tmp_path / f"{name}.tif"), **parameters})


def test_options_offered_are_the_catalogues(provider):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.parameterDefinition("FEATURES").options() == [m.label for m in SHAP.methods]
    assert algorithm.parameterDefinition("BACKGROUND").options() == [b.label for b in SHAP.backgrounds]
    samples = algorithm.parameterDefinition("N_SAMPLES")
    assert (samples.defaultValue(), samples.minimum()) == (SHAP.number("N_SAMPLES").default, 1)


def test_band_groups_on_the_input_grid_described_styled_with_report(provider, small_scene, tmp_path):
    report = tmp_path / "report.html"
    result, feedback = explain(tmp_path, INPUT=str(small_scene), OUTPUT_REPORT=str(report))
    assert_same_grid(result["OUTPUT"], small_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        values = src.read()
        assert src.dtypes == ("float32",) * 5
        assert src.descriptions == ("visible", "red edge", "NIR", "SWIR", "atmospheric")
        tags = src.tags()
    assert tags["ESTIMATOR"] == "exact" and tags["EVALUATIONS"] == "32" and tags["FEATURE_3_BANDS"] == "B08 B8A"
    assert np.isfinite(values).all() and values.min() < 0 < values.max()
    assert "exact (32 passes per tile)" in feedback.text and "additivity within" in feedback.text
    layer = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")  # kept: its renderer dies with it
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    shown = src.descriptions[renderer.band() - 1]  # the band that mattered most, and the log says the others exist
    assert ("The layer holds one band per feature (visible, red edge, NIR, SWIR, atmospheric); it shows "
            f"{shown}, the one that mattered most.") in feedback.text
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == -items[-1].value < 0 and items[len(items) // 2].color.alpha() == 0
    assert items[-1].color.red() > items[-1].color.blue()  # red for the class, as shap draws it
    text = report.read_text()
    assert result["OUTPUT_REPORT"] == str(report)
    for name in ("visible", "red edge", "NIR", "SWIR", "B08 B8A", "B11 B12"):
        assert name in text
    assert text.count("data:image/png;base64,") == 2


def test_water_is_water_because_of_infrared(provider, lake_scene, tmp_path):
    """Over pixels classified SeaLake, explaining SeaLake: B08, B8A, B11 and B12 push towards it on
    average (water reflects almost no near- or short-wave infrared). Exact values: 10 bands, 1,024
    coalitions; background: the training set's band means."""
    classes = tmp_path / "classes.tif"
    run_logged("explainable_lulc:classify_lulc", {"INPUT": str(lake_scene), "MODEL": "eurosat_s2_10band",
                                                  "OUTPUT": str(classes), "OUTPUT_CONFIDENCE": None})
    report = tmp_path / "lake.html"
    result, feedback = explain(tmp_path, INPUT=str(lake_scene), MODEL="eurosat_s2_10band", FEATURES=BANDS,
                               TARGET="SeaLake", N_SAMPLES=1024, OUTPUT_REPORT=str(report))
    with rasterio.open(result["OUTPUT"]) as src, rasterio.open(classes) as class_map:
        assert src.descriptions == ("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12")
        assert src.tags()["ESTIMATOR"] == "exact"
        water = class_map.read(1) == 9
        assert water.mean() > 0.3
        means = dict(zip(src.descriptions, src.read()[:, water].mean(axis=1)))
    assert all(means[band] > 0 for band in ("B08", "B8A", "B11", "B12")), means
    assert "exact (1024 passes per tile)" in feedback.text
    text = report.read_text()
    ranking = text[text.index("<td>SeaLake</td>"):]
    assert all(band in ranking for band in ("B08", "B8A", "B11", "B12"))


def test_superpixels_one_band_constant_per_region(provider, small_scene, tmp_path):
    result, feedback = explain(tmp_path, INPUT=str(small_scene), FEATURES=SUPERPIXELS, N_SAMPLES=64,
                               BACKGROUND=1, SEGMENTS=9)
    assert_same_grid(result["OUTPUT"], small_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        values = src.read(1)
        assert src.descriptions == ("superpixels",) and src.tags()["BACKGROUND"] == "blur"
    assert "one band per feature" not in feedback.text
    assert np.isfinite(values).all() and values.min() < 0 < values.max()
    patch = values[36:100, 36:100]  # one whole 64×64 patch of the mosaic (raster px 64k + 4 … − 28)
    assert 2 <= len(np.unique(patch)) <= 24  # a value per superpixel, not per pixel


def test_chained_after_classify_in_a_model(provider, small_scene, tmp_path):
    """Classify, then SHAP of the predicted class, then the mean NIR contribution per class."""
    rows = zonal_stats_per_class(small_scene, ALG, tmp_path / "nir.csv", band=3)  # band 3: NIR
    assert len(rows) >= 3 and {int(float(row["zone"])) for row in rows} <= set(range(10))
    assert len({row["mean"] for row in rows}) == len(rows)  # a class-specific NIR contribution


@pytest.mark.parametrize(
    "parameters, words",
    [
        (dict(FEATURES=BANDS, N_SAMPLES=10), "N_SAMPLES=10 is too small for 13 features"),
        (dict(TARGET="Water"), "Unknown TARGET class 'Water'. Choose one of: predicted, AnnualCrop"),
        (dict(FEATURES=SUPERPIXELS, TINY=True), "The raster is 48×48 pixels; the model looks at 64×64 windows"),
    ],
)
def test_bad_input_gets_a_clear_message(provider, demo_scene, tmp_path, parameters, words):
    scene = demo_scene
    if parameters.pop("TINY", False):
        scene = write_like(demo_scene, tmp_path / "tiny.tif", crop=(48, 48), keep_descriptions=True)
    with pytest.raises(QgsProcessingException) as error:
        explain(tmp_path, INPUT=str(scene), OUTPUT_REPORT=str(tmp_path / "report.html"), **parameters)
    assert words in str(error.value)
    assert not (tmp_path / "shap.tif").exists() and not (tmp_path / "report.html").exists()
