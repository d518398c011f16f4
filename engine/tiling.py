"""Where tiles lie, what each must read, and which of its pixels it owns.

The dense score map has one cell per ``stride``×``stride`` block of the raster: cell
``(i, j)`` holds the model's output for the ``window``×``window`` window centred on the
block's centre. A tile owns a square *core* of ``tile_size`` pixels; it computes its
core's cells plus a ``halo`` of cells around them (needed to interpolate between cell
centres) and reads the pixels those cells' windows cover. Every tile has the same shape,
even at the raster edge (outside pixels are mirrored in), so tiles batch together, and a
cell's value never depends on which tile computed it: no seams.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterator

import numpy as np
from rasterio.windows import Window


@dataclass(frozen=True)
class TileGrid:
    height: int
    width: int
    tile_size: int = 512
    stride: int = 8
    window: int = 64
    halo: int = 1

    def __post_init__(self) -> None:
        if self.tile_size % self.stride:
            raise ValueError(f"tile size {self.tile_size} is not a multiple of the stride {self.stride}")

    @property
    def cells_per_tile(self) -> int:
        """Cells each tile computes along one side, halo included."""
        return self.tile_size // self.stride + 2 * self.halo

    @property
    def read_size(self) -> int:
        """Pixels each tile reads along one side: its cells' windows."""
        return self.stride * (self.cells_per_tile - 1) + self.window

    @property
    def window_offset(self) -> int:
        """Distance from a cell's first pixel back to its window's first pixel."""
        return self.window // 2 - self.stride // 2

    def tiles(self) -> Iterator[Tile]:
        for row in range(0, self.height, self.tile_size):
            for col in range(0, self.width, self.tile_size):
                yield Tile(self, row, col)

    def __len__(self) -> int:
        return math.ceil(self.height / self.tile_size) * math.ceil(self.width / self.tile_size)


@dataclass(frozen=True)
class Tile:
    grid: TileGrid
    row: int  # first core pixel
    col: int

    @property
    def core(self) -> Window:
        """The pixels this tile writes, clipped to the raster."""
        g = self.grid
        return Window(self.col, self.row, min(g.tile_size, g.width - self.col), min(g.tile_size, g.height - self.row))

    @property
    def read_rows(self) -> tuple[int, int]:
        return self._read_span(self.row)

    @property
    def read_cols(self) -> tuple[int, int]:
        return self._read_span(self.col)

    def _read_span(self, first_pixel: int) -> tuple[int, int]:
        g = self.grid
        first_cell = first_pixel // g.stride - g.halo
        start = first_cell * g.stride - g.window_offset
        return start, start + g.read_size

    def core_slices(self, offset: int) -> tuple[slice, slice]:
        """Rows and columns of the core in an array whose core starts at ``offset``."""
        core = self.core
        return slice(offset, offset + core.height), slice(offset, offset + core.width)

    @property
    def read_core_offset(self) -> int:
        """Where the core starts in the tile's read (pixels)."""
        return self.grid.halo * self.grid.stride + self.grid.window_offset

    @property
    def core_offset(self) -> int:
        """Where the core starts in the tile's upsampled (cell × stride) pixel array."""
        return self.grid.halo * self.grid.stride


def mirror_indices(start: int, stop: int, size: int) -> np.ndarray:
    """Indices ``start..stop-1`` folded into ``0..size-1`` by mirroring at the edges
    (``-1 → 1``, ``size → size-2``), like ``numpy.pad(mode="reflect")`` but for any overhang."""
    index = np.arange(start, stop)
    if size == 1:
        return np.zeros_like(index)
    period = 2 * (size - 1)
    index = np.mod(index, period)
    return np.where(index < size, index, period - index)
