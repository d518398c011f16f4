"""Models described as data: a model card (JSON) beside a weights file, collected in a registry.

A new model is a new weights file plus a card in ``models/cards/``; nothing else changes.
Torch is imported only when a model is built, so reading cards stays cheap.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

CARDS_DIR = Path(__file__).resolve().parent / "cards"
#: Folders of the user's own models (cards + weights), separated by os.pathsep.
USER_MODELS_VARIABLE = "EXPLAINABLE_LULC_MODELS"

#: EuroSAT's classes (the training data of the bundled models), in its label order. The plugin takes a
#: model's classes from its card, never from here; training and evaluation (``training/``) use this.
EUROSAT_CLASSES: tuple[str, ...] = (
    "AnnualCrop", "Forest", "HerbaceousVegetation", "Highway", "Industrial",
    "Pasture", "PermanentCrop", "Residential", "River", "SeaLake",
)


#: A card larger than this is not a card (ours are ~6 KB).
MAX_CARD_BYTES = 1_000_000
NAME_PATTERN = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")
COLOUR_PATTERN = re.compile(r"^#[0-9A-Fa-f]{6}$")
BAND_NAMES = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")
MAX_CLASSES = 255  # class rasters are uint8 with 255 as nodata
MAX_WIDTH = 1024  # channels of one layer: beyond this a card is a mistake or an attack on memory
#: Architectures (models/architectures.py) and the arguments a card may give each; torch-free, so cards
#: can be checked without importing torch (a test keeps it in step with ARCHITECTURES).
ARCHITECTURE_ARGUMENTS: dict[str, tuple[str, ...]] = {
    "lulc_fcn": ("widths", "groups"),
    "spectral_spatial_fcn": ("widths", "spectral_widths", "indices", "groups"),
}
NORMALISED_DIFFERENCE_NAMES = ("NDVI", "NDWI", "NDMI")


class ModelCardError(ValueError):
    """A model card or its weights file is malformed; the message names the problem."""


def read_card_json(path: Path) -> Any:
    """The JSON of a card file, read safely: regular files only (a FIFO would block), bounded size and
    nesting; every failure a :class:`ModelCardError` naming the file."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise ModelCardError(f"Model card {path} is not a regular file")
            if status.st_size > MAX_CARD_BYTES:
                raise ModelCardError(f"Model card {path} is {status.st_size:,} bytes; a card is at most "
                                     f"{MAX_CARD_BYTES:,}")
            raw = os.read(descriptor, MAX_CARD_BYTES + 1)
        finally:
            os.close(descriptor)
        text = raw.decode("utf-8")
        if _nesting(text) > 20:
            raise ModelCardError(f"Model card {path} is nested too deeply to be a model card")
        return json.loads(text)
    except ModelCardError:
        raise
    except (OSError, ValueError, RecursionError) as error:
        raise ModelCardError(f"Model card {path} cannot be read as JSON: {error}") from error


def _nesting(text: str) -> int:
    """Deepest bracket nesting (strings ignored only roughly: a bound, not a parser)."""
    depth = deepest = 0
    for character in text:
        if character in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "]}":
            depth -= 1
    return deepest


class CardChecker:
    """Strict field checks, each failure a :class:`ModelCardError` naming the card and the field."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, message: str) -> ModelCardError:
        return ModelCardError(f"{self.where}: {message}")

    def text(self, value: Any, field: str, pattern: re.Pattern | None = None) -> str:
        if not isinstance(value, str) or "\x00" in value or len(value) > 10_000:
            raise self.fail(f"'{field}' must be a text")
        if pattern is not None and not pattern.match(value):
            raise self.fail(f"'{field}' must match {pattern.pattern}, not {value!r}")
        return value

    def mapping(self, value: Any, field: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(f"'{field}' must be an object")
        return value

    def numbers(self, values: Any, field: str, count: int) -> tuple[float, ...]:
        if not isinstance(values, list) or len(values) != count:
            raise self.fail(f"'{field}' needs {count} number(s), one per band")
        if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values):
            raise self.fail(f"'{field}' must hold finite numbers")
        return tuple(float(v) for v in values)

    def bands(self, values: Any) -> tuple[str, ...]:
        if not isinstance(values, list) or not values or any(v not in BAND_NAMES for v in values):
            raise self.fail(f"'bands' must list Sentinel-2 band names ({', '.join(BAND_NAMES)})")
        if len(set(values)) != len(values):
            raise self.fail("'bands' names a band twice")
        return tuple(values)

    def classes(self, values: Any) -> tuple[LulcClass, ...]:
        if not isinstance(values, list) or not 2 <= len(values) <= MAX_CLASSES:
            raise self.fail(f"'classes' must list 2 to {MAX_CLASSES} classes")
        classes = []
        for i, value in enumerate(values):
            value = self.mapping(value, f"classes[{i}]")
            name = self.text(value.get("name"), f"classes[{i}].name")
            if not name.strip() or len(name) > 100:
                raise self.fail(f"'classes[{i}].name' must be a non-empty name of at most 100 characters")
            colour = self.text(value.get("colour"), f"classes[{i}].colour", pattern=COLOUR_PATTERN)
            classes.append(LulcClass(name, colour))
        if len({c.name for c in classes}) != len(classes):
            raise self.fail("two classes share a name")
        return tuple(classes)

    def widths(self, values: Any, field: str, count: int | None) -> tuple[int, ...]:
        if (not isinstance(values, list) or (count is not None and len(values) != count) or not values
                or len(values) > 8
                or not all(isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= MAX_WIDTH for v in values)):
            size = f"{count}" if count is not None else "1 to 8"
            raise self.fail(f"'{field}' must be {size} whole numbers from 1 to {MAX_WIDTH}")
        return tuple(values)

    def architecture_args(self, architecture: str, args: Any, bands: tuple[str, ...]) -> dict[str, Any]:
        args = self.mapping(args, "architecture.args")
        unknown = set(args) - set(ARCHITECTURE_ARGUMENTS[architecture])
        if unknown:
            raise self.fail(f"architecture {architecture} takes no argument(s) {', '.join(sorted(unknown))}")
        checked: dict[str, Any] = {}
        if "widths" in args:
            checked["widths"] = self.widths(args["widths"], "architecture.args.widths", 4)
        if "spectral_widths" in args:
            checked["spectral_widths"] = self.widths(args["spectral_widths"], "architecture.args.spectral_widths", None)
        if "indices" in args:
            indices = args["indices"]
            if not isinstance(indices, list) or any(i not in NORMALISED_DIFFERENCE_NAMES for i in indices):
                names = ', '.join(NORMALISED_DIFFERENCE_NAMES)
                raise self.fail(f"'architecture.args.indices' must list some of {names}")
            checked["indices"] = tuple(indices)
        if "groups" in args:  # trunks side by side (architectures.side_by_side)
            groups = args["groups"]
            if not isinstance(groups, int) or isinstance(groups, bool) or not 1 <= groups <= 8 or \
                    "widths" not in checked or any(width % groups for width in checked["widths"]):
                raise self.fail("'architecture.args.groups' must be a whole number from 1 to 8 dividing every "
                                "one of the widths, which the card must then give")
            checked["groups"] = groups
        return checked


@dataclass(frozen=True)
class LulcClass:
    name: str
    colour: str  # "#rrggbb"


@dataclass(frozen=True)
class ModelCard:
    """Everything needed to build, feed and describe one model."""

    name: str
    title: str
    architecture: str
    architecture_args: dict[str, Any]
    bands: tuple[str, ...]  # input channel order
    mean: tuple[float, ...]  # per band, reflectance
    std: tuple[float, ...]
    classes: tuple[LulcClass, ...]
    weights: Path
    reflectance_max: float | None = None  # inputs are clipped here (e.g. 8-bit training data)
    product_level: str = "L1C"
    licence: str = ""
    training: dict[str, Any] = field(default_factory=dict)
    metrics: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    @property
    def class_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.classes)

    def version(self) -> tuple[object, ...]:
        """This card and its weights as files, told from later ones of the same name (train_model
        replaces a model of its name; a Dask worker outlives one batch command): caches of loaded
        models are keyed by this, never by the name alone."""
        stamps = []
        for file in (self.path, self.weights):
            try:
                status = Path(file).stat() if file is not None else None
            except OSError:  # loading the model says what is wrong with the file
                status = None
            # inode too: outputs are written beside and renamed into place, a new file even within one mtime tick
            stamps.append((str(file), status.st_ino, status.st_mtime_ns, status.st_size) if status else (str(file),))
        return (self.name, *stamps)

    @classmethod
    def from_file(cls, path: Path) -> ModelCard:
        """A card from a JSON file: a regular file of at most :data:`MAX_CARD_BYTES`, every field checked."""
        data = read_card_json(Path(path))
        try:
            return cls.from_dict(data, path)
        except ModelCardError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
            raise ModelCardError(f"Model card {path} is malformed: bad or missing field {error}") from error

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> ModelCard:
        where = str(path) if path else "model card"
        if not isinstance(data, dict):
            raise ModelCardError(f"{where}: a model card is a JSON object")
        required = ("name", "architecture", "bands", "normalisation", "classes", "weights")
        missing = [key for key in required if key not in data]
        if missing:
            raise ModelCardError(f"{where}: missing field(s) {', '.join(missing)}")
        check = CardChecker(where)
        name = check.text(data["name"], "name", pattern=NAME_PATTERN)
        bands = check.bands(data["bands"])
        norm = check.mapping(data["normalisation"], "normalisation")
        mean = check.numbers(norm.get("mean", ()), "normalisation.mean", len(bands))
        std = check.numbers(norm.get("std", ()), "normalisation.std", len(bands))
        if any(s <= 0 for s in std):
            raise ModelCardError(f"{where}: every normalisation std must be positive")
        reflectance_max = norm.get("reflectance_max")
        if reflectance_max is not None:
            reflectance_max = check.numbers([reflectance_max], "normalisation.reflectance_max", 1)[0]
        classes = check.classes(data["classes"])
        arch = check.mapping(data["architecture"], "architecture")
        architecture = check.text(arch.get("name"), "architecture.name")
        if architecture not in ARCHITECTURE_ARGUMENTS:
            raise ModelCardError(f"{where}: unknown architecture '{architecture}' (known: "
                                 f"{', '.join(ARCHITECTURE_ARGUMENTS)})")
        arguments = check.architecture_args(architecture, arch.get("args", {}), bands)
        weights = check.text(data["weights"], "weights")
        base = Path(path).parent if path else CARDS_DIR
        return cls(
            name=name,
            title=check.text(data.get("title", name), "title"),
            architecture=architecture,
            architecture_args=arguments,
            bands=bands,
            mean=mean,
            std=std,
            classes=classes,
            weights=(base / weights).resolve(),
            reflectance_max=reflectance_max,
            product_level=check.text(data.get("product_level", "L1C"), "product_level"),
            licence=check.text(data.get("licence", ""), "licence"),
            training=check.mapping(data.get("training", {}), "training"),
            metrics=check.mapping(data.get("metrics", {}), "metrics"),
            path=Path(path) if path else None,
        )

    def build(self, device: str = "cpu"):
        """The network with its weights loaded, in eval mode, on ``device``."""
        import torch

        from .architectures import ARCHITECTURES

        if self.architecture not in ARCHITECTURES:
            raise ModelCardError(
                f"{self.name}: unknown architecture '{self.architecture}' "
                f"(known: {', '.join(ARCHITECTURES)})"
            )
        model = ARCHITECTURES[self.architecture].from_card(self)
        try:
            state = torch.load(self.weights, map_location="cpu", weights_only=True)
            if isinstance(state, dict):  # what the architecture derives from the card, older files also saved
                derived = {name for name, _ in model.named_buffers()} - set(model.state_dict())
                state = {key: value for key, value in state.items() if key not in derived}
            model.load_state_dict(state)
        except FileNotFoundError as error:
            raise ModelCardError(f"{self.name}: weights file {self.weights} not found") from error
        except Exception as error:  # torch raises several types for corrupt or mismatched files
            raise ModelCardError(
                f"{self.name}: weights file {self.weights} does not fit the card: {error}"
            ) from error
        return model.eval().to(device)


def user_model_dirs(extra: Iterable[Path] = ()) -> list[Path]:
    """Folders holding users' own model cards: ``extra`` (e.g. the QGIS profile's) and
    the folders named in ``$EXPLAINABLE_LULC_MODELS``, those that exist."""
    named = [Path(p) for p in os.environ.get(USER_MODELS_VARIABLE, "").split(os.pathsep) if p]
    return [d for d in (*extra, *named) if _is_dir(d)]


def own_models_dir(profile_dir: Path) -> Path:
    """Where a model the user trains is written: the first folder named in ``$EXPLAINABLE_LULC_MODELS``
    when it names one, else ``profile_dir`` (the QGIS profile's ``explainable_lulc/models``)."""
    named = [p for p in os.environ.get(USER_MODELS_VARIABLE, "").split(os.pathsep) if p]
    return Path(named[0]) if named else Path(profile_dir)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # unreadable, or a NUL in the variable
        return False


def load_cards(directories: Iterable[Path] = (CARDS_DIR,),
               problems: dict[str, str] | None = None) -> dict[str, ModelCard]:
    """All model cards in ``directories`` (``*.json``), by name, in a stable order.

    With ``problems`` given, a card that cannot be read is skipped and its message recorded
    under its file's stem (users' folders must not break the plugin, whatever they hold);
    otherwise it raises.
    """
    cards: dict[str, ModelCard] = {}
    for directory in directories:
        try:
            paths = sorted(Path(directory).glob("*.json"))
        except (OSError, ValueError) as error:
            if problems is None:
                raise ModelCardError(f"Cannot list model cards in {directory}: {error}") from error
            problems[str(directory)] = f"Cannot list model cards in {directory}: {error}"
            continue
        for path in paths:
            try:
                card = ModelCard.from_file(path)
            except Exception as error:  # noqa: BLE001 - any card, however broken, is skipped, never fatal
                if problems is None:
                    raise
                message = str(error) if isinstance(error, ModelCardError) else f"Model card {path}: {error!r}"
                problems[path.stem] = message
                continue
            cards.setdefault(card.name, card)  # bundled models keep their names
    return cards


#: Architectures with a per-pixel head (REFINE's full-resolution evidence); torch-free, so that choosing
#: a model does not load PyTorch (a test checks it against models.architectures).
REFINING_ARCHITECTURES = frozenset({"spectral_spatial_fcn"})


def models_for(cards: Iterable[ModelCard], layer_bands: Sequence[str]) -> list[ModelCard]:
    """The models that can run on a layer with ``layer_bands`` (every band they read is there)."""
    return [card for card in cards if set(card.bands) <= set(layer_bands)]


def l2a_agreement(card: ModelCard) -> float | None:
    """The share of real L2A patches the model gave a correct land-cover group (its card's
    ``metrics.l2a_transfer``, written by ``make transfer``), or None when the card does not record it."""
    figures = card.metrics.get("l2a_transfer")
    value = figures.get("patches_with_a_correct_group") if isinstance(figures, dict) else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def choose_model(cards: Sequence[ModelCard], layer_bands: Sequence[str],
                 product_level: str = "L1C") -> ModelCard | None:
    """The model using most of the layer's bands; among those, for an L2A layer the one that agreed best
    with the labels of real L2A patches when every one of them was measured there (the models learnt on
    L1C, and the most accurate on L1C is not the one that holds best on surface reflectance); then one
    that refines to 10 m (classification refines by default, and on the demo scene's reference the
    refining 13-band model drew water and forest better even at window scale than the one two held-out
    patches more accurate); then the most accurate on its held-out patches; then the first in ``cards``.
    None when no model fits the bands."""
    usable = models_for(cards, layer_bands)
    most = max((len(card.bands) for card in usable), default=0)
    candidates = [card for card in usable if len(card.bands) == most]
    by_l2a = product_level.upper() == "L2A" and all(l2a_agreement(card) is not None for card in candidates)

    def rank(card: ModelCard) -> tuple:
        return (l2a_agreement(card) if by_l2a else 0.0, card.architecture in REFINING_ARCHITECTURES,
                card.metrics.get("overall_accuracy", 0.0))

    return max(candidates, key=rank, default=None)  # max keeps the first of equals
