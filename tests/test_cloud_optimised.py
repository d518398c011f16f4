"""Every raster output is a Cloud-Optimised GeoTIFF (GDAL's COG layout, overviews), its class names,
colours and attribute table intact, and nothing left beside it."""
from __future__ import annotations

import math

import numpy as np
import rasterio
from helpers import run_logged
from osgeo import gdal


def layout(path) -> tuple[str, int]:
    info = gdal.Info(str(path), format="json")
    return info["metadata"]["IMAGE_STRUCTURE"].get("LAYOUT"), len(info["bands"][0].get("overviews", []))


def test_class_map_confidence_and_explanation_are_cloud_optimised(provider, demo_scene, tmp_path):
    classified, _ = run_logged("explainable_lulc:classify_lulc", {
        "INPUT": str(demo_scene), "OUTPUT": str(tmp_path / "classes.tif"),
        "OUTPUT_CONFIDENCE": str(tmp_path / "confidence.tif")})
    explained, _ = run_logged("explainable_lulc:explain_gradcam", {
        "INPUT": str(demo_scene), "TARGET": "Forest", "OUTPUT": str(tmp_path / "gradcam.tif")})
    with rasterio.open(demo_scene) as scene:
        halvings = math.ceil(math.log2(max(scene.height, scene.width) / 256))  # until one 256-px block holds it
    for path in (classified["OUTPUT"], classified["OUTPUT_CONFIDENCE"], explained["OUTPUT"]):
        assert layout(path) == ("COG", halvings), path
    with rasterio.open(classified["OUTPUT"]) as classes:
        names = classes.tags(1)["CLASS_NAMES"].split(",")
        full, overview = classes.read(1), classes.read(1, out_shape=(classes.height // 4, classes.width // 4))
        assert classes.colormap(1)[names.index("Forest")][:3] != (0, 0, 0)
    assert set(np.unique(overview)) <= set(np.unique(full))  # the most frequent class, never a mix
    dataset = gdal.Open(classified["OUTPUT"])  # kept alive while its band is used
    band = dataset.GetRasterBand(1)
    assert band.GetDefaultRAT().GetRowCount() == len(names)  # (GDAL 3.6 GTiff loads the .aux.xml on this call)
    assert band.GetCategoryNames()[: len(names)] == names
    band = dataset = None
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith((".qml", ".aux.xml"))) == [
        "classes.tif", "confidence.tif", "gradcam.tif"]
