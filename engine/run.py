"""One place turns what a user asks for into a run the engine can execute.

Every entry point (the Processing algorithms, Explain here, ``make demo``, the bench, evaluation and
the batch command) states a run as a :class:`RunRequest`: raster path, band names, pixel scale,
model, device, tiling, cloud masking. :func:`resolve_run` answers with a :class:`ResolvedRun`: the
raster opened and its bands named, the model chosen and its bands located in the layer, the scale
decided, the device chosen, the tile size fitted, the memory checked, the cloud detector chosen.
Nothing downstream reads the request again, so every caller gets the same answer to the same question.

The tile size has one policy (:func:`fit_tiles`): rounded up to the multiple the model or the
explanation method needs, and no larger than the raster needs. It is never refused for its value
(results do not depend on it), only when its memory estimate exceeds the machine's share.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Mapping

from .errors import QT_TRANSLATE_NOOP, LulcError
from .memory import check_memory
from .pipeline import RunSettings
from .scaling import InputScale, ScaleDecision
from .source import RasterInfo, decide_scale, open_raster

if TYPE_CHECKING:
    from ..models.registry import ModelCard
    from .clouds import CloudDetector
    from .dense import DenseClassifier

AUTO = "auto"
DEFAULT_TILE_SIZE = 512
DEFAULT_BATCH_SIZE = 1  # on a CPU one 512-px tile at a time is fastest (make bench); more helps a GPU
#: Every model's output stride: the tile side is always a multiple of it.
STRIDE = 8
CLOUD_MASK_CHOICES = (AUTO, "on", "off")
#: Why masking asked for as ``auto`` is not done (the algorithms word it for the log).
CLOUDS_NOT_INSTALLED = "not installed"
CLOUDS_LACK_BANDS = "lacks bands"


@dataclass(frozen=True)
class RunRequest:
    """A run as a user states it; defaults are those of the algorithms' parameters."""

    path: str
    bands: str = ""  # BANDS: names in layer order; empty: from the descriptions or the band count
    scale: InputScale = InputScale.AUTO
    model: str = AUTO  # a card's name, or auto: the bundled model using most of the layer's bands
    device: str = AUTO
    tile_size: int = DEFAULT_TILE_SIZE
    batch_size: int = DEFAULT_BATCH_SIZE
    cloud_mask: str = "off"  # auto, on or off
    tile_multiple: int = STRIDE  # what the method needs of the tile side (explanations: see SceneExplainer)
    images_per_pass: int | None = None  # images the model sees at once, when more than the batch (SHAP, LIME)
    gradients: bool = False  # whether the method keeps gradients (memory ×3)


def forget_other_versions(cache: dict, version: tuple) -> None:
    """Drop from a cache keyed by ``(card.version(), …)`` what was loaded from other files of the same model
    name: once a model is replaced, its old weights are never asked for again."""
    for key in [key for key in cache if key[0][0] == version[0] and key[0] != version]:
        del cache[key]


@dataclass(frozen=True)
class ResolvedRun:
    """Everything the engine needs for one run, decided and checked."""

    request: RunRequest
    info: RasterInfo
    card: ModelCard
    indexes: tuple[int, ...]  # 1-based layer bands of the card's bands, in the card's order
    scale: ScaleDecision
    device: str
    settings: RunSettings  # the tile size fitted, the batch size
    memory_bytes: float
    clouds: CloudDetector | None = None
    clouds_skipped: str | None = None  # CLOUDS_NOT_INSTALLED or CLOUDS_LACK_BANDS, when auto could not mask
    classifiers: dict = field(default_factory=dict, repr=False, compare=False)  # loaded models, shared by copies

    @property
    def cloud_indexes(self) -> tuple[int, ...]:
        """1-based layer bands of the cloud detector's bands (none without a detector)."""
        return tuple(self.info.band_mapping.indexes_of(self.clouds.bands)) if self.clouds else ()

    @property
    def pixels(self) -> int:
        return self.info.height * self.info.width

    @cached_property
    def classifier(self) -> DenseClassifier:
        """The card's network on the run's device, loaded once per (model, device)."""
        from .dense import DenseClassifier

        key = (self.card.version(), self.device)
        if key not in self.classifiers:
            forget_other_versions(self.classifiers, key[0])
            self.classifiers[key] = DenseClassifier(self.card, self.device)
        return self.classifiers[key]

    def tiled_for(self, multiple: int) -> ResolvedRun:
        """This run with the tile side fitted to a multiple a method needs (e.g. whole 64-px patches)."""
        if math.lcm(multiple, self.request.tile_multiple) == self.request.tile_multiple:
            return self
        request = replace(self.request, tile_multiple=math.lcm(multiple, self.request.tile_multiple))
        settings, memory = checked_tiles(request, self.info, self.card)
        return replace(self, request=request, settings=settings, memory_bytes=memory)


def fit_tiles(request: RunRequest, info: RasterInfo) -> RunSettings:
    """The one tile-size policy: TILE_SIZE rounded up to a multiple of what the method needs, and no
    larger than the raster needs (every tile has the same shape, so a small raster in a large tile
    wastes the margin). Results never depend on it."""
    if request.batch_size < 1:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "BATCH_SIZE must be at least 1, not {size}."),
                        size=request.batch_size)
    multiple = math.lcm(STRIDE, request.tile_multiple)

    def round_up(size: int) -> int:
        return max(multiple, math.ceil(size / multiple) * multiple)

    tile_size = min(round_up(request.tile_size), round_up(max(info.height, info.width)))
    return RunSettings(batch_size=request.batch_size, tile_size=tile_size)


def checked_tiles(request: RunRequest, info: RasterInfo, card: ModelCard) -> tuple[RunSettings, float]:
    """The fitted tiling and its memory estimate in bytes, refused when above the machine's share."""
    settings = fit_tiles(request, info)
    return settings, check_memory(card, settings.tile_size, settings.batch_size, request.images_per_pass,
                                  request.gradients)


def choose_card(request: RunRequest, info: RasterInfo, cards: Mapping[str, ModelCard] | None) -> ModelCard:
    """MODEL resolved: a named card among ``cards`` (default: the bundled ones), or for auto the bundled
    model that uses most of the layer's bands (users' own models are run only when named)."""
    from ..models.registry import choose_model, load_cards

    bundled = load_cards()
    cards = bundled if cards is None else cards
    if request.model == AUTO:
        card = choose_model(list(bundled.values()), info.band_mapping.names, info.product_level)
        if card is None:
            raise LulcError(QT_TRANSLATE_NOOP("engine", "No bundled model can run on bands {bands}: each needs at "
                                              "least B02, B03 and B04. Check BANDS."),
                            bands=", ".join(info.band_mapping.names))
        return card
    if request.model not in cards:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "Unknown MODEL '{name}'. Known: {names}."), name=request.model,
                        names=", ".join([AUTO, *cards]))
    return cards[request.model]


def choose_clouds(request: RunRequest, info: RasterInfo, device: str) -> tuple[CloudDetector | None, str | None]:
    """CLOUD_MASK resolved: (the detector to run or None, why auto does not mask)."""
    from .clouds import choose_detector, detector_installed, missing_detector_message

    if request.cloud_mask not in CLOUD_MASK_CHOICES:
        raise LulcError(QT_TRANSLATE_NOOP("engine", "CLOUD_MASK must be one of {choices}, not '{choice}'."),
                        choices=", ".join(CLOUD_MASK_CHOICES), choice=request.cloud_mask)
    if request.cloud_mask == "off":
        return None, None
    if not detector_installed():
        if request.cloud_mask == "on":
            raise LulcError(QT_TRANSLATE_NOOP("engine", "CLOUD_MASK is on, but the packages ukis-csmask and "
                                              "onnxruntime are missing. Install them (in QGIS: Raster ▸ Explainable "
                                              "LULC ▸ Install dependencies…) or choose off."))
        return None, CLOUDS_NOT_INSTALLED
    detector = choose_detector(info.band_mapping.names, info.product_level, device)
    if detector is None:
        if request.cloud_mask == "on":
            raise missing_detector_message(info.band_mapping.names)
        return None, CLOUDS_LACK_BANDS
    return detector, None


def resolve_run(request: RunRequest, cards: Mapping[str, ModelCard] | None = None,
                classifiers: dict | None = None) -> ResolvedRun:
    """``request`` decided and checked; errors are :class:`LulcError` naming the problem and the fix.

    ``cards``: the models MODEL may name (default: the bundled ones); ``classifiers``: loaded models to
    share between runs, by (name, device)."""
    from .device import resolve_device

    info = open_raster(request.path, request.bands)
    card = choose_card(request, info, cards)
    indexes = tuple(info.band_mapping.indexes_of(card.bands))  # fails clearly when the layer lacks a band
    scale = decide_scale(info, request.scale, card.bands)
    device = resolve_device(request.device)
    settings, memory = checked_tiles(request, info, card)
    clouds, skipped = choose_clouds(request, info, device)
    return ResolvedRun(request=request, info=info, card=card, indexes=indexes, scale=scale, device=device,
                       settings=settings, memory_bytes=memory, clouds=clouds, clouds_skipped=skipped,
                       classifiers={} if classifiers is None else classifiers)
