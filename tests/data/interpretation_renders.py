"""The images the reference data in this folder were drawn and labelled on (see README.md).

    .venv/bin/python tests/data/interpretation_renders.py build/interpretation

Writes, from the demo scene: true colour (B04, B03, B02) and false colour (B08, B04, B03) overviews and
zoomed quadrants with a pixel grid; the committed polygons drawn over both composites; and, for every
point of the systematic grid, a 49×49-pixel chip of both composites with a cross-hair on the point's pixel.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import matplotlib
import numpy as np
import rasterio
from rasterio.warp import transform as warp_points

matplotlib.use("Agg")
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.patches import Polygon  # noqa: E402

HERE = Path(__file__).resolve().parent
SCENE = HERE.parents[1] / "demo" / "T33UUU_20170216_L1C_13band.tif"
GRID = [(row, col) for row in range(64, 768, 128) for col in range(64, 1536, 128)]  # the points' design
COLOURS = {"Water": "cyan", "Forest": "lime", "Farmland": "yellow"}


def composites(source) -> dict[str, np.ndarray]:
    """Both composites, each band stretched between its 2nd and 98th percentile."""
    index = {name: i + 1 for i, name in enumerate(source.descriptions)}
    out = {}
    for name, bands in (("truecolour", ("B04", "B03", "B02")), ("falsecolour", ("B08", "B04", "B03"))):
        values = source.read([index[b] for b in bands]).astype(np.float32)
        for band in values:
            low, high = np.percentile(band, (2, 98))
            band[:] = np.clip((band - low) / (high - low), 0, 1)
        out[name] = values.transpose(1, 2, 0)
    return out


def pixel_ring(coordinates, source) -> np.ndarray:
    lon, lat = zip(*coordinates)
    xs, ys = warp_points("EPSG:4326", source.crs, list(lon), list(lat))
    return np.array([~source.transform * (x, y) for x, y in zip(xs, ys)])


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with rasterio.open(SCENE) as source:
        images = composites(source)
        polygons = [(f["properties"], pixel_ring(f["geometry"]["coordinates"][0], source))
                    for f in json.loads((HERE / "demo_reference_polygons.geojson").read_text())["features"]]
    for name, image in images.items():
        figure, axis = plt.subplots(figsize=(16, 8.6), dpi=100)
        axis.imshow(image, interpolation="nearest")
        axis.set_xticks(range(0, 1537, 128))
        axis.set_yticks(range(0, 769, 128))
        axis.grid(color="yellow", lw=0.4, alpha=0.6)
        figure.savefig(out / f"{name}_overview.png", bbox_inches="tight")
        plt.close(figure)
        for row in range(0, 768, 256):  # quadrants of 384 × 256 px, ~2.5× zoom, grid every 32 px
            for col in range(0, 1536, 384):
                figure, axis = plt.subplots(figsize=(12, 8.4), dpi=100)
                axis.imshow(image[row:row + 256, col:col + 384], extent=(col, col + 384, row + 256, row),
                            interpolation="nearest")
                axis.set_xticks(range(col, col + 385, 32))
                axis.set_yticks(range(row, row + 257, 32))
                axis.grid(color="yellow", lw=0.3, alpha=0.5)
                figure.savefig(out / f"{name}_r{row}_c{col}.png", bbox_inches="tight")
                plt.close(figure)
        for row in (0, 384):  # the polygons over the imagery, 768 × 384 px at a time
            for col in (0, 768):
                figure, axis = plt.subplots(figsize=(16, 8.4), dpi=100)
                axis.imshow(image[row:row + 384, col:col + 768], extent=(col, col + 768, row + 384, row),
                            interpolation="nearest")
                for properties, ring in polygons:
                    axis.add_patch(Polygon(ring, closed=True, fill=False, ec=COLOURS[properties["class"]], lw=1))
                    x, y = ring.mean(axis=0)
                    if col <= x < col + 768 and row <= y < row + 384:
                        axis.text(x, y, properties["id"], color=COLOURS[properties["class"]], fontsize=8)
                axis.set_xlim(col, col + 768)
                axis.set_ylim(row + 384, row)
                figure.savefig(out / f"polygons_{name}_r{row}_c{col}.png", bbox_inches="tight")
                plt.close(figure)
    half = 24
    padded = {name: np.pad(image, ((half, half), (half, half), (0, 0))) for name, image in images.items()}
    for sheet in range(0, len(GRID), 12):
        figure, axes = plt.subplots(3, 8, figsize=(20, 8))
        for k, (row, col) in enumerate(GRID[sheet:sheet + 12]):
            for j, name in enumerate(("truecolour", "falsecolour")):
                axis = axes[k // 4, 2 * (k % 4) + j]
                axis.imshow(padded[name][row:row + 2 * half + 1, col:col + 2 * half + 1], interpolation="nearest")
                for xs, ys in (((half - 3, half - 1.5), (half, half)), ((half + 1.5, half + 3), (half, half)),
                               ((half, half), (half - 3, half - 1.5)), ((half, half), (half + 1.5, half + 3))):
                    axis.plot(xs, ys, "y-", lw=1)
                axis.set_xticks([])
                axis.set_yticks([])
                axis.set_title(f"#{sheet + k} r{row} c{col} {'TC' if j == 0 else 'FC'}", fontsize=8)
        figure.tight_layout()
        figure.savefig(out / f"points_{sheet // 12}.png", dpi=90)
        plt.close(figure)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
