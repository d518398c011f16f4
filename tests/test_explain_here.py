"""Explain here on a real map canvas: a simulated click on the real demo scene, the panel's content
checked against the engine (and captum, shap) on the same window."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from qgis.core import QgsGeometry, QgsPointXY, QgsProject, QgsRasterLayer, QgsRectangle
from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from explainable_lulc.engine.explanations import plain_language as words
from explainable_lulc.engine.explanations.catalogue import GRADCAM
from explainable_lulc.engine.explanations.features import band_group_features
from explainable_lulc.engine.explanations.plain_language import render
from explainable_lulc.engine.explanations.window import WindowSource
from explainable_lulc.plugin.explain_here import ExplainHerePanel, ExplainHereTool
from explainable_lulc.reference.shap_exact import channel_covers, shap_exact

LAKE = (520, 560)  # raster (row, col) in the lake of the demo scene
FIELDS = (150, 800)


@pytest.fixture()
def scene_on_canvas(qgis_app, demo_scene):
    """A map canvas window showing the demo scene (pytest-qgis's own canvas sits in a hidden window,
    whose map is a few pixels wide)."""
    layer = QgsRasterLayer(str(demo_scene), "demo scene", "gdal")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    canvas = QgsMapCanvas()
    canvas.resize(700, 700)
    canvas.show()  # the map settings take the widget's size once it is shown
    QApplication.processEvents()
    canvas.setDestinationCrs(layer.crs())
    canvas.setLayers([layer])
    canvas.setExtent(layer.extent())
    canvas.refresh()
    made = []
    yield canvas, layer, made
    for tool, panel in made:  # Qt objects go in order, not whenever Python collects them
        canvas.unsetMapTool(tool)
        tool.dispose()
        panel.deleteLater()
    canvas.close()
    canvas.deleteLater()
    QApplication.processEvents()
    QgsProject.instance().removeMapLayer(layer.id())


def click(canvas, layer, row: int, col: int) -> None:
    """Zoom to 140 raster pixels around (row, col), as an analyst would, and left-click where that
    pixel's centre is drawn."""
    extent, provider = layer.extent(), layer.dataProvider()
    size = extent.width() / provider.xSize()
    x = extent.xMinimum() + (col + 0.5) * size
    y = extent.yMaximum() - (row + 0.5) * size
    canvas.setExtent(QgsRectangle(x - 70 * size, y - 70 * size, x + 70 * size, y + 70 * size))
    canvas.refresh()
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    QTest.mouseClick(canvas.viewport(), Qt.LeftButton, pos=QPoint(round(pixel.x()), round(pixel.y())))


@pytest.mark.parametrize("place", [LAKE, FIELDS], ids=["lake", "fields"])
def test_click_explains_the_window_as_the_engine_does(scene_on_canvas, demo_scene, place):
    canvas, layer, made = scene_on_canvas
    panel = ExplainHerePanel()
    tool = ExplainHereTool(canvas, panel)
    made.append((tool, panel))
    canvas.setMapTool(tool)
    click(canvas, layer, *place)
    explanation = panel.explanation
    assert explanation is not None, panel.header.text()

    # the window of the clicked 8×8 block, read and normalised as the algorithms do
    source = WindowSource.open(str(demo_scene))
    assert canvas.mapUnitsPerPixel() < 0.5 * layer.rasterUnitsPerPixelX()  # a screen pixel: part of a raster pixel
    assert explanation.cell == (place[0] // 8, place[1] // 8)
    x = source.windows([explanation.cell])
    model = source.classifier.model
    with torch.no_grad():
        probabilities = torch.softmax(model(x), 1)[0].numpy()
    np.testing.assert_allclose(explanation.probabilities, probabilities, atol=1e-6)
    top = int(probabilities.argmax())
    assert explanation.top == top and explanation.model == source.card.name

    # Grad-CAM of the top class: captum's LayerGradCam of the window, upsampled as captum does
    from captum.attr import LayerAttribution, LayerGradCam

    expected = LayerAttribution.interpolate(LayerGradCam(model, model.last_conv).attribute(
        x, target=top, relu_attributions=True), (64, 64), interpolate_mode="bilinear")[0, 0].detach().numpy()
    np.testing.assert_allclose(explanation.gradcam, expected, atol=1e-5 + 1e-4 * np.abs(expected).max())

    # SHAP of band groups: shap's ExactExplainer of the window, training means as background
    features = band_group_features(source.card.bands)
    window = x[0].numpy()
    values, base = shap_exact(model, window, np.zeros_like(window), channel_covers(features, window.shape[0], 64), top)
    np.testing.assert_allclose(explanation.shap, values, atol=1e-4)
    assert abs(explanation.shap_base - base) < 1e-4

    # what the panel shows is that explanation; auto's model refines its map, and the header says so
    assert explanation.refines == source.classifier.can_refine == True  # noqa: E712
    assert "The class map refines each pixel by its own spectrum" in panel.header.text()
    text = panel.summary.text()
    assert source.card.class_names[top] in text and f"{100 * probabilities[top]:.0f} %" in text
    assert " ".join(render(explanation.sentences)) in text
    assert not panel.true_colour.pixmap().isNull() and not panel.gradcam.pixmap().isNull()
    assert not panel.probabilities.pixmap().isNull() and not panel.shap.pixmap().isNull()
    assert panel.run_button.isEnabled()
    for key, name in (("gradcam", "Grad-CAM"), ("shap", "SHAP")):  # each method with its deletion test's verdict
        said = render([words.trust(explanation.top_name, explanation.faithfulness[key])])[0]
        assert f"{name}: {said}" in panel.trust.text()
    f = explanation.faithfulness["gradcam"]
    assert f"changes the probability of {explanation.top_name} by {words.signed(-f.top_drop)}" in panel.trust.text()

    # a map flat for the class (Grad-CAM of a class with no evidence there) has no deletion test
    import dataclasses

    panel.show_explanation(dataclasses.replace(explanation, faithfulness={**explanation.faithfulness,
                                                                          "gradcam": None}), layer)
    assert "Grad-CAM: flat for this class here, nothing to test." in panel.trust.text()
    panel.show_explanation(dataclasses.replace(explanation, refines=False), layer)  # a window-scale model
    assert "refines each pixel" not in panel.header.text()
    assert "SHAP: Removing the 12.5 %" in panel.trust.text()

    # the full-scene run takes the same layer, model and class
    algorithm, parameters = panel.full_scene_parameters()
    assert algorithm == f"explainable_lulc:{GRADCAM.algorithm}"
    assert parameters["INPUT"] is layer and parameters["MODEL"] == source.card.name
    assert parameters["TARGET"] == source.card.class_names[top]


def test_the_model_is_loaded_once(scene_on_canvas):
    canvas, layer, made = scene_on_canvas
    panel = ExplainHerePanel()
    tool = ExplainHereTool(canvas, panel)
    made.append((tool, panel))
    canvas.setMapTool(tool)
    click(canvas, layer, *LAKE)
    first = tool.session(layer)
    click(canvas, layer, *FIELDS)
    assert tool.session(layer) is first and len(tool.classifiers) == 1


def one_band_raster_over(scene, path, tags: dict) -> QgsRasterLayer:
    """A synthetic single-band GeoTIFF on ``scene``'s grid (zeros), tagged ``tags``, as a layer."""
    import rasterio

    with rasterio.open(scene) as source:
        profile = {**source.profile, "count": 1, "dtype": "uint8", "nodata": None}
    with rasterio.open(path, "w", **profile) as out:
        out.write(np.zeros((1, profile["height"], profile["width"]), np.uint8))
        out.update_tags(**tags)
    layer = QgsRasterLayer(str(path), path.stem, "gdal")
    assert layer.isValid()
    return layer


def click_among(scene_on_canvas, added, shown, active=None, place=LAKE) -> ExplainHerePanel:
    """Layers ``added`` put in the project, ``shown`` on the canvas top to bottom with ``active`` selected, a
    click at ``place`` of the demo scene with a fresh tool; the panel that answered (``added`` removed again)."""
    canvas, layer, made = scene_on_canvas
    for extra in added:
        QgsProject.instance().addMapLayer(extra)
    canvas.setLayers(shown)
    canvas.setCurrentLayer(active)
    panel = ExplainHerePanel()
    tool = ExplainHereTool(canvas, panel)
    made.append((tool, panel))
    canvas.setMapTool(tool)
    click(canvas, layer, *place)
    for extra in added:
        QgsProject.instance().removeMapLayer(extra.id())
    return panel


@pytest.mark.parametrize("ours", [True, False], ids=["class map on top", "other one-band raster on top"])
def test_a_click_on_a_raster_above_the_image_explains_the_image_beneath(scene_on_canvas, demo_scene, tmp_path,
                                                                         ours):
    _, layer, _ = scene_on_canvas
    top = one_band_raster_over(demo_scene, tmp_path / "synthetic_one_band.tif", {"MODEL": "x"} if ours else {})
    panel = click_among(scene_on_canvas, [top], [top, layer], active=top)  # the map the analyst is looking at
    assert panel.explanation is not None and panel.layer is layer
    assert panel.header.text().startswith("demo scene:")


@pytest.mark.parametrize("active", ["picture", "class map"])
def test_a_true_colour_picture_is_explained_when_active_or_beneath_a_class_map(scene_on_canvas, demo_scene, tmp_path,
                                                                              active):
    """A picture the menus do not prefill (only its colours name its bands) is still the image to explain:
    when it is the active layer, over the scene; and beneath a class map, with nothing else there."""
    from test_plugin import rgb_picture

    _, layer, _ = scene_on_canvas
    picture = QgsRasterLayer(str(rgb_picture(demo_scene, tmp_path / "demo_true_colour.tif")), "picture", "gdal")
    class_map = one_band_raster_over(demo_scene, tmp_path / "synthetic_class_map.tif", {"MODEL": "x"})
    if active == "picture":
        panel = click_among(scene_on_canvas, [picture, class_map], [picture, layer], active=picture)
    else:
        panel = click_among(scene_on_canvas, [picture, class_map], [class_map, picture], active=class_map)
    assert panel.explanation is not None, panel.header.text()
    assert panel.layer is picture and panel.explanation.model == "eurosat_rgb"


def test_a_layer_that_cannot_be_explained_is_named_with_the_problem(scene_on_canvas, demo_scene, tmp_path):
    only = one_band_raster_over(demo_scene, tmp_path / "synthetic_one_band.tif", {})
    panel = click_among(scene_on_canvas, [only], [only])
    assert panel.explanation is None
    assert panel.header.text().startswith("Layer 'synthetic_one_band': The layer has 1 band(s)")


def test_a_click_beside_any_raster_says_so(qgis_canvas):
    panel = ExplainHerePanel()
    tool = ExplainHereTool(qgis_canvas, panel)
    qgis_canvas.setLayers([])
    tool.explain_point(QgsPointXY(0, 0))
    assert panel.explanation is None and "No Sentinel-2 raster layer" in panel.header.text()
    tool.dispose()
    panel.deleteLater()


def test_plugin_adds_and_removes_the_tool(qgis_iface, qgis_processing):
    from qgis.core import QgsApplication

    from explainable_lulc import classFactory

    registry = QgsApplication.processingRegistry()
    previous = registry.providerById("explainable_lulc")  # as QGIS has it before loading the plugin
    if previous is not None:
        registry.removeProvider(previous)

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        here = plugin.explain_here
        assert here.action.text() == "Explain here" and here.action.isCheckable()
        here.activate()
        assert qgis_iface.mapCanvas().mapTool() is here.tool
        # closing the panel takes the explained window's outline off the map (in a shown main window, as in QGIS)
        qgis_iface.mainWindow().show()
        here.activate()
        assert here.panel.isVisible()
        here.tool.outline.setToGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 640, 640)))
        assert here.tool.outline.numberOfVertices() > 0
        here.panel.close()
        QApplication.processEvents()
        assert here.tool.outline.numberOfVertices() == 0
    finally:
        qgis_iface.mainWindow().hide()
        plugin.unload()
    assert plugin.explain_here is None
