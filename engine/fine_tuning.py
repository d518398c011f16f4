"""A new model from the user's own polygons: a registered model's features, new heads for the user's classes.

- **Samples.** A 64×64 window, as Classify LULC sees it, whose centre (a pixel corner) has labelled pixels
  of one class all around (centres inside the polygon, valid in the image). A polygon's area (plus the
  windows' margin) is read once, mirrored at the raster's edges as the tile pipeline reads; one dense pass
  gives the windows on an 8-px grid, so the area is passed at several of the 64 grid phases, each phase in
  one of the 8 flips and quarter turns: with all 64, every such corner is a window centre exactly once.
  A class with many labelled pixels gets fewer phases (about 4,000 windows a class are plenty).
- **What is trained.** The base model's network is copied unchanged (its trunk, batch norms and its input
  normalisation, so the features are the ones it learnt). New heads for the new classes are fitted on those
  features: the window head (linear on the averaged last feature map, as in every architecture here), and
  for ``spectral_spatial_fcn`` also the per-pixel head on the spectral features. A multinomial logistic
  regression per head, classes weighted equally, L2-regularised: with a few thousand labelled pixels, fitting
  a few thousand weights is what the data can support, and it takes seconds.
- **Held-out accuracy on a spatially separate part.** Polygons are grouped into square blocks (256 px) by
  their centres; whole blocks are held out (seeded), about a quarter of the pixels, keeping at least half of
  every class for training; training polygons closer than one window (64 px) to a held-out polygon are left
  out of both, so no held-out window overlaps a training one's centre. The held-out pixels are classified
  exactly as Classify LULC classifies them (same tiles, same interpolation) and compared with their labels.
  The model saved is the one trained without the held-out blocks, so the figure describes it.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import numpy as np
import rasterio
import torch
from rasterio.windows import Window
from torch import nn
from torch.nn import functional as F

from ..models.registry import REFINING_ARCHITECTURES
from .accuracy import cohen_kappa, error_matrix, f1_scores, wilson_interval
from .dense import DenseClassifier, cells_to_pixels
from .errors import QT_TRANSLATE_NOOP, LulcError
from .monitor import Monitor, PartMonitor
from .reader import invalid_mask, read_tile
from .reference import ReferenceFeature, polygon_pixels
from .scaling import ScaleDecision
from .source import RasterInfo
from .tiling import Tile, TileGrid, mirror_indices

if TYPE_CHECKING:
    from ..models.registry import ModelCard

MIN_CLASSES, MAX_CLASSES = 2, 20
MIN_CLASS_PIXELS = 30  # labelled pixels a class needs for training
BLOCK_SIZE = 256  # px: the squares polygons are grouped in for the held-out split
HOLD_OUT_SHARE = 0.25
WINDOW = 64
PART_SIZE = 512  # px: polygons are read in parts of at most this side (bounded memory)
WINDOWS_PER_CLASS = 4000  # window samples wanted per class: labelled pixels beyond need not all be centres
MAX_SAMPLES_PER_CLASS = 20_000
DIHEDRAL = 8  # flips and quarter turns
DEFAULT_EPOCHS = 100


# -- labelled pixels --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class LabelledPolygon:
    """A reference polygon's class and the raster pixels whose centres it holds."""

    feature_id: int
    label: int  # class index
    rows: np.ndarray
    cols: np.ndarray

    @property
    def pixels(self) -> int:
        return int(self.rows.size)

    @property
    def centre(self) -> tuple[float, float]:
        return float(self.rows.mean()), float(self.cols.mean())

    @property
    def bounds(self) -> tuple[int, int, int, int]:
        """First row, first column, last row + 1, last column + 1."""
        return int(self.rows.min()), int(self.cols.min()), int(self.rows.max()) + 1, int(self.cols.max()) + 1


@dataclass
class Labels:
    classes: tuple[str, ...]
    polygons: list[LabelledPolygon]
    outside: list[int] = field(default_factory=list)  # feature ids of polygons with no valid pixel

    def pixels_per_class(self, polygons: Sequence[LabelledPolygon] | None = None) -> np.ndarray:
        counts = np.zeros(len(self.classes), np.int64)
        for polygon in self.polygons if polygons is None else polygons:
            counts[polygon.label] += polygon.pixels
        return counts


def class_order(labels: Sequence[str], preferred: Sequence[str] = ()) -> tuple[str, ...]:
    """The classes in the order of ``preferred`` (a categorised style's), then the others sorted."""
    present = set(labels)
    ordered = [name for name in dict.fromkeys(preferred) if name in present]
    return tuple(ordered + sorted(present - set(ordered), key=lambda name: (0, int(name), "") if name.isdigit()
                                  else (1, 0, name.lower())))


def label_polygons(features: Sequence[ReferenceFeature], info: RasterInfo, indexes: Sequence[int],
                   field_name: str = "", preferred_order: Sequence[str] = ()) -> Labels:
    """Each polygon's valid pixels; refused with the reason when the classes cannot make a model."""
    polygons: list[tuple[str, int, np.ndarray, np.ndarray]] = []
    outside: list[int] = []
    nodata = [info.nodata[i - 1] for i in indexes]
    with rasterio.open(info.path) as dataset:
        for feature in features:
            rows, cols = polygon_pixels(feature.geometry, dataset.transform, info.height, info.width)
            if rows.size:
                valid_parts = []
                for row, col, part_rows, part_cols in polygon_parts(LabelledPolygon(0, 0, rows, cols)):
                    window = Window(col, row, int(part_cols.max()) - col + 1, int(part_rows.max()) - row + 1)
                    invalid = invalid_mask(dataset.read(list(indexes), window=window), nodata)
                    valid = ~invalid[part_rows - row, part_cols - col]
                    valid_parts.append((part_rows[valid], part_cols[valid]))
                rows = np.concatenate([r for r, _ in valid_parts])
                cols = np.concatenate([c for _, c in valid_parts])
            if rows.size == 0:
                outside.append(feature.feature_id)
                continue
            polygons.append((feature.label, feature.feature_id, rows, cols))
    if not polygons:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "None of the {count} polygons covers a valid pixel of the image: "
                                          "they lie outside it (check the layers' CRS and extent) or on nodata."),
                        count=len(features))
    classes = class_order([p[0] for p in polygons], preferred_order)
    if len(classes) < MIN_CLASSES:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "The polygons over the image hold one class only ({name} in "
                                          "field {field}); a model needs {minimum} to {maximum} classes. Digitise "
                                          "polygons of the other classes too, or choose the field with the classes."),
                        name=classes[0], field=field_name, minimum=MIN_CLASSES, maximum=MAX_CLASSES)
    if len(classes) > MAX_CLASSES:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Field {field} holds {count} classes in the polygons over the "
                                          "image; a model can learn {minimum} to {maximum}. Merge classes, or "
                                          "choose another field."), field=field_name, count=len(classes),
                        minimum=MIN_CLASSES, maximum=MAX_CLASSES)
    index = {name: i for i, name in enumerate(classes)}
    labels = Labels(classes, [LabelledPolygon(fid, index[name], rows, cols) for name, fid, rows, cols in polygons],
                    outside)
    counts = labels.pixels_per_class()
    few = [(name, int(n)) for name, n in zip(classes, counts) if n < 2 * MIN_CLASS_PIXELS]
    if few:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Too few labelled pixels for class(es) {classes}: each needs at "
                                          "least {minimum} (half for training, half to test on a separate area). "
                                          "Digitise more or larger polygons of them."),
                        classes=", ".join(f"{name} ({n} px)" for name, n in few), minimum=2 * MIN_CLASS_PIXELS)
    return labels


# -- the spatial split ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SpatialSplit:
    training: list[LabelledPolygon]
    held_out: list[LabelledPolygon]
    buffered: list[LabelledPolygon]  # near a held-out polygon: in neither part
    block_size: int
    blocks: int
    held_out_blocks: int

    def describe(self) -> str:
        return (f"polygons grouped by their centres into {self.block_size}-px blocks ({self.blocks} blocks hold "
                f"polygons); {self.held_out_blocks} whole block(s) held out (seeded); training polygons closer than "
                f"{WINDOW} px to a held-out polygon left out of both parts ({len(self.buffered)})")


def _gap(a: LabelledPolygon, b: LabelledPolygon) -> int:
    """Pixels between two polygons' bounding boxes (0 when they touch or overlap)."""
    ar0, ac0, ar1, ac1 = a.bounds
    br0, bc0, br1, bc1 = b.bounds
    return max(br0 - ar1, ar0 - br1, bc0 - ac1, ac0 - bc1, 0)


def spatial_split(labels: Labels, seed: int = 0, share: float = HOLD_OUT_SHARE,
                  block_size: int = BLOCK_SIZE) -> SpatialSplit:
    """Whole blocks of polygons held out, about ``share`` of the pixels, each class keeping at least half
    its pixels (and :data:`MIN_CLASS_PIXELS`) for training; a smaller block size when the polygons fill
    fewer than four blocks."""
    polygons = labels.polygons
    totals = labels.pixels_per_class()
    while True:
        block_of = [(int(p.centre[0] // block_size), int(p.centre[1] // block_size)) for p in polygons]
        blocks = sorted(set(block_of))
        if len(blocks) >= 4 or block_size <= 2 * WINDOW:
            break
        block_size //= 2
    order = np.random.default_rng(seed).permutation(len(blocks))
    held: set = set()

    def parts(chosen: set):
        held_out = [p for p, b in zip(polygons, block_of) if b in chosen]
        rest = [p for p, b in zip(polygons, block_of) if b not in chosen]
        training = [p for p in rest if all(_gap(p, h) >= WINDOW for h in held_out)]
        buffered = [p for p in rest if any(_gap(p, h) < WINDOW for h in held_out)]
        return training, held_out, buffered

    for position in order:
        candidate = held | {blocks[position]}
        training, held_out, _ = parts(candidate)
        kept = labels.pixels_per_class(training)
        if np.any(kept < np.maximum(0.5 * totals, MIN_CLASS_PIXELS)):
            continue
        held = candidate
        held_pixels = labels.pixels_per_class(held_out)
        if held_pixels.sum() >= share * totals.sum() and np.all(held_pixels > 0):
            break
    training, held_out, buffered = parts(held)
    return SpatialSplit(training, held_out, buffered, block_size, len(blocks), len(held))


# -- reading areas as the tile pipeline does ---------------------------------------------------------------------

def read_area(dataset, info: RasterInfo, indexes: Sequence[int], rows: tuple[int, int],
              cols: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """Raw pixels (bands, H, W) and their nodata mask of ``rows`` × ``cols`` (half-open; beyond the raster's
    edges mirrored in, as tiles are read)."""
    row_index = mirror_indices(*rows, info.height)
    col_index = mirror_indices(*cols, info.width)
    r0, r1, c0, c1 = row_index.min(), row_index.max() + 1, col_index.min(), col_index.max() + 1
    block = dataset.read(list(indexes), window=Window(c0, r0, c1 - c0, r1 - r0))
    raw = block[:, row_index - r0][:, :, col_index - c0]
    return raw, invalid_mask(raw, [info.nodata[i - 1] for i in indexes])


def polygon_parts(polygon: LabelledPolygon, size: int = PART_SIZE):
    """The polygon's pixels in square parts of at most ``size`` px: (first row, first column, rows, cols)."""
    r0, c0, r1, c1 = polygon.bounds
    for row in range(r0, r1, size):
        for col in range(c0, c1, size):
            inside = (polygon.rows >= row) & (polygon.rows < row + size) & (polygon.cols >= col) & \
                     (polygon.cols < col + size)
            if inside.any():
                yield row, col, polygon.rows[inside], polygon.cols[inside]


def turned_offsets(height: int, width: int, k: int, stride: int) -> dict[tuple[int, int], tuple[int, int]]:
    """For the ``k``-th flip/turn of a ``height``×``width`` area: the phase of window centres in the area as
    it is (corner row and column modulo ``stride``) → the grid offset (dy, dx) in the turned area that puts
    the window centres there."""
    index = dihedral(torch.arange(height * width).reshape(height, width), k)
    offsets = {}
    for dy in range(stride):
        for dx in range(stride):
            row, col = dy + WINDOW // 2, dx + WINDOW // 2  # the first window's centre corner, turned
            around = index[row - 1:row + 1, col - 1:col + 1].flatten()  # its four pixels, as they are
            offsets[(int((around // width).max()) % stride, int((around % width).max()) % stride)] = (dy, dx)
    return offsets


def dihedral(array: torch.Tensor, k: int) -> torch.Tensor:
    """The ``k``-th of the 8 flips and quarter turns of the last two dimensions."""
    if k >= 4:
        array = array.flip(-1)
    return torch.rot90(array, k % 4, dims=(-2, -1))


# -- features of the labelled windows and pixels ----------------------------------------------------------------

@dataclass
class FeatureSet:
    windows: np.ndarray  # (N, D) averaged last feature maps of labelled windows
    window_labels: np.ndarray
    pixels: np.ndarray | None  # (M, S) spectral features of labelled pixels (spectral_spatial_fcn)
    pixel_labels: np.ndarray | None


def extract_features(classifier: DenseClassifier, info: RasterInfo, indexes: Sequence[int], scale: ScaleDecision,
                     polygons: Sequence[LabelledPolygon], monitor: Monitor = Monitor(), seed: int = 0) -> FeatureSet:
    """Window features centred on labelled pixels (at grid offsets and in flips/turns, see the module
    docstring) and, when the model has a per-pixel head, the spectral features of every labelled pixel."""
    model = classifier.model
    stride, cells = model.output_stride, model.feature_cells
    margin = WINDOW // 2 + stride  # read around a part: the windows centred on its edge, plus the offsets
    rng = np.random.default_rng(seed)
    with_pixels = hasattr(model, "spectral_features")
    windows, window_labels, pixels, pixel_labels = [], [], [], []
    class_pixels: dict[int, int] = {}
    for polygon in polygons:
        class_pixels[polygon.label] = class_pixels.get(polygon.label, 0) + polygon.pixels
    offsets_of = {label: int(np.clip(math.ceil(stride * stride * WINDOWS_PER_CLASS / count), DIHEDRAL,
                                     stride * stride)) for label, count in class_pixels.items()}
    total = max(sum(p.pixels * offsets_of[p.label] for p in polygons), 1)
    done = 0
    with rasterio.open(info.path) as dataset, torch.inference_mode():
        for polygon in polygons:
            phases = rng.permutation(stride * stride)[:offsets_of[polygon.label]]
            for row, col, rows, cols in polygon_parts(polygon):
                monitor.check_cancelled()
                height, width = int(rows.max()) - row + 1, int(cols.max()) - col + 1
                raw, invalid = read_area(dataset, info, indexes, (row - margin, row + height + margin),
                                         (col - margin, col + width + margin))
                x = classifier.prepare(raw, invalid, scale)
                label_map = torch.full(x.shape[-2:], -1, dtype=torch.long)
                label_map[torch.from_numpy(rows - row + margin), torch.from_numpy(cols - col + margin)] = polygon.label
                if with_pixels:
                    spectral = model.spectral_features(x[None])[0]
                    pixels.append(spectral[:, rows - row + margin, cols - col + margin].T.cpu().numpy())
                    pixel_labels.append(np.full(rows.size, polygon.label))
                offsets = [turned_offsets(*x.shape[-2:], k, stride) for k in range(DIHEDRAL)]
                for number, phase in enumerate(phases):
                    turned = dihedral(x, number % DIHEDRAL)
                    turned_labels = dihedral(label_map, number % DIHEDRAL)
                    dy, dx = offsets[number % DIHEDRAL][divmod(int(phase), stride)]
                    features = F.avg_pool2d(model.feature_map(turned[None, :, dy:, dx:]), cells, stride=1)[0]
                    grid_rows = dy + stride * torch.arange(features.shape[1]) + WINDOW // 2
                    grid_cols = dx + stride * torch.arange(features.shape[2]) + WINDOW // 2
                    centre = turned_labels[grid_rows[:, None], grid_cols[None, :]]  # the window's central 2×2
                    same = (centre == turned_labels[grid_rows[:, None] - 1, grid_cols[None, :]]) & \
                           (centre == turned_labels[grid_rows[:, None], grid_cols[None, :] - 1]) & \
                           (centre == turned_labels[grid_rows[:, None] - 1, grid_cols[None, :] - 1])
                    chosen = (centre >= 0) & same
                    if chosen.any():
                        windows.append(features[:, chosen.to(features.device)].T.cpu().numpy())
                        window_labels.append(centre[chosen].numpy())
                done += rows.size * len(phases)
                monitor.progress(done / total)
    return FeatureSet(
        np.concatenate(windows) if windows else np.empty((0, 0), np.float32),
        np.concatenate(window_labels) if window_labels else np.empty(0, np.int64),
        np.concatenate(pixels) if with_pixels and pixels else None,
        np.concatenate(pixel_labels) if with_pixels and pixel_labels else None,
    )


# -- fitting a head ------------------------------------------------------------------------------------------

def balanced_subset(labels: np.ndarray, classes: int, limit: int, rng: np.random.Generator) -> np.ndarray:
    """Indices with at most ``limit`` samples of each class, drawn at random."""
    chosen = []
    for k in range(classes):
        members = np.flatnonzero(labels == k)
        chosen.append(members if members.size <= limit else rng.choice(members, limit, replace=False))
    return np.sort(np.concatenate(chosen))


def fit_linear_head(features: np.ndarray, labels: np.ndarray, classes: int, epochs: int = DEFAULT_EPOCHS,
                    weight_decay: float = 1e-3, monitor: Monitor = Monitor()) -> tuple[torch.Tensor, torch.Tensor]:
    """Weights (K, D) and bias (K,) of an L2-regularised multinomial logistic regression on ``features``, each
    class weighing the same in the loss, fitted by L-BFGS (``epochs`` full passes) on standardised features and
    folded back, so it applies to raw ones."""
    x = torch.as_tensor(features, dtype=torch.float32)
    y = torch.as_tensor(labels, dtype=torch.long)
    mean, std = x.mean(dim=0), x.std(dim=0).clamp(min=1e-6)
    z = (x - mean) / std
    counts = torch.bincount(y, minlength=classes).float()
    class_weights = torch.where(counts > 0, counts.sum() / (classes * counts.clamp(min=1)), torch.zeros(classes))
    head = nn.Linear(z.shape[1], classes)
    torch.nn.init.zeros_(head.weight)  # a convex problem: the start only needs to be the same every run
    torch.nn.init.zeros_(head.bias)
    optimiser = torch.optim.LBFGS(head.parameters(), lr=1.0, max_iter=10, history_size=20,
                                  line_search_fn="strong_wolfe")

    def closure():
        optimiser.zero_grad()
        loss = F.cross_entropy(head(z), y, weight=class_weights) + weight_decay * head.weight.pow(2).sum()
        loss.backward()
        return loss

    for done in range(0, epochs, 10):  # full passes over the samples, ten at a time between cancel checks
        monitor.check_cancelled()
        optimiser.param_groups[0]["max_iter"] = min(10, epochs - done)
        optimiser.step(closure)
        monitor.progress(min(done + 10, epochs) / epochs)
    with torch.no_grad():
        weight = head.weight / std
        bias = head.bias - weight @ mean
    return weight.detach(), bias.detach()


# -- the new model ---------------------------------------------------------------------------------------------

#: Parameters the new model does not take from the base model: its heads (class-specific).
HEAD_PREFIXES = ("classifier.", "pixel_head.")


def new_state(base_model: nn.Module, new_model: nn.Module, window_head: tuple[torch.Tensor, torch.Tensor],
              pixel_head: tuple[torch.Tensor, torch.Tensor] | None) -> dict:
    """The base model's parameters and buffers (the trunk, unchanged) with the new heads."""
    state = {key: value.detach().clone() for key, value in base_model.state_dict().items()
             if not key.startswith(HEAD_PREFIXES)}
    weight, bias = window_head
    state["classifier.weight"], state["classifier.bias"] = weight.clone(), bias.clone()
    if "pixel_head.weight" in new_model.state_dict():
        if pixel_head is None:
            raise ValueError("the architecture has a per-pixel head but no pixel features were fitted")
        weight, bias = pixel_head
        state["pixel_head.weight"], state["pixel_head.bias"] = weight[:, :, None, None].clone(), bias.clone()
    new_model.load_state_dict(state)  # strict: every parameter of the new model is set
    return new_model.state_dict()


@dataclass
class TrainingResult:
    card: ModelCard  # the new model's (weights written)
    classes: tuple[str, ...]
    split: SpatialSplit
    pixels_per_class: dict[str, int]
    training_windows: dict[str, int]
    confusion: np.ndarray | None  # held-out pixels, (reference class, predicted class)
    seconds: float

    def metrics(self) -> dict:
        """The card's ``metrics``: held-out accuracy with its Wilson interval, kappa, F1, confusion matrix."""
        if self.confusion is None or self.confusion.sum() == 0:
            return {"evaluation": "no held-out part: " + self.split.describe()}
        matrix = self.confusion
        correct, total = int(np.trace(matrix)), int(matrix.sum())
        low, high = wilson_interval(correct, total)
        return {
            "overall_accuracy": round(correct / total, 4),
            "accuracy_ci95": [round(low, 4), round(high, 4)],
            "kappa": round(float(cohen_kappa(matrix)), 4),
            "per_class_f1": {c: round(float(f), 4) for c, f in zip(self.classes, f1_scores(matrix))},
            "confusion_matrix": matrix.tolist(),
            "evaluation_pixels": total,
            "evaluation_polygons": len(self.split.held_out),
            "evaluation": "held-out pixels of spatially separate polygons, classified as Classify LULC does with its "
                          "defaults (" + ("refined to 10 m" if self.card.architecture in REFINING_ARCHITECTURES
                                          else "at window scale: the model cannot refine") + "; rows: "
                          "reference class, columns: predicted); " + self.split.describe() + ". Pixels of one "
                          "polygon are not independent: the interval is optimistic.",
        }


def held_out_confusion(classifier: DenseClassifier, info: RasterInfo, indexes: Sequence[int], scale: ScaleDecision,
                       polygons: Sequence[LabelledPolygon], classes: int, monitor: Monitor = Monitor()) -> np.ndarray:
    """(reference, predicted) counts of the polygons' pixels, each predicted exactly as Classify LULC with its
    defaults predicts it: a tile aligned on the 8-px grid around each part, its cells interpolated to pixels,
    refined to 10 m when the model can refine (REFINE is on by default)."""
    stride = classifier.stride
    truth, predicted = [], []
    total = max(sum(p.pixels for p in polygons), 1)
    done = 0
    with rasterio.open(info.path) as dataset, torch.inference_mode():
        for polygon in polygons:
            for row, col, rows, cols in polygon_parts(polygon):
                monitor.check_cancelled()
                row0, col0 = row - row % stride, col - col % stride
                size = max(int(rows.max()) - row0 + 1, int(cols.max()) - col0 + 1)
                size = math.ceil(size / stride) * stride
                tile = Tile(TileGrid(info.height, info.width, size, stride, classifier.window), row0, col0)
                raw = read_tile(dataset, indexes, tile)
                invalid = invalid_mask(raw, [info.nodata[i - 1] for i in indexes])
                x = classifier.prepare(raw[None], invalid[None], scale)
                probabilities = classifier.refine(cells_to_pixels(classifier.window_probabilities(x), stride), x)[0]
                offset = tile.core_offset
                classes_map = probabilities.argmax(dim=0).cpu().numpy()
                predicted.append(classes_map[rows - row0 + offset, cols - col0 + offset])
                truth.append(np.full(rows.size, polygon.label))
                done += rows.size
                monitor.progress(done / total)
    if not truth:
        return np.zeros((classes, classes), np.int64)
    return error_matrix(np.concatenate(truth), np.concatenate(predicted), classes)


def train_model(base_card, info: RasterInfo, scale: ScaleDecision, labels: Labels, name: str, title: str,
                colours: Sequence[str], weights_path: str, epochs: int = DEFAULT_EPOCHS, device: str = "cpu",
                seed: int = 0, monitor: Monitor = Monitor()) -> TrainingResult:
    """Fit new heads on ``base_card``'s features for ``labels``' classes on the training part of a spatial
    split, save the weights to ``weights_path`` and measure the held-out part. Returns the new card."""
    from ..models.registry import LulcClass

    started = time.perf_counter()
    torch.manual_seed(seed)
    indexes = info.band_mapping.indexes_of(base_card.bands)
    classes = labels.classes
    split = spatial_split(labels, seed)
    base = DenseClassifier(base_card, device)
    monitor.info(f"Split: {len(split.training)} training, {len(split.held_out)} held-out, {len(split.buffered)} "
                 f"buffer polygon(s); " + split.describe())
    features = extract_features(base, info, indexes, scale, split.training, PartMonitor(monitor, 0.0, 0.7), seed)
    rng = np.random.default_rng(seed)
    counts = np.bincount(features.window_labels, minlength=len(classes))
    missing = [c for c, n in zip(classes, counts) if n == 0]
    if missing:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "No 64×64 window is centred on the training polygons of class(es) "
                                          "{classes} (their pixels must include 2×2 blocks). Digitise larger polygons "
                                          "of them."), classes=", ".join(missing))
    subset = balanced_subset(features.window_labels, len(classes), MAX_SAMPLES_PER_CLASS, rng)
    window_head = fit_linear_head(features.windows[subset], features.window_labels[subset], len(classes), epochs,
                                  monitor=PartMonitor(monitor, 0.7, 0.05))
    pixel_head = None
    if features.pixels is not None:
        subset = balanced_subset(features.pixel_labels, len(classes), MAX_SAMPLES_PER_CLASS, rng)
        pixel_head = fit_linear_head(features.pixels[subset], features.pixel_labels[subset], len(classes), epochs,
                                     monitor=PartMonitor(monitor, 0.75, 0.05))
    card = replace(base_card, name=name, title=title,
                   classes=tuple(LulcClass(c, colour) for c, colour in zip(classes, colours)),
                   weights=Path(weights_path), training={}, metrics={}, path=None)
    from ..models.architectures import ARCHITECTURES

    state = new_state(base.model.cpu(), ARCHITECTURES[card.architecture].from_card(card), window_head, pixel_head)
    torch.save(state, weights_path)
    new = DenseClassifier(card, device)
    confusion = held_out_confusion(new, info, indexes, scale, split.held_out, len(classes),
                                   PartMonitor(monitor, 0.8, 0.2)) if split.held_out else None
    return TrainingResult(card, classes, split, {c: int(n) for c, n in zip(classes, labels.pixels_per_class())},
                          {c: int(n) for c, n in zip(classes, counts)}, confusion, time.perf_counter() - started)
