"""Render a crop of a Sentinel-2 stack for digitising by eye: a grid line every 8 px, labels every STEP px.

    python render.py SCENE OUT.png COL ROW WIDTH HEIGHT ZOOM {tc|fc} STEP

tc: true colour (B04, B03, B02); fc: false colour (B11, B08, B04), where water is black-navy and
vegetation green. Stretched with the whole scene's 1st/99th percentiles.
"""
import sys

import matplotlib
import numpy as np
import rasterio

matplotlib.use("Agg")
from matplotlib import pyplot as plt  # noqa: E402

ESA = ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"]


def main() -> None:
    path, out = sys.argv[1], sys.argv[2]
    x0, y0, w, h, zoom = map(int, sys.argv[3:8])
    mode, step = sys.argv[8], int(sys.argv[9])
    with rasterio.open(path) as source:
        names = list(source.descriptions) if all(source.descriptions) else ESA
        indexes = [names.index(b) + 1 for b in (("B04", "B03", "B02") if mode == "tc" else ("B11", "B08", "B04"))]
        image = source.read(indexes, window=rasterio.windows.Window(x0, y0, w, h)).astype(float)
        overview = source.read(indexes, out_shape=(3, 256, 256)).astype(float)
    low, high = np.percentile(overview, 1, axis=(1, 2)), np.percentile(overview, 99, axis=(1, 2))
    image = np.clip((image - low[:, None, None]) / (high - low)[:, None, None], 0, 1).transpose(1, 2, 0) ** 0.8
    figure = plt.figure(figsize=(w * zoom / 100, h * zoom / 100), dpi=100)
    axis = figure.add_axes([0, 0, 1, 1])
    axis.imshow(image, extent=(x0, x0 + w, y0 + h, y0), interpolation="nearest")
    for value in range(x0 - x0 % 8 + 8, x0 + w, 8):
        major = value % step == 0
        axis.axvline(value, color="yellow", lw=0.8 if major else 0.25, alpha=0.7 if major else 0.35)
    for value in range(y0 - y0 % 8 + 8, y0 + h, 8):
        major = value % step == 0
        axis.axhline(value, color="yellow", lw=0.8 if major else 0.25, alpha=0.7 if major else 0.35)
    for col in range(x0 - x0 % step, x0 + w, step):
        for row in range(y0 - y0 % step, y0 + h, step):
            if col >= x0 and row >= y0:
                axis.text(col + 0.5, row + 2.5, f"{col},{row}", color="yellow", fontsize=7, alpha=0.9)
    axis.set_xlim(x0, x0 + w)
    axis.set_ylim(y0 + h, y0)
    axis.axis("off")
    figure.savefig(out)


if __name__ == "__main__":
    main()
