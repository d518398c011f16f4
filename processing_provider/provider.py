"""The ``explainable_lulc`` Processing provider."""
from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from .assess_accuracy import AssessAccuracy
from .classify_lulc import ClassifyLulc
from .explain_gradcam import ExplainGradCam
from .explain_lime import ExplainLime
from .explain_shap import ExplainShap
from .icons import ICON_PATH
from .train_model import TrainModel

PROVIDER_ID = "explainable_lulc"

#: Every algorithm the provider offers; a new one is a new file and a line here.
ALGORITHMS = (ClassifyLulc, ExplainGradCam, ExplainShap, ExplainLime, AssessAccuracy, TrainModel)


class ExplainableLulcProvider(QgsProcessingProvider):
    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return QCoreApplication.translate("ExplainableLulc", "Explainable LULC")

    def longName(self) -> str:  # noqa: N802 - QGIS API
        return QCoreApplication.translate(
            "ExplainableLulc", "Explainable LULC: Sentinel-2 land cover with explanations"
        )

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def svgIconPath(self) -> str:  # noqa: N802 - QGIS API
        return str(ICON_PATH)

    def supportedOutputRasterLayerExtensions(self) -> list[str]:  # noqa: N802 - QGIS API
        return ["tif"]

    def loadAlgorithms(self) -> None:  # noqa: N802 - QGIS API
        self.log_card_problems()
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())

    @staticmethod
    def log_card_problems() -> None:
        """Users' model cards that cannot be used, in the log (they are skipped, never fatal)."""
        from ..models.registry import load_cards
        from .base import LulcAlgorithm

        problems: dict[str, str] = {}
        load_cards(LulcAlgorithm.user_model_dirs(), problems)
        for message in problems.values():
            QgsMessageLog.logMessage(
                QCoreApplication.translate("ExplainableLulc", "Model card skipped: {problem}").format(problem=message),
                "Explainable LULC", Qgis.Warning)
