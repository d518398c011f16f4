"""assess_accuracy: the worked example of Olofsson et al. (2014) reproduced, and every figure of a real
class map (the demo scene, classified) against reference points and polygons digitised on it by eye
(tests/data/README.md) equal to an independent computation."""
from __future__ import annotations

import csv
import json
import math
import re

import numpy as np
import pytest
import rasterio
from conftest import REPO, register_provider
from helpers import class_map_text, group_classes, run_logged
from matplotlib.path import Path as PixelPath
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from rasterio.warp import transform as warp_points

from explainable_lulc.engine.accuracy import Assessment
from explainable_lulc.engine.reference import parse_class_map

ALG = "explainable_lulc:assess_accuracy"
POINTS = REPO / "tests" / "data" / "demo_reference_points.geojson"
POLYGONS = REPO / "tests" / "data" / "demo_reference_polygons.geojson"

# -- Olofsson et al. (2014), Remote Sensing of Environment 148:42–57, section 5 ("example") ----------------
# The paper's Table 8 (sample counts; rows = map, columns = reference: deforestation, forest gain, stable
# forest, stable non-forest) and mapped areas (pixels of 30 m: 0.09 ha), as transcribed in the documentation
# of the R package mapaccuracy (github.com/hagc/mapaccuracy, man/olofsson.Rd, "Example of table 8 in olofsson
# et al. (2014)") and in the tests of PyMapAccuracy (github.com/agcopenhaver/PyMapAccuracy,
# tests/test_olofsson.py, "left-hand/right-hand side p. 54"). The printed results below are those quoted from
# the paper, Table 9 and p. 54, by an independent implementation's tests (module eudr_risk,
# tests/test_validation.py); the paper itself could not be retrieved here, and the three sources agree.
OLOFSSON_COUNTS = np.array([[66, 0, 5, 4], [0, 55, 8, 12], [1, 0, 153, 11], [2, 1, 9, 313]])
OLOFSSON_PIXELS = np.array([200_000, 150_000, 3_200_000, 6_450_000])
PUBLISHED = {
    "table9_proportions": {(0, 0): 0.0176, (0, 2): 0.0013, (1, 1): 0.0110, (2, 2): 0.2967, (3, 3): 0.6212},
    "table9_column_totals": [0.0235, 0.0130, 0.3175, 0.6460],
    "users": [(0.88, 0.07), (0.73, 0.10), (0.93, 0.04), (0.96, 0.02)],
    "producers": [0.75, 0.85, 0.93, 0.96],
    # the paper prints ±0.21, 0.23, 0.03, 0.01; eq. 7 as printed gives 0.21, 0.25, 0.03, 0.02 (the two
    # middle-precision slips are the paper's: every other figure reproduces)
    "producers_half_widths_reproducible": {0: 0.21, 2: 0.03},
    "overall": (0.95, 0.02),
    "areas_ha": [(21_158, 6_158), (11_686, 3_756), (285_770, 15_510), (581_386, 16_282)],
}


def test_olofsson_2014_worked_example_is_reproduced():
    a = Assessment(("deforestation", "forest gain", "stable forest", "stable non-forest"), OLOFSSON_COUNTS,
                   OLOFSSON_PIXELS, pixel_area=900.0)
    for (i, j), value in PUBLISHED["table9_proportions"].items():
        assert round(a.proportions[i, j], 4) == value
    assert [round(v, 4) for v in a.proportions.sum(axis=0)] == PUBLISHED["table9_column_totals"]
    assert [(round(e.value, 2), round(e.half_width, 2)) for e in a.users_adjusted] == PUBLISHED["users"]
    producers = a.producers_adjusted
    assert [round(e.value, 2) for e in producers] == PUBLISHED["producers"]
    for j, half_width in PUBLISHED["producers_half_widths_reproducible"].items():
        assert round(producers[j].half_width, 2) == half_width
    assert [round(producers[j].half_width, 3) for j in (1, 3)] == [0.254, 0.018]  # paper: 0.23, 0.01
    overall = a.overall_adjusted
    assert (round(overall.value, 2), round(overall.half_width, 2)) == PUBLISHED["overall"]
    assert [(round(e.value), round(e.half_width)) for e in a.areas_hectares] == PUBLISHED["areas_ha"]
    # the map's 18,000 ha of deforestation is an underestimate: the paper's point
    assert a.mapped_hectares[0] == 18_000 and a.areas_hectares[0].low > 0


# -- an independent computation: plain loops over the error matrix, as the formulas read -----------------

def wilson(correct: int, total: int, z: float = 1.96) -> tuple[float, float]:
    p = correct / total
    denominator = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denominator
    spread = z / denominator * math.sqrt(p * (1 - p) / total + z * z / (4 * total**2))
    return centre - spread, centre + spread


def independent_figures(counts: np.ndarray, mapped: np.ndarray, pixel_area: float) -> dict:
    k = len(counts)
    n = counts.sum()
    rows = [counts[i].sum() for i in range(k)]
    cols = [counts[:, j].sum() for j in range(k)]
    diagonal = [counts[i, i] for i in range(k)]
    users = [diagonal[i] / rows[i] if rows[i] else None for i in range(k)]
    producers = [diagonal[j] / cols[j] if cols[j] else None for j in range(k)]
    f1 = [2 * u * p / (u + p) if u and p else 0.0 for u, p in zip(users, producers)]
    chance = sum(rows[i] * cols[i] for i in range(k)) / n**2
    kappa = (sum(diagonal) / n - chance) / (1 - chance)

    sampled = [i for i in range(k) if rows[i] > 0]
    total = sum(mapped[i] for i in sampled)
    w = [mapped[i] / total if i in sampled else 0.0 for i in range(k)]
    share = [[counts[i, j] / rows[i] if rows[i] else 0.0 for j in range(k)] for i in range(k)]
    p = [[w[i] * share[i][j] for j in range(k)] for i in range(k)]

    def stratum_variance(i, j):  # (n_ij/n_i.)(1 - n_ij/n_i.)/(n_i. - 1)
        if i not in sampled:
            return 0.0
        return share[i][j] * (1 - share[i][j]) / (rows[i] - 1) if rows[i] > 1 else math.nan

    overall_adjusted = sum(p[j][j] for j in range(k))
    overall_variance = sum(w[i] ** 2 * stratum_variance(i, i) for i in range(k))
    users_adjusted = []
    for i in range(k):
        if users[i] is None:
            users_adjusted.append([None, None])
        else:
            v = users[i] * (1 - users[i]) / (rows[i] - 1) if rows[i] > 1 else math.nan
            users_adjusted.append([users[i], 1.96 * math.sqrt(v) if not math.isnan(v) else None])
    producers_adjusted = []
    for j in range(k):
        column = sum(p[i][j] for i in range(k))
        if column == 0:
            producers_adjusted.append([None, None])
            continue
        pj = p[j][j] / column
        n_hat = sum(mapped[i] / rows[i] * counts[i, j] for i in sampled)
        u = users[j] or 0.0
        own = mapped[j] ** 2 * (1 - pj) ** 2 * u * (1 - u) / (rows[j] - 1) if j in sampled and rows[j] > 1 else (
            0.0 if j not in sampled else math.nan)
        others = sum(mapped[i] ** 2 * stratum_variance(i, j) for i in sampled if i != j)
        v = (own + pj**2 * others) / n_hat**2
        producers_adjusted.append([pj, 1.96 * math.sqrt(v) if not math.isnan(v) else None])
    area_proportions, areas_pixels, areas_hectares = [], [], []
    for j in range(k):
        value = sum(p[i][j] for i in range(k))
        v = sum(w[i] ** 2 * stratum_variance(i, j) for i in range(k))
        half = 1.96 * math.sqrt(v) if not math.isnan(v) else None
        area_proportions.append([value, half])
        areas_pixels.append([total * value, None if half is None else total * half])
        hectares = total * pixel_area / 1e4
        areas_hectares.append([hectares * value, None if half is None else hectares * half])
    low, high = wilson(sum(diagonal), n)
    return {
        "counts": counts.tolist(), "mapped_pixels": list(map(float, mapped)), "samples": int(n),
        "overall": sum(diagonal) / n, "overall_interval": [low, high], "kappa": kappa,
        "users": users, "producers": producers, "f1": f1, "weights": w, "proportions": p,
        "overall_adjusted": [overall_adjusted, 1.96 * math.sqrt(overall_variance)],
        "users_adjusted": users_adjusted, "producers_adjusted": producers_adjusted,
        "area_proportions": area_proportions, "areas_pixels": areas_pixels, "areas_hectares": areas_hectares,
        "unsampled_pixels": float(sum(mapped[i] for i in range(k) if i not in sampled)),
    }


def assert_figures_equal(got, expected, where="figures"):
    if isinstance(expected, dict):
        for key, value in expected.items():
            assert_figures_equal(got[key], value, f"{where}.{key}")
    elif isinstance(expected, (list, tuple)):
        assert len(got) == len(expected), where
        for i, (g, e) in enumerate(zip(got, expected)):
            assert_figures_equal(g, e, f"{where}[{i}]")
    elif expected is None:
        assert got is None, f"{where}: {got} is not None"
    else:
        assert got is not None and abs(got - expected) <= 1e-9, f"{where}: {got} != {expected}"


# -- the real class map and the reference digitised on it ------------------------------------------------

@pytest.fixture(scope="module")
def class_raster(qgis_processing, demo_scene, tmp_path_factory):
    """The demo scene classified by the registry's model for 13 bands (a real class map)."""
    register_provider()
    out = tmp_path_factory.mktemp("classified") / "classes.tif"
    run_logged("explainable_lulc:classify_lulc", {"INPUT": str(demo_scene), "OUTPUT": str(out),
                                                  "OUTPUT_CONFIDENCE": None})
    return out


def read_map(path):
    with rasterio.open(path) as src:
        return src.read(1), src.transform, src.crs, src.tags()["CLASSES"].split(","), src.nodata


def features(path) -> list[dict]:
    return json.loads(path.read_text())["features"]


def to_pixels(lonlat: np.ndarray, transform, crs) -> np.ndarray:
    """(col, row) continuous pixel coordinates of lon/lat points (GDAL's transformation, not QGIS's)."""
    xs, ys = warp_points("EPSG:4326", crs, lonlat[:, 0].tolist(), lonlat[:, 1].tolist())
    inverse = ~transform
    return np.array([inverse * (x, y) for x, y in zip(xs, ys)])


def expected_assessment(values, nodata, names, groups, mapped_samples, reference_labels):
    """Legend as CLASS_MAP orders it (classes without pixels or samples left out), counts, mapped pixels."""
    order = list(groups)
    group_of = {name: order.index(g) for g, members in groups.items() for name in members}
    k = len(order)
    counts = np.zeros((k, k), np.int64)
    for mapped, label in zip(mapped_samples, reference_labels):
        counts[group_of[names[mapped]], order.index(label)] += 1
    pixels = np.bincount(values[values != nodata].ravel(), minlength=len(names))
    mapped = np.zeros(k)
    for value, count in enumerate(pixels):
        if count:
            mapped[group_of[names[value]]] += count
    keep = (mapped > 0) | (counts.sum(0) > 0) | (counts.sum(1) > 0)
    return [c for c, kept in zip(order, keep) if kept], counts[np.ix_(keep, keep)], mapped[keep]


def report_figures(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="figures">(.*?)</script>', text, re.S).group(1))


def matrix_rows(path) -> dict[str, dict]:
    with open(path, newline="") as table:
        return {row["map_class"]: row for row in csv.DictReader(table)}


def test_points_every_figure_equals_an_independent_computation(provider, class_raster, tmp_path):
    values, transform, crs, names, nodata = read_map(class_raster)
    groups = group_classes(names, {"water": "water", "forest": "forest", "settlement": "settlement",
                                   "*": "cropland"})
    points = features(POINTS)
    pixels = np.floor(to_pixels(np.array([f["geometry"]["coordinates"] for f in points]), transform, crs))
    mapped = [int(values[int(r), int(c)]) for c, r in pixels]
    classes, counts, mapped_pixels = expected_assessment(values, nodata, names, groups, mapped,
                                                         [f["properties"]["class"] for f in points])

    result, feedback = run_logged(ALG, {
        "INPUT": str(class_raster), "REFERENCE": str(POINTS), "CLASS_FIELD": "class",
        "CLASS_MAP": class_map_text(groups), "OUTPUT_MATRIX": str(tmp_path / "matrix.csv"),
        "OUTPUT_REPORT": str(tmp_path / "report.html")})

    expected = independent_figures(counts, mapped_pixels, pixel_area=100.0)
    figures = report_figures(tmp_path / "report.html")
    assert figures["classes"] == classes and figures["pixel_area_m2"] == 100.0
    assert_figures_equal(figures, expected)
    assert abs(result["OVERALL_ACCURACY"] - expected["overall"]) <= 1e-9
    assert abs(result["KAPPA"] - expected["kappa"]) <= 1e-9
    assert abs(result["AREA_ADJUSTED_ACCURACY"] - expected["overall_adjusted"][0]) <= 1e-9
    rows = matrix_rows(result["OUTPUT_MATRIX"])
    assert list(rows) == [*classes, "total", "producers_accuracy"]
    for i, name in enumerate(classes):
        assert [float(rows[name][c]) for c in classes] == counts[i].tolist()
        assert abs(float(rows[name]["users_accuracy"]) - expected["users"][i]) <= 1e-9
        if expected["producers"][i] is not None:
            assert abs(float(rows["producers_accuracy"][name]) - expected["producers"][i]) <= 1e-9
    assert float(rows["total"]["total"]) == len(points) == expected["samples"]
    assert "Reference reprojected from EPSG:4326" in feedback.text
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Olofsson" in text and "<img" in text and all(name in text for name in classes)


def polygon_pixels_by_eye_geometry(feature, transform, crs) -> tuple[np.ndarray, np.ndarray]:
    """Pixels whose centres lie inside the polygon: matplotlib's point-in-polygon test on every pixel centre
    of its bounding box (independent of GDAL's rasterisation)."""
    ring = to_pixels(np.array(feature["geometry"]["coordinates"][0]), transform, crs)
    c0, r0 = np.floor(ring.min(axis=0)).astype(int)
    c1, r1 = np.ceil(ring.max(axis=0)).astype(int)
    cols, rows = np.meshgrid(np.arange(c0, c1 + 1), np.arange(r0, r1 + 1))
    inside = PixelPath(ring).contains_points(np.column_stack([cols.ravel() + 0.5, rows.ravel() + 0.5]))
    return rows.ravel()[inside], cols.ravel()[inside]


def polygon_groups(names):
    return group_classes(names, {"water": "Water", "forest": "Forest", "*": "Farmland"})


def test_polygons_every_pixel_equals_an_independent_computation(provider, class_raster, tmp_path):
    values, transform, crs, names, nodata = read_map(class_raster)
    groups = polygon_groups(names)
    mapped, labels = [], []
    for feature in features(POLYGONS):
        rows, cols = polygon_pixels_by_eye_geometry(feature, transform, crs)
        mapped += values[rows, cols].tolist()
        labels += [feature["properties"]["class"]] * len(rows)
    classes, counts, mapped_pixels = expected_assessment(values, nodata, names, groups, mapped, labels)

    result, feedback = run_logged(ALG, {
        "INPUT": str(class_raster), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
        "CLASS_MAP": class_map_text(groups).replace("; ", "\n"), "OUTPUT_MATRIX": str(tmp_path / "matrix.csv"),
        "OUTPUT_REPORT": str(tmp_path / "report.html")})
    figures = report_figures(tmp_path / "report.html")
    assert figures["classes"] == classes
    assert_figures_equal(figures, independent_figures(counts, mapped_pixels, pixel_area=100.0))
    assert figures["samples"] == len(mapped) > 5000  # every pixel of the 42 polygons
    assert "neighbouring pixels are alike" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_random_pixels_per_polygon_are_seeded(provider, class_raster, tmp_path):
    _, _, _, names, _ = read_map(class_raster)
    parameters = {"INPUT": str(class_raster), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
                  "CLASS_MAP": class_map_text(polygon_groups(names)), "POLYGON_SAMPLING": 1,
                  "SAMPLES_PER_POLYGON": 7, "OUTPUT_MATRIX": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": None}
    runs = []
    for seed, name in ((3, "a"), (3, "b"), (4, "c")):
        run_logged(ALG, {**parameters, "SEED": seed, "OUTPUT_REPORT": str(tmp_path / f"{name}.html")})
        runs.append(report_figures(tmp_path / f"{name}.html"))
    assert runs[0]["samples"] == 7 * len(features(POLYGONS))  # every polygon holds more than 7 pixels
    assert runs[0]["counts"] == runs[1]["counts"]  # the same seed draws the same pixels
    assert runs[0]["counts"] != runs[2]["counts"]


def test_reference_classes_the_map_does_not_know_are_named(provider, class_raster, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run_logged(ALG, {"INPUT": str(class_raster), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
                         "OUTPUT_MATRIX": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(tmp_path / "r.html")})
    assert "The reference class 'Farmland' (field class) is not a class of the map" in str(error.value)
    assert "Cloud shadow." in str(error.value) and ", 12," not in str(error.value)  # the classes, not a colour table
    assert "CLASS_MAP" in str(error.value) and not (tmp_path / "r.html").exists()
    _, _, _, names, _ = read_map(class_raster)
    with pytest.raises(QgsProcessingException) as error:
        run_logged(ALG, {"INPUT": str(class_raster), "REFERENCE": str(POLYGONS), "CLASS_FIELD": "class",
                         "CLASS_MAP": f"Water={names[0]}x", "OUTPUT_MATRIX": "TEMPORARY_OUTPUT"})
    assert f"names '{names[0]}x', which is not a class of the map" in str(error.value)
    assert f"Did you mean {names[0]}?" in str(error.value)


def test_reference_outside_the_map_is_refused(provider, class_raster, tmp_path):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=class:string", "far away", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-40.0, 10.0)))  # the Atlantic
    feature.setAttributes(["Forest"])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException) as error:
        run_logged(ALG, {"INPUT": str(class_raster), "REFERENCE": layer, "CLASS_FIELD": "class",
                         "OUTPUT_MATRIX": "TEMPORARY_OUTPUT", "OUTPUT_REPORT": str(tmp_path / "r.html")})
    assert "No reference sample falls on a valid pixel of the map" in str(error.value)
    assert not (tmp_path / "r.html").exists()


@pytest.mark.parametrize("text, words", [
    ("water", "is not 'reference class=map class"),
    ("water=River; Water=SeaLake", "names the reference class 'Water' twice"),
])
def test_malformed_class_map_is_explained(text, words):
    from explainable_lulc.engine.errors import LulcError

    with pytest.raises(LulcError, match=re.escape(words)):
        parse_class_map(text)


def test_class_map_reads_as_written():
    assert parse_class_map(" water = River , SeaLake ;\nforest=Forest;; ") == {"water": ["River", "SeaLake"],
                                                                               "forest": ["Forest"]}
