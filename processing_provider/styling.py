"""Styles for the rasters the algorithms write: built once, saved as sidecar ``.qml``.

The ``.qml`` beside each GeoTIFF makes the style travel with the file (QGIS loads it with
the layer, in any project); the post-processor applies it to layers Processing loads on
completion, and names them. Which name the sidecar gets, and that it never replaces a style the
user wrote, is the output transaction's business (:func:`engine.transaction.style_sidecar`).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from qgis.core import (
    QgsColorRampShader,
    QgsPalettedRasterRenderer,
    QgsProcessingLayerPostProcessorInterface,
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


def ramp_renderer(
    layer: QgsRasterLayer, minimum: float, maximum: float, ramp_name: str = "Viridis", steps: int = 5,
    opacity: Callable[[float], float] = opaque, precision: int = 2, band: int = 1, inverted: bool = False,
) -> QgsSingleBandPseudoColorRenderer:
    """A continuous colour ramp from ``minimum`` to ``maximum`` over ``band``, its opacity a function
    of the position along the ramp (0–1)."""
    ramp = QgsStyle.defaultStyle().colorRamp(ramp_name)
    if inverted:
        ramp.invert()
    items = []
    for step in range(steps):
        fraction = step / (steps - 1)
        value = minimum + fraction * (maximum - minimum)
        colour = ramp.color(fraction)
        colour.setAlphaF(opacity(fraction))
        items.append(QgsColorRampShader.ColorRampItem(value, colour, f"{value:.{precision}g}"))
    function = QgsColorRampShader(minimum, maximum)
    function.setColorRampType(QgsColorRampShader.Interpolated)
    function.setSourceColorRamp(ramp)
    function.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(function)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), band, shader)
    renderer.setClassificationMin(minimum)
    renderer.setClassificationMax(maximum)
    return renderer


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


class ApplySidecarStyle(QgsProcessingLayerPostProcessorInterface):
    """Loads the output's sidecar style and names the layer when Processing adds it."""

    #: Processing holds post-processors by pointer only; keep them alive until they ran.
    _pending: list[ApplySidecarStyle] = []

    def __init__(self, layer_name: str, style_path: str) -> None:
        super().__init__()
        self.layer_name = layer_name
        self.style_path = style_path
        ApplySidecarStyle._pending.append(self)

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 - QGIS API
        if isinstance(layer, QgsRasterLayer):
            if Path(self.style_path).exists():
                layer.loadNamedStyle(self.style_path)
            layer.setName(self.layer_name)
            layer.triggerRepaint()
        if self in ApplySidecarStyle._pending:
            ApplySidecarStyle._pending.remove(self)


def style_on_load(context, output_path: str, layer_name: str, style_path: str) -> None:
    """Have Processing apply the style ``style_path`` when it loads ``output_path`` on completion."""
    if context.willLoadLayerOnCompletion(output_path):
        details = context.layerToLoadOnCompletionDetails(output_path)
        details.name = layer_name
        details.setPostProcessor(ApplySidecarStyle(layer_name, style_path))
