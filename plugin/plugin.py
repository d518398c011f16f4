"""The plugin object QGIS loads: registers the provider and a shortcut to Classify LULC."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsMapLayerType, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from ..processing_provider.provider import ICON_PATH, PROVIDER_ID, ExplainableLulcProvider

PLUGIN_DIR = Path(__file__).resolve().parents[1]
CLASSIFY_ID = f"{PROVIDER_ID}:classify_lulc"


class ExplainableLulcPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface  # None under qgis_process, which only calls initProcessing
        self.provider: ExplainableLulcProvider | None = None
        self.action: QAction | None = None
        self.translator = self._install_translator()

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

    def initProcessing(self) -> None:  # noqa: N802 - QGIS API
        self.provider = ExplainableLulcProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 - QGIS API
        self.initProcessing()
        self.action = QAction(QIcon(str(ICON_PATH)), self.tr("Classify LULC…"), self.iface.mainWindow())
        self.action.setToolTip(self.tr("Classify the active Sentinel-2 layer into land-cover classes"))
        self.action.triggered.connect(self.open_classify_dialog)
        self.iface.addPluginToRasterMenu(self.tr("Explainable LULC"), self.action)
        self.iface.addRasterToolBarIcon(self.action)
        from .explain_here import ExplainHere

        self.explain_here = ExplainHere(self.iface, self.tr("Explainable LULC"))
        self.explain_here.init_gui()

    def open_classify_dialog(self) -> None:
        """The same Processing dialog as the toolbox's, with the active raster filled in."""
        import processing

        layer = self.iface.activeLayer()
        parameters = {"INPUT": layer} if layer is not None and layer.type() == QgsMapLayerType.RasterLayer else {}
        processing.execAlgorithmDialog(CLASSIFY_ID, parameters)

    def unload(self) -> None:
        if getattr(self, "explain_here", None) is not None:
            self.explain_here.unload()
            self.explain_here = None
        if self.action is not None:
            self.iface.removePluginRasterMenu(self.tr("Explainable LULC"), self.action)
            self.iface.removeRasterToolBarIcon(self.action)
            self.action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
