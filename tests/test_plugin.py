"""The plugin as QGIS loads it: provider, menu entries and toolbar, the layer its dialogs fill in, clean
unload. (What a fresh QGIS desktop shows is in test_desktop.py.)"""
import gc

import pytest
from helpers import run_logged, write_like
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsVectorLayer


@pytest.fixture()
def registry(qgis_processing):
    """The processing registry without our provider, as QGIS has it before loading the plugin."""
    registry = QgsApplication.processingRegistry()
    previous = registry.providerById("explainable_lulc")
    if previous is not None:
        registry.removeProvider(previous)
    return registry


def test_plugin_registers_provider_and_shortcut(qgis_iface, registry):
    from explainable_lulc import classFactory
    from explainable_lulc.plugin.plugin import ENTRIES

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("explainable_lulc")
        assert provider is not None and not provider.icon().isNull()
        algorithm = registry.algorithmById("explainable_lulc:classify_lulc")
        assert algorithm.displayName() == "Classify LULC"
        assert plugin.action.text().startswith("Classify LULC")
        assert plugin.toolbar.objectName() == "ExplainableLulcToolBar"
        assert plugin.toolbar.actions() == [plugin.action, plugin.explain_here.action]
        assert set(plugin.actions) == {entry.algorithm for entry in ENTRIES}
        assert set(plugin.actions) == {a.name() for a in provider.algorithms()}  # a menu entry for every algorithm
        assert plugin.install_action.text() == "Install dependencies…"
        for name in ("INPUT", "BANDS", "INPUT_SCALE", "MODEL", "DEVICE", "BATCH_SIZE", "TILE_SIZE",
                     "OUTPUT", "OUTPUT_CONFIDENCE"):
            parameter = algorithm.parameterDefinition(name)
            assert parameter is not None and parameter.help(), name
    finally:
        plugin.unload()
    assert registry.providerById("explainable_lulc") is None
    assert plugin.action is None and plugin.toolbar is None


def test_qgis_process_style_load_without_iface(registry):
    """qgis_process constructs the plugin without an iface and calls initProcessing only."""
    from explainable_lulc import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    assert registry.algorithmById("explainable_lulc:classify_lulc") is not None
    plugin.unload()


@pytest.fixture()
def layers(provider, demo_scene, four_band_scene, tmp_path):
    """The layers a user has after a run: the imagery, its class map, a SHAP raster of each band (13 bands
    described B01…B12 like a Sentinel-2 stack), a 3-band true colour without band names, a vector layer."""
    classes = tmp_path / "classes.tif"
    run_logged("explainable_lulc:classify_lulc", {"INPUT": str(four_band_scene), "OUTPUT": str(classes),
                                                  "OUTPUT_CONFIDENCE": None})
    shap_bands = tmp_path / "shap_bands.tif"
    lake = write_like(demo_scene, tmp_path / "lake.tif", crop=(128, 128), origin=(448, 512), keep_descriptions=True)
    run_logged("explainable_lulc:explain_shap", {"INPUT": str(lake), "FEATURES": 1, "N_SAMPLES": 64,
                                                 "OUTPUT": str(shap_bands), "OUTPUT_REPORT": None})
    made = {
        "imagery": QgsRasterLayer(str(demo_scene), "imagery", "gdal"),
        "four bands": QgsRasterLayer(str(four_band_scene), "four bands", "gdal"),
        "class map": QgsRasterLayer(str(classes), "Land cover", "gdal"),
        "shap of bands": QgsRasterLayer(str(shap_bands), "SHAP", "gdal"),
        "true colour": QgsRasterLayer(str(write_like(demo_scene, tmp_path / "rgb.tif", bands=[4, 3, 2])), "rgb",
                                      "gdal"),
        "rgb picture": QgsRasterLayer(str(rgb_picture(demo_scene, tmp_path / "picture.tif")), "picture", "gdal"),
        "points": QgsVectorLayer("Point?crs=EPSG:4326", "points", "memory"),
    }
    assert all(layer.isValid() for layer in made.values())
    yield made
    QgsProject.instance().removeAllMapLayers()
    made.clear()  # layers the project does not own die now, while QGIS is alive (else at exit: a crash)
    gc.collect()


def rgb_picture(scene, path):
    """An 8-bit export of the scene's true colour, red/green/blue by its colour interpretation (as an RGB
    orthophoto or a false-colour composite would be too)."""
    import numpy as np
    import rasterio

    with rasterio.open(scene) as src:
        data = np.clip(src.read([4, 3, 2]) / 10.9, 0, 255).astype(np.uint8)
        profile = src.profile | dict(count=3, dtype="uint8", photometric="RGB")
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(data)
    return path


def test_accepted_layers_are_sentinel2_rasters_a_model_can_run_on(layers):
    from explainable_lulc.plugin.layer_choice import accepts_layer

    accepted = {name for name, layer in layers.items() if accepts_layer(layer)}
    assert accepted == {"imagery", "four bands"}  # not our outputs, not 3 unnamed bands or an RGB picture


def test_dialog_fills_in_the_active_layer_only_when_accepted_else_the_topmost_accepted(layers, qgis_iface, registry):
    from explainable_lulc import classFactory

    project = QgsProject.instance()
    # Layers panel, top to bottom: class map, true colour, four bands, imagery
    for name in ("imagery", "four bands", "true colour", "class map"):
        project.addMapLayer(layers[name])
    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        qgis_iface.setActiveLayer(layers["class map"])  # right after a run, the class map is active
        assert plugin.dialog_parameters() == {"INPUT": layers["four bands"]}
        qgis_iface.setActiveLayer(layers["imagery"])
        assert plugin.dialog_parameters() == {"INPUT": layers["imagery"]}  # the dialog shows it: test_desktop.py
        project.removeMapLayers([layers["imagery"].id(), layers["four bands"].id()])
        assert plugin.dialog_parameters() == {}
    finally:
        plugin.unload()
