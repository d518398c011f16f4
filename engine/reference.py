"""Reference data on a raster: a class raster's legend and pixel counts, and the pixels that reference
points and polygons fall on.

Geometries arrive as GeoJSON-like mappings already in the raster's CRS (the QGIS side reprojects);
a polygon covers the pixels whose centres it contains (GDAL's rasterisation rule), read window by
window, so memory is bounded by the largest polygon, never by the raster.
"""
from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

import numpy as np
import rasterio
from rasterio.features import bounds as geometry_bounds
from rasterio.features import rasterize
from rasterio.windows import Window, from_bounds

from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor
from .reader import read_errors_named

PIXELS_PER_READ = 4_000_000  # when counting a class raster: a few tens of MB a read


# -- the class raster ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClassRaster:
    """A raster of integer class values, its legend as the file states it, and its grid."""

    path: str
    width: int
    height: int
    transform: object  # affine.Affine
    crs: object  # rasterio CRS (may be None)
    nodata: float | None
    names: dict[int, str]  # value → class name, from the file's category names or attribute table
    files: tuple[str, ...] = ()

    @property
    def pixel_area(self) -> float | None:
        """m² per pixel when the CRS is projected in metres, else None (areas then stay in pixels)."""
        if self.crs is None or not self.crs.is_projected:
            return None
        units = (self.crs.linear_units or "").lower()
        if units not in ("metre", "meter", "m", "metres", "meters"):
            return None
        return abs(self.transform.a * self.transform.e - self.transform.b * self.transform.d)


def open_class_raster(path: str) -> ClassRaster:
    """The class raster at ``path``: band 1, integer values; class names from its category names or its
    raster attribute table (values without a name are named by their value)."""
    try:
        with rasterio.open(path) as dataset:
            dtype = np.dtype(dataset.dtypes[0])
            info = dict(width=dataset.width, height=dataset.height, transform=dataset.transform, crs=dataset.crs,
                        nodata=dataset.nodatavals[0], files=tuple(dataset.files))
    except (rasterio.errors.RasterioError, OSError) as error:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Cannot open {path} as a raster: {reason}. The file may be "
                                          "damaged or incomplete: export it again."), path=path,
                        reason=str(error)) from error
    if dtype.kind not in "iu":
        raise LulcError(QT_TRANSLATE_NOOP("engine", "{path} holds {dtype} values; a class raster holds whole "
                                          "numbers (one value per class). Choose the land-cover map, not a "
                                          "probability or image layer."), path=path, dtype=dtype.name)
    return ClassRaster(path=path, names=file_class_names(path), **info)


def file_class_names(path: str) -> dict[int, str]:
    """Class names a GIS stored with the raster: GDAL category names, else a thematic attribute table's
    name column (the ``Name`` usage, else a text column) keyed by its value column."""
    from osgeo import gdal  # the same GDAL as rasterio's (checked by the test suite)

    handle = gdal.Open(path)
    if handle is None:
        return {}
    band = handle.GetRasterBand(1)
    names: dict[int, str] = {}
    for value, name in enumerate(band.GetCategoryNames() or []):
        if name and name.strip():
            names[value] = name.strip()
    if not names:
        table = band.GetDefaultRAT()
        if table is not None and table.GetRowCount():
            names = _attribute_table_names(table, gdal)
    band = handle = None
    return names


def _attribute_table_names(table, gdal) -> dict[int, str]:
    columns = range(table.GetColumnCount())
    usage = {table.GetUsageOfCol(c): c for c in columns}
    name_column = usage.get(gdal.GFU_Name)
    if name_column is None:
        name_column = next((c for c in columns if table.GetTypeOfCol(c) == gdal.GFT_String), None)
    value_column = usage.get(gdal.GFU_MinMax, usage.get(gdal.GFU_Min))
    if value_column is None:
        value_column = next((c for c in columns if table.GetNameOfCol(c).lower() == "value"), None)
    if name_column is None:
        return {}
    names = {}
    for row in range(table.GetRowCount()):
        value = table.GetValueAsInt(row, value_column) if value_column is not None else row
        name = table.GetValueAsString(row, name_column).strip()
        if name:
            names[value] = name
    return names


def count_classes(raster: ClassRaster, monitor: Monitor = Monitor()) -> dict[int, int]:
    """Pixels of each class value (nodata left out), reading a few million pixels at a time."""
    rows = max(1, PIXELS_PER_READ // max(raster.width, 1))
    counts: dict[int, int] = {}
    with rasterio.open(raster.path) as dataset:
        for row in range(0, raster.height, rows):
            monitor.check_cancelled()
            window = Window(0, row, raster.width, min(rows, raster.height - row))
            values = _read(dataset, raster, window)
            values = values[values != raster.nodata] if raster.nodata is not None else values.ravel()
            for value, count in zip(*np.unique(values, return_counts=True)):
                counts[int(value)] = counts.get(int(value), 0) + int(count)
            monitor.progress(min(1.0, (row + rows) / raster.height))
    return counts


def _read(dataset, raster: ClassRaster, window: Window) -> np.ndarray:
    with read_errors_named(raster.path):
        return dataset.read(1, window=window)


# -- pixels under reference geometries -----------------------------------------------------------------

def geometry_window(geometry: Mapping, transform, height: int, width: int) -> Window | None:
    """The raster window covering ``geometry``'s bounds (whole pixels), clipped to the raster; None
    when they do not overlap."""
    left, bottom, right, top = geometry_bounds(geometry)
    window = from_bounds(left, bottom, right, top, transform)
    col0, row0 = math.floor(min(window.col_off, window.col_off + window.width)), \
        math.floor(min(window.row_off, window.row_off + window.height))
    col1, row1 = math.ceil(max(window.col_off, window.col_off + window.width)), \
        math.ceil(max(window.row_off, window.row_off + window.height))
    col0, row0, col1, row1 = max(col0, 0), max(row0, 0), min(col1, width), min(row1, height)
    if col1 <= col0 or row1 <= row0:
        return None
    return Window(col0, row0, col1 - col0, row1 - row0)


def polygon_pixels(geometry: Mapping, transform, height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the pixels whose centres lie inside the polygon (raster CRS)."""
    window = geometry_window(geometry, transform, height, width)
    if window is None:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    mask = rasterize([(geometry, 1)], out_shape=(int(window.height), int(window.width)),
                     transform=rasterio.windows.transform(window, transform), fill=0, dtype="uint8",
                     all_touched=False)
    rows, cols = np.nonzero(mask)
    return rows + int(window.row_off), cols + int(window.col_off)


def point_pixels(geometry: Mapping, transform, height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the pixels a point or multipoint falls on (those inside the raster)."""
    coordinates = geometry["coordinates"]
    points = [coordinates] if geometry["type"] == "Point" else list(coordinates)
    inverse = ~transform
    rows, cols = [], []
    for point in points:
        col, row = inverse * (point[0], point[1])
        row, col = math.floor(row), math.floor(col)
        if 0 <= row < height and 0 <= col < width:
            rows.append(row)
            cols.append(col)
    return np.array(rows, np.int64), np.array(cols, np.int64)


def geometry_pixels(geometry: Mapping, transform, height: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    kind = geometry.get("type")
    if kind in ("Point", "MultiPoint"):
        return point_pixels(geometry, transform, height, width)
    if kind in ("Polygon", "MultiPolygon"):
        return polygon_pixels(geometry, transform, height, width)
    raise LulcError(QT_TRANSLATE_NOOP("engine", "Reference geometry of type {kind}: use points or polygons."),
                    kind=str(kind))


@dataclass(frozen=True)
class ReferenceFeature:
    """One reference feature: its class as written in the layer and its geometry in the raster's CRS."""

    label: str
    geometry: Mapping
    feature_id: int = 0


@dataclass(frozen=True)
class PolygonSampling:
    """Which pixels of each polygon are samples: all (``per_polygon`` None) or that many drawn at random
    without replacement (all when the polygon has fewer), reproducibly from ``seed``."""

    per_polygon: int | None = None
    seed: int = 0


@dataclass
class ReferenceSamples:
    """Pixels under the reference features: each sample's map value and reference label."""

    map_values: np.ndarray
    labels: list[str]
    feature_ids: np.ndarray
    features_used: int = 0
    features_outside: list[int] = field(default_factory=list)  # no pixel centre inside the raster
    nodata_pixels: int = 0  # pixels that are nodata on the map: not samples

    def __len__(self) -> int:
        return len(self.labels)


def sample_reference(raster: ClassRaster, features: Sequence[ReferenceFeature],
                     sampling: PolygonSampling = PolygonSampling(), monitor: Monitor = Monitor()) -> ReferenceSamples:
    """The map's value under every reference point, and under the pixels of every polygon (all, or a
    seeded random subset per polygon). Pixels that are nodata on the map are counted and left out."""
    rng = np.random.default_rng(sampling.seed)
    values, labels, ids = [], [], []
    outside: list[int] = []
    nodata_pixels = used = 0
    with rasterio.open(raster.path) as dataset:
        for index, feature in enumerate(features):
            if index % 64 == 0:
                monitor.check_cancelled()
                monitor.progress(index / max(len(features), 1))
            rows, cols = geometry_pixels(feature.geometry, raster.transform, raster.height, raster.width)
            if rows.size == 0:
                outside.append(feature.feature_id)
                continue
            if sampling.per_polygon is not None and feature.geometry["type"] in ("Polygon", "MultiPolygon") \
                    and rows.size > sampling.per_polygon:
                chosen = np.sort(rng.choice(rows.size, sampling.per_polygon, replace=False))
                rows, cols = rows[chosen], cols[chosen]
            window = Window(int(cols.min()), int(rows.min()), int(cols.max() - cols.min() + 1),
                            int(rows.max() - rows.min() + 1))
            block = _read(dataset, raster, window)
            found = block[rows - int(window.row_off), cols - int(window.col_off)].astype(np.int64)
            valid = found != raster.nodata if raster.nodata is not None else np.ones(found.shape, bool)
            nodata_pixels += int((~valid).sum())
            values.append(found[valid])
            labels.extend([feature.label] * int(valid.sum()))
            ids.append(np.full(int(valid.sum()), feature.feature_id, np.int64))
            used += 1
    monitor.progress(1.0)
    return ReferenceSamples(
        map_values=np.concatenate(values) if values else np.empty(0, np.int64), labels=labels,
        feature_ids=np.concatenate(ids) if ids else np.empty(0, np.int64), features_used=used,
        features_outside=outside, nodata_pixels=nodata_pixels)


# -- one legend for the map and the reference -------------------------------------------------------------

def parse_class_map(text: str) -> dict[str, list[str]]:
    """``"water=River,SeaLake; forest=Forest"`` → ``{"water": ["River", "SeaLake"], "forest": ["Forest"]}``:
    groups separated by ``;`` or new lines, each a reference class, ``=``, and map classes (names or
    values) separated by commas."""
    groups: dict[str, list[str]] = {}
    for part in (p.strip() for chunk in (text or "").splitlines() for p in chunk.split(";")):
        if not part:
            continue
        reference, equals, mapped = part.partition("=")
        names = [name.strip() for name in mapped.split(",") if name.strip()]
        if not equals or not reference.strip() or not names:
            raise LulcError(QT_TRANSLATE_NOOP("engine", "CLASS_MAP entry '{entry}' is not 'reference class=map "
                                              "class, map class'. Example: water=River,SeaLake; forest=Forest"),
                            entry=part)
        key = reference.strip()
        if key.lower() in (k.lower() for k in groups):
            raise LulcError(QT_TRANSLATE_NOOP("engine", "CLASS_MAP names the reference class '{name}' twice; "
                                              "list all its map classes in one entry."), name=key)
        groups[key] = names
    return groups


@dataclass(frozen=True)
class Legend:
    """The classes of an assessment, and where map values and reference labels fall in it."""

    classes: tuple[str, ...]
    map_classes: dict[int, int]  # map value → class index
    reference_classes: dict[str, int]  # reference label → class index

    def map_indices(self, values: Iterable[int]) -> np.ndarray:
        return np.array([self.map_classes[int(v)] for v in values], np.int64)

    def reference_indices(self, labels: Iterable[str]) -> np.ndarray:
        return np.array([self.reference_classes[label] for label in labels], np.int64)


def build_legend(map_names: Mapping[int, str], map_values: Iterable[int], reference_labels: Iterable[str],
                 class_map: Mapping[str, Sequence[str]] | None = None, field_name: str = "") -> Legend:
    """One legend for map and reference. ``class_map`` merges map classes into reference classes
    (``{"water": ["River", "SeaLake"]}``); map classes it does not name keep their own class; a reference
    label names a class of this legend or a map class (by name, case-insensitive, or value)."""
    class_map = dict(class_map or {})
    named = {v for v, name in map_names.items() if name.strip() and name.strip() != str(v)}  # not a colour table's
    values = sorted(set(int(v) for v in map_values) | named)  # unnamed entries "12" … "255", absent from the map
    name_of = {v: map_names.get(v, str(v)) for v in values}
    by_name = {}
    for value in values:
        by_name.setdefault(name_of[value].lower(), value)
        by_name.setdefault(str(value), value)

    def map_value(identifier: str, entry: str) -> int:
        key = identifier.strip().lower()
        if key not in by_name:
            raise _unknown(QT_TRANSLATE_NOOP("engine", "CLASS_MAP entry '{entry}' names '{name}', which is not a "
                                             "class of the map. The map's classes: {names}.{hint}"),
                           identifier, [name_of[v] for v in values], entry=entry)
        return by_name[key]

    classes: list[str] = []
    map_classes: dict[int, int] = {}
    for reference, mapped in class_map.items():
        index = len(classes)
        classes.append(reference)
        for identifier in mapped:
            value = map_value(identifier, f"{reference}={','.join(mapped)}")
            if value in map_classes and map_classes[value] != index:
                raise LulcError(QT_TRANSLATE_NOOP("engine", "CLASS_MAP puts the map class '{name}' into two "
                                                  "reference classes; a map class can belong to one only."),
                                name=name_of[value])
            map_classes[value] = index
    for value in values:
        if value not in map_classes:
            map_classes[value] = len(classes)
            classes.append(name_of[value])

    by_class = {name.lower(): i for i, name in enumerate(classes)}
    reference_classes: dict[str, int] = {}
    for label in sorted(set(reference_labels)):
        key = label.strip().lower()
        if key in by_class:
            reference_classes[label] = by_class[key]
        elif key in by_name:
            reference_classes[label] = map_classes[by_name[key]]
        else:
            raise _unknown(QT_TRANSLATE_NOOP("engine", "The reference class '{name}' (field {field}) is not a class "
                                             "of the map: {names}.{hint} Use the map's class names, or say which map "
                                             "classes it stands for with CLASS_MAP, e.g. {name}=Forest."),
                           label, classes, field=field_name)
    return Legend(tuple(classes), map_classes, reference_classes)


def _unknown(template: str, name: str, known: Sequence[str], **params) -> LulcError:
    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return LulcError(template, name=name, names=", ".join(known), hint=hint, **params)


def legend_counts(legend: Legend, pixel_counts: Mapping[int, int]) -> np.ndarray:
    """The map's pixels in each class of the legend."""
    counts = np.zeros(len(legend.classes), float)
    for value, count in pixel_counts.items():
        counts[legend.map_classes[int(value)]] += count
    return counts
