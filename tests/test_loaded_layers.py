"""What a user sees after a run loads its outputs: the class map on top and visible, the confidence right
below it and hidden, explanations on top over the imagery; legends that name the feature and give values
with two significant digits and their unit; a SHAP report that names the output as the user finds it."""
from __future__ import annotations

import gc
import re
import shutil

import pytest
from conftest import DEMO_SCENE
from qgis.core import QgsLayerTreeRegistryBridge, QgsProject, QgsRasterLayer

CLASSIFY = "explainable_lulc:classify_lulc"


@pytest.fixture()
def imagery(provider, small_scene):
    """The imagery in the Layers panel, selected, as when the user opens the dialog: QGIS then inserts new
    layers right above it (which, unless placed, would put them under layers higher up)."""
    project = QgsProject.instance()
    layer = QgsRasterLayer(str(small_scene), "imagery", "gdal")
    project.addMapLayer(layer)
    root = project.layerTreeRoot()
    project.layerTreeRegistryBridge().setLayerInsertionPoint(QgsLayerTreeRegistryBridge.InsertionPoint(root, 0))
    yield layer
    project.layerTreeRegistryBridge().setLayerInsertionPoint(QgsLayerTreeRegistryBridge.InsertionPoint(root, 0))
    project.removeAllMapLayers()
    gc.collect()


def panel() -> list[tuple[str, bool]]:
    """The Layers panel, top to bottom: (layer name, shown)."""
    return [(node.layer().name(), node.itemVisibilityChecked())
            for node in QgsProject.instance().layerTreeRoot().findLayers()]


def insert_above(layer) -> None:
    """New layers go right above ``layer`` (QGIS does so when ``layer`` is the selected one)."""
    root = QgsProject.instance().layerTreeRoot()
    index = root.children().index(root.findLayer(layer.id()))
    QgsProject.instance().layerTreeRegistryBridge().setLayerInsertionPoint(
        QgsLayerTreeRegistryBridge.InsertionPoint(root, index))


def significant_digits(number: str) -> int:
    return len(number.lstrip("+-−0.").replace(".", "").rstrip("0") or "0")


@pytest.mark.parametrize("classes, confidence", [
    ("z_classes.tif", "a_confidence.tif"),  # Processing loads a run's outputs in path order: confidence first
    ("a_classes.tif", "z_confidence.tif"),  # class map first
    ("TEMPORARY_OUTPUT", "TEMPORARY_OUTPUT"),
])
def test_class_map_on_top_and_shown_confidence_right_below_and_hidden(imagery, tmp_path, classes, confidence):
    import processing

    def destination(name):
        return name if name == "TEMPORARY_OUTPUT" else str(tmp_path / name)

    processing.runAndLoadResults(CLASSIFY, {"INPUT": imagery, "OUTPUT": destination(classes),
                                            "OUTPUT_CONFIDENCE": destination(confidence)})
    model = panel()[0][0].split("(")[1].rstrip(")")
    assert panel() == [(f"Land cover ({model})", True), (f"Confidence ({model})", False), ("imagery", True)]
    settings = QgsProject.instance().layerTreeRoot().findLayers()[1].layer().renderer().shader() \
        .rasterShaderFunction().legendSettings()
    assert (settings.minimumLabel(), settings.maximumLabel()) == ("0", "1")


def test_explanations_go_on_top_over_the_imagery_with_legends_in_words(imagery, tmp_path):
    import processing

    processing.runAndLoadResults(CLASSIFY, {"INPUT": imagery, "OUTPUT": str(tmp_path / "classes.tif"),
                                            "OUTPUT_CONFIDENCE": None})
    insert_above(imagery)  # the user selects the imagery again to explain it
    processing.runAndLoadResults("explainable_lulc:explain_gradcam", {
        "INPUT": imagery, "TARGET": "Forest", "OUTPUT": str(tmp_path / "gradcam.tif")})
    insert_above(imagery)
    result = processing.runAndLoadResults("explainable_lulc:explain_shap", {
        "INPUT": imagery, "OUTPUT": str(tmp_path / "shap.tif"), "OUTPUT_REPORT": None})
    names = [name for name, shown in panel()]
    assert [shown for _, shown in panel()] == [True] * 4
    assert names[0].startswith("SHAP: predicted") and names[1].startswith("Grad-CAM: Forest")
    assert names[2].startswith("Land cover") and names[3] == "imagery"

    nodes = QgsProject.instance().layerTreeRoot().findLayers()
    gradcam = nodes[1].layer().renderer().shader().rasterShaderFunction().legendSettings()
    assert gradcam.minimumLabel() == "0 class score, none"
    number, unit = gradcam.maximumLabel().split(" ", 1)
    assert unit == "class score, evidence for Forest"
    assert significant_digits(number) <= 2 and float(number) > 0

    shap_layer = nodes[0].layer()
    renderer = shap_layer.renderer()
    with_feature = shap_layer.dataProvider().displayBandName(renderer.band())  # the legend's title
    assert re.fullmatch(r"Band \d: (visible|red edge|NIR|SWIR|atmospheric).*", with_feature), with_feature
    shap = renderer.shader().rasterShaderFunction().legendSettings()
    top = re.fullmatch(r"\+(\S+) probability, for the predicted class", shap.maximumLabel())
    bottom = re.fullmatch(r"-(\S+) probability, against the predicted class", shap.minimumLabel())
    assert top and bottom and top.group(1) == bottom.group(1), (shap.maximumLabel(), shap.minimumLabel())
    assert significant_digits(top.group(1)) <= 2
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert all(item.label.endswith(" probability") and significant_digits(item.label.split()[0]) <= 2
               for item in items)
    # the sidecar style carries the legend: the file opened afresh reads the same
    fresh = QgsRasterLayer(result["OUTPUT"], "fresh", "gdal")
    assert fresh.renderer().shader().rasterShaderFunction().legendSettings().maximumLabel() == shap.maximumLabel()
    del fresh


def ranking(report: str) -> dict[str, list[tuple[str, float, float]]]:
    """Per predicted class, the features as the report lists them: (name, mean |SHAP|, mean SHAP)."""
    rows = re.findall(r"<tr><td>(\w+)</td><td>[\d,]+</td><td>(.*?)</td></tr>", report)
    return {name: [(feature, float(magnitude), float(signed)) for feature, magnitude, signed in
                   re.findall(r"([\w ]+?) (\d\.\d+) \(([+-]\d\.\d+)\)(?:, |$)", cell)] for name, cell in rows}


def test_shap_report_names_a_temporary_output_and_ranks_by_the_number_it_shows(imagery, tmp_path):
    import processing

    report = tmp_path / "report.html"
    result = processing.runAndLoadResults("explainable_lulc:explain_shap", {
        "INPUT": imagery, "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(report)})
    text = report.read_text(encoding="utf-8")
    layer_name = panel()[0][0]
    assert f"{result['OUTPUT']} (layer “{layer_name}”): a temporary file, which QGIS deletes when it exits" in text
    ranked = ranking(text)
    assert ranked and all(len(features) == 5 for features in ranked.values()), ranked
    for features in ranked.values():
        magnitudes = [magnitude for _, magnitude, _ in features]
        assert magnitudes == sorted(magnitudes, reverse=True)
        assert all(abs(signed) <= magnitude + 1e-3 for _, magnitude, signed in features)  # |mean| ≤ mean |·|


def test_shap_report_names_a_saved_output_by_its_file(provider, small_scene, tmp_path):
    from helpers import run_logged

    report = tmp_path / "report.html"
    run_logged("explainable_lulc:explain_shap", {"INPUT": str(small_scene), "OUTPUT": str(tmp_path / "shap.tif"),
                                                 "OUTPUT_REPORT": str(report)})
    text = report.read_text(encoding="utf-8")
    assert f"<td>{tmp_path / 'shap.tif'}</td>" in text and "temporary" not in text


def test_the_demo_scene_opens_in_true_colour(qgis_app, tmp_path):
    """The demo scene's committed style (beside it, where QGIS looks for one) shows B04/B03/B02 as red, green,
    blue: without it QGIS shows bands 1-3 (B01/B02/B03), a hazy blue-grey."""
    from osgeo import gdal

    for suffix in (".tif", ".qml"):
        shutil.copy2(DEMO_SCENE.with_suffix(suffix), tmp_path / DEMO_SCENE.with_suffix(suffix).name)
    layer = QgsRasterLayer(str(tmp_path / DEMO_SCENE.name), "demo", "gdal")
    assert layer.isValid() and layer.renderer().type() == "multibandcolor"
    shown = (layer.renderer().redBand(), layer.renderer().greenBand(), layer.renderer().blueBand())
    dataset = gdal.Open(str(DEMO_SCENE))
    assert [dataset.GetRasterBand(band).GetDescription() for band in shown] == ["B04", "B03", "B02"]
