"""Helpers for tests: derived copies of real rasters, Processing runs with their log."""
from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis.core import QgsProcessingContext, QgsProcessingFeedback


class LogFeedback(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm logged."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    @property
    def text(self):
        return "\n".join(self.lines)


def run_logged(algorithm_id: str, parameters: dict):
    """``processing.run`` with a fresh context; returns the results and the log."""
    import processing

    feedback = LogFeedback()
    return processing.run(algorithm_id, parameters, feedback=feedback, context=QgsProcessingContext()), feedback


def read_band(path, band: int = 1) -> np.ndarray:
    """One band of a raster, as written."""
    import rasterio

    with rasterio.open(path) as src:
        return src.read(band)


def assert_same_grid(output, source):
    import rasterio

    with rasterio.open(output) as out, rasterio.open(source) as src:
        assert out.crs == src.crs
        assert out.transform == src.transform
        assert (out.width, out.height) == (src.width, src.height)


def write_like(source: Path, target: Path, bands: list[int] | None = None, transform_values=None,
               descriptions: list[str] | None = None, crop: tuple[int, int] | None = None,
               origin: tuple[int, int] = (0, 0), keep_descriptions: bool = False) -> Path:
    """A derived copy of a real raster: chosen bands, values transformed, optional crop
    (``crop`` = width, height from ``origin`` = column, row).
    Real pixels, re-packaged; tests name what they changed."""
    import rasterio
    from rasterio.windows import Window

    with rasterio.open(source) as src:
        indexes = bands or list(range(1, src.count + 1))
        window = Window(*origin, *(crop or (src.width - origin[0], src.height - origin[1])))
        data = src.read(indexes, window=window)
        if keep_descriptions:
            descriptions = [src.descriptions[i - 1] for i in indexes]
        profile = src.profile | dict(count=len(indexes), width=window.width, height=window.height,
                                     transform=src.window_transform(window), driver="GTiff")
    if transform_values is not None:
        data = transform_values(data)
        profile["dtype"] = data.dtype.name
    with rasterio.open(target, "w", **profile) as dst:
        dst.write(data)
        for i, description in enumerate(descriptions or [], start=1):
            dst.set_band_description(i, description)
    return target


def read_scene_tile(classifier, scene: Path, halo: int, tile_size: int = 256, row: int = 256, col: int = 512):
    """The model input (1, C, R, R) of one tile of a real scene, read as the pipeline reads it."""
    import rasterio

    from explainable_lulc.engine import reader
    from explainable_lulc.engine.scaling import InputScale, ScaleDecision
    from explainable_lulc.engine.source import open_raster
    from explainable_lulc.engine.tiling import TileGrid

    info = open_raster(str(scene))
    grid = TileGrid(info.height, info.width, tile_size=tile_size, halo=halo)
    tile = next(t for t in grid.tiles() if t.row == row and t.col == col)
    with rasterio.open(scene) as src:
        raw = reader.read_tile(src, info.band_mapping.indexes_of(classifier.card.bands), tile)
    return classifier.prepare(raw[None], np.zeros((1, *raw.shape[1:]), bool),
                              ScaleDecision(InputScale.DIGITAL_NUMBERS, "test"))


def zonal_stats_per_class(scene: Path, explain_algorithm: str, table: Path, band: int = 1) -> list[dict]:
    """A graphical-modeler model run as QGIS runs it: classify the scene, explain it with
    ``explain_algorithm`` (predicted class), then *Raster layer zonal statistics* of the
    explanation's ``band`` with the class map as zones. Returns the table's rows."""
    import csv

    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
        QgsProcessingModelParameter,
        QgsProcessingParameterRasterLayer,
    )

    model = QgsProcessingModelAlgorithm("classify and explain", "tests")
    model.addModelParameter(QgsProcessingParameterRasterLayer("scene", "Scene"), QgsProcessingModelParameter("scene"))
    source = [QgsProcessingModelChildParameterSource.fromModelParameter("scene")]
    for child_id, algorithm in (("classify", "explainable_lulc:classify_lulc"), ("explain", explain_algorithm)):
        step = QgsProcessingModelChildAlgorithm(algorithm)
        step.setChildId(child_id)
        step.addParameterSources("INPUT", source)
        model.addChildAlgorithm(step)
    zonal = QgsProcessingModelChildAlgorithm("native:rasterlayerzonalstats")
    zonal.setChildId("zonal")
    zonal.addParameterSources("INPUT", [QgsProcessingModelChildParameterSource.fromChildOutput("explain", "OUTPUT")])
    zonal.addParameterSources("BAND", [QgsProcessingModelChildParameterSource.fromStaticValue(band)])
    zonal.addParameterSources("ZONES", [QgsProcessingModelChildParameterSource.fromChildOutput("classify", "OUTPUT")])
    output = QgsProcessingModelOutput("table", "Explanation per class")
    output.setChildOutputName("OUTPUT_TABLE")
    zonal.setModelOutputs({"table": output})
    model.addChildAlgorithm(zonal)
    model.updateDestinationParameters()

    context = QgsProcessingContext()
    parameters = {"scene": str(scene), "zonal:table": str(table)}
    ok, message = model.checkParameterValues(parameters, context)
    assert ok, message
    model.run(parameters, context, QgsProcessingFeedback())
    with open(table, newline="") as rows:
        return list(csv.DictReader(rows))


#: Words of class names that belong to each class of the reference legends (tests/data/README.md). Built from
#: the map's own class names, so the test follows whichever model the registry holds.
KEYWORDS = {"water": ("river", "sea", "lake", "water"), "forest": ("forest", "wood"),
            "settlement": ("residential", "industrial", "highway", "urban", "built", "road")}


def group_classes(map_names: list[str], legend: dict[str, str]) -> dict[str, list[str]]:
    """Reference class → the map classes it stands for; ``legend`` maps a keyword group to the reference
    class name, the class named ``*`` takes every map class no keyword claims."""
    groups: dict[str, list[str]] = {name: [] for name in legend.values()}
    for name in map_names:
        group = next((g for g, words in KEYWORDS.items() if g in legend and any(w in name.lower() for w in words)),
                     "*")
        groups[legend[group]].append(name)
    return {reference: names for reference, names in groups.items() if names}


def class_map_text(groups: dict[str, list[str]]) -> str:
    return "; ".join(f"{reference}={','.join(names)}" for reference, names in groups.items())
