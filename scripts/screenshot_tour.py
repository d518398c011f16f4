"""Runs inside the real QGIS desktop (``qgis --code``; started by scripts/screenshots.py): does what a new
user does in the first minutes and saves a PNG of each view into ``$DRIVER_ARGUMENTS["out"]``; with the
packages (``tour``: ``with_packages``):

1. ``toolbox.png``: the Processing Toolbox with the plugin's algorithms, the imagery loaded;
2. ``classify_dialog.png``: Classify LULC's dialog, opened from the plugin's toolbar button;
3. ``class_map.png``: the styled class map with its legend, after the run;
4. ``gradcam.png``: Grad-CAM of the predicted class over the imagery;
5. ``shap_dialog.png``: Explain with SHAP's dialog, opened from the Raster menu;

and, on QGIS's Python without the packages (``tour``: ``without_packages``):

6. ``first_start.png``: the message bar offering to install them;
7. ``installer_dialog.png``: the dialog its button opens.

What it saw (files, the layer each dialog filled in, the Layers panel, errors) goes to ``$DRIVER_RESULT``.
"""
import json
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsContrastEnhancement, QgsMultiBandColorRenderer, QgsProject
from qgis.gui import QgsProcessingAlgorithmDialogBase
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import iface, plugins

ARGUMENTS = json.loads(os.environ["DRIVER_ARGUMENTS"])
OUT = ARGUMENTS["out"]
seen = {"written": [], "exceptions": [], "errors": [], "dialogs": {}}
_hook = sys.excepthook
sys.excepthook = lambda *info: (seen["exceptions"].append("".join(traceback.format_exception(*info))), _hook(*info))
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: seen["errors"].append([tag, message]) if int(level) >= 2 else None)

window = iface.mainWindow()
canvas = iface.mapCanvas()
state = {}


def settle(milliseconds=300):
    """Let Qt lay out and paint, and the map finish rendering."""
    canvas.waitWhileRendering()
    for _ in range(5):
        QApplication.processEvents()
    QTimer.singleShot(0, lambda: None)


def save_screen(name):
    settle()
    path = os.path.join(OUT, name)
    QApplication.primaryScreen().grabWindow(0).save(path)
    seen["written"].append(name)


def dock(object_name):
    return window.findChild(QDockWidget, object_name)


def true_colour(layer):
    """B04, B03, B02, each stretched between its 2nd and 98th percentile, as a user would set the imagery up."""
    provider = layer.dataProvider()
    names = [provider.generateBandName(i).split(": ")[-1] for i in range(1, layer.bandCount() + 1)]
    bands = [names.index(band) + 1 for band in ("B04", "B03", "B02")]
    renderer = QgsMultiBandColorRenderer(provider, *bands)
    for band, apply in zip(bands, (renderer.setRedContrastEnhancement, renderer.setGreenContrastEnhancement,
                                   renderer.setBlueContrastEnhancement)):
        low, high = provider.cumulativeCut(band, 0.02, 0.98, layer.extent(), 250000)
        stretch = QgsContrastEnhancement(provider.dataType(band))
        stretch.setContrastEnhancementAlgorithm(QgsContrastEnhancement.StretchToMinimumMaximum)
        stretch.setMinimumValue(low)
        stretch.setMaximumValue(high)
        apply(stretch)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def run(steps):
    """Run the steps one after another, each when Qt is idle again; a failing step is recorded, the rest go on."""
    if not steps:
        return finish()
    step, rest = steps[0], steps[1:]

    def go():
        try:
            step()
        except Exception:  # noqa: BLE001 - recorded for scripts/screenshots.py to report
            seen["exceptions"].append(f"{step.__name__}: {traceback.format_exc()}")
        QTimer.singleShot(1500, lambda: run(rest))

    QTimer.singleShot(0, go)


def algorithm_dialog():
    return next((widget for widget in QApplication.topLevelWidgets()
                 if isinstance(widget, QgsProcessingAlgorithmDialogBase) and widget.isVisible()), None)


def grab_dialog(name, key, height):
    """Started just before a (modal) Processing dialog opens: saves it, records its INPUT, closes it."""
    def grab():
        dialog = algorithm_dialog()
        if dialog is None:
            seen["exceptions"].append(f"{name}: no dialog opened")
            return
        dialog.resize(1000, height)  # every parameter in view
        settle()
        QTimer.singleShot(1000, lambda: finish_grab(dialog))

    def finish_grab(dialog):
        try:
            settle()
            dialog.grab().save(os.path.join(OUT, name))
            seen["written"].append(name)
            value = dialog.mainWidget().wrappers["INPUT"].parameterValue()  # a layer id
            layer = QgsProject.instance().mapLayer(value) if isinstance(value, str) else value
            seen["dialogs"][key] = {"active": iface.activeLayer().name() if iface.activeLayer() else None,
                                    "filled_in": layer.name() if layer is not None else value}
        except Exception:  # noqa: BLE001
            seen["exceptions"].append(f"{name}: {traceback.format_exc()}")
        finally:
            dialog.reject()
    QTimer.singleShot(3000, grab)


def set_up():
    window.setGeometry(QApplication.primaryScreen().availableGeometry())
    window.showMaximized()
    browser = dock("Browser")
    if browser is not None:
        browser.hide()  # the Layers panel gets the height for the legends
    layers = dock("Layers")
    window.resizeDocks([layers], [430], Qt.Horizontal)
    layer = iface.addRasterLayer(ARGUMENTS["scene"], "Sentinel-2 L1C, 16 Feb 2017")
    true_colour(layer)
    state["imagery"] = layer
    iface.setActiveLayer(layer)
    canvas.setExtent(layer.extent())
    canvas.refresh()


def zoom():
    canvas.setExtent(state["imagery"].extent())
    canvas.refresh()


def toolbox():
    box = plugins["processing"].toolbox
    box.show()
    box.raise_()
    window.resizeDocks([box], [430], Qt.Horizontal)
    box.searchBox.setText("LULC")
    save_screen("toolbox.png")
    box.searchBox.setText("")
    box.hide()


def classify_dialog():
    grab_dialog("classify_dialog.png", "classify_lulc", 800)
    plugins["explainable_lulc"].actions["classify_lulc"].trigger()  # the toolbar button; returns when closed


def classify():
    import processing

    processing.runAndLoadResults("explainable_lulc:classify_lulc", {
        "INPUT": state["imagery"], "OUTPUT": os.path.join(ARGUMENTS["work"], "land_cover.tif"),
        "OUTPUT_CONFIDENCE": os.path.join(ARGUMENTS["work"], "confidence.tif")})
    canvas.refreshAllLayers()


def class_map():
    save_screen("class_map.png")


def gradcam():
    import processing

    iface.setActiveLayer(state["imagery"])
    processing.runAndLoadResults("explainable_lulc:explain_gradcam", {
        "INPUT": state["imagery"], "TARGET": ARGUMENTS.get("gradcam_target", "Forest"),
        "OUTPUT": os.path.join(ARGUMENTS["work"], "gradcam.tif")})
    root = QgsProject.instance().layerTreeRoot()
    for node in root.findLayers():  # the class map aside, to see the evidence over the imagery
        if node.layer().name().startswith("Land cover"):
            node.setItemVisibilityChecked(False)
            node.setExpanded(False)
    canvas.refreshAllLayers()


def gradcam_screen():
    save_screen("gradcam.png")


def shap_dialog():
    grab_dialog("shap_dialog.png", "explain_shap", 880)
    plugins["explainable_lulc"].actions["explain_shap"].trigger()  # Raster ▸ Explainable LULC ▸ Explain with SHAP…


def first_start():
    save_screen("first_start.png")


def installer_dialog():
    """The message bar's *Install dependencies…* (the same dialog as Raster ▸ Explainable LULC ▸ Install
    dependencies…)."""
    from qgis.PyQt.QtWidgets import QPushButton

    plugin = plugins["explainable_lulc"]
    buttons = [b for item in iface.messageBar().items() for b in item.findChildren(QPushButton)
               if b.text() == plugin.install_action.text()]
    (buttons[0].click if buttons else plugin.install_action.trigger)()
    dialog = plugin.dependency_dialog
    settle()
    dialog.grab().save(os.path.join(OUT, "installer_dialog.png"))
    seen["written"].append("installer_dialog.png")
    dialog.reject()


def finish():
    seen["panel"] = [[node.layer().name(), node.itemVisibilityChecked()]
                     for node in QgsProject.instance().layerTreeRoot().findLayers()]
    with open(os.environ["DRIVER_RESULT"], "w", encoding="utf-8") as result:
        json.dump(seen, result, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # QGIS 3.22 may crash tearing down a scripted session; everything is written


TOURS = {
    "with_packages": [set_up, zoom, toolbox, classify_dialog, classify, class_map, gradcam, gradcam_screen,
                      shap_dialog],
    "without_packages": [set_up, zoom, first_start, installer_dialog],  # QGIS's Python as installed
}
QTimer.singleShot(2000, lambda: run(TOURS[ARGUMENTS["tour"]]))
