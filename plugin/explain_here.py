"""Explain here: click a place on the map, read why the model decided what it did there.

A map tool (toolbar button and menu entry) and a dock panel. The click's 64×64 window (the
classifier's window of the clicked 8×8 block) is read and explained by the engine exactly as the
algorithms read and explain it (:mod:`engine.explanations.window`); the panel shows its true colour,
the class probabilities, the Grad-CAM of the top class over the window, SHAP of the band groups, the
plain-language summary with how far to trust it, and a button that runs a full-scene explanation
with the same settings. The model is loaded once per layer and reused.
"""
from __future__ import annotations

import io
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsMapLayerType,
    QgsPointXY,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.gui import QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QColor, QIcon, QImage, QPixmap
from qgis.PyQt.QtWidgets import (
    QAction,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..processing_provider.provider import PROVIDER_ID

ICON_PATH = Path(__file__).resolve().parents[1] / "icons" / "explain_here.svg"
IMAGE_SIDE = 192  # px on screen for the 64×64 window
#: The full-scene algorithms the panel can run with the window's settings: (algorithm, extra parameters).
FULL_SCENE = (("explain_gradcam", {}), ("explain_shap", {"FEATURES": 0}), ("explain_lime", {}))


def tr(text: str) -> str:
    """``text`` translated; pylupdate5 files the strings of bare ``tr()`` calls under the context @default (the
    panel stayed English in every language while this looked them up under ExplainHere)."""
    return QCoreApplication.translate("@default", text)


def engine_tr(text: str) -> str:
    from ..engine.errors import TRANSLATION_CONTEXT

    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def to_pixmap(rgb, side: int = IMAGE_SIDE) -> QPixmap:
    """An (H, W, 3|4) array in 0–1 as a pixmap ``side`` px wide, without smoothing (pixels stay pixels)."""
    import numpy as np

    array = np.ascontiguousarray((np.clip(rgb, 0, 1) * 255).astype(np.uint8))
    height, width, channels = array.shape
    fmt = QImage.Format_RGBA8888 if channels == 4 else QImage.Format_RGB888
    image = QImage(array.data, width, height, channels * width, fmt).copy()
    return QPixmap.fromImage(image).scaled(side, side, Qt.KeepAspectRatio, Qt.FastTransformation)


def overlay(rgb, heat):
    """True colour with a heat map over it (inferno; opacity follows the evidence)."""
    import numpy as np
    from matplotlib import colormaps

    limit = float(np.max(heat)) or 1.0
    strength = np.clip(heat / limit, 0, 1)
    colours = colormaps["inferno"](strength)[..., :3]
    alpha = 0.75 * strength[..., None]
    return rgb * (1 - alpha) + colours * alpha


def bar_chart(labels, values, title: str, highlight: int | None = None, signed: bool = False,
              width: float = 3.6) -> QPixmap:
    """A small horizontal bar chart (matplotlib) as a pixmap."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    figure, axis = plt.subplots(figsize=(width, 0.32 * len(labels) + 0.7), dpi=100)
    colours = [("#c0392b" if v > 0 else "#2e6fb7") if signed else ("#2c7a4b" if i == highlight else "#9aa7b0")
               for i, v in enumerate(values)]
    axis.barh(range(len(labels)), values, color=colours)
    axis.set_yticks(range(len(labels)), labels, fontsize=8)
    axis.invert_yaxis()
    axis.tick_params(axis="x", labelsize=7)
    axis.set_title(title, fontsize=9)
    if signed:
        axis.axvline(0, color="black", linewidth=0.6)
    for i, v in enumerate(values):
        axis.text(v, i, f" {v:+.2f}" if signed else f" {v:.0%}", va="center",
                  ha="left" if v >= 0 else "right", fontsize=7)
    axis.margins(x=0.25)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class ExplainHerePanel(QDockWidget):
    """The dock panel: what the engine found for the clicked window."""

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Explain here"), parent)
        self.setObjectName("ExplainableLulcExplainHere")
        self.setMinimumWidth(430)
        self.explanation = None
        self.layer: QgsRasterLayer | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        self.header = QLabel(tr("Choose the Explain here tool and click on a Sentinel-2 layer."))
        self.header.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        images = QHBoxLayout()
        self.true_colour, self.gradcam = QLabel(), QLabel()
        for label, caption in ((self.true_colour, tr("True colour")), (self.gradcam, tr("Grad-CAM, top class"))):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(label)
            images.addLayout(column)
        self.probabilities, self.shap = QLabel(), QLabel()
        self.trust = QLabel()
        self.trust.setWordWrap(True)
        run_row = QHBoxLayout()
        self.algorithm = QComboBox()
        for algorithm, _ in FULL_SCENE:
            self.algorithm.addItem(algorithm)
        self.run_button = QPushButton(tr("Explain the whole layer…"))
        self.run_button.setEnabled(False)
        self.run_button.clicked.connect(self.run_full_scene)
        run_row.addWidget(self.algorithm)
        run_row.addWidget(self.run_button)
        for widget in (self.header, self.summary):
            layout.addWidget(widget)
        layout.addLayout(images)
        for widget in (self.probabilities, self.shap, self.trust):
            layout.addWidget(widget)
        layout.addLayout(run_row)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.refresh_algorithm_names()

    def refresh_algorithm_names(self) -> None:
        from qgis.core import QgsApplication

        registry = QgsApplication.processingRegistry()
        for i, (algorithm, _) in enumerate(FULL_SCENE):
            found = registry.algorithmById(f"{PROVIDER_ID}:{algorithm}")
            if found is not None:
                self.algorithm.setItemText(i, found.displayName())

    def show_message(self, text: str) -> None:
        self.explanation = None
        self.header.setText(text)
        for label in (self.summary, self.true_colour, self.gradcam, self.probabilities, self.shap, self.trust):
            label.clear()
        self.run_button.setEnabled(False)

    def show_explanation(self, explanation, layer: QgsRasterLayer) -> None:
        from ..engine.explanations.plain_language import render, trust

        self.explanation, self.layer = explanation, layer
        row, col = explanation.origin
        self.header.setText(tr("{layer}: the 64×64-pixel window from row {row}, column {col}; model {model}; "
                               "explained in {seconds:.1f} s.").format(layer=layer.name(), row=row, col=col,
                                                                      model=explanation.model,
                                                                      seconds=explanation.seconds)
                            + (" " + tr("The class map refines each pixel by its own spectrum, so at edges it can "
                                        "differ from this window's class.") if explanation.refines else ""))
        self.summary.setText("<b>" + " ".join(render(explanation.sentences, engine_tr)) + "</b>")
        self.true_colour.setPixmap(to_pixmap(explanation.rgb))
        self.gradcam.setPixmap(to_pixmap(overlay(explanation.rgb, explanation.gradcam)))
        order = explanation.probabilities.argsort()[::-1][:5]
        self.probabilities.setPixmap(bar_chart([explanation.class_names[k] for k in order],
                                               explanation.probabilities[order], tr("Class probabilities"),
                                               highlight=0))
        self.shap.setPixmap(bar_chart(list(explanation.feature_names), explanation.shap,
                                      tr("SHAP of band groups, for {name}").format(name=explanation.top_name),
                                      signed=True))
        lines = []
        for key, name in (("gradcam", "Grad-CAM"), ("shap", "SHAP")):
            f = explanation.faithfulness[key]
            if f is None:  # its map of this window is flat: nothing ranked, nothing to remove first
                lines.append(tr("{method}: flat for this class here, nothing to test.").format(method=name))
                continue
            lines.append(f"{name}: " + render([trust(explanation.top_name, f)], engine_tr)[0])
        self.trust.setText("<i>" + tr("How far to trust it") + "</i><br>" + "<br>".join(lines))
        self.run_button.setEnabled(True)

    def full_scene_parameters(self) -> tuple[str, dict]:
        """The algorithm chosen and its parameters: the clicked layer and the window's model and class."""
        algorithm, extra = FULL_SCENE[self.algorithm.currentIndex()]
        explanation = self.explanation
        return f"{PROVIDER_ID}:{algorithm}", {"INPUT": self.layer, "MODEL": explanation.model,
                                              "TARGET": explanation.top_name, **extra}

    def run_full_scene(self) -> None:
        import processing

        if self.explanation is not None:
            algorithm, parameters = self.full_scene_parameters()
            processing.execAlgorithmDialog(algorithm, parameters)


class ExplainHereTool(QgsMapToolEmitPoint):
    """Click → the window there, explained, in the panel."""

    def __init__(self, canvas, panel: ExplainHerePanel) -> None:
        super().__init__(canvas)
        self.panel = panel
        self.sessions: dict[tuple, object] = {}  # (layer source, bands) → WindowExplainer
        self.classifiers: dict = {}  # models loaded once, shared by the sessions
        self.outline = QgsRubberBand(canvas)  # the window explained, on the map
        self.outline.setStrokeColor(QColor("#f5e663"))
        self.outline.setFillColor(QColor(0, 0, 0, 0))
        self.outline.setWidth(2)
        self.canvasClicked.connect(self.explain_point)

    def show_window(self, layer: QgsRasterLayer, origin: tuple[int, int], size: int) -> None:
        """Outline the window's footprint (layer pixels ``origin`` … + ``size``) on the canvas."""
        extent, provider = layer.extent(), layer.dataProvider()
        dx, dy = extent.width() / provider.xSize(), extent.height() / provider.ySize()
        left, top = extent.xMinimum() + origin[1] * dx, extent.yMaximum() - origin[0] * dy
        square = QgsGeometry.fromRect(QgsRectangle(left, top - size * dy, left + size * dx, top))
        self.outline.setToGeometry(square, layer.crs())

    def clear_outline(self) -> None:
        if self.outline is not None:
            self.outline.reset()

    def deactivate(self) -> None:
        self.clear_outline()
        super().deactivate()

    def dispose(self) -> None:
        """Take the outline off the canvas's scene before either is deleted (else both delete it)."""
        if self.outline is not None:
            self.outline.reset()
            self.canvas().scene().removeItem(self.outline)
            self.outline = None

    def layer_at(self, point: QgsPointXY) -> QgsRasterLayer | None:
        """The image to explain under the point: the active layer when it may be one (a GDAL raster there with
        three bands or more, not one of our outputs: a true-colour picture counts), else of the visible GDAL
        rasters there, top to bottom, the first the algorithms surely accept, else the first not ours (its
        bands may still be named), else the first (its error names it). A click on a class map, an
        explanation or a one-band layer thus explains the image beneath it."""
        from .layer_choice import accepts_layer, is_our_output

        canvas = self.canvas()
        crs = canvas.mapSettings().destinationCrs()
        under = []
        for layer in [canvas.currentLayer(), *canvas.layers()]:
            if layer is None or layer.type() != QgsMapLayerType.RasterLayer or layer.providerType() != "gdal":
                continue
            try:
                there = layer.extent().contains(QgsCoordinateTransform(crs, layer.crs(), QgsProject.instance())
                                                .transform(point))
            except QgsCsException:  # the click lies outside what the layer's CRS can express
                continue
            if there and layer not in under:
                under.append(layer)
        active = canvas.currentLayer()
        if active in under and active.bandCount() >= 3 and not is_our_output(active):
            return active
        for wanted in (accepts_layer, lambda layer: not is_our_output(layer), lambda layer: True):
            for layer in under:
                if wanted(layer):
                    return layer
        return None

    def session(self, layer: QgsRasterLayer):
        from ..engine.explanations.window import WindowExplainer, WindowSource

        key = (layer.source(),)
        if key not in self.sessions:
            self.sessions[key] = WindowExplainer(WindowSource.open(layer.source(), classifiers=self.classifiers))
        return self.sessions[key]

    def explain_point(self, point: QgsPointXY, button=Qt.LeftButton) -> None:
        from ..engine.errors import LulcError
        from ..processing_provider.base import translated

        layer = self.layer_at(point)
        if layer is None:
            self.panel.show_message(tr("No Sentinel-2 raster layer (a GDAL file) under the place clicked. Click on "
                                       "the image you want explained."))
            return
        transform = QgsCoordinateTransform(self.canvas().mapSettings().destinationCrs(), layer.crs(),
                                           QgsProject.instance())
        where = transform.transform(point)
        extent, provider = layer.extent(), layer.dataProvider()
        col = (where.x() - extent.xMinimum()) / extent.width() * provider.xSize()
        row = (extent.yMaximum() - where.y()) / extent.height() * provider.ySize()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            explanation = self.session(layer).explain_at(row, col)
        except LulcError as error:
            self.panel.show_message(tr("Layer '{layer}': {problem}").format(
                layer=layer.name(), problem=translated(error)))
            return
        finally:
            QApplication.restoreOverrideCursor()
        if self.outline is not None:
            self.show_window(layer, explanation.origin, explanation.rgb.shape[0])
        self.panel.show_explanation(explanation, layer)
        if self.panel.isHidden():  # closed while the tool stayed active: the answer must be seen
            self.panel.show()


class ExplainHere:
    """The toolbar button, menu entry, map tool and panel, added to and removed from QGIS together."""

    def __init__(self, iface, menu: str, toolbar) -> None:
        self.iface, self.menu, self.toolbar = iface, menu, toolbar
        self.action: QAction | None = None
        self.panel: ExplainHerePanel | None = None
        self.tool: ExplainHereTool | None = None

    def init_gui(self) -> None:
        self.panel = ExplainHerePanel(self.iface.mainWindow())
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.tool = ExplainHereTool(self.iface.mapCanvas(), self.panel)
        self.panel.visibilityChanged.connect(self.panel_shown)  # closed: the window's outline leaves the map too
        self.action = QAction(QIcon(str(ICON_PATH)), tr("Explain here"), self.iface.mainWindow())
        self.action.setToolTip(tr("Click a place on a Sentinel-2 layer: why did the model decide what it did there?"))
        self.action.setCheckable(True)
        self.action.triggered.connect(self.activate)
        self.tool.setAction(self.action)
        self.iface.addPluginToRasterMenu(self.menu, self.action)
        self.toolbar.addAction(self.action)  # the plugin's own toolbar, shown in a fresh profile

    def panel_shown(self, visible: bool) -> None:
        if not visible and self.panel.isHidden() and self.tool is not None:  # closed, not tabbed behind another
            self.tool.clear_outline()

    def activate(self) -> None:
        self.panel.show()
        self.iface.mapCanvas().setMapTool(self.tool)

    def unload(self) -> None:
        if self.action is not None:
            if self.iface.mapCanvas().mapTool() is self.tool:
                self.iface.mapCanvas().unsetMapTool(self.tool)
            self.tool.dispose()
            self.iface.removePluginRasterMenu(self.menu, self.action)
            self.toolbar.removeAction(self.action)
            self.iface.removeDockWidget(self.panel)
            self.panel.deleteLater()
            self.action = self.panel = self.tool = None
