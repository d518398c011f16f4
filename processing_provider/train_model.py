"""Train LULC model: a new model for the user's own legend, from polygons digitised on a Sentinel-2 image,
reusing a registered model's features; written as a model card + weights where the plugin finds users' models."""
from __future__ import annotations

import json

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from .base import AUTO_MODEL, LulcAlgorithm, PreparedRun, profile_models_dir
from .reference_features import category_colours, read_reference

#: Colours of classes without a categorised style (distinct, readable on imagery).
PALETTE = ("#1f77b4", "#2ca02c", "#d62728", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf", "#aec7e8", "#98df8a", "#ff9896", "#ffbb78", "#c5b0d5", "#c49c94", "#f7b6d2", "#dbdb8d",
           "#9edae5", "#393b79")
CARD_NAME = "OUTPUT_CARD"
WEIGHTS = "WEIGHTS"  # the weights file: written with the card, in the same transaction


class TrainModel(LulcAlgorithm):
    MODEL = "BASE_MODEL"  # the shared model parameter, as the model whose features are reused
    REFERENCE = "REFERENCE"
    CLASS_FIELD = "CLASS_FIELD"
    NAME = "NAME"
    EPOCHS = "EPOCHS"
    SEED = "SEED"
    OUTPUT_CARD = CARD_NAME
    MODEL_NAME = "MODEL_NAME"
    HELD_OUT_ACCURACY = "HELD_OUT_ACCURACY"

    def name(self) -> str:
        return "train_model"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Train LULC model")

    def group(self) -> str:
        return self.tr("Land cover")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "land_cover"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>Teaches a model your own legend from polygons you digitised on a Sentinel-2 image: 2 to 20 "
            "classes, each in a field of the polygons. The new model appears in the Model list of every "
            "algorithm at once (also for qgis_process: MODEL=name).</p>"
            "<p><b>How</b>: the base model's network is copied unchanged (its features and input normalisation); "
            "new output layers for your classes are fitted on its features of 64×64-pixel windows centred on "
            "your polygons' pixels (in all flips and quarter turns) and, for models with a per-pixel head, of "
            "the pixels' spectra. Classes weigh equally, whatever their pixel counts.</p>"
            "<p><b>Accuracy on a separate area</b>: polygons are grouped into 256-pixel blocks; about a quarter "
            "of the pixels, in whole blocks, is held out (training polygons within 64 pixels of a held-out "
            "polygon are left out), and the held-out pixels are classified as Classify LULC would. The model "
            "saved is the one trained without them; its card records that accuracy, the classes and colours "
            "(from the layer's categorised style, else a palette), the bands, the normalisation and the training "
            "data.</p>"
            "<p><b>Where</b>: the first folder of $EXPLAINABLE_LULC_MODELS when set, else the QGIS profile's "
            "explainable_lulc/models. A model of the same name there is replaced.</p>"
        )

    def add_shared_parameters(self) -> None:
        self.add_image_parameters()
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.REFERENCE, self.tr("Training polygons"),
                                                [QgsProcessing.TypeVectorPolygon]),
            self.tr("Polygons of known class on the image, each well inside one cover type. Any CRS: they are "
                    "reprojected to the image's. A polygon holds the pixels whose centres lie inside it."),
        )
        self.add_parameter(
            QgsProcessingParameterField(self.CLASS_FIELD, self.tr("Class field"),
                                        parentLayerParameterName=self.REFERENCE),
            self.tr("The field holding each polygon's class (text or numbers): 2 to 20 classes, each with at least "
                    "60 labelled pixels."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(self.MODEL, self.tr("Base model"), [AUTO_MODEL, *self.cards()],
                                       defaultValue=AUTO_MODEL, usesStaticStrings=True),
            self.tr("The registered model whose features are reused (its bands are the new model's). auto: the "
                    "bundled model that uses most of the image's bands."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.NAME, self.tr("New model's name")),
            self.tr("Letters, digits, '_', '-' and '.' (up to 64): how the model is listed and chosen, e.g. "
                    "MODEL=my_wetlands in qgis_process."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.EPOCHS, self.tr("Epochs"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=100, minValue=1, maxValue=1000, optional=True),
            self.tr("Full passes over the training samples (L-BFGS iterations) when fitting the new output layers."),
        )
        self.add_device_parameter()
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=0, minValue=0),
            self.tr("Seeds the held-out blocks, the samples and the fitting: the same seed gives the same model."),
            advanced=True,
        )

    def add_outputs(self) -> None:
        self.addOutput(QgsProcessingOutputFile(self.OUTPUT_CARD, self.tr("Model card")))
        self.addOutput(QgsProcessingOutputString(self.MODEL_NAME, self.tr("Model name")))
        self.addOutput(QgsProcessingOutputNumber(self.HELD_OUT_ACCURACY, self.tr("Held-out accuracy")))

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        from ..models.registry import NAME_PATTERN, load_cards

        name = self.parameterAsString(parameters, self.NAME, context).strip()
        if not NAME_PATTERN.match(name):
            return False, self.tr("NAME '{name}' must be 1 to 64 letters, digits, '_', '-' or '.', e.g. "
                                  "my_wetlands.").format(name=name)
        if name in load_cards():
            return False, self.tr("NAME '{name}' is a bundled model's; choose another name.").format(name=name)
        return super().checkParameterValues(parameters, context)

    def output_transaction(self, parameters, context, inputs: dict):
        """The card and its weights, beside each other in the user's model folder, committed together."""
        from ..engine.transaction import OutputTransaction
        from ..models.registry import own_models_dir

        name = self.parameterAsString(parameters, self.NAME, context).strip()
        folder = own_models_dir(profile_models_dir())
        return OutputTransaction({self.OUTPUT_CARD: folder / f"{name}.json", WEIGHTS: folder / f"{name}.pt"},
                                 inputs=inputs)

    def process_prepared(self, run: PreparedRun, parameters, context, feedback) -> dict:
        from ..engine.fine_tuning import label_polygons, train_model
        from ..models.registry import ModelCard, read_card_json

        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            raise QgsProcessingException(self.tr("REFERENCE is not a polygon layer."))
        field_name = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        name = self.parameterAsString(parameters, self.NAME, context).strip()
        raster = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        read = read_reference(source, field_name, raster.crs(), context, feedback)
        if read.reprojected_from:
            feedback.pushInfo(self.tr("Polygons reprojected from {source} to the image's {target}").format(
                source=read.reprojected_from, target=raster.crs().authid()))
        if read.without_class:
            feedback.pushWarning(self.tr("{count} polygon(s) without a class in {field} left out").format(
                count=read.without_class, field=field_name))
        colours = category_colours(self.parameterAsVectorLayer(parameters, self.REFERENCE, context), field_name)
        labels = label_polygons(read.features, run.info, run.resolved.indexes, field_name,
                                preferred_order=list(colours))
        if labels.outside:
            feedback.pushWarning(self.tr("{count} polygon(s) cover no valid pixel of the image (outside it, on "
                                         "nodata, or smaller than a pixel) and were left out").format(
                count=len(labels.outside)))
        pixels = labels.pixels_per_class()
        feedback.pushInfo(self.tr("{polygons} polygons, {classes} classes: {counts}").format(
            polygons=len(labels.polygons), classes=len(labels.classes),
            counts=", ".join(f"{c} {n:,} px" for c, n in zip(labels.classes, pixels))))
        palette = iter(c for c in PALETTE if c not in colours.values())
        class_colours = [colours.get(c) or next(palette, "#808080") for c in labels.classes]
        epochs = self.parameterAsInt(parameters, self.EPOCHS, context) or 100
        seed = self.parameterAsInt(parameters, self.SEED, context)
        title = self.tr("{name}: {classes} from {layer} (features of {base})").format(
            name=name, classes=", ".join(labels.classes), layer=source.sourceName(), base=run.card.name)

        outputs = run.outputs
        result = train_model(run.card, run.info, run.resolved.scale, labels, name, title, class_colours,
                             outputs.path(WEIGHTS), epochs, run.resolved.device, seed, run.monitor)
        metrics = result.metrics()
        card = self.card_json(run, read_card_json(run.card.path) if run.card.path else {}, result, metrics,
                              source.sourceName(), field_name, epochs, seed)
        ModelCard.from_dict(card)  # the card the plugin will read: checked before anything is committed
        with open(outputs.path(self.OUTPUT_CARD), "w", encoding="utf-8") as out:
            json.dump(card, out, indent=2)
            out.write("\n")
        accuracy = metrics.get("overall_accuracy")
        if accuracy is None:
            feedback.pushWarning(self.tr("No spatially separate part could be held out (the polygons are too few "
                                         "or too close together): the card has no held-out accuracy."))
        else:
            low, high = metrics["accuracy_ci95"]
            feedback.pushInfo(self.tr("Held-out accuracy {accuracy:.1%} ({low:.1%}–{high:.1%}) on {pixels:,} pixels "
                                      "of {polygons} spatially separate polygons; kappa {kappa:.3f}").format(
                accuracy=accuracy, low=low, high=high, pixels=metrics["evaluation_pixels"],
                polygons=metrics["evaluation_polygons"], kappa=metrics["kappa"]))
        feedback.pushInfo(self.tr("Trained in {seconds:.1f} s; model {name} written to {path}").format(
            seconds=result.seconds, name=name, path=outputs.final(self.OUTPUT_CARD)))
        return {self.OUTPUT_CARD: outputs.final(self.OUTPUT_CARD), self.MODEL_NAME: name,
                self.HELD_OUT_ACCURACY: accuracy if accuracy is not None else float("nan")}

    @staticmethod
    def card_json(run: PreparedRun, base: dict, result, metrics: dict, layer: str, field_name: str, epochs: int,
                  seed: int) -> dict:
        """The new card: the base card's bands, normalisation and architecture; the new classes, weights,
        training data and held-out figures."""
        card = result.card
        normalisation = dict(base.get("normalisation", {}))
        normalisation.update(mean=list(card.mean), std=list(card.std), reflectance_max=card.reflectance_max)
        architecture_args = {key: list(value) if isinstance(value, tuple) else value
                             for key, value in card.architecture_args.items()}
        return {
            "name": card.name,
            "title": card.title,
            "architecture": {"name": card.architecture, "args": architecture_args},
            "bands": list(card.bands),
            "normalisation": normalisation,
            "classes": [{"name": c.name, "colour": c.colour} for c in card.classes],
            "weights": f"{card.name}.pt",  # beside the card
            "product_level": run.card.product_level,
            "licence": "",
            "training": {
                "method": "Train LULC model: the base model's network copied unchanged, new window head (and "
                          "per-pixel head) fitted by class-balanced logistic regression on its features",
                "base_model": run.card.name,
                "image": run.info.path,
                "input_scale": run.resolved.scale.scale.value,
                "layer": layer,
                "class_field": field_name,
                "polygons": len(result.split.training) + len(result.split.held_out) + len(result.split.buffered),
                "training_polygons": len(result.split.training),
                "held_out_polygons": len(result.split.held_out),
                "buffer_polygons": len(result.split.buffered),
                "held_out_feature_ids": sorted(p.feature_id for p in result.split.held_out),
                "buffer_feature_ids": sorted(p.feature_id for p in result.split.buffered),
                "pixels_per_class": result.pixels_per_class,
                "training_windows_per_class": result.training_windows,
                "split": result.split.describe(),
                "epochs": epochs,
                "seed": seed,
                "seconds": round(result.seconds, 1),
            },
            "metrics": metrics,
        }
