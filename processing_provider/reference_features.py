"""Reference layers on the QGIS side: features with a class, reprojected to a raster's CRS and handed
to the engine as GeoJSON-like geometries; class colours from a layer's categorised style."""
from __future__ import annotations

import json
from dataclasses import dataclass

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsVectorLayer,
)


@dataclass
class ReferenceRead:
    features: list  # engine.reference.ReferenceFeature, in the raster's CRS
    without_geometry: int = 0
    without_class: int = 0
    reprojected_from: str = ""  # the layer's CRS when it differs from the raster's


def class_label(value) -> str | None:
    """An attribute value as a class label: text as written, whole numbers without ``.0``; None for NULL."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def read_reference(source: QgsProcessingFeatureSource, field_name: str, raster_crs, context,
                   feedback=None) -> ReferenceRead:
    """Every feature of ``source`` with a geometry and a class in ``field_name``, in ``raster_crs``."""
    from ..engine.reference import ReferenceFeature

    result = ReferenceRead(features=[])
    transform = None
    if raster_crs is not None and raster_crs.isValid() and source.sourceCrs().isValid() \
            and source.sourceCrs() != raster_crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), raster_crs, context.transformContext())
        result.reprojected_from = source.sourceCrs().authid() or source.sourceCrs().description()
    index = source.fields().lookupField(field_name)
    request = QgsFeatureRequest().setSubsetOfAttributes([index])
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            result.without_geometry += 1
            continue
        label = class_label(feature.attribute(index))
        if label is None:
            result.without_class += 1
            continue
        if transform is not None:
            geometry.transform(transform)
        result.features.append(ReferenceFeature(label, json.loads(geometry.asJson(9)), int(feature.id())))
    return result


def category_colours(layer: QgsVectorLayer | None, field_name: str) -> dict[str, str]:
    """Class label → ``#rrggbb`` from the layer's categorised style when it classifies ``field_name``."""
    if layer is None:
        return {}
    renderer = layer.renderer()
    if not isinstance(renderer, QgsCategorizedSymbolRenderer) or renderer.classAttribute() != field_name:
        return {}
    colours = {}
    for category in renderer.categories():
        label = class_label(category.value())
        if label is not None and category.symbol() is not None:
            colours[label] = category.symbol().color().name()
    return colours
