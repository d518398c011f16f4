"""How well a class map (and a cloud mask) agrees with the reference digitised on the demo scene.

The reference (tests/data/reference/demo_reference.geojson; how it was made: the README there) holds,
for a few crops of the scene, water and forest polygons traced by eye on 4× zoomed renders, the crop
extents, which classes each crop is scored for, "uncertain" areas left out of scoring, and the
opaque core of the cloud streak.

    python scripts/map_reference.py CLASS_RASTER [--clouds CLASS_RASTER]
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import rasterio
from rasterio.features import rasterize

REFERENCE = Path(__file__).resolve().parents[1] / "tests" / "data" / "reference" / "demo_reference.geojson"
#: Map classes that count as each reference class.
GROUPS = {"water": ("River", "SeaLake"), "forest": ("Forest",)}
CLOUD_CLASSES = ("Cloud", "Cloud shadow")
UNCERTAIN, OTHER, WATER, FOREST = 0, 1, 2, 3
CODES = {"uncertain": UNCERTAIN, "other": OTHER, "water": WATER, "forest": FOREST, "cloud": 4}


@dataclass(frozen=True)
class Reference:
    labels: np.ndarray  # per pixel: CODES, 255 outside every crop
    scored: dict[str, np.ndarray]  # reference class → pixels where it is scored
    cloud: np.ndarray  # the cloud streak's core
    clear: np.ndarray  # crops with neither cloud nor cloud shadow


def load_reference(like: str | Path, path: Path = REFERENCE) -> Reference:
    """The reference rasterised on the grid of raster ``like`` (the demo scene or an output of it)."""
    features = json.loads(Path(path).read_text())["features"]
    with rasterio.open(like) as dataset:
        shape, transform = (dataset.height, dataset.width), dataset.transform

    def burn(items) -> np.ndarray:
        shapes = [(f["geometry"], CODES[f["properties"]["class"]]) for f in items]
        return rasterize(shapes, out_shape=shape, transform=transform, fill=255, dtype="uint8") if shapes else \
            np.full(shape, 255, np.uint8)

    labels = np.full(shape, 255, np.uint8)
    scored = {name: np.zeros(shape, bool) for name in GROUPS}
    clear = np.zeros(shape, bool)
    crops = {f["properties"]["crop"] for f in features if f["properties"]["kind"] == "extent"}
    for crop in sorted(crops):
        extent = next(f for f in features if f["properties"]["kind"] == "extent" and f["properties"]["crop"] == crop)
        inside = burn([extent]) != 255
        traced = [f for f in features if f["properties"]["kind"] == "label" and f["properties"]["crop"] == crop]
        crop_labels = burn(traced)
        crop_labels = np.where(crop_labels == 255, CODES[extent["properties"]["class"]], crop_labels)
        labels[inside] = crop_labels[inside]
        for name in extent["properties"]["scored"].split(","):
            scored[name] |= inside & (crop_labels != UNCERTAIN)
        if extent["properties"]["clear"]:
            clear |= inside
    cloud = burn([f for f in features if f["properties"]["kind"] == "cloud"]) != 255
    return Reference(labels, scored, cloud, clear)


def class_names_of(path: str | Path) -> list[str]:
    with rasterio.open(path) as dataset:
        return dataset.tags(1).get("CLASS_NAMES", "").split(",")


def agreement(class_raster: str | Path, reference: Reference | None = None) -> dict[str, float]:
    """IoU of water and of forest over the pixels where each is scored."""
    reference = reference or load_reference(class_raster)
    names = class_names_of(class_raster)
    with rasterio.open(class_raster) as dataset:
        classes = dataset.read(1)
    result = {}
    for name, members in GROUPS.items():
        values = [names.index(member) for member in members if member in names]
        mapped = np.isin(classes, values)
        truth = reference.labels == CODES[name]
        where = reference.scored[name]
        union = ((mapped | truth) & where).sum()
        result[f"{name}_iou"] = float(((mapped & truth) & where).sum() / union) if union else float("nan")
    return result


def cloud_agreement(class_raster: str | Path, reference: Reference | None = None) -> dict[str, float]:
    """Share of the cloud streak's core masked (as Cloud or Cloud shadow), and of the water and forest of
    the crops under a clear sky masked (false alarms), and of all the reference water."""
    reference = reference or load_reference(class_raster)
    names = class_names_of(class_raster)
    with rasterio.open(class_raster) as dataset:
        classes = dataset.read(1)
    masked = np.isin(classes, [names.index(name) for name in CLOUD_CLASSES if name in names])
    clear = {"water": (reference.labels == WATER) & reference.clear,
             "forest": (reference.labels == FOREST) & reference.clear}
    result = {"cloud_core_masked": float(masked[reference.cloud].mean())}
    for name, where in clear.items():
        result[f"clear_{name}_masked"] = float(masked[where].mean())
    result["water_masked"] = float(masked[reference.labels == WATER].mean())  # all of it, sky clear or not
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("class_raster", nargs="+")
    args = parser.parse_args()
    for path in args.class_raster:
        figures = {**agreement(path), **cloud_agreement(path)}
        print(path, " ".join(f"{key} {value:.3f}" for key, value in figures.items()))


if __name__ == "__main__":
    main()
