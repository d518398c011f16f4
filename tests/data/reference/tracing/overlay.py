"""Draw traced polygons (crop image coordinates) over a crop render, to check them by eye.

    python overlay.py CROP.png TRACES.json OUT.png
"""
import json
import sys

import matplotlib

matplotlib.use("Agg")
from matplotlib import pyplot as plt  # noqa: E402
from matplotlib.patches import Polygon  # noqa: E402

COLOURS = {"water": "cyan", "forest": "magenta", "other": "yellow", "uncertain": "white"}


def main() -> None:
    crop_png, traces, out = sys.argv[1:4]
    image = plt.imread(crop_png)
    figure = plt.figure(figsize=(image.shape[1] / 100, image.shape[0] / 100), dpi=100)
    axis = figure.add_axes([0, 0, 1, 1])
    axis.imshow(image)
    axis.axis("off")
    for item in json.loads(open(traces).read()):
        axis.add_patch(Polygon(item["image_xy"], closed=True, fill=False, edgecolor=COLOURS[item["class"]], lw=1.2))
    figure.savefig(out)


if __name__ == "__main__":
    main()
