"""The explanation methods the plugin offers, as data: ids, translatable labels, parameters.

Torch-free on purpose: the Processing algorithms build their option lists and number ranges from
here when QGIS starts, and the engine imports a method's class (``implementation``) only when it
runs. A new method is an entry here plus its class; a new family of methods (a new algorithm) is
a :class:`Family` plus a thin algorithm file for the parameters of its own.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

from ..errors import QT_TRANSLATE_NOOP, LulcError

PREDICTED_NAME = "predicted"  # TARGET: at each place, the class predicted there
#: Masked tiles SHAP and LIME of bands send to the model at once, their memory blocks reused (engine.heap):
#: as fast as 8 and less memory (SHAP 4096²: 1.57 -> 1.13 GB; LIME 2048²: 1.37 -> 1.23-1.34 GB).
COALITION_IMAGES_PER_PASS = 4
LIME_PATCHES_PER_PASS = 64  # masked 64×64 patches LIME sends to the model at once


@dataclass(frozen=True)
class Choice:
    """One option of an enumeration parameter: the id runs use and tags record, and its label."""

    id: str
    label: str  # marked QT_TRANSLATE_NOOP("engine", …); the QGIS side translates it


@dataclass(frozen=True)
class Method(Choice):
    """A scene explainer: the option that selects it, and the class that computes it."""

    family: str = ""
    implementation: str = ""  # "module:Class" of this package, imported when the method runs
    spatial: bool = True  # whether its attributions vary over the pixels of a window (else per spectral feature)
    keeps_gradients: bool = False  # whether it back-propagates to the input (memory ×3)

    def load(self) -> type:
        module, name = self.implementation.split(":")
        return getattr(importlib.import_module(f"{__package__}.{module}"), name)


@dataclass(frozen=True)
class Number:
    """An integer parameter: its Processing name, default and range."""

    name: str
    default: int
    minimum: int
    maximum: int | None = None


@dataclass(frozen=True)
class Family:
    """The methods one algorithm offers (its ``option`` parameter), with the parameters they share."""

    id: str
    algorithm: str  # Processing id, without the provider
    option: str  # the enumeration parameter that selects a method: METHOD or FEATURES
    methods: tuple[Method, ...]
    backgrounds: tuple[Choice, ...] = ()
    numbers: tuple[Number, ...] = field(default_factory=tuple)
    images_per_pass: int | None = None  # images its methods send to the model at once, when more than a batch
    #: Images the memory check counts, when more than it sends: what else a pass holds (LIME's samples
    #: and fits, superpixel LIME's 64 patches) measured as tiles.
    memory_images: int | None = None

    def memory_profile(self, method: Method, batch_size: int, layer: str = "") -> tuple[int | None, bool]:
        """(images the model sees at once when more than the batch, whether gradients are kept) of a run
        of ``method``: what bounds TILE_SIZE × BATCH_SIZE (engine.run.RunRequest). Explaining a chosen
        inner ``layer`` keeps gradients too."""
        images = max(batch_size, self.memory_images or self.images_per_pass) if self.images_per_pass else None
        return images, method.keeps_gradients or bool(layer)

    def method(self, key: str | int) -> Method:
        """A method by id or by its position in the option list."""
        if isinstance(key, int):
            return self.methods[key]
        for method in self.methods:
            if method.id == key:
                return method
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown {option} '{name}'. Choose one of: {names}."),
                        option=self.option, name=key, names=", ".join(m.id for m in self.methods))

    def background(self, key: str | int) -> Choice:
        if isinstance(key, int):
            return self.backgrounds[key]
        for background in self.backgrounds:
            if background.id == key:
                return background
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown BACKGROUND '{name}'. Choose one of: {names}."),
                        name=key, names=", ".join(b.id for b in self.backgrounds))

    def number(self, name: str) -> Number:
        return next(number for number in self.numbers if number.name == name)


#: What a removed feature becomes (SHAP, LIME), in menu order.
BACKGROUNDS = (
    Choice("mean", QT_TRANSLATE_NOOP("engine", "Training-set band means")),
    Choice("blur", QT_TRANSLATE_NOOP("engine", "Blurred copy of the image")),
)

BAND_GROUPS_LABEL = QT_TRANSLATE_NOOP("engine", "Band groups (visible, red edge, NIR, SWIR, atmospheric)")
SUPERPIXELS_LABEL = QT_TRANSLATE_NOOP("engine", "Superpixels (SLIC, per 64×64 patch)")
SEGMENTS = Number("SEGMENTS", 16, 2, 64)

GRADCAM = Family(
    id="gradcam", algorithm="explain_gradcam", option="METHOD",
    methods=(
        Method("gradcam", QT_TRANSLATE_NOOP("engine", "Grad-CAM"), "gradcam", "gradcam:GradCam"),
        Method("guided_gradcam", QT_TRANSLATE_NOOP("engine", "Guided Grad-CAM"), "gradcam", "gradcam:GuidedGradCam",
               keeps_gradients=True),
    ),
)

SHAP = Family(
    id="shap", algorithm="explain_shap", option="FEATURES",
    methods=(
        Method("band_groups", BAND_GROUPS_LABEL, "shap", "shap_values:BandGroupShap", spatial=False),
        Method("bands", QT_TRANSLATE_NOOP("engine", "Spectral bands"), "shap", "shap_values:BandShap", spatial=False),
        Method("superpixels", SUPERPIXELS_LABEL, "shap", "shap_values:SuperpixelShap"),
    ),
    backgrounds=BACKGROUNDS,
    numbers=(Number("N_SAMPLES", 512, 1), SEGMENTS),
    images_per_pass=COALITION_IMAGES_PER_PASS,
)

LIME = Family(
    id="lime", algorithm="explain_lime", option="FEATURES",
    methods=(
        Method("superpixels", SUPERPIXELS_LABEL, "lime", "lime_weights:SuperpixelLime"),
        Method("band_groups", BAND_GROUPS_LABEL, "lime", "lime_weights:BandGroupLime", spatial=False),
    ),
    backgrounds=BACKGROUNDS,
    numbers=(Number("N_SAMPLES", 256, 2), SEGMENTS),
    images_per_pass=COALITION_IMAGES_PER_PASS,
    memory_images=LIME_PATCHES_PER_PASS // 8,  # 2048², tile 512: 1.23-1.34 GB measured, 1.11 GiB estimated for 4
)

#: Every family by id, in menu order.
FAMILIES: dict[str, Family] = {family.id: family for family in (GRADCAM, SHAP, LIME)}


def all_methods() -> list[Method]:
    return [method for family in FAMILIES.values() for method in family.methods]
