"""Models described as data: a model card (JSON) beside a weights file, collected in a registry.

A new model is a new weights file plus a card in ``models/cards/``; nothing else changes.
Torch is imported only when a model is built, so reading cards stays cheap.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

CARDS_DIR = Path(__file__).resolve().parent / "cards"
#: Folders of the user's own models (cards + weights), separated by os.pathsep.
USER_MODELS_VARIABLE = "EXPLAINABLE_LULC_MODELS"

#: EuroSAT's classes, in the order of the class raster's pixel values 0–9.
EUROSAT_CLASSES: tuple[str, ...] = (
    "AnnualCrop", "Forest", "HerbaceousVegetation", "Highway", "Industrial",
    "Pasture", "PermanentCrop", "Residential", "River", "SeaLake",
)


class ModelCardError(ValueError):
    """A model card or its weights file is malformed; the message names the problem."""


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

    @classmethod
    def from_file(cls, path: Path) -> ModelCard:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise ModelCardError(f"Model card {path} cannot be read as JSON: {error}") from error
        try:
            return cls.from_dict(data, path)
        except (KeyError, TypeError, AttributeError) as error:
            raise ModelCardError(f"Model card {path} is malformed: bad or missing field {error}") from error

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> ModelCard:
        where = str(path) if path else "model card"
        required = ("name", "architecture", "bands", "normalisation", "classes", "weights")
        missing = [key for key in required if key not in data]
        if missing:
            raise ModelCardError(f"{where}: missing field(s) {', '.join(missing)}")
        norm = data["normalisation"]
        bands = tuple(data["bands"])
        mean, std = tuple(norm.get("mean", ())), tuple(norm.get("std", ()))
        if not (len(mean) == len(std) == len(bands)):
            raise ModelCardError(
                f"{where}: normalisation needs one mean and one std per band ({len(bands)} bands)"
            )
        if any(s <= 0 for s in std):
            raise ModelCardError(f"{where}: every normalisation std must be positive")
        classes = tuple(LulcClass(c["name"], c["colour"]) for c in data["classes"])
        base = Path(path).parent if path else CARDS_DIR
        arch = data["architecture"]
        return cls(
            name=data["name"],
            title=data.get("title", data["name"]),
            architecture=arch["name"],
            architecture_args=dict(arch.get("args", {})),
            bands=bands,
            mean=mean,
            std=std,
            classes=classes,
            weights=(base / data["weights"]).resolve(),
            reflectance_max=norm.get("reflectance_max"),
            product_level=data.get("product_level", "L1C"),
            licence=data.get("licence", ""),
            training=data.get("training", {}),
            metrics=data.get("metrics", {}),
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
        model = ARCHITECTURES[self.architecture](
            in_channels=len(self.bands), num_classes=len(self.classes), **self.architecture_args
        )
        try:
            state = torch.load(self.weights, map_location="cpu", weights_only=True)
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
    return [d for d in (*extra, *named) if d.is_dir()]


def load_cards(directories: Iterable[Path] = (CARDS_DIR,),
               problems: dict[str, str] | None = None) -> dict[str, ModelCard]:
    """All model cards in ``directories`` (``*.json``), by name, in a stable order.

    With ``problems`` given, a card that cannot be read is skipped and its message recorded
    under its file's stem (users' folders must not break the plugin); otherwise it raises.
    """
    cards: dict[str, ModelCard] = {}
    for directory in directories:
        for path in sorted(Path(directory).glob("*.json")):
            try:
                card = ModelCard.from_file(path)
            except ModelCardError as error:
                if problems is None:
                    raise
                problems[path.stem] = str(error)
                continue
            cards.setdefault(card.name, card)  # bundled models keep their names
    return cards


def choose_model(cards: Sequence[ModelCard], layer_bands: Sequence[str]) -> ModelCard | None:
    """The model using most of the layer's bands (first in ``cards`` on a tie), or None."""
    usable = [card for card in cards if set(card.bands) <= set(layer_bands)]
    return max(usable, key=lambda card: len(card.bands), default=None)
