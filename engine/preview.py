"""PNG previews: an RGB composite of the input beside a result, for people to look at."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import rasterio

PREVIEW_SIZE = 1024  # longest side of the images in a preview, in pixels


def preview_shape(height: int, width: int, longest: int = PREVIEW_SIZE) -> tuple[int, int]:
    factor = min(1.0, longest / max(height, width))
    return max(1, round(height * factor)), max(1, round(width * factor))


def rgb_composite(path: str, rgb_indexes: Sequence[int], low: float = 2, high: float = 98) -> np.ndarray:
    """True colour (H, W, 3) in 0–1, each band stretched between two percentiles."""
    with rasterio.open(path) as src:
        shape = preview_shape(src.height, src.width)
        bands = src.read(list(rgb_indexes), out_shape=(3, *shape))
    return stretch(bands, low, high)


def stretch(bands: np.ndarray, low: float = 2, high: float = 98) -> np.ndarray:
    """(3, H, W) → (H, W, 3) in 0–1, each band stretched between two of its percentiles."""
    out = np.empty(bands.shape, dtype=np.float32)
    for i, band in enumerate(bands.astype(np.float32)):
        lo, hi = np.percentile(band, (low, high))
        out[i] = np.clip((band - lo) / max(hi - lo, 1e-6), 0, 1)
    return out.transpose(1, 2, 0)


def read_preview_band(path: str, band: int = 1) -> np.ndarray:
    """One band of a result, decimated like the composite (nearest), nodata masked."""
    with rasterio.open(path) as src:
        shape = preview_shape(src.height, src.width)
        return src.read(band, out_shape=shape, masked=True)


def class_map_preview(rgb: np.ndarray, classes: np.ma.MaskedArray, names: Sequence[str],
                      colours: Sequence[str], title: str, out_png: str) -> str:
    """RGB beside the class map, with a legend of the classes present."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    aspect = rgb.shape[1] / rgb.shape[0]
    figure, axes = plt.subplots(1, 3, figsize=(2 * 5 * aspect + 2.6, 5.6), constrained_layout=True,
                                gridspec_kw={"width_ratios": [aspect, aspect, 0.5]})
    axes[0].imshow(rgb)
    axes[0].set_title("Sentinel-2 true colour (B04, B03, B02)")
    axes[1].imshow(classes, cmap=ListedColormap(list(colours)), vmin=-0.5, vmax=len(colours) - 0.5,
                   interpolation="nearest")
    axes[1].set_title(title)
    for axis in axes:
        axis.set_axis_off()
    present = sorted(set(np.unique(classes.compressed()).tolist()))
    handles = [Patch(facecolor=colours[v], edgecolor="black", label=names[v]) for v in present]
    axes[2].legend(handles=handles, loc="center left", frameon=False, title="Classes")
    Path(out_png).parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out_png, dpi=110, format="png")  # the path may be a temporary without .png
    plt.close(figure)
    return out_png


def robust_limit(values: np.ma.MaskedArray, percentile: float = 99.0) -> float:
    """The ``percentile`` of |values| (e.g. a result read by :func:`read_preview_band`): a display
    range that one extreme pixel cannot flatten."""
    values = np.ma.masked_invalid(values).compressed()
    values = np.abs(values)
    limit = float(np.percentile(values, percentile)) if values.size else 0.0
    return limit if limit > 0 else 1.0


def attribution_preview(rgb: np.ndarray, values: np.ma.MaskedArray, limit: float, title: str, out_png: str,
                        diverging: bool = False) -> str:
    """RGB beside RGB overlaid with the attribution heat map and its colour bar, drawn from 0 (or
    −limit) to ``limit``. The overlay's opacity follows the magnitude, so weak evidence shows the imagery."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import cm
    from matplotlib import pyplot as plt
    from matplotlib.colors import Normalize

    values = np.ma.masked_invalid(values)
    norm = Normalize(-limit, limit) if diverging else Normalize(0.0, limit)
    cmap = plt.get_cmap("RdBu_r" if diverging else "inferno")
    overlay = cmap(norm(values.filled(0)))
    strength = np.clip(np.abs(values.filled(0)) / limit, 0, 1)
    overlay[..., 3] = 0.75 * strength

    aspect = rgb.shape[1] / rgb.shape[0]
    figure, axes = plt.subplots(1, 2, figsize=(2 * 5 * aspect + 1.6, 5.6), constrained_layout=True)
    axes[0].imshow(rgb)
    axes[0].set_title("Sentinel-2 true colour (B04, B03, B02)")
    axes[1].imshow(rgb)
    axes[1].imshow(overlay)
    axes[1].set_title(title)
    for axis in axes:
        axis.set_axis_off()
    figure.colorbar(cm.ScalarMappable(norm=norm, cmap=cmap), ax=axes[1], fraction=0.046, pad=0.02,
                    label="attribution (model units)")
    Path(out_png).parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out_png, dpi=110, format="png")  # the path may be a temporary without .png
    plt.close(figure)
    return out_png
