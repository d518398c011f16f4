"""Reading a tile's pixels, mirrored beyond the raster's edges, with its invalid-pixel mask."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator, Sequence

import numpy as np
import rasterio
from rasterio.windows import Window

from .errors import QT_TRANSLATE_NOOP, LulcError
from .tiling import Tile, mirror_indices


@contextmanager
def read_errors_named(path: str) -> Iterator[None]:
    """A failed read inside becomes a message naming the file and the fix, not a GDAL traceback."""
    try:
        yield
    except (rasterio.errors.RasterioError, OSError) as error:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "Cannot read {path}: {reason}. The file may be damaged or incomplete "
                              "(e.g. an interrupted download or copy): download or export it again."),
            path=path, reason=str(error),
        ) from error


def read_tile(dataset, indexes: Sequence[int], tile: Tile) -> np.ndarray:
    """The tile's read area (bands × read_size × read_size), outside pixels mirrored in.

    Reads only the bounding box of the rows and columns it needs, so memory is bounded by
    the tile size whatever the raster size.
    """
    rows = mirror_indices(*tile.read_rows, dataset.height)
    cols = mirror_indices(*tile.read_cols, dataset.width)
    r0, r1, c0, c1 = rows.min(), rows.max() + 1, cols.min(), cols.max() + 1
    block = dataset.read(list(indexes), window=Window(c0, r0, c1 - c0, r1 - r0))
    return block[:, rows - r0][:, :, cols - c0]


def invalid_mask(values: np.ndarray, nodata: Sequence[float | None]) -> np.ndarray:
    """Pixels that are nodata: all bands zero, NaN in any band, or a band's declared nodata."""
    invalid = np.all(values == 0, axis=0)
    if np.issubdtype(values.dtype, np.floating):
        invalid |= np.any(np.isnan(values), axis=0)
    for band, value in zip(values, nodata):
        if value is not None and not np.isnan(value):
            invalid |= band == value
    return invalid
