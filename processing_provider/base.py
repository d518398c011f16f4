"""What every Explainable LULC algorithm shares: parameters, input checks, errors, logging.

Subclasses add their own parameters in ``add_outputs`` and do their work in ``process_prepared`` with a
prepared :class:`PreparedRun`; they never deal with band names, scaling or model choice.
"""
from __future__ import annotations

import difflib
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameters,
    QgsProcessingParameterString,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..engine.errors import TRANSLATION_CONTEXT, Cancelled, LulcError, Message, Terminated
from ..engine.monitor import Monitor
from ..models.registry import ModelCardError, load_cards, user_model_dirs
from .dependencies import REQUIRED, gdal_mismatch, missing_packages, rasterio_advice
from .icons import ICON_PATH

AUTO_MODEL = "auto"
CLOUD_MASK_CHOICES = ["auto", "on", "off"]
PREDICTED_TARGET = "predicted"  # engine.explanations.catalogue.PREDICTED_NAME


def translated(message: LulcError | str) -> str:
    """The engine's words in the user's language (the engine marks them with ``QT_TRANSLATE_NOOP``): an error
    or a :class:`Message` by its template, then its parameters; a marked word as it is."""
    if isinstance(message, (LulcError, Message)):
        return QCoreApplication.translate(TRANSLATION_CONTEXT, message.template).format(**message.params)
    return QCoreApplication.translate(TRANSLATION_CONTEXT, message)


def is_temporary(path: str) -> bool:
    """Whether ``path`` is a temporary output (in Processing's temporary folder, which QGIS deletes on exit)."""
    from qgis.core import QgsProcessingUtils

    try:
        return Path(path).resolve().is_relative_to(Path(QgsProcessingUtils.tempFolder()).resolve())
    except (OSError, ValueError):
        return False


def engine_labels(labels: Iterable[str]) -> list[str]:
    """Option labels the engine marks for translation (``QT_TRANSLATE_NOOP``), translated."""
    return [QCoreApplication.translate(TRANSLATION_CONTEXT, label) for label in labels]


class FeedbackMonitor(Monitor):
    """The engine's progress, cancel and log, through Processing's feedback."""

    def __init__(self, feedback: QgsProcessingFeedback) -> None:
        self.feedback = feedback

    def progress(self, fraction: float) -> None:
        self.feedback.setProgress(100.0 * fraction)

    def cancelled(self) -> bool:
        return self.feedback.isCanceled()

    def info(self, message: str) -> None:
        self.feedback.pushInfo(message)

    def warning(self, message: str) -> None:
        self.feedback.pushWarning(message)


@dataclass
class PreparedRun:
    """A run resolved by the engine (:func:`engine.run.resolve_run`), with what the QGIS side adds:
    the feedback and the outputs."""

    resolved: Any  # engine.run.ResolvedRun
    monitor: FeedbackMonitor
    outputs: Any  # engine.transaction.OutputTransaction: where to write now, committed when all succeeded
    pixel_mask: str | None = None  # the run's cloud mask raster, once computed

    @property
    def info(self):
        return self.resolved.info

    @property
    def card(self):
        return self.resolved.card


class ExplainableLulcAlgorithm(QgsProcessingAlgorithm):
    """What every algorithm of ours shares: translation, icon, parameters with help, the dependency check,
    errors as messages, the registered models, and outputs written through one transaction."""

    def tr(self, text: str) -> str:
        """Translate ``text``, found under whichever class of ours wrote it (pylupdate5 files
        each ``tr()`` under its enclosing class, so shared strings live under LulcAlgorithm)."""
        for cls in type(self).__mro__:
            translated = QCoreApplication.translate(cls.__name__, text)
            if translated != text:
                return translated
        return text

    def createInstance(self):  # noqa: N802 - QGIS API
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(ICON_PATH))

    def helpUrl(self) -> str:  # noqa: N802 - QGIS API
        return "https://github.com/explainable-lulc/explainable_lulc#readme"

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        wrong_type = self.wrong_file_type(parameters)
        if wrong_type:
            return False, wrong_type
        return super().checkParameterValues(parameters, context)

    def wrong_file_type(self, parameters) -> str:
        """A message for a report or preview given a name of another format (a .pdf report would be HTML
        under a .pdf name, a .jpg preview PNG data)."""
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterFileDestination) or not isinstance(value, str) \
                    or not value or value == QgsProcessing.TEMPORARY_OUTPUT:
                continue
            extensions = re.findall(r"\*\.(\w+)", definition.fileFilter())
            accepted = {*extensions, *(["htm"] if "html" in extensions else [])}
            suffix = Path(value).suffix.lower().lstrip(".")
            if extensions and suffix and suffix not in accepted:
                return self.tr("{name} is written as .{extension}, not as '{file}': give it a .{extension} "
                               "name.").format(name=definition.name(), extension=extensions[0],
                                               file=Path(value).name)
        return ""

    def add_parameter(self, parameter: QgsProcessingParameterDefinition, help_text: str, advanced: bool = False):
        default = self.default_text(parameter)
        if default:
            help_text = " ".join([help_text, self.tr("Default: {value}.").format(value=default)])
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(parameter)

    @staticmethod
    def default_text(parameter: QgsProcessingParameterDefinition) -> str:
        """A choice's, number's or switch's default as ``qgis_process`` takes it (its help, in QGIS 3.22, does
        not show defaults); empty for other parameters and for defaults it cannot spell."""
        default = parameter.defaultValue()
        if default is None or default == "":
            return ""
        if isinstance(parameter, QgsProcessingParameterBoolean):  # qgis_process reads only false and 0 as false
            return "true" if QgsProcessingParameters.parameterAsBool(parameter, default, QgsProcessingContext()) \
                else "false"
        if isinstance(parameter, QgsProcessingParameterEnum):
            values = default if isinstance(default, (list, tuple)) else [default]
            if parameter.usesStaticStrings():
                return ",".join(map(str, values))
            options = parameter.options()
            try:
                return ",".join(f"{int(value)} ({options[int(value)]})" for value in values)
            except (ValueError, TypeError, IndexError):
                return ""
        if isinstance(parameter, QgsProcessingParameterNumber):
            return repr(default) if isinstance(default, float) else str(default)
        return ""

    @staticmethod
    def user_model_dirs() -> list:
        """The QGIS profile's ``explainable_lulc/models`` folder and ``$EXPLAINABLE_LULC_MODELS``."""
        return user_model_dirs([profile_models_dir()])

    def cards(self, problems: dict | None = None) -> dict:
        """Bundled model cards, then the user's own; unreadable user cards go to ``problems``."""
        bundled = load_cards()
        own = load_cards(self.user_model_dirs(), {} if problems is None else problems)
        return {**bundled, **{name: card for name, card in own.items() if name not in bundled}}

    def required_packages(self) -> dict[str, str]:
        """import name → pip name of the packages this algorithm needs."""
        return REQUIRED

    def canExecute(self):  # noqa: N802 - QGIS API
        missing = missing_packages(self.required_packages())
        if missing:
            message = self.tr(
                "Explainable LULC needs these Python packages in QGIS's Python: {names}. Install them with "
                "Raster ▸ Explainable LULC ▸ Install dependencies…, then run this again."
            ).format(names=", ".join(missing))
            return False, message + (" " + rasterio_advice() if "rasterio" in missing else "")
        problem = gdal_mismatch()
        if problem:
            return False, self.tr(
                "{problem}. Two GDAL builds in one process crash QGIS: install a rasterio built "
                "against QGIS's GDAL. {advice}"
            ).format(problem=problem, advice=rasterio_advice())
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        ready, why_not = self.canExecute()  # processing.run and qgis_process do not ask
        if not ready:
            raise QgsProcessingException(why_not)
        try:
            return self.run_algorithm(parameters, context, feedback)
        except LulcError as error:
            raise QgsProcessingException(translated(error)) from error
        except ModelCardError as error:
            raise QgsProcessingException(str(error)) from error
        except Cancelled as error:
            raise QgsProcessingException(self.tr("Cancelled; no output was written.")) from error
        except Terminated as error:
            raise QgsProcessingException(self.tr("Stopped by a termination signal (SIGTERM); no output was "
                                                 "written.")) from error
        except MemoryError as error:
            raise QgsProcessingException(self.out_of_memory_message()) from error

    def run_algorithm(self, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def out_of_memory_message(self) -> str:
        return self.tr("Out of memory; no output was written.")

    def output_transaction(self, parameters, context, inputs: dict):
        """Every file this run will write, checked against the files it reads (``inputs``: parameter name →
        files) and each other before computing. Each destination is asked for once: QGIS gives a
        temporary output a new name at each call."""
        from ..engine.transaction import OutputTransaction

        outputs, rasters = {}, []
        for definition in self.destinationParameterDefinitions():
            name = definition.name()
            if isinstance(definition, QgsProcessingParameterRasterDestination):
                path = self.parameterAsOutputLayer(parameters, name, context)
                rasters.append(name)
            elif isinstance(definition, QgsProcessingParameterFileDestination):
                path = self.parameterAsFileOutput(parameters, name, context)
            else:
                continue
            if path:
                outputs[name] = path
        return OutputTransaction(outputs, rasters, inputs=inputs)


def profile_models_dir():
    """``<QGIS profile>/explainable_lulc/models``: where users' own models live by default."""
    from qgis.core import QgsApplication

    return Path(QgsApplication.qgisSettingsDirPath()) / "explainable_lulc" / "models"


class LulcAlgorithm(ExplainableLulcAlgorithm):
    """An algorithm that runs a model on a Sentinel-2 image: the image, its bands and values, the model,
    the device and the tiling, resolved and checked in :meth:`prepare`."""

    INPUT = "INPUT"
    BANDS = "BANDS"
    INPUT_SCALE = "INPUT_SCALE"
    MODEL = "MODEL"
    DEVICE = "DEVICE"
    BATCH_SIZE = "BATCH_SIZE"
    TILE_SIZE = "TILE_SIZE"
    CLOUD_MASK = "CLOUD_MASK"
    TARGET = "TARGET"
    #: BATCH_SIZE's default: one tile at a time is fastest for a CPU's forward passes (make bench).
    DEFAULT_BATCH_SIZE = 1

    # -- parameters -------------------------------------------------------------------------

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API
        self.add_shared_parameters()
        self.add_outputs()

    def add_outputs(self) -> None:
        raise NotImplementedError

    def add_shared_parameters(self) -> None:
        self.add_image_parameters()
        self.add_model_parameter()
        self.add_device_parameter()
        self.add_tiling_parameters()

    def add_image_parameters(self) -> None:
        """INPUT, BANDS and INPUT_SCALE: the Sentinel-2 image and what its bands and values are."""
        from ..engine.scaling import SCALE_LABELS

        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Sentinel-2 image")),
            self.tr("A Sentinel-2 raster layer: a band stack (GeoTIFF, VRT) or a .SAFE product's subdataset."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.BANDS, self.tr("Band names, in layer order"), optional=True),
            self.tr(
                "The Sentinel-2 band of each layer band, comma-separated, e.g. B02,B03,B04,B08. Empty: "
                "taken from the band descriptions when they are band names, else from the band count "
                "in ESA's order (13: B01…B08, B8A, B09…B12; 12: the same without B10; 10: B02…B08, B8A, "
                "B11, B12; 4: B02, B03, B04, B08). EuroSAT's own files (B8A last) need BANDS."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.INPUT_SCALE, self.tr("Pixel values"), engine_labels(SCALE_LABELS.values()), defaultValue=0,
            ),
            self.tr(
                "How pixel values relate to reflectance. Auto: float data up to about 1.5 is reflectance; "
                "integer data are digital numbers (reflectance × 10000), with the +1000 offset of "
                "processing baseline 04.00 when the metadata declares it or B10 shows it. Products "
                "acquired from 25 January 2022 on carry that offset."
            ),
        )

    def add_model_parameter(self) -> None:
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.MODEL, self.tr("Model"), [AUTO_MODEL, *self.cards()], defaultValue=AUTO_MODEL,
                usesStaticStrings=True,
            ),
            self.tr("The model to run. auto: the bundled model that uses most of the layer's bands (on a tie: on "
                    "L2A the one that held best on real L2A patches; then one that refines to 10 m; then the more "
                    "accurate). Your own models (a card .json beside its weights) are listed too when "
                    "placed in the QGIS profile's explainable_lulc/models folder or a folder named by "
                    "$EXPLAINABLE_LULC_MODELS."),
        )

    def add_device_parameter(self) -> None:
        from ..engine.device import DEVICE_CHOICES

        self.add_parameter(
            QgsProcessingParameterEnum(
                self.DEVICE, self.tr("Device"), list(DEVICE_CHOICES), defaultValue="auto", usesStaticStrings=True
            ),
            self.tr("auto: a CUDA GPU when PyTorch sees one, else the CPU."),
        )

    def add_tiling_parameters(self) -> None:
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.BATCH_SIZE, self.tr("Tiles per batch"), QgsProcessingParameterNumber.Integer,
                defaultValue=self.DEFAULT_BATCH_SIZE, minValue=1, maxValue=64,
            ),
            self.tr("Tiles sent to the model at once. More uses more memory; helps mostly on a GPU."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(
                self.TILE_SIZE, self.tr("Tile size (pixels)"), QgsProcessingParameterNumber.Integer,
                defaultValue=512, minValue=64, maxValue=4096,
            ),
            self.tr("Side of the square tiles the raster is processed in, rounded up to the multiple the model "
                    "or method needs (8 px; 64 px for methods that explain whole patches) and down to the "
                    "raster's size. Results do not depend on it; memory does."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.CLOUD_MASK, self.tr("Mask clouds and shadows"), CLOUD_MASK_CHOICES, defaultValue="auto",
                usesStaticStrings=True,
            ),
            self.tr("Clouds and their shadows are not land cover. auto: found by ukis-csmask's U-Net (L1C or "
                    "L2A, from B02, B03, B04, B08 and, when present, B11, B12) whenever the layer has those "
                    "bands; they become the classes Cloud and Cloud shadow of the class map, and nodata in "
                    "confidence and explanations. on: the same, refused without those bands. off: every pixel "
                    "is classified."),
        )

    def number_parameter(self, number, description: str) -> QgsProcessingParameterNumber:
        """An integer parameter as the engine's catalogue describes it (name, default, range)."""
        extra = {} if number.maximum is None else {"maxValue": number.maximum}
        return QgsProcessingParameterNumber(number.name, description, QgsProcessingParameterNumber.Integer,
                                            defaultValue=number.default, minValue=number.minimum, **extra)

    def add_target_parameter(self) -> None:
        """TARGET for explanations: static strings, so ``qgis_process`` takes a class name. The options are
        the classes of every registered model (their cards say which); each model accepts its own."""
        classes = dict.fromkeys(name for card in self.cards().values() for name in card.class_names)
        self.add_parameter(
            QgsProcessingParameterEnum(
                self.TARGET, self.tr("Class to explain"), [PREDICTED_TARGET, *classes],
                defaultValue=PREDICTED_TARGET, usesStaticStrings=True,
            ),
            self.tr("predicted: at each place, the class the model predicts there. A class of the model (e.g. "
                    "Forest): where, and how strongly, the model sees that class. The list holds the classes of "
                    "every registered model, as their model cards name them; the model you run must know the "
                    "class you choose."),
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        """Name a wrong INPUT layer, TARGET or MODEL and what to choose instead of QGIS's generic message."""
        given = parameters.get(self.INPUT)
        if isinstance(given, QgsMapLayer) and not isinstance(given, QgsRasterLayer):
            return False, self.tr("INPUT: '{name}' ({source}) is not a raster layer. Choose a Sentinel-2 "
                                  "raster.").format(name=given.name(), source=given.source())
        model = parameters.get(self.MODEL)
        if self.parameterDefinition(self.TARGET) is not None:
            target = parameters.get(self.TARGET)
            options = self.parameterDefinition(self.TARGET).options()
            card = self.cards().get(model) if isinstance(model, str) else None
            if card is not None and isinstance(target, str) and target and target != PREDICTED_TARGET:
                options = [PREDICTED_TARGET, *card.class_names]  # the chosen model's own classes
            if isinstance(target, str) and target and target not in options:
                close = difflib.get_close_matches(target, options, n=1)
                hint = self.tr(" Did you mean {name}?").format(name=close[0]) if close else ""
                if card is not None:
                    return False, self.tr("Unknown TARGET class '{name}' for model {model}. Choose one of: "
                                          "{names}.{hint}").format(name=target, model=card.name,
                                                                   names=", ".join(options), hint=hint)
                return False, self.tr("Unknown TARGET class '{name}'. Choose one of: {names}.{hint}").format(
                    name=target, names=", ".join(options), hint=hint)
        if isinstance(model, str) and model and model not in self.parameterDefinition(self.MODEL).options():
            problems: dict = {}
            known = [AUTO_MODEL, *self.cards(problems)]
            if model in problems:
                return False, self.tr("MODEL '{name}' cannot be used: {problem}").format(
                    name=model, problem=problems[model])
            return False, self.tr("Unknown MODEL '{name}'. Known: {names}.").format(name=model, names=", ".join(known))
        wrong_choice = self.wrong_choice(parameters)
        if wrong_choice:
            return False, wrong_choice
        return super().checkParameterValues(parameters, context)

    def wrong_choice(self, parameters) -> str:
        """A message for an enumeration given as QGIS would not take it (qgis_process): a word where it
        takes the option's number, or a number or unknown word where it takes the word."""
        for definition in self.parameterDefinitions():
            value = parameters.get(definition.name())
            if not isinstance(definition, QgsProcessingParameterEnum) or not isinstance(value, str) or not value \
                    or definition.name() in (self.MODEL, self.TARGET):  # checked above, against the models' own
                continue
            options = definition.options()
            if definition.usesStaticStrings() and value not in options:
                return self.tr("{name} '{value}' is not one of its choices: {options}. Give the word, e.g. "
                               "{name}={first}.").format(name=definition.name(), value=value,
                                                         options=", ".join(options), first=options[0])
            if not definition.usesStaticStrings() and not value.strip().isdigit():
                numbered = ", ".join(f"{i} {option}" for i, option in enumerate(options))
                return self.tr("{name} '{value}': give the number of a choice ({options}), e.g. "
                               "{name}=0.").format(name=definition.name(), value=value, options=numbered)
        return ""

    # -- running ----------------------------------------------------------------------------

    def run_algorithm(self, parameters, context, feedback) -> dict:
        run = self.prepare(parameters, context, feedback)
        with run.outputs, self.cloud_mask(run, feedback) as mask:
            run.pixel_mask = mask
            return self.process_prepared(run, parameters, context, feedback)

    def out_of_memory_message(self) -> str:
        return self.tr("Out of memory. Lower TILE_SIZE or BATCH_SIZE (results do not depend on them); no output was "
                       "written.")

    def process_prepared(self, run: PreparedRun, parameters, context, feedback) -> dict:
        raise NotImplementedError

    def prepare(
        self, parameters: dict, context: QgsProcessingContext, feedback: QgsProcessingFeedback
    ) -> PreparedRun:
        """The parameters as one :class:`engine.run.RunRequest`, resolved by the engine; the log says what
        was decided."""
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None:
            raise QgsProcessingException(self.tr("INPUT ({value}) is not a raster layer. Choose a Sentinel-2 "
                                                 "raster.").format(value=parameters.get(self.INPUT)))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(self.naming(layer, self.tr(
                "it comes from the '{provider}' provider; only file rasters (GDAL) can be processed. Save it as "
                "a GeoTIFF first.").format(provider=layer.providerType())))
        from ..engine.run import CLOUDS_NOT_INSTALLED, RunRequest, resolve_run
        from ..engine.scaling import InputScale

        tiled = self.parameterDefinition(self.TILE_SIZE) is not None  # algorithms without tiling take the defaults
        cloud_mask = "off"
        if self.parameterDefinition(self.CLOUD_MASK) is not None:  # algorithms that offer masking
            cloud_mask = self.parameterAsString(parameters, self.CLOUD_MASK, context) or "auto"
        request = RunRequest(
            path=layer.source(), bands=self.parameterAsString(parameters, self.BANDS, context),
            scale=InputScale.from_index(self.parameterAsEnum(parameters, self.INPUT_SCALE, context)),
            model=self.parameterAsString(parameters, self.MODEL, context) or AUTO_MODEL,
            device=self.parameterAsString(parameters, self.DEVICE, context) or "auto",
            cloud_mask=cloud_mask, **self.tiling_request(parameters, context, tiled))
        with self.about(layer):
            run = resolve_run(request, self.cards())
        info, card, settings = run.info, run.card, run.settings
        feedback.pushInfo(self.tr("Bands ({source}): {bands}").format(
            source=translated(info.band_mapping.source), bands=", ".join(info.band_mapping.names)))
        if info.band_mapping.source == "colour interpretation":
            feedback.pushWarning(self.tr("Bands: read as a true-colour image (red, green, blue = B04, B03, B02) from "
                                         "the file's colour interpretation. For a false-colour composite or another "
                                         "band order, give the bands in BANDS."))
        feedback.pushInfo(self.tr("Product level: {reason}").format(reason=translated(info.product_level_reason)))
        feedback.pushInfo(self.tr("Model: {name} ({title}), bands {bands}").format(
            name=card.name, title=card.title, bands=", ".join(card.bands)))
        feedback.pushInfo(self.tr("Pixel values: {scale} ({reason})").format(
            scale=run.scale.scale.value, reason=translated(run.scale.reason)))
        for warning in run.scale.warnings:
            feedback.pushWarning(self.tr("Pixel values: {warning}").format(warning=translated(warning)))
        if info.pixel_metres is not None and not 5.0 <= info.pixel_metres <= 15.0:
            feedback.pushWarning(self.tr(
                "Pixels are {size:.1f} m; the models learnt from 10 m pixels (a 64-pixel window is 640 m there, "
                "{window:.0f} m here), so expect a poor map. Resample the layer to 10 m first (e.g. Raster ▸ "
                "Projections ▸ Warp with a 10 m resolution, or gdalbuildvrt -tr 10 10).").format(
                    size=info.pixel_metres, window=64 * info.pixel_metres))
        feedback.pushInfo(self.tr("Device: {device}").format(device=run.device))
        if tiled:
            feedback.pushInfo(self.tr("Tiles of {tile} px (TILE_SIZE {asked}), {batch} per batch; about {memory:.1f} "
                                      "GB of memory").format(tile=settings.tile_size, asked=request.tile_size,
                                                             batch=settings.batch_size,
                                                             memory=run.memory_bytes / 2**30))
        if run.clouds is not None:
            feedback.pushInfo(self.tr("Clouds: {detector} ({reason})").format(
                detector=run.clouds.description, reason=translated(info.product_level_reason)))
        elif run.clouds_skipped == CLOUDS_NOT_INSTALLED:
            feedback.pushWarning(self.tr("Clouds: not masked, the packages ukis-csmask and onnxruntime are missing. "
                                         "Install them with Raster ▸ Explainable LULC ▸ Install dependencies…"))
        elif run.clouds_skipped:
            feedback.pushInfo(self.tr("Clouds: not masked (the detector needs B02, B03, B04 and B08)"))
        outputs = self.output_transaction(parameters, context, {self.INPUT: info.files or [info.path]})
        return PreparedRun(resolved=run, monitor=FeedbackMonitor(feedback), outputs=outputs)

    def tiling_request(self, parameters, context, tiled: bool) -> dict:
        """TILE_SIZE, BATCH_SIZE and what the method's passes need of memory, as RunRequest fields."""
        from ..engine.run import DEFAULT_TILE_SIZE

        batch_size = self.parameterAsInt(parameters, self.BATCH_SIZE, context) if tiled else self.DEFAULT_BATCH_SIZE
        images, gradients = self.memory_profile(parameters, context, batch_size)
        return dict(tile_size=self.parameterAsInt(parameters, self.TILE_SIZE, context) if tiled else DEFAULT_TILE_SIZE,
                    batch_size=batch_size, images_per_pass=images, gradients=gradients)

    @contextmanager
    def cloud_mask(self, run: PreparedRun, feedback):
        """The run's cloud mask (a temporary raster) while the run needs it; the first fifth of the
        progress bar."""
        resolved = run.resolved
        if resolved.clouds is None:
            yield None
            return
        from ..engine.clouds import temporary_mask_path, write_cloud_mask
        from ..engine.monitor import PartMonitor

        whole = run.monitor
        with temporary_mask_path() as path:
            counts = write_cloud_mask(resolved.info, resolved.cloud_indexes, resolved.scale, resolved.clouds, path,
                                      PartMonitor(whole, 0.0, 0.2))
            feedback.pushInfo(self.tr("Clouds: {cloud:.1f} % cloud, {shadow:.1f} % cloud shadow of the valid "
                                      "pixels, masked").format(cloud=100 * counts.share(counts.cloud),
                                                               shadow=100 * counts.share(counts.shadow)))
            run.monitor = PartMonitor(whole, 0.2, 0.8)
            try:
                yield path
            finally:
                run.monitor = whole

    def naming(self, layer, message: str) -> str:
        """``message`` about ``layer``, with the layer's name and file unless it names the file already."""
        if layer.source() in message:
            return message
        return self.tr("Layer '{name}' ({path}): {message}").format(name=layer.name(), path=layer.source(),
                                                                    message=message)

    @contextmanager
    def about(self, layer):
        """Errors the engine raises about ``layer`` (its file, bands, size, values) name the layer."""
        try:
            yield
        except LulcError as error:
            raise QgsProcessingException(self.naming(layer, translated(error))) from error

    def style_output(self, run: PreparedRun, context, label: str, make_renderer, layer_name: str,
                     placement=None) -> None:
        """Style raster output ``label`` (sidecar .qml, committed with it) and have Processing apply the
        style and ``layer_name`` when it loads the layer, placed as ``placement`` says (default: on top)."""
        from .styling import ON_TOP, style_on_load, write_sidecar_style

        final = run.outputs.final(label)
        write_sidecar_style(run.outputs.path(label), make_renderer, run.outputs.style_path(label), Path(final).name)
        style_on_load(context, final, layer_name, run.outputs.final_style(label), placement or ON_TOP)

    def class_legend(self, target_name: str, unit: str, signed: bool):
        """Legend text of an explanation of class ``target_name``: values with ``unit``; a signed one says
        which end is for the class and which against it."""
        from .styling import LegendText

        if not signed:  # evidence for the class, from none up
            high = (self.tr("evidence for the predicted class") if target_name == PREDICTED_TARGET
                    else self.tr("evidence for {name}").format(name=target_name))
            return LegendText(unit=unit, low=self.tr("none"), high=high)
        if target_name == PREDICTED_TARGET:
            return LegendText(unit=unit, signed=True, high=self.tr("for the predicted class"),
                              low=self.tr("against the predicted class"))
        return LegendText(unit=unit, signed=True, high=self.tr("for {name}").format(name=target_name),
                          low=self.tr("against {name}").format(name=target_name))

    def memory_profile(self, parameters, context, batch_size: int) -> tuple[int | None, bool]:
        """(images the model sees at once when more than the batch, whether gradients are kept): what
        bounds TILE_SIZE × BATCH_SIZE."""
        return None, False

