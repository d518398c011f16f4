"""How much memory a run's tiles need, and the bound TILE_SIZE × BATCH_SIZE must stay within.

The largest tensors of a dense pass are the first convolutions' outputs at full resolution: per
read pixel about ``4 bytes × (bands + spectral features + 4 × first width)`` (input, convolution,
batch norm and activation alive at once). Measured on the bundled 13-band network: 550–570 bytes
per read pixel classifying (estimate 628), ×2.9 with gradients (Grad-CAM of inner layers, Guided
Grad-CAM: estimate ×3).
"""
from __future__ import annotations

import os

from .errors import QT_TRANSLATE_NOOP, LulcError

#: Share of the machine's memory one run may plan to use.
MEMORY_SHARE = 0.5
GRADIENT_FACTOR = 3.0
FIXED_BYTES = 400 * 2**20  # the interpreter, torch, GDAL's cache


def bytes_per_read_pixel(card) -> float:
    args = card.architecture_args
    widths = args.get("widths") or (32,)
    spectral = (args.get("spectral_widths") or (0,))[-1]
    return 4.0 * (len(card.bands) + spectral + 4 * widths[0])


def read_size(tile_size: int) -> int:
    """Pixels a tile reads along one side: its core, a halo of window cells and the window margin."""
    return tile_size + 2 * 8 + 56


def estimated_bytes(card, tile_size: int, images_per_pass: int, gradients: bool = False) -> float:
    per_image = read_size(tile_size) ** 2 * bytes_per_read_pixel(card) * (GRADIENT_FACTOR if gradients else 1.0)
    return FIXED_BYTES + images_per_pass * per_image


def physical_memory() -> int | None:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # not POSIX
        return None


def check_memory(card, tile_size: int, batch_size: int, images_per_pass: int | None = None,
                 gradients: bool = False, available: int | None = None) -> float:
    """The estimate in bytes; refused with the numbers when above half the machine's memory."""
    images = images_per_pass or batch_size
    needed = estimated_bytes(card, tile_size, images, gradients)
    total = available if available is not None else physical_memory()
    if total is not None and needed > MEMORY_SHARE * total:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "TILE_SIZE {tile} with BATCH_SIZE {batch} needs about {needed:.1f} GB of "
                              "memory; runs are limited to half of this machine's {total:.1f} GB ({limit:.1f} GB). "
                              "Lower TILE_SIZE (e.g. 512) or BATCH_SIZE: results do not depend on them."),
            tile=tile_size, batch=batch_size, needed=needed / 2**30, total=total / 2**30,
            limit=MEMORY_SHARE * total / 2**30,
        )
    return needed
