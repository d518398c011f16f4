"""Styles for the rasters the algorithms write: built once, saved as sidecar ``.qml``.

The ``.qml`` beside each GeoTIFF makes the style travel with the file (QGIS loads it with
the layer, in any project); the post-processor applies it to layers Processing loads on
completion, and names them. Which name the sidecar gets, and that it never replaces a style the
user wrote, is the output transaction's business (:func:`engine.transaction.style_sidecar`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

from qgis.core import (
    QgsBasicNumericFormat,
    QgsColorRampLegendNodeSettings,
    QgsColorRampShader,
    QgsLayerTreeGroup,
    QgsLayerTreeLayer,
    QgsNumericFormatContext,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsStyle,
)
from qgis.PyQt.QtGui import QColor


def paletted_renderer(layer: QgsRasterLayer, classes: Sequence) -> QgsPalettedRasterRenderer:
    """One colour and label per class value, from the model card."""
    entries = [QgsPalettedRasterRenderer.Class(value, QColor(c.colour), c.name) for value, c in enumerate(classes)]
    return QgsPalettedRasterRenderer(layer.dataProvider(), 1, entries)


def opaque(fraction: float) -> float:
    return 1.0


def fade_in(fraction: float) -> float:
    """Transparent at the bottom of the ramp, opaque from its middle: weak evidence shows the imagery."""
    return min(1.0, 2.0 * fraction)


def fade_from_centre(fraction: float) -> float:
    """Transparent at the centre (zero) of a diverging ramp, opaque towards both ends."""
    return min(1.0, 2.0 * abs(2.0 * fraction - 1.0))


@dataclass(frozen=True)
class LegendText:
    """How a colour ramp's legend reads: values with two significant digits (in the user's locale), the
    unit after each, and optionally what each end of the ramp means (``low``, ``high``)."""

    unit: str = ""
    low: str = ""
    high: str = ""
    signed: bool = False  # a plus sign on positive values: for diverging ramps centred on zero

    def number_format(self) -> QgsBasicNumericFormat:
        number = QgsBasicNumericFormat()
        number.setRoundingType(QgsBasicNumericFormat.SignificantFigures)
        number.setNumberDecimalPlaces(2)
        number.setShowTrailingZeros(False)
        number.setShowPlusSign(self.signed)
        return number

    def label(self, value: float, meaning: str = "") -> str:
        text = self.number_format().formatDouble(value, QgsNumericFormatContext())
        text = f"{text} {self.unit}" if self.unit else text
        return f"{text}, {meaning}" if meaning else text

    def settings(self, minimum: float, maximum: float) -> QgsColorRampLegendNodeSettings:
        settings = QgsColorRampLegendNodeSettings()
        settings.setUseContinuousLegend(True)
        settings.setNumericFormat(self.number_format())
        settings.setMinimumLabel(self.label(minimum, self.low))
        settings.setMaximumLabel(self.label(maximum, self.high))
        return settings


def ramp_renderer(
    layer: QgsRasterLayer, minimum: float, maximum: float, ramp_name: str = "Viridis", steps: int = 5,
    opacity: Callable[[float], float] = opaque, legend: LegendText = LegendText(), band: int = 1,
    inverted: bool = False,
) -> QgsSingleBandPseudoColorRenderer:
    """A continuous colour ramp from ``minimum`` to ``maximum`` over ``band``, its opacity a function
    of the position along the ramp (0–1), its legend labelled as ``legend`` says."""
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    if inverted:
        ramp.invert()
    items = []
    for step in range(steps):
        fraction = step / (steps - 1)
        value = minimum + fraction * (maximum - minimum)
        colour = ramp.color(fraction)
        colour.setAlphaF(opacity(fraction))
        items.append(QgsColorRampShader.ColorRampItem(value, colour, legend.label(value)))
    function = QgsColorRampShader(minimum, maximum)
    function.setColorRampType(QgsColorRampShader.Interpolated)
    function.setSourceColorRamp(ramp)
    function.setColorRampItemList(items)
    function.setLegendSettings(legend.settings(minimum, maximum))
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    return renderer


def attribution_renderer(layer: QgsRasterLayer, limit: float, signed: bool, legend: LegendText = LegendText(),
                         band: int = 1, class_in_red: bool = False) -> QgsSingleBandPseudoColorRenderer:
    """An explanation's ramp up to ``limit`` (a robust |value| limit): signed values on a diverging ramp
    that fades out at zero (``class_in_red``: evidence for the class red and against it blue, as shap
    draws them; else the reverse), unsigned evidence fading in on Inferno."""
    if signed:
        return ramp_renderer(layer, -limit, limit, "RdBu", steps=9, opacity=fade_from_centre, legend=legend,
                             band=band, inverted=class_in_red)
    return ramp_renderer(layer, 0.0, limit, "Inferno", steps=7, opacity=fade_in, legend=legend, band=band)


def write_sidecar_style(raster_path: str, make_renderer: Callable[[QgsRasterLayer], object], style_path: str,
                        styled_file: str) -> Path:
    """Style the raster with ``make_renderer`` and save that style as ``style_path``, marked as written
    by us for ``styled_file`` (the raster's final file name)."""
    from ..engine.transaction import STYLE_MARKER

    layer = QgsRasterLayer(raster_path, "styled", "gdal")
    layer.setRenderer(make_renderer(layer))
    layer.setCustomProperty(STYLE_MARKER, styled_file)
    message, ok = layer.saveNamedStyle(str(style_path))
    if not ok:
        raise OSError(message)
    return Path(style_path)


@dataclass(frozen=True)
class Placement:
    """Where Processing's loaded output goes in the Layers panel: on top (the result the user asked for is
    the first thing seen), or right below another output of the same run (``below``: its file), and
    whether it is shown."""

    visible: bool = True
    below: str | None = None


ON_TOP = Placement()


def _same_path(a: str, b: str) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _layer_node(root: QgsLayerTreeGroup, path: str) -> QgsLayerTreeLayer | None:
    return next((node for node in root.findLayers() if node.layer() is not None
                 and _same_path(node.layer().source(), path)), None)


def _move(node: QgsLayerTreeLayer, parent: QgsLayerTreeGroup, index: int, visible: bool | None = None) -> None:
    """Move ``node`` to position ``index`` of ``parent`` (the layer tree moves nodes as clone + remove)."""
    clone = node.clone()
    if visible is not None:
        clone.setItemVisibilityChecked(visible)
        clone.setExpanded(visible)  # a hidden companion layer keeps the panel short
    parent.insertChildNode(index, clone)
    node.parent().removeChildNode(node)


def _select(layer: QgsRasterLayer) -> None:
    """Make ``layer`` the current one of the Layers panel (in the desktop; moving nodes loses the selection)."""
    from qgis.utils import iface

    if iface is not None and hasattr(iface, "setActiveLayer"):
        iface.setActiveLayer(layer)


class ApplySidecarStyle(QgsProcessingLayerPostProcessorInterface):
    """Loads the output's sidecar style, names the layer and puts it where the user expects it when
    Processing adds it to the project."""

    #: Processing holds post-processors by pointer only; keep them alive until they ran.
    _pending: list[ApplySidecarStyle] = []
    #: Outputs loaded before the layer they go below (Processing loads a run's outputs in path order).
    _waiting_below: dict[str, tuple[str, Placement]] = {}

    def __init__(self, layer_name: str, style_path: str, placement: Placement = ON_TOP) -> None:
        super().__init__()
        self.layer_name = layer_name
        self.style_path = style_path
        self.placement = placement
        ApplySidecarStyle._pending.append(self)

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 - QGIS API
        if isinstance(layer, QgsRasterLayer):
            if Path(self.style_path).exists():
                layer.loadNamedStyle(self.style_path)
            layer.setName(self.layer_name)
            layer.triggerRepaint()
            self.place(layer, context.project() or QgsProject.instance())
        if self in ApplySidecarStyle._pending:
            ApplySidecarStyle._pending.remove(self)

    def place(self, layer: QgsRasterLayer, project: QgsProject) -> None:
        root = project.layerTreeRoot()
        node = root.findLayer(layer.id())
        if node is None:
            return
        anchor = _layer_node(root, self.placement.below) if self.placement.below else None
        if anchor is not None:
            _move(node, anchor.parent(), anchor.parent().children().index(anchor) + 1, self.placement.visible)
            return
        _move(node, node.parent(), 0, self.placement.visible)
        if self.placement.visible:
            _select(layer)
        if self.placement.below:  # its anchor comes later and takes it along
            ApplySidecarStyle._waiting_below[layer.source()] = (self.placement.below, self.placement)
        for path, (below, placement) in list(ApplySidecarStyle._waiting_below.items()):
            if _same_path(below, layer.source()):
                del ApplySidecarStyle._waiting_below[path]
                follower, me = _layer_node(root, path), root.findLayer(layer.id())
                if follower is not None and me is not None:
                    _move(follower, me.parent(), me.parent().children().index(me) + 1, placement.visible)


def style_on_load(context, output_path: str, layer_name: str, style_path: str, placement: Placement = ON_TOP) -> None:
    """Have Processing apply the style ``style_path`` when it loads ``output_path`` on completion, and
    place the layer as ``placement`` says."""
    if context.willLoadLayerOnCompletion(output_path):
        details = context.layerToLoadOnCompletionDetails(output_path)
        details.name = layer_name
        details.setPostProcessor(ApplySidecarStyle(layer_name, style_path, placement))
