"""The plugin object QGIS loads: registers the provider, menu entries and a toolbar, and offers to install
the Python packages when they are missing."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QPushButton

from ..processing_provider.provider import ICON_PATH, PROVIDER_ID, ExplainableLulcProvider

PLUGIN_DIR = Path(__file__).resolve().parents[1]
CLASSIFY_ID = f"{PROVIDER_ID}:classify_lulc"
TOOLBAR_OBJECT_NAME = "ExplainableLulcToolBar"


@dataclass(frozen=True)
class AlgorithmEntry:
    """A menu entry (and optionally a toolbar button) opening an algorithm's dialog."""

    algorithm: str
    text: str
    tip: str
    on_toolbar: bool = False


#: What the plugin's menu offers; a new entry is a line here.
ENTRIES = (
    AlgorithmEntry("classify_lulc", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Classify LULC…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin",
                                     "Classify a Sentinel-2 layer into EuroSAT land-cover classes"), on_toolbar=True),
    AlgorithmEntry("explain_gradcam", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Explain with Grad-CAM…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Where the model finds evidence for a class")),
    AlgorithmEntry("explain_shap", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Explain with SHAP…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "How much each band pushed the decision")),
    AlgorithmEntry("explain_lime", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Explain with LIME…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Which parts of each patch a local linear model weighs")),
    AlgorithmEntry("assess_accuracy", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Assess LULC accuracy…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "How right a class map is where you know the answer")),
    AlgorithmEntry("train_model", QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Train LULC model…"),
                   QT_TRANSLATE_NOOP("ExplainableLulcPlugin", "Teach a model your own legend from polygons")),
)


class ExplainableLulcPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface  # None under qgis_process, which only calls initProcessing
        self.provider: ExplainableLulcProvider | None = None
        self.actions: dict[str, QAction] = {}
        self.install_action: QAction | None = None
        self.toolbar = None
        self.dependency_dialog = None
        self.translator = self._install_translator()

    @property
    def action(self) -> QAction | None:
        """The Classify LULC entry (menu and toolbar)."""
        return self.actions.get("classify_lulc")

    @staticmethod
    def _install_translator() -> QTranslator | None:
        locale = str(QgsSettings().value("locale/userLocale", "en") or "en")[:2]
        path = PLUGIN_DIR / "i18n" / f"explainable_lulc_{locale}.qm"
        if not path.exists():
            return None
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            return translator
        return None

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(type(self).__name__, text)

    def menu_name(self) -> str:
        return self.tr("Explainable LULC")

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        self.provider = ExplainableLulcProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()
        window = self.iface.mainWindow()
        # Our own toolbar: QGIS shows a plugin's new toolbar, while the Raster toolbar is hidden in a
        # fresh profile.
        self.toolbar = self.iface.addToolBar(self.tr("Explainable LULC"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)
        for entry in ENTRIES:
            action = QAction(QIcon(str(ICON_PATH)), self.tr(entry.text), window)
            action.setToolTip(self.tr(entry.tip))
            action.triggered.connect(lambda _checked=False, name=entry.algorithm: self.open_dialog(name))
            self.iface.addPluginToRasterMenu(self.menu_name(), action)
            if entry.on_toolbar:
                self.toolbar.addAction(action)
            self.actions[entry.algorithm] = action
        from .explain_here import ExplainHere

        self.explain_here = ExplainHere(self.iface, self.menu_name(), self.toolbar)
        self.explain_here.init_gui()
        # Last in the menu: a one-off, after the everyday entries.
        self.install_action = QAction(self.tr("Install dependencies…"), window)
        self.install_action.triggered.connect(self.open_dependency_dialog)
        self.iface.addPluginToRasterMenu(self.menu_name(), self.install_action)
        self.offer_install()

    def offer_install(self) -> None:
        """When packages are missing, say so on the message bar with a button that installs them."""
        from .dependency_dialog import missing_python_packages, rasterio_status

        missing = missing_python_packages()
        problem = rasterio_status()
        if not missing and not problem:
            return
        text = self.tr("The algorithms need Python packages that QGIS's Python lacks: {names}.").format(
            names=", ".join(missing + (["rasterio"] if problem else [])))
        message = self.iface.messageBar().createMessage(self.tr("Explainable LULC"), text)
        button = QPushButton(self.tr("Install dependencies…"), message)
        button.clicked.connect(self.open_dependency_dialog)
        message.layout().addWidget(button)
        self.iface.messageBar().pushWidget(message, Qgis.Warning)

    def open_dependency_dialog(self) -> None:
        from .dependency_dialog import DependencyDialog

        self.dependency_dialog = DependencyDialog(self.iface, self.iface.mainWindow())  # kept: its task reports to it
        self.dependency_dialog.show()

    def open_dialog(self, algorithm: str) -> None:
        """The same Processing dialog as the toolbox's, with a layer the algorithm accepts filled in."""
        import processing

        processing.execAlgorithmDialog(f"{PROVIDER_ID}:{algorithm}", self.dialog_parameters())

    def dialog_parameters(self) -> dict:
        """INPUT: the active layer if the algorithms accept it, else the topmost layer they accept."""
        from .layer_choice import layer_to_prefill

        layer = layer_to_prefill(self.iface.activeLayer(), QgsProject.instance())
        return {"INPUT": layer} if layer is not None else {}

    def open_classify_dialog(self) -> None:
        self.open_dialog("classify_lulc")

    def unload(self) -> None:
        if getattr(self, "explain_here", None) is not None:
            self.explain_here.unload()
            self.explain_here = None
        for action in [*self.actions.values(), self.install_action]:
            if action is not None:
                self.iface.removePluginRasterMenu(self.menu_name(), action)
        self.actions = {}
        self.install_action = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
