"""What a feature is, for the methods that remove features (SHAP, LIME), and what replaces it.

A *feature* is something a coalition (SHAP) or a perturbed sample (LIME) can remove: a spectral
band, a group of bands, or a superpixel of a 64×64 patch. Removing it replaces its pixels by a
*background*: the training set's band means, or a blurred copy of the image.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import torch
from torch.nn import functional as F

from ..errors import QT_TRANSLATE_NOOP

#: Sentinel-2 band groups, by what the bands see; a model's groups are those it has bands of.
BAND_GROUPS: dict[str, tuple[str, ...]] = {
    "visible": ("B02", "B03", "B04"),
    "red edge": ("B05", "B06", "B07"),
    "NIR": ("B08", "B8A"),
    "SWIR": ("B11", "B12"),
    "atmospheric": ("B01", "B09", "B10"),
}

#: The same groups in words a planner reads (plain-language summaries).
BAND_GROUP_PHRASES: dict[str, str] = {
    "visible": QT_TRANSLATE_NOOP("engine", "the visible bands"),
    "red edge": QT_TRANSLATE_NOOP("engine", "the red edge"),
    "NIR": QT_TRANSLATE_NOOP("engine", "the near-infrared"),
    "SWIR": QT_TRANSLATE_NOOP("engine", "the short-wave infrared"),
    "atmospheric": QT_TRANSLATE_NOOP("engine", "the atmospheric bands"),
}

BLUR_SIZE = 15  # px: box filter of the blurred background (150 m), odd so it stays centred
TRUE_COLOUR_GAIN = 3.5  # reflectance × gain, clipped to 0–1: the true colour SLIC segments


@dataclass(frozen=True)
class Feature:
    name: str
    channels: tuple[int, ...]  # the model input channels it covers


def band_features(bands: tuple[str, ...]) -> list[Feature]:
    return [Feature(band, (i,)) for i, band in enumerate(bands)]


def band_group_features(bands: tuple[str, ...]) -> list[Feature]:
    groups = [Feature(name, tuple(bands.index(b) for b in members if b in bands))
              for name, members in BAND_GROUPS.items()]
    return [group for group in groups if group.channels]


def channel_masks(features: list[Feature], channels: int, device: torch.device | str = "cpu") -> torch.Tensor:
    """(features, channels): which input channels each feature covers."""
    masks = torch.zeros(len(features), channels, dtype=torch.bool, device=device)
    for i, feature in enumerate(features):
        masks[i, list(feature.channels)] = True
    return masks


def spectral_masked_inputs(x: torch.Tensor, background: torch.Tensor, masks: torch.Tensor,
                           covered: torch.Tensor) -> torch.Tensor:
    """The inputs of ``n`` coalitions of spectral features (n, B, C, H, W): each channel from ``x`` where
    a kept feature (``masks`` (n, F)) covers it (``covered`` (F, C), :func:`channel_masks`), else from
    ``background``. Laid out channels-last in memory, the layout the classifier's fast model reads."""
    kept = (masks.to(torch.float32) @ covered.to(torch.float32)) > 0  # (n, C)
    n, (b, c, h, w) = len(masks), x.shape
    pixels_last = torch.empty(n, b, h, w, c, dtype=x.dtype, device=x.device)
    torch.where(kept[:, None, None, None, :], x.permute(0, 2, 3, 1)[None], background.permute(0, 2, 3, 1)[None],
                out=pixels_last)
    return pixels_last.permute(0, 1, 4, 2, 3)


# -- backgrounds: what a removed feature is replaced by -----------------------------------------

def mean_background(x: torch.Tensor) -> torch.Tensor:
    """The training set's band means: zero in the model's normalised input."""
    return torch.zeros_like(x)


def blurred_background(x: torch.Tensor) -> torch.Tensor:
    """A box-blurred copy (edges mirrored): the place's own colours without its detail."""
    pad = BLUR_SIZE // 2
    return F.avg_pool2d(F.pad(x, (pad, pad, pad, pad), mode="reflect"), BLUR_SIZE, stride=1)


#: Backgrounds by the ids of :data:`.catalogue.BACKGROUNDS`.
BACKGROUNDS: dict[str, Callable[[torch.Tensor], torch.Tensor]] = {
    "mean": mean_background,
    "blur": blurred_background,
}


def segment_patches(rgb: np.ndarray, size: int, segments: int) -> np.ndarray:
    """Patch-local SLIC labels 0… of every ``size``² patch of true-colour images (B, 3, E, E) in 0–1,
    as a mosaic (B, E, E)."""
    from skimage.segmentation import slic

    batch, _, extent, _ = rgb.shape
    labels = np.zeros((batch, extent, extent), dtype=np.int64)
    for b in range(batch):
        for r in range(0, extent, size):
            for c in range(0, extent, size):
                patch = rgb[b, :, r : r + size, c : c + size].transpose(1, 2, 0).astype(np.float64)
                labels[b, r : r + size, c : c + size] = slic(
                    patch, n_segments=segments, compactness=10, start_label=0, channel_axis=-1)
    return labels
