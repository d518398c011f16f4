"""train_model on the real demo scene with the polygons digitised on it by eye (tests/data/README.md): the card
and weights it writes, the held-out accuracy it claims against what Classify LULC and Assess LULC accuracy
measure, the new 3-class model through classify, Grad-CAM and SHAP, both architectures, its errors; and the
modeler chain train → classify → assess accuracy."""
from __future__ import annotations

import json
import math

import numpy as np
import pytest
import rasterio
import torch
from conftest import REPO, register_provider
from helpers import LogFeedback, assert_same_grid, run_logged
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsPalettedRasterRenderer,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor
from rasterio.warp import transform as warp_points

from explainable_lulc.models.registry import USER_MODELS_VARIABLE, ModelCard, load_cards

ALG = "explainable_lulc:train_model"
POLYGONS = REPO / "tests" / "data" / "demo_reference_polygons.geojson"
POINTS = REPO / "tests" / "data" / "demo_reference_points.geojson"
NAME = "demo_three_classes"
STYLE = {"Farmland": "#e6c229", "Water": "#1f5fbf", "Forest": "#1b7a2e"}  # the order a user styled them in


def polygon_layer(path=POLYGONS, styled: bool = True, keep=None) -> QgsVectorLayer:
    """The committed polygons as a layer (WGS 84), optionally only some, with a categorised style."""
    layer = QgsVectorLayer(str(path), "demo_reference_polygons", "ogr")
    assert layer.isValid()
    if keep is not None:
        memory = QgsVectorLayer(f"Polygon?crs={layer.crs().authid()}", "subset", "memory")
        memory.dataProvider().addAttributes(layer.fields().toList())
        memory.updateFields()
        memory.dataProvider().addFeatures([f for f in layer.getFeatures() if keep(f)])
        layer = memory
    if styled:
        categories = []
        for value, colour in STYLE.items():
            symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PolygonGeometry)
            symbol.setColor(QColor(colour))
            categories.append(QgsRendererCategory(value, symbol, value))
        layer.setRenderer(QgsCategorizedSymbolRenderer("class", categories))
    return layer


@pytest.fixture(scope="module")
def models_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("own_models")
    patch = pytest.MonkeyPatch()
    patch.setenv(USER_MODELS_VARIABLE, str(folder))
    yield folder
    patch.undo()


@pytest.fixture(scope="module")
def trained(qgis_processing, models_dir, demo_scene):
    """The 3-class model trained once from the committed polygons, on the bundled model for 13 bands."""
    register_provider()
    result, feedback = run_logged(ALG, {"INPUT": str(demo_scene), "REFERENCE": polygon_layer(),
                                        "CLASS_FIELD": "class", "NAME": NAME})
    return result, feedback


def report_figures(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8").split('id="figures">')[1].split("</script>")[0])


def card_data(result) -> dict:
    return json.loads(open(result["OUTPUT_CARD"], encoding="utf-8").read())


def test_card_and_weights_are_written_where_the_plugin_finds_them(provider, trained, models_dir, demo_scene):
    result, feedback = trained
    assert result["OUTPUT_CARD"] == str(models_dir / f"{NAME}.json") and result["MODEL_NAME"] == NAME
    assert sorted(p.name for p in models_dir.iterdir()) == [f"{NAME}.json", f"{NAME}.pt"]  # no temporaries
    card = ModelCard.from_file(models_dir / f"{NAME}.json")
    base = load_cards()[card.training["base_model"]]
    assert card.class_names == tuple(STYLE)  # in the style's order, with its colours
    assert [c.colour for c in card.classes] == list(STYLE.values())
    assert card.bands == base.bands and card.mean == base.mean and card.std == base.std
    assert card.architecture == base.architecture and card.architecture_args == base.architecture_args
    training = card.training
    assert training["layer"] == "demo_reference_polygons" and training["class_field"] == "class"
    assert training["polygons"] == 42 == len(json.loads(POLYGONS.read_text())["features"])
    assert set(training["pixels_per_class"]) == set(STYLE) and min(training["pixels_per_class"].values()) > 1000
    assert training["held_out_polygons"] > 0 and "256-px blocks" in training["split"]
    metrics = card.metrics
    low, high = metrics["accuracy_ci95"]
    assert 0 < low <= metrics["overall_accuracy"] <= high <= 1
    assert result["HELD_OUT_ACCURACY"] == metrics["overall_accuracy"]
    assert np.array(metrics["confusion_matrix"]).sum(axis=1).min() > 0  # every class is held out somewhere
    assert "Polygons reprojected from EPSG:4326 to the image's EPSG:32633" in feedback.text
    assert "Held-out accuracy" in feedback.text
    # the trunk is the base model's, unchanged; the heads are new, one output per class
    new, old = torch.load(card.weights, weights_only=True), torch.load(base.weights, weights_only=True)
    for key, value in old.items():
        if key.startswith(("classifier.", "pixel_head.")):
            assert new[key].shape[0] == 3
        else:
            assert torch.equal(new[key], value), key


def test_new_model_is_offered_at_once(provider, trained):
    registry = QgsApplication.processingRegistry()
    for algorithm in ("classify_lulc", "explain_gradcam", "explain_shap", "train_model"):
        instance = registry.createAlgorithmById(f"explainable_lulc:{algorithm}")
        assert NAME in instance.parameterDefinition("BASE_MODEL" if algorithm == "train_model" else "MODEL").options()
    gradcam = registry.createAlgorithmById("explainable_lulc:explain_gradcam")
    assert {"Water", "Farmland"} <= set(gradcam.parameterDefinition("TARGET").options())  # its classes are offered


def held_out_layer(ids) -> QgsVectorLayer:
    return polygon_layer(styled=False, keep=lambda f: f.id() in set(ids))


def test_held_out_accuracy_is_what_classify_and_assess_measure(provider, trained, demo_scene, tmp_path):
    """Classify the scene with the new model, assess the map on the held-out polygons: the same confusion."""
    result, _ = trained
    card = card_data(result)
    classified, _ = run_logged("explainable_lulc:classify_lulc", {
        "INPUT": str(demo_scene), "MODEL": NAME, "OUTPUT": str(tmp_path / "classes.tif"), "OUTPUT_CONFIDENCE": None,
        "CLOUD_MASK": "off"})  # the card's held-out figures are of the model alone, on every pixel
    assessed, _ = run_logged("explainable_lulc:assess_accuracy", {
        "INPUT": classified["OUTPUT"], "REFERENCE": held_out_layer(card["training"]["held_out_feature_ids"]),
        "CLASS_FIELD": "class", "OUTPUT_MATRIX": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(tmp_path / "r.html")})
    figures = report_figures(tmp_path / "r.html")
    order = [figures["classes"].index(c["name"]) for c in card["classes"]]
    measured = np.array(figures["counts"])[np.ix_(order, order)].T  # (reference, map) in the card's class order
    claimed = np.array(card["metrics"]["confusion_matrix"])
    assert measured.sum() == claimed.sum() == card["metrics"]["evaluation_pixels"]
    assert np.abs(measured - claimed).sum() <= 0.001 * claimed.sum()  # float ties only, if any
    assert abs(assessed["OVERALL_ACCURACY"] - card["metrics"]["overall_accuracy"]) <= 0.001
    with rasterio.open(classified["OUTPUT"]) as src:
        assert src.tags()["CLASSES"] == ",".join(STYLE) and src.read(1).max() <= 2
    layer = QgsRasterLayer(classified["OUTPUT"], "fresh", "gdal")  # the sidecar .qml styles any new layer
    renderer = layer.renderer()
    assert isinstance(renderer, QgsPalettedRasterRenderer)
    assert [(c.label, c.color.name()) for c in renderer.classes()] == list(STYLE.items())


def test_three_class_model_through_grad_cam_and_shap(provider, trained, demo_scene, tmp_path):
    gradcam, feedback = run_logged("explainable_lulc:explain_gradcam", {
        "INPUT": str(demo_scene), "MODEL": NAME, "TARGET": "Water", "OUTPUT": str(tmp_path / "water.tif")})
    assert_same_grid(gradcam["OUTPUT"], demo_scene)
    with rasterio.open(gradcam["OUTPUT"]) as src:
        assert src.tags()["TARGET"] == "Water" and src.tags()["MODEL"] == NAME
        assert np.nanmax(src.read(1)) > 0
    shap, feedback = run_logged("explainable_lulc:explain_shap", {
        "INPUT": str(demo_scene), "MODEL": NAME, "TARGET": "predicted", "TILE_SIZE": 256,
        "OUTPUT": str(tmp_path / "shap.tif"), "OUTPUT_REPORT": str(tmp_path / "shap.html")})
    assert_same_grid(shap["OUTPUT"], demo_scene)
    report = (tmp_path / "shap.html").read_text()
    assert sum(name in report for name in STYLE) >= 2  # ranked per predicted class, by the card's names
    with pytest.raises(QgsProcessingException) as error:
        run_logged("explainable_lulc:explain_gradcam", {"INPUT": str(demo_scene), "MODEL": NAME, "TARGET": "Forrest",
                                                        "OUTPUT": str(tmp_path / "x.tif")})
    assert f"Unknown TARGET class 'Forrest' for model {NAME}" in str(error.value)
    assert "Did you mean Forest?" in str(error.value) and "SeaLake" not in str(error.value)


def spectral_spatial_base(folder) -> str:
    """A ``spectral_spatial_fcn`` card of the 13 bands with freshly initialised weights (seeded), registered
    as the user's: the mechanics of copying its trunk and giving it new heads, whatever its training."""
    from explainable_lulc.models.architectures import SpectralSpatialFCN

    base = load_cards()["eurosat_s2_13band"]
    data = json.loads(base.path.read_text())
    data.update(name="spectral_test_base", weights="spectral_test_base.pt", title="untrained spectral-spatial",
                architecture={"name": "spectral_spatial_fcn", "args": {"widths": [16, 16, 32, 32],
                                                                       "spectral_widths": [8, 8],
                                                                       "indices": ["NDVI", "NDWI"]}})
    (folder / "spectral_test_base.json").write_text(json.dumps(data))
    card = ModelCard.from_file(folder / "spectral_test_base.json")
    torch.manual_seed(0)
    torch.save(SpectralSpatialFCN.from_card(card).state_dict(), folder / "spectral_test_base.pt")
    return card.name


def test_spectral_spatial_base_model_gets_both_new_heads(provider, trained, models_dir, demo_scene, tmp_path):
    base = spectral_spatial_base(models_dir)
    result, _ = run_logged(ALG, {"INPUT": str(demo_scene), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
                                 "BASE_MODEL": base, "NAME": "spectral_three", "EPOCHS": 20})
    card = ModelCard.from_file(result["OUTPUT_CARD"])
    assert card.architecture == "spectral_spatial_fcn" and card.class_names == ("Farmland", "Forest", "Water")
    new = torch.load(card.weights, weights_only=True)
    old = torch.load(models_dir / "spectral_test_base.pt", weights_only=True)
    assert new["pixel_head.weight"].shape[:2] == (3, 8) and new["classifier.weight"].shape == (3, 32)
    assert all(torch.equal(new[k], v) for k, v in old.items() if not k.startswith(("classifier.", "pixel_head.")))
    classified, _ = run_logged("explainable_lulc:classify_lulc", {
        "INPUT": str(demo_scene), "MODEL": "spectral_three", "OUTPUT": str(tmp_path / "c.tif"),
        "OUTPUT_CONFIDENCE": None, "CLOUD_MASK": "off"})
    with rasterio.open(classified["OUTPUT"]) as src:
        assert src.tags()["CLASSES"] == "Farmland,Forest,Water" and src.read(1).max() <= 2


def memory_polygons(rings_and_classes, crs="EPSG:32633") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=class:string", "drawn", "memory")
    features = []
    for ring, label in rings_and_classes:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]]))
        feature.setAttributes([label])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def square(col, row, size):
    """A square of ``size`` pixels of the demo scene (UTM 33N) from pixel (col, row)."""
    x, y = 330000 + 10 * col, 5822040 - 10 * row
    return [(x, y), (x + 10 * size, y), (x + 10 * size, y - 10 * size), (x, y - 10 * size), (x, y)]


@pytest.mark.parametrize("case, words", [
    ("one class", "The polygons over the image hold one class only (Forest in field class)"),
    ("tiny class", "Too few labelled pixels for class(es) Water (25 px)"),
    ("outside", "None of the 2 polygons covers a valid pixel of the image"),
    ("bundled name", "NAME 'eurosat_rgb' is a bundled model's"),
    ("bad name", "NAME 'my model' must be 1 to 64 letters"),
])
def test_errors_name_the_problem_and_write_nothing(provider, models_dir, demo_scene, case, words):
    forest = polygon_layer(styled=False, keep=lambda f: f["class"] == "Forest")
    layers = {
        "one class": forest,
        "tiny class": memory_polygons([(square(560, 80, 60), "Forest"), (square(1200, 290, 5), "Water")]),
        "outside": memory_polygons([(square(-500, 80, 20), "Forest"), (square(5000, 290, 20), "Water")]),
    }
    name = {"bundled name": "eurosat_rgb", "bad name": "my model"}.get(case, "never_written")
    with pytest.raises(QgsProcessingException) as error:
        run_logged(ALG, {"INPUT": str(demo_scene), "REFERENCE": layers.get(case, forest), "CLASS_FIELD": "class",
                         "NAME": name})
    assert words in str(error.value)
    assert not list(models_dir.glob("never_written*")) and not list(models_dir.glob(".*partial*"))


class CancelMidway(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress > 20:
            self.cancel()


def test_cancel_leaves_no_model(provider, models_dir, demo_scene):
    with pytest.raises(QgsProcessingException, match="Cancelled; no output was written"):
        import processing

        processing.run(ALG, {"INPUT": str(demo_scene), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
                             "NAME": "cancelled_model"}, feedback=CancelMidway(), context=QgsProcessingContext())
    assert not list(models_dir.glob("*cancelled_model*"))


def test_modeler_chain_train_classify_assess(provider, models_dir, demo_scene, tmp_path):
    """A graphical-modeler model as QGIS runs it: train on the polygons, classify the scene with the new
    model (named by train's MODEL_NAME output), keep the reference points of the new legend's classes, and
    assess the map against them; the figures equal an independent computation from the map and the points."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
        QgsProcessingParameterVectorLayer,
    )

    def static(value):
        return [QgsProcessingModelChildParameterSource.fromStaticValue(value)]

    def child_output(child, name):
        return [QgsProcessingModelChildParameterSource.fromChildOutput(child, name)]

    model = QgsProcessingModelAlgorithm("train, classify, assess", "tests")
    for name, parameter in (("scene", QgsProcessingParameterRasterLayer("scene", "Scene")),
                            ("polygons", QgsProcessingParameterVectorLayer("polygons", "Training polygons")),
                            ("points", QgsProcessingParameterVectorLayer("points", "Reference points"))):
        model.addModelParameter(parameter, QgsProcessingModelParameter(name))
    steps = {
        "train": ("explainable_lulc:train_model", {
            "INPUT": [QgsProcessingModelChildParameterSource.fromModelParameter("scene")],
            "REFERENCE": [QgsProcessingModelChildParameterSource.fromModelParameter("polygons")],
            "CLASS_FIELD": static("class"), "NAME": static("chained_model"), "EPOCHS": static(50)}),
        "classify": ("explainable_lulc:classify_lulc", {
            "INPUT": [QgsProcessingModelChildParameterSource.fromModelParameter("scene")],
            "MODEL": child_output("train", "MODEL_NAME"), "OUTPUT_CONFIDENCE": static(None)}),
        "keep": ("native:extractbyattribute", {
            "INPUT": [QgsProcessingModelChildParameterSource.fromModelParameter("points")],
            "FIELD": static("class"), "OPERATOR": static(1), "VALUE": static("settlement")}),  # 1: ≠
        "assess": ("explainable_lulc:assess_accuracy", {
            "INPUT": child_output("classify", "OUTPUT"), "REFERENCE": child_output("keep", "OUTPUT"),
            "CLASS_FIELD": static("class"), "CLASS_MAP": static("cropland=Farmland")}),
    }
    for child_id, (algorithm, sources) in steps.items():
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        for name, source in sources.items():
            step.addParameterSources(name, source)
        if child_id in ("classify", "assess"):
            outputs = {}
            for output_name, child_name in ((f"{child_id}_map", "OUTPUT"), ("matrix", "OUTPUT_MATRIX"),
                                            ("report", "OUTPUT_REPORT")):
                if (child_id == "classify") == (child_name == "OUTPUT"):
                    output = QgsProcessingModelOutput(output_name, output_name)
                    output.setChildOutputName(child_name)
                    outputs[output_name] = output
            step.setModelOutputs(outputs)
        model.addChildAlgorithm(step)
    model.updateDestinationParameters()

    context, feedback = QgsProcessingContext(), LogFeedback()
    parameters = {"scene": str(demo_scene), "polygons": str(POLYGONS), "points": str(POINTS),
                  "classify:classify_map": str(tmp_path / "classes.tif"), "assess:matrix": str(tmp_path / "m.csv"),
                  "assess:report": str(tmp_path / "report.html")}
    ok, message = model.checkParameterValues(parameters, context)
    assert ok, message
    model.run(parameters, context, feedback)
    assert (models_dir / "chained_model.json").exists()

    with rasterio.open(tmp_path / "classes.tif") as src:
        values, names = src.read(1), src.tags()["CLASSES"].split(",")
        assert src.tags()["MODEL"] == "chained_model"
        points = [f for f in json.loads(POINTS.read_text())["features"] if f["properties"]["class"] != "settlement"]
        xs, ys = warp_points("EPSG:4326", src.crs, *zip(*[f["geometry"]["coordinates"] for f in points]))
        mapped = [names[values[src.index(x, y)]] for x, y in zip(xs, ys)]
    reference = {"cropland": "Farmland", "water": "Water", "forest": "Forest"}
    truth = [reference[f["properties"]["class"]] for f in points]
    figures = report_figures(tmp_path / "report.html")
    assert figures["samples"] == len(points) == 47
    assert math.isclose(figures["overall"], sum(m == t for m, t in zip(mapped, truth)) / len(points), abs_tol=1e-9)
    header = (tmp_path / "m.csv").read_text().splitlines()[0].split(",")
    assert header[:2] == ["map_class", "cropland"] and set(header[2:4]) == {"Water", "Forest"}  # CLASS_MAP's first
