"""What every scene explainer is: the protocol the tile runner relies on, its result with named
fields, and the geometry the patch-based methods share.

An explainer turns a batch of normalised tiles (B, C, R, R) into an :class:`Attribution` on the
tile's window-cell pixel grid (B, ·, P, P), the grid of the class probabilities: P = cells × stride,
pixel ``p`` lying ``window_offset`` read pixels in. It says which tile geometry it needs (``halo``
cells, tile side a multiple of ``tile_multiple``) and how its raster is described.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import ClassVar

import torch

from ..dense import DenseClassifier
from ..writer import OutputSpec
from .catalogue import PREDICTED_NAME, Method

PREDICTED = None  # target: the class predicted at each place
ATTRIBUTION_NODATA = float("nan")

#: Tile geometry of the patch mosaic, putting patches on a fixed 64-px grid of the raster: a tile
#: core starting at a multiple of 64 reads from 60 px before it (4 halo cells + the 28-px window
#: offset), and patches start at read offsets 0, 64, …, i.e. at raster pixels 64k + 4.
PATCH_HALO = 4
PATCH_TILE_MULTIPLE = 64


@dataclass
class Attribution:
    """What an explainer returns for a batch of tiles, each (B, ·, P, P) on the window-cell pixel grid.

    ``values`` (one band per feature) is what the raster holds; the rest, where the method has it,
    feeds the summary and report: the class predicted at each place and its probability, the
    output explained (the target's probability), the base value (SHAP: every feature removed;
    LIME: the surrogate's intercept), ``gap`` (SHAP: base + Σ values − output, zero up to rounding)
    and ``fit`` (LIME: the weighted R² of the local surrogate)."""

    values: torch.Tensor
    predicted: torch.Tensor | None = None
    confidence: torch.Tensor | None = None
    output: torch.Tensor | None = None
    base: torch.Tensor | None = None
    gap: torch.Tensor | None = None
    fit: torch.Tensor | None = None

    def extras(self) -> dict[str, torch.Tensor]:
        """The fields beyond ``values`` that this method filled, by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)[1:] if getattr(self, f.name) is not None}

    def map(self, function) -> Attribution:
        """The same fields, each transformed by ``function``."""
        return Attribution(**{f.name: None if getattr(self, f.name) is None else function(getattr(self, f.name))
                              for f in fields(self)})


class SceneExplainer:
    """The protocol of every explanation method: attributions for whole tiles, on the same pixel grid
    as the class probabilities, with nothing rescaled per tile (values compare across a scene)."""

    method: ClassVar[Method]  # its catalogue entry
    #: Tile geometry the method needs: halo cells around the core, tile side a multiple of this.
    halo: ClassVar[int] = 1
    tile_multiple: ClassVar[int] = 8
    signed: ClassVar[bool] = False  # whether attributions take both signs
    units: ClassVar[str] = ""

    classifier: DenseClassifier

    @property
    def name(self) -> str:
        return self.method.id

    @property
    def label(self) -> str:
        return self.method.label

    @property
    def device(self) -> torch.device:
        """Where the model, and so every tensor the explainer makes, lives."""
        return next(self.classifier.model.parameters()).device

    def band_names(self, target_name: str) -> tuple[str, ...]:
        """The description of each output band."""
        raise NotImplementedError

    def tags(self) -> dict[str, str]:
        """What the raster's tags record about the method, beyond model and target."""
        return {}

    def output_spec(self, path: str, target: int | None) -> OutputSpec:
        card = self.classifier.card
        target_name = PREDICTED_NAME if target is PREDICTED else card.class_names[target]
        return OutputSpec(path=path, dtype="float32", nodata=ATTRIBUTION_NODATA,
                          band_descriptions=self.band_names(target_name),
                          tags={"MODEL": card.name, "TARGET": target_name, "UNITS": self.units, **self.tags()})

    def explain(self, x: torch.Tensor, target: int | None = PREDICTED) -> Attribution:
        """Attributions for a batch of normalised tiles (B, C, R, R)."""
        raise NotImplementedError

    def window_attribution(self, windows: torch.Tensor, target: int | None = PREDICTED) -> torch.Tensor:
        """The method's explanation of each 64×64 window alone (N, C, 64, 64), broadcastable to the
        windows: (N, 1, 64, 64) for maps, (N, C, 1, 1) for spectral features. What faithfulness ranks."""
        raise NotImplementedError


def class_targets(scores: torch.Tensor, target: int | None) -> torch.Tensor:
    """The class explained at each place (B, 1, H, W) of class scores or probabilities (B, K, H, W)."""
    if target is PREDICTED:
        return scores.argmax(dim=1, keepdim=True)
    return torch.full_like(scores[:, :1], target, dtype=torch.long)


def whole_patches(x: torch.Tensor, window: int) -> torch.Tensor:
    """The part of a tile read (…, R, R) that whole patches at read offsets 0, 64, … cover (…, E, E)."""
    extent = (x.shape[-1] - window) // window * window + window
    return x[..., :extent, :extent]


def read_grid_to_pixels(mosaic: torch.Tensor, read_size: int, window: int, stride: int) -> torch.Tensor:
    """Read pixel ``p + window_offset`` is pixel ``p`` of the tile's window-cell grid."""
    offset = window // 2 - stride // 2
    size = read_size - window + stride  # P: cells × stride
    out = mosaic.new_zeros((*mosaic.shape[:2], size, size))
    available = min(size, mosaic.shape[-1] - offset)
    out[..., :available, :available] = mosaic[..., offset : offset + available, offset : offset + available]
    return out


def patch_values_to_pixels(values: torch.Tensor, read_size: int, window: int, stride: int) -> torch.Tensor:
    """Per-patch values (B, ·, n, n) → every pixel of its patch, on the tile's window-cell grid."""
    mosaic = values.float().repeat_interleave(window, -2).repeat_interleave(window, -1)
    return read_grid_to_pixels(mosaic, read_size, window, stride)


def to_patches(x: torch.Tensor, size: int) -> torch.Tensor:
    """(B, C, n·size, n·size) → (B·n·n, C, size, size), patches in row-major order."""
    b, c, extent, _ = x.shape
    n = extent // size
    return x.reshape(b, c, n, size, n, size).permute(0, 2, 4, 1, 3, 5).reshape(-1, c, size, size)


def from_patches(patches: torch.Tensor, n: int) -> torch.Tensor:
    """The inverse of :func:`to_patches` for ``n × n`` patches per image."""
    _, c, size, _ = patches.shape
    return patches.reshape(-1, n, n, c, size, size).permute(0, 3, 1, 4, 2, 5).reshape(-1, c, n * size, n * size)
