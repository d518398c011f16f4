"""Runs inside the real QGIS desktop (``qgis --code``, see scripts/desktop.py): records what a user sees
after start-up — toolbars, the plugin's menu, the message bar, the provider — then runs Classify LULC
as the Python console would, and writes it all as JSON to ``$DRIVER_RESULT``.

Arguments (``$DRIVER_ARGUMENTS``), optional: ``scene`` (a raster to classify) and ``output`` (where);
``import`` (modules to import, recording where each came from); ``dialog_layers`` (rasters to load, the last
on top and active, before pressing the Classify button: which layer its dialog fills in);
``open_installer`` (press the message bar's Install dependencies… and record the dialog).
"""
import json
import os
import sys
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsProcessingAlgorithmDialogBase
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton, QToolBar
from qgis.utils import iface, plugins

ARGUMENTS = json.loads(os.environ.get("DRIVER_ARGUMENTS", "{}"))
seen = {"exceptions": [], "log": []}
_hook = sys.excepthook


def on_exception(*info):
    seen["exceptions"].append("".join(traceback.format_exception(*info)))
    _hook(*info)


sys.excepthook = on_exception
QgsApplication.messageLog().messageReceived.connect(
    lambda message, tag, level: seen["log"].append([tag, int(level), message]))


def plugin_menu():
    for action in iface.rasterMenu().actions():
        if action.menu() is not None and action.text().replace("&", "") == "Explainable LULC":
            return [entry.text() for entry in action.menu().actions()]
    return None


def probe():
    try:
        window = iface.mainWindow()
        seen["toolbars"] = {bar.objectName(): {"visible": bar.isVisible(), "actions": [a.text() for a in bar.actions()]}
                            for bar in window.findChildren(QToolBar) if bar.objectName()}
        seen["menu"] = plugin_menu()
        seen["message_bar"] = [{"title": item.title(), "text": item.text(),
                                "buttons": [b.text() for b in item.findChildren(QPushButton)]}
                               for item in iface.messageBar().items()]
        registry = QgsApplication.processingRegistry()
        provider = registry.providerById("explainable_lulc")
        seen["algorithms"] = {}
        if provider is not None:
            for algorithm in provider.algorithms():
                ok, message = algorithm.canExecute()
                seen["algorithms"][algorithm.id()] = {"can_execute": ok, "message": message}
        plugin = sys.modules.get("explainable_lulc")
        seen["plugin_file"] = getattr(plugin, "__file__", None)
        if ARGUMENTS.get("import"):
            import importlib

            names = ARGUMENTS["import"] if isinstance(ARGUMENTS["import"], list) else [ARGUMENTS["import"]]
            seen["imports"] = {}
            for name in names:
                try:
                    seen["imports"][name] = importlib.import_module(name).__file__
                except Exception as error:  # noqa: BLE001 - e.g. an ImportError deep inside the package
                    seen["imports"][name] = None
                    seen["import_error"] = f"{name}: {type(error).__name__}: {error}"
            seen["imported_from"] = seen["imports"][names[0]]
        if ARGUMENTS.get("scene"):
            import processing

            try:
                results = processing.run("explainable_lulc:classify_lulc",
                                         {"INPUT": ARGUMENTS["scene"], "OUTPUT": ARGUMENTS["output"],
                                          "OUTPUT_CONFIDENCE": None})
                seen["run"] = {"results": results}
            except BaseException as error:  # noqa: BLE001 - recorded for the test to judge
                seen["run"] = {"error_type": type(error).__name__, "error": str(error)}
        if ARGUMENTS.get("dialog_layers"):
            seen["dialog_input"] = dialog_input(ARGUMENTS["dialog_layers"])
        if ARGUMENTS.get("open_installer"):
            seen["installer"] = installer_from_message_bar()
        QApplication.processEvents()
        seen["sys_path_head"] = sys.path[:3]
    except BaseException:  # noqa: BLE001
        seen["exceptions"].append(traceback.format_exc())
    finish()


def dialog_input(paths):
    """Load ``paths`` (the last on top, and active), press the plugin's Classify button, and return the
    name of the layer its dialog filled in."""
    layers = [iface.addRasterLayer(path, os.path.basename(path)) for path in paths]
    iface.setActiveLayer(layers[-1])
    filled = {}

    def read_and_close():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QgsProcessingAlgorithmDialogBase) and w.isVisible()), None)
        if dialog is None:
            filled["error"] = "no dialog opened"
            return
        value = dialog.mainWidget().wrappers["INPUT"].parameterValue()
        layer = QgsProject.instance().mapLayer(value) if isinstance(value, str) else value
        filled["name"] = layer.name() if layer is not None else None
        dialog.reject()

    QTimer.singleShot(2000, read_and_close)
    plugins["explainable_lulc"].actions["classify_lulc"].trigger()  # returns when the dialog closed
    return filled


def installer_from_message_bar():
    """Press the message bar's *Install dependencies…* and return what the dialog says and offers."""
    from explainable_lulc.plugin.dependency_dialog import DependencyDialog

    buttons = [b for item in iface.messageBar().items() for b in item.findChildren(QPushButton)
               if b.text() == "Install dependencies…"]
    if not buttons:
        return None
    buttons[0].click()
    dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, DependencyDialog) and w.isVisible()),
                  None)
    if dialog is None:
        return {"error": "no dialog opened"}
    offered = {"text": dialog.text.text(), "install_enabled": dialog.install_button.isEnabled(),
               "python": dialog.python, "qgis_prefix": sys.prefix,
               "builds": [dialog.build.itemText(i) for i in range(dialog.build.count())]}
    dialog.reject()
    return offered


def finish():
    with open(os.environ["DRIVER_RESULT"], "w", encoding="utf-8") as result:
        json.dump(seen, result, indent=1)
    QgsProject.instance().setDirty(False)
    os._exit(0)  # QGIS 3.22 may crash while tearing down a scripted session; what we saw is written


QTimer.singleShot(1500, probe)
