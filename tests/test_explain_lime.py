"""explain_lime run through QGIS Processing on parts of the real demo scene (`make demo` runs the whole)."""
from __future__ import annotations

import re

import numpy as np
import pytest
import rasterio
from helpers import assert_same_grid, run_logged
from qgis.core import QgsApplication, QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from explainable_lulc.engine.explanations.catalogue import LIME

ALG = "explainable_lulc:explain_lime"
SUPERPIXELS, BAND_GROUPS = range(2)


def explain(tmp_path, name="lime", **parameters):
    parameters.setdefault("OUTPUT_REPORT", None)
    return run_logged(ALG, {"OUTPUT": str(tmp_path / f"{name}.tif"), **parameters})


def test_options_offered_are_the_catalogues(provider):
    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    assert algorithm.displayName() == "Explain with LIME"
    assert algorithm.parameterDefinition("FEATURES").options() == [m.label for m in LIME.methods]
    assert algorithm.parameterDefinition("N_SAMPLES").defaultValue() == LIME.number("N_SAMPLES").default
    for name in ("INPUT", "TARGET", "FEATURES", "N_SAMPLES", "OUTPUT", "OUTPUT_REPORT"):
        assert algorithm.parameterDefinition(name).help(), name
    # the output QGIS lists (qgis_process help, the modeler) is named as the parameter, not as SHAP's
    assert algorithm.parameterDefinition("OUTPUT").description() == "LIME weights"
    assert algorithm.outputDefinition("OUTPUT").description() == "LIME weights"


def test_band_groups_on_the_input_grid_styled_with_report(provider, small_scene, tmp_path):
    report = tmp_path / "report.html"
    result, feedback = explain(tmp_path, INPUT=str(small_scene), FEATURES=BAND_GROUPS, N_SAMPLES=200,
                               OUTPUT_REPORT=str(report))
    assert_same_grid(result["OUTPUT"], small_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        values = src.read()
        assert src.descriptions == ("visible", "red edge", "NIR", "SWIR", "atmospheric")
        tags = src.tags()
    assert tags["METHOD"] == "lime" and tags["N_SAMPLES"] == "200" and int(tags["EVALUATIONS"]) <= 32
    assert np.isfinite(values).all() and values.min() < 0 < values.max()
    assert "LIME of visible, red edge, NIR, SWIR, atmospheric for predicted" in feedback.text
    fit = float(re.search(r"mean local fit R² ([0-9.]+)", feedback.text).group(1))
    assert 0 < fit <= 1
    layer = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    text = report.read_text()
    assert "LIME report" in text and "How far to trust it" in text and "class='summary'" in text
    assert "covers" in text and "Local fit (mean weighted R² of the surrogate)" in text


def test_superpixels_one_band_constant_per_region(provider, small_scene, tmp_path):
    result, _ = explain(tmp_path, INPUT=str(small_scene), FEATURES=SUPERPIXELS, N_SAMPLES=24, SEGMENTS=9)
    assert_same_grid(result["OUTPUT"], small_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        values = src.read(1)
        assert src.descriptions == ("superpixels",) and src.tags()["FEATURES"] == "superpixels"
    assert np.isfinite(values).all() and values.min() < 0 < values.max()
    patch = values[36:100, 36:100]  # one whole 64×64 patch of the mosaic
    assert 2 <= len(np.unique(patch)) <= 24  # a weight per superpixel, not per pixel


def test_bad_input_gets_a_clear_message(provider, demo_scene, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        explain(tmp_path, INPUT=str(demo_scene), TARGET="Water", OUTPUT_REPORT=str(tmp_path / "report.html"))
    assert "Unknown TARGET class 'Water'. Choose one of: predicted, AnnualCrop" in str(error.value)
    assert not (tmp_path / "lime.tif").exists() and not (tmp_path / "report.html").exists()
