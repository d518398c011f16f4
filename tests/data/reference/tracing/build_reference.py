"""Turn the traces (crop image coordinates, 4x zoom) into demo_reference.geojson, in the demo scene's CRS.

    python build_reference.py
"""
import json
from pathlib import Path

import rasterio

HERE = Path(__file__).resolve().parent
SCENE = HERE.parents[3] / "demo" / "T33UUU_20170216_L1C_13band.tif"
#: crop: (first column, first row, side, class of untraced pixels, classes scored there, traces, zoom, clear sky)
#: The river crop is not clear: the southern cloud (pixels ~520-700, 650-768) casts its shadow 2-4 km NNW
#: (sun SSE at ~25 degrees at the 10:30 overpass in February) onto the west end of that lake.
CROPS = {
    "ne_lake": (1216, 160, 192, "other", ["water"], "c1.json", 4, True),
    "river": (800, 320, 192, "other", ["water"], "w2.json", 4, False),
    "forest_north": (384, 0, 192, "other", ["forest", "water"], "f1.json", 4, True),
    "forest_west": (64, 320, 192, "forest", ["forest", "water"], "f2.json", 4, True),
}
#: The opaque core of the cloud streak, traced on a 2x true-colour render (scene pixel coordinates).
CLOUD = [(868, 145), (883, 105), (908, 75), (933, 55), (958, 35), (978, 20), (998, 15), (1008, 30), (1003, 55),
         (988, 75), (973, 100), (963, 130), (953, 165), (938, 200), (918, 225), (898, 245), (878, 250), (868, 235),
         (863, 200), (865, 170)]


def feature(properties: dict, ring: list) -> dict:
    return {"type": "Feature", "properties": properties, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def main() -> None:
    with rasterio.open(SCENE) as source:
        transform, crs = source.transform, source.crs

    def to_map(col: float, row: float) -> list[float]:
        x, y = transform * (col, row)
        return [round(x, 2), round(y, 2)]

    features = []
    for crop, (c0, r0, size, default, scored, traces, zoom, clear) in CROPS.items():
        box = [(c0, r0), (c0 + size, r0), (c0 + size, r0 + size), (c0, r0 + size), (c0, r0)]
        features.append(feature({"kind": "extent", "crop": crop, "class": default, "scored": ",".join(scored),
                                 "clear": clear}, [to_map(*p) for p in box]))
        for item in json.loads((HERE / traces).read_text()):
            ring = [to_map(c0 + x / zoom, r0 + y / zoom) for x, y in item["image_xy"]]
            features.append(feature({"kind": "label", "crop": crop, "class": item["class"]}, ring + ring[:1]))
    ring = [to_map(*p) for p in CLOUD]
    features.append(feature({"kind": "cloud", "crop": "", "class": "cloud"}, ring + ring[:1]))
    document = {"type": "FeatureCollection", "name": "demo_reference",
                "crs": {"type": "name", "properties": {"name": f"urn:ogc:def:crs:EPSG::{crs.to_epsg()}"}},
                "features": features}
    (HERE.parent / "demo_reference.geojson").write_text(json.dumps(document) + "\n")


if __name__ == "__main__":
    main()
