"""classify_lulc run through QGIS Processing on real Sentinel-2 scenes."""
from __future__ import annotations

import csv

import numpy as np
import pytest
import rasterio
from helpers import assert_same_grid, read_band, run_logged, write_like
from osgeo import gdal
from qgis.core import (
    QgsPalettedRasterRenderer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from explainable_lulc.engine.clouds import MASKED_CLASSES
from explainable_lulc.models.registry import EUROSAT_CLASSES, load_cards

#: What the class raster of a scene with clouds holds: the model's classes, then the masked ones.
MAPPED_CLASSES = [*EUROSAT_CLASSES, *(name for name, _ in MASKED_CLASSES)]

ALG = "explainable_lulc:classify_lulc"


def classify(provider, tmp_path, **parameters):
    return run_logged(ALG, {"OUTPUT": str(tmp_path / "classes.tif"),
                            "OUTPUT_CONFIDENCE": str(tmp_path / "confidence.tif"), **parameters})



def test_thirteen_band_scene(provider, demo_scene, tmp_path):
    result, feedback = classify(provider, tmp_path, INPUT=str(demo_scene))
    for output in ("OUTPUT", "OUTPUT_CONFIDENCE"):
        assert_same_grid(result[output], demo_scene)
    classes = read_band(result["OUTPUT"])
    assert classes.dtype == np.uint8 and classes.max() < len(MAPPED_CLASSES)
    assert len(np.unique(classes[classes < 10])) >= 3  # farmland, forest and lakes are all in the scene
    with rasterio.open(result["OUTPUT_CONFIDENCE"]) as src:
        confidence = src.read(1)
    land = classes < len(EUROSAT_CLASSES)  # the rest is cloud and cloud shadow: no confidence there
    assert src.dtypes[0] == "float32" and 0.1 < confidence[land].min() and confidence.max() <= 1.0
    assert (confidence[~land] == -1).all()
    handle = gdal.Open(result["OUTPUT"])  # other GIS see the class names and colours
    band = handle.GetRasterBand(1)
    table = band.GetDefaultRAT()  # (GDAL 3.6 GTiff loads the .aux.xml on this call)
    assert [table.GetValueAsString(i, 1) for i in range(table.GetRowCount())] == MAPPED_CLASSES
    assert band.GetCategoryNames()[: len(MAPPED_CLASSES)] == MAPPED_CLASSES
    assert band.GetColorTable().GetCount() >= len(MAPPED_CLASSES)
    band = handle = None
    log = feedback.text
    for words in ("Bands (descriptions)", "Model: eurosat_s2_13band_spectral (", "Pixel values: dn", "Device: cpu",
                  "tiles in"):
        assert words in log
    assert "no per-pixel head" not in log  # auto's model refines, as REFINE (default on) asks
    assert "Pixels are" not in log  # 10 m: no doubt


def test_a_true_colour_picture_runs_with_a_warning_about_its_band_order(provider, demo_scene, tmp_path):
    from test_plugin import rgb_picture

    picture = rgb_picture(demo_scene, tmp_path / "picture.tif")
    result, feedback = classify(provider, tmp_path, INPUT=str(picture))
    assert "Bands (colour interpretation): B04, B03, B02" in feedback.text
    assert "read as a true-colour image" in feedback.text and "false-colour composite" in feedback.text
    assert "Model: eurosat_rgb" in feedback.text


def test_pixels_far_from_10_m_are_warned_about(provider, demo_scene, tmp_path):
    """The models learnt from 10 m pixels; a stack built at the 20/60 m bands' resolution runs, with a warning
    that names the size and the fix."""
    from rasterio.enums import Resampling

    coarse = tmp_path / "demo_20m.tif"  # the demo scene averaged to 20 m pixels
    with rasterio.open(demo_scene) as src:
        data = src.read(out_shape=(src.count, src.height // 2, src.width // 2), resampling=Resampling.average)
        profile = src.profile | dict(height=src.height // 2, width=src.width // 2,
                                     transform=src.transform * src.transform.scale(2, 2))
        descriptions = src.descriptions
    with rasterio.open(coarse, "w", **profile) as dst:
        dst.write(data)
        dst.descriptions = descriptions
    _, feedback = classify(provider, tmp_path, INPUT=str(coarse))
    assert "Pixels are 20.0 m" in feedback.text and "1280 m here" in feedback.text
    assert "Resample the layer to 10 m" in feedback.text


def test_four_band_subset_selected_through_bands(provider, four_band_scene, tmp_path):
    result, feedback = classify(provider, tmp_path, INPUT=str(four_band_scene), BANDS="B02,B03,B04,B08")
    assert_same_grid(result["OUTPUT"], four_band_scene)
    assert "Model: eurosat_s2_4band" in feedback.text
    with rasterio.open(result["OUTPUT"]) as src:
        assert src.tags()["MODEL"] == "eurosat_s2_4band"
        assert src.read(1).max() < len(MAPPED_CLASSES)


def test_l2a_like_input_with_offset_equals_the_same_data_without(
    provider, l2a_like_scene, l2a_like_scene_without_offset, tmp_path
):
    (tmp_path / "offset").mkdir(), (tmp_path / "plain").mkdir()
    with_offset, feedback = classify(provider, tmp_path / "offset", INPUT=str(l2a_like_scene), INPUT_SCALE=2)
    plain, _ = classify(provider, tmp_path / "plain", INPUT=str(l2a_like_scene_without_offset), INPUT_SCALE=1)
    # 12 bands without B10 are an L2A product: auto takes the model that held best on real L2A patches
    assert "Bands (band count)" in feedback.text and "Model: eurosat_s2_12band_spectral (" in feedback.text
    assert "Product level: L2A assumed: 12 bands without B10" in feedback.text
    np.testing.assert_array_equal(read_band(with_offset["OUTPUT"]), read_band(plain["OUTPUT"]))
    assert_same_grid(with_offset["OUTPUT"], l2a_like_scene)


def test_scene_in_another_crs_without_band_descriptions(provider, sen12ms_scene, tmp_path):
    result, feedback = classify(provider, tmp_path, INPUT=str(sen12ms_scene))
    assert "Bands (band count)" in feedback.text
    assert_same_grid(result["OUTPUT"], sen12ms_scene)
    with rasterio.open(result["OUTPUT"]) as src:
        assert src.crs.to_epsg() == 32628


def test_loaded_layers_are_styled_with_names_and_palette(provider, demo_scene, tmp_path):
    import processing

    project = QgsProject.instance()
    before = set(project.mapLayers())
    result = processing.runAndLoadResults(
        ALG, {"INPUT": str(demo_scene), "OUTPUT": str(tmp_path / "classes.tif"),
              "OUTPUT_CONFIDENCE": str(tmp_path / "confidence.tif")},
    )
    added = [project.mapLayer(i) for i in set(project.mapLayers()) - before]
    try:
        classes = next(layer for layer in added if layer.source() == result["OUTPUT"])
        renderer = classes.renderer()
        assert isinstance(renderer, QgsPalettedRasterRenderer)
        assert [c.label for c in renderer.classes()] == MAPPED_CLASSES
        card = load_cards()["eurosat_s2_13band"]
        assert [c.color.name() for c in renderer.classes()] == [c.colour for c in card.classes] + [
            colour for _, colour in MASKED_CLASSES]
        assert classes.name().startswith("Land cover")
        confidence = next(layer for layer in added if layer.source() == result["OUTPUT_CONFIDENCE"])
        assert isinstance(confidence.renderer(), QgsSingleBandPseudoColorRenderer)
    finally:
        project.removeMapLayers([layer.id() for layer in added])
    # the sidecar .qml travels with the file: a fresh layer is styled too
    fresh = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")
    assert (tmp_path / "classes.qml").exists()
    assert isinstance(fresh.renderer(), QgsPalettedRasterRenderer)


def test_model_chaining_classify_into_another_algorithm(provider, demo_scene, tmp_path):
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
    )

    model = QgsProcessingModelAlgorithm("classify then report", "tests")
    model.addModelParameter(QgsProcessingParameterRasterLayer("scene", "Scene"), QgsProcessingModelParameter("scene"))
    classify_step = QgsProcessingModelChildAlgorithm(ALG)
    classify_step.setChildId("classify")
    classify_step.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromModelParameter("scene")])
    model.addChildAlgorithm(classify_step)
    report = QgsProcessingModelChildAlgorithm("native:rasterlayeruniquevaluesreport")
    report.setChildId("report")
    report.addParameterSources(
        "INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("classify", "OUTPUT")])
    report.addParameterSources("BAND", [QgsProcessingModelChildParameterSource.fromStaticValue(1)])
    output = QgsProcessingModelOutput("table", "Class areas")
    output.setChildOutputName("OUTPUT_TABLE")
    report.setModelOutputs({"table": output})
    report.setDependencies([])
    model.addChildAlgorithm(report)
    model.updateDestinationParameters()

    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    ok, _ = model.checkParameterValues({"scene": str(demo_scene)}, context)
    assert ok
    results = model.run({"scene": str(demo_scene), "report:table": str(tmp_path / "areas.csv")}, context, feedback)[0]
    assert results["report:table"].endswith("areas.csv")
    with open(tmp_path / "areas.csv", newline="") as table:
        counts = {int(float(row[0])): int(row[1]) for row in list(csv.reader(table))[1:]}
    assert sum(counts.values()) == 1536 * 768 and set(counts) <= set(range(len(MAPPED_CLASSES)))


def test_batch_over_two_layers(provider, demo_scene, sen12ms_scene, tmp_path):
    """The batch dialog's path: one algorithm instance per row, each row its own outputs."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById(ALG)
    rows = [{"INPUT": str(demo_scene), "OUTPUT": str(tmp_path / "a.tif"), "OUTPUT_CONFIDENCE": None},
            {"INPUT": str(sen12ms_scene), "OUTPUT": str(tmp_path / "b.tif"), "OUTPUT_CONFIDENCE": None}]
    context = QgsProcessingContext()
    for row in rows:
        instance = algorithm.create()
        ok, message = instance.checkParameterValues(row, context)
        assert ok, message
        results, ok = instance.run(row, context, QgsProcessingFeedback())
        assert ok and results["OUTPUT"] == row["OUTPUT"]
        assert_same_grid(row["OUTPUT"], row["INPUT"])


@pytest.fixture()
def one_band(demo_scene, tmp_path):
    return write_like(demo_scene, tmp_path / "one_band.tif", bands=[4])


@pytest.mark.parametrize(
    "case, words",
    [
        ("one band", "has 1 band(s)"),
        ("two bands", "has 2 band(s)"),
        ("unknown band", "'B99' is not a Sentinel-2 band"),
        ("repeated band", "B03 is given twice"),
        ("wrong count", "names 3 band(s) but the layer has 4"),
        ("model lacks bands", "The model needs band(s) B01"),
        ("too small", "the model looks at 64×64"),
        ("all nodata", "no valid pixel"),
        ("not a raster", "INPUT"),
        ("unwritable output", "Cannot write OUTPUT to"),
    ],
)
def test_bad_input_gets_a_clear_message(provider, demo_scene, four_band_scene, tmp_path, case, words):
    names = ",".join(["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10", "B11", "B12", "B8A"])
    parameters = {
        "one band": dict(INPUT=str(write_like(demo_scene, tmp_path / "one.tif", bands=[4]))),
        "two bands": dict(INPUT=str(write_like(demo_scene, tmp_path / "two.tif", bands=[3, 4]))),
        "unknown band": dict(INPUT=str(four_band_scene), BANDS="B02,B03,B04,B99"),
        "repeated band": dict(INPUT=str(four_band_scene), BANDS="B02,B03,B03,B08"),
        "wrong count": dict(INPUT=str(four_band_scene), BANDS="B02,B03,B04"),
        "model lacks bands": dict(INPUT=str(four_band_scene), MODEL="eurosat_s2_13band"),
        "too small": dict(INPUT=str(write_like(demo_scene, tmp_path / "small.tif", crop=(60, 60)))),
        "all nodata": dict(INPUT=str(write_like(demo_scene, tmp_path / "zero.tif", crop=(128, 128),
                                                transform_values=lambda d: d * 0)), BANDS=names),
        "not a raster": dict(INPUT=QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory")),
        "unwritable output": dict(INPUT=str(four_band_scene), OUTPUT="/proc/no/such/dir/classes.tif"),
    }[case]
    with pytest.raises(QgsProcessingException) as error:
        classify(provider, tmp_path, **parameters)
    assert words in str(error.value)
    assert "Traceback" not in str(error.value)
    if case not in ("not a raster", "unwritable output"):  # an error about the layer names it
        assert str(parameters["INPUT"]) in str(error.value)
    elif case == "not a raster":
        assert "points" in str(error.value)
