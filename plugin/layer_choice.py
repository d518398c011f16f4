"""Which layer the menu entries and toolbar button fill in: one the algorithms accept.

A layer is accepted when it is a file raster (GDAL) whose bands the engine can name (from BANDS-free
inference: band descriptions or a standard band count) and a bundled model can run on, and which is not
one of our own outputs (a class map, a confidence or an explanation raster). Checked with GDAL's
metadata only: cheap, and no torch.
"""
from __future__ import annotations

from qgis.core import QgsMapLayer, QgsMapLayerType, QgsProject

from ..engine.bands import resolve_bands
from ..engine.errors import LulcError
from ..models.registry import choose_model, load_cards

#: GDAL metadata our writer puts on every output (engine/classify.py, explain.py, explain_shap.py).
OUR_OUTPUT_TAG = "MODEL"


def written_by_us(dataset) -> bool:
    """Whether a GDAL ``dataset`` is one the algorithms wrote (a class map, a confidence or an explanation)."""
    return bool(dataset.GetMetadataItem(OUR_OUTPUT_TAG))


def is_our_output(layer: QgsMapLayer) -> bool:
    """Whether ``layer``'s file is one the algorithms wrote."""
    from osgeo import gdal

    dataset = gdal.OpenEx(layer.source(), gdal.OF_RASTER)
    return dataset is not None and written_by_us(dataset)


def accepts_layer(layer: QgsMapLayer | None) -> bool:
    """Whether ``layer`` is surely a Sentinel-2 image the algorithms can run on without BANDS (a picture that
    is only red, green and blue by its colour interpretation is not prefilled, though the algorithms take it)."""
    if layer is None or layer.type() != QgsMapLayerType.RasterLayer or layer.providerType() != "gdal":
        return False
    from osgeo import gdal

    dataset = gdal.OpenEx(layer.source(), gdal.OF_RASTER)
    if dataset is None or written_by_us(dataset):
        return False
    bands = [dataset.GetRasterBand(i) for i in range(1, dataset.RasterCount + 1)]
    if any(band.GetColorInterpretation() == gdal.GCI_AlphaBand for band in bands):
        return False  # the algorithms refuse a layer with an alpha band
    descriptions = [band.GetDescription() for band in bands]
    try:  # without the colour interpretation: any RGB picture (an orthophoto, a false-colour composite) is out
        mapping = resolve_bands("", descriptions)
    except LulcError:
        return False
    return choose_model(list(load_cards().values()), mapping.names) is not None


def layer_to_prefill(active: QgsMapLayer | None, project: QgsProject) -> QgsMapLayer | None:
    """The active layer when the algorithms accept it, else the topmost accepted layer of the project."""
    if accepts_layer(active):
        return active
    for node in project.layerTreeRoot().findLayers():  # top to bottom, as the Layers panel shows them
        if accepts_layer(node.layer()):
            return node.layer()
    return None
