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
    names = {p.name for p in tmp_path.iterdir()}
    assert not [name for name in names if name.startswith(".") or ".partial" in name or ".cog" in name], names
    assert {name for name in names if name.endswith(".tif")} == {"classes.tif", "confidence.tif", "gradcam.tif"}


def test_overviews_keep_classes_and_average_continuous_values(tmp_path):
    """A synthetic 0/2 checkerboard: class-map overviews pick a class (MODE), never the mean 1; a float
    raster's overviews average (0/1 → 0.5)."""
    from types import SimpleNamespace

    from rasterio.transform import from_origin
    from rasterio.windows import Window

    from explainable_lulc.engine.writer import OutputSpec, RasterOutput

    like = SimpleNamespace(height=1024, width=1024, crs="EPSG:32633", transform=from_origin(0, 0, 10, 10))
    checkerboard = (np.indices((1024, 1024)).sum(axis=0) % 2).astype(np.uint8)
    for name, dtype, values, expected in (("classes.tif", "uint8", checkerboard * 2, {0, 2}),
                                          ("scores.tif", "float32", checkerboard.astype(np.float32), {0.5})):
        spec = OutputSpec(str(tmp_path / name), dtype, 255 if dtype == "uint8" else -1.0,
                          category_names=("a", "b", "c") if dtype == "uint8" else None)
        output = RasterOutput(spec, like, spec.path)
        output.write(values[None], Window(0, 0, 1024, 1024))
        output.close()
        assert layout(spec.path) == ("COG", 2)
        dataset = gdal.Open(spec.path)
        overview = dataset.GetRasterBand(1).GetOverview(0).ReadAsArray()
        dataset = None
        assert set(np.unique(overview).tolist()) <= expected, (name, np.unique(overview))
