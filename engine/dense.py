"""Running a patch classifier densely over tiles (the per-window reference is in reference/per_window.py)."""
from __future__ import annotations

from functools import cached_property
from typing import Sequence

import numpy as np
import torch
from torch.nn import functional as F

from ..models.architectures import for_inference
from .scaling import ScaleDecision, raw_offset_and_divisor


def per_band(values: torch.Tensor, channels_last: bool) -> torch.Tensor:
    """Per-band constants (bands, 1, 1) for a batch in the channels-last layout, laid out the same way
    (they broadcast without strided reads: 20 % faster), or as they are."""
    return values.unsqueeze(0).contiguous(memory_format=torch.channels_last) if channels_last else values


class DenseClassifier:
    """A model card's network, fed as its card says, evaluated for every window at once."""

    def __init__(self, card, device: str = "cpu") -> None:
        self.card = card
        self.device = device
        self.model = card.build(device)
        self.fast_model = for_inference(self.model)  # batch norm folded, channels-last: classification only
        self.stride: int = self.model.output_stride
        self.window: int = self.model.window_size
        self._mean = torch.tensor(card.mean, dtype=torch.float32).view(-1, 1, 1)
        self._std = torch.tensor(card.std, dtype=torch.float32).view(-1, 1, 1)

    def prepare(self, raw: np.ndarray, invalid: np.ndarray, scale: ScaleDecision,
                channels_last: bool = False) -> torch.Tensor:
        """Raw pixels (..., bands, H, W) → normalised model input; invalid pixels get the mean.

        ``((raw − offset) × gain − mean) / std``, the reflectance clamped to the card's maximum, in
        in-place steps (the tile's largest arrays: no temporaries). ``channels_last`` (batches only): in
        the layout of :meth:`window_probabilities`' model, converted on the way."""
        offset, divisor = raw_offset_and_divisor(scale.scale)
        layout = torch.channels_last if channels_last else torch.contiguous_format
        x = torch.from_numpy(raw).to(torch.float32, memory_format=layout, copy=True)  # never the caller's array
        if offset:
            x.sub_(offset)
        x.mul_(per_band(1.0 / divisor / self._std, channels_last)).sub_(per_band(self._mean / self._std, channels_last))
        if self.card.reflectance_max is not None:
            clamp = (self.card.reflectance_max - self._mean) / self._std
            x = torch.minimum(x, per_band(clamp, channels_last), out=x)
        if invalid.any():  # a pass over the whole tile, for the rare tile with nodata
            x.masked_fill_(torch.from_numpy(invalid).unsqueeze(-3), 0.0)
        return x.to(self.device)

    def reflectance(self, x: torch.Tensor, channels: Sequence[int]) -> torch.Tensor:
        """Normalised input channels (..., len(channels), H, W) back to reflectance."""
        std, mean = self._std[list(channels)].to(x.device), self._mean[list(channels)].to(x.device)
        return x * std + mean

    @cached_property
    def hookable_model(self) -> torch.nn.Module:
        """The fast copy for gradients and hooks (Grad-CAM of activations): separate ReLU modules."""
        return for_inference(self.model, hookable=True)

    @torch.inference_mode()
    def window_probabilities(self, x: torch.Tensor) -> torch.Tensor:
        """Class probabilities of every window on the stride grid of ``x`` (B, K, cells, cells)."""
        return torch.softmax(self.fast_model.window_logits(x.contiguous(memory_format=torch.channels_last)), dim=1)

    #: Weight of the per-pixel spectral evidence against the window's (exponent β, measured on the
    #: digitised reference of the demo scene: README, "Boundaries at 10 m").
    REFINE_STRENGTH = 1.0

    @property
    def can_refine(self) -> bool:
        """Whether the network classifies single pixels too (a spectral branch with a pixel head)."""
        return hasattr(self.model, "pixel_logits")

    @torch.inference_mode()
    def pixel_probabilities(self, x: torch.Tensor, size: int) -> torch.Tensor:
        """Class probabilities of every pixel of the window-cell pixel grid (B, K, size, size) from its
        spectrum alone: the read pixel ``p + window offset`` is grid pixel ``p``."""
        offset = self.window // 2 - self.stride // 2
        return torch.softmax(self.model.pixel_logits(x[..., offset : offset + size, offset : offset + size]), dim=1)

    def refine(self, probabilities: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        """Window-scale probabilities (B, K, P, P) sharpened to 10 m by each pixel's own spectral evidence:
        ``p ∝ p_window · p_pixel^β``. A product of experts: where the window is sure, the pixel cannot
        overrule it; across a shoreline or forest edge, where the windows around a pixel disagree, the
        pixel's spectrum decides. Per pixel, so independent of the tile size."""
        if not self.can_refine:
            return probabilities
        pixel = self.pixel_probabilities(x, probabilities.shape[-1])
        refined = probabilities * pixel.clamp(min=1e-6) ** self.REFINE_STRENGTH
        return refined / refined.sum(dim=1, keepdim=True)


def cells_to_pixels(cells: torch.Tensor, stride: int) -> torch.Tensor:
    """Bilinear interpolation between cell centres onto the pixel grid.

    With ``align_corners=False`` pixel ``p`` samples cell coordinate ``(p + 0.5)/stride - 0.5``,
    i.e. exactly between the centres of the windows around it. Probabilities (not logits)
    are interpolated, so the result is again a probability vector whose arg-max is the
    class and whose maximum is the confidence.
    """
    return F.interpolate(cells, scale_factor=stride, mode="bilinear", align_corners=False)


def as_numpy(t: torch.Tensor) -> np.ndarray:
    return t.detach().cpu().numpy()
