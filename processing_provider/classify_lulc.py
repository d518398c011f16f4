"""Classify LULC: a Sentinel-2 layer in, a styled class map (the model's classes) and confidence out."""
from __future__ import annotations

from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterRasterDestination

from .base import LulcAlgorithm, PreparedRun
from .styling import Placement, paletted_renderer, ramp_renderer


class ClassifyLulc(LulcAlgorithm):
    REFINE = "REFINE"
    OUTPUT = "OUTPUT"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"

    def name(self) -> str:
        return "classify_lulc"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Classify LULC")

    def group(self) -> str:
        return self.tr("Land cover")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "land_cover"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>Maps land use / land cover from a Sentinel-2 image with a convolutional network "
            "(a bundled model trained on EuroSAT, or your own), pixel by pixel, exactly on the input's grid.</p>"
            "<p><b>Input</b>: a Sentinel-2 raster (L1C or L2A; 3, 4, 10, 12 or 13 bands, any order). "
            "<b>Bands</b>: which Sentinel-2 band each layer band is. Left empty, band descriptions "
            "such as B02 or B8A are used, else ESA's standard order for the band count; the log says "
            "which order was assumed. <b>Pixel values</b>: digital numbers (with or without the "
            "+1000 offset of 2022 products) or reflectance; auto decides and logs why. "
            "<b>Model</b>: auto picks the bundled model using most of the layer's bands, one that can "
            "sharpen its map to 10 m when there is one.</p>"
            "<p><b>How</b>: the model classifies 64×64-pixel windows (640 m). It is evaluated "
            "densely, for the window centred on every 8×8 block at once, and the class "
            "probabilities are interpolated bilinearly to every pixel before choosing the most "
            "probable class; <b>Sharpen boundaries to 10 m</b> then lets each pixel's own spectrum decide "
            "where the windows around it disagree. Masked <b>clouds and shadows</b> get classes of their own. "
            "Results do not depend on the tile size.</p>"
            "<p><b>Outputs</b>: the class raster (values 0, 1, … in the order of the model's classes, "
            "as its model card names and colours them; 255 = nodata) with class names and colours, and "
            "optionally the probability of the chosen class. Pixels that are nodata in the input (declared "
            "nodata, or all bands zero) are nodata in both.</p>"
        )

    def add_outputs(self) -> None:
        self.add_parameter(
            QgsProcessingParameterBoolean(self.REFINE, self.tr("Sharpen boundaries to 10 m"), defaultValue=True),
            self.tr("The model decides on 640 m windows; on, each pixel's own spectrum (the model's per-pixel "
                    "spectral head) sharpens where the windows around it disagree, so shorelines, rivers, field "
                    "and forest edges follow the image. Only models with such a head (the bundled spectral models and "
                    "models trained from them; with another, the log names those that fit the layer) are refined; "
                    "the others keep the window-scale map. Off: the window-scale map."),
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Land cover")),
            self.tr("GeoTIFF of class values 0, 1, … (the model's classes; nodata 255), with class names and a "
                    "colour table."),
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_CONFIDENCE, self.tr("Confidence"), optional=True, createByDefault=True
            ),
            self.tr("GeoTIFF of the chosen class's probability (0–1, nodata −1)."),
        )

    def refinable_models(self, layer_bands) -> list[str]:
        """Models with a per-pixel head that can run on bands ``layer_bands``, those using most bands first."""
        from ..models.registry import REFINING_ARCHITECTURES, models_for

        refining = [card for card in models_for(self.cards().values(), layer_bands)
                    if card.architecture in REFINING_ARCHITECTURES]
        return [card.name for card in sorted(refining, key=lambda card: -len(card.bands))]

    def process_prepared(self, run: PreparedRun, parameters, context, feedback) -> dict:
        from ..engine.classify import classify_raster

        outputs = run.outputs
        wants_confidence = self.OUTPUT_CONFIDENCE in outputs.labels()
        refine = self.parameterAsBoolean(parameters, self.REFINE, context)
        if refine and not run.resolved.classifier.can_refine:
            feedback.pushInfo(self.tr("REFINE: model {model} has no per-pixel head; the map keeps the window "
                                         "scale.").format(model=run.card.name))
            refinable = self.refinable_models(run.info.band_mapping.names)
            if refinable:
                feedback.pushInfo(self.tr("For a map refined to 10 m, choose one of these models: {names}.").format(
                    names=", ".join(refinable)))
            from ..models.registry import load_cards

            if run.card.name not in load_cards():  # the user's own model: its legend is not the bundled ones'
                feedback.pushInfo(self.tr("To keep your classes at 10 m, train your model again with Train LULC "
                                          "model on a base model that refines (BASE_MODEL: one of those above)."))
        report = classify_raster(
            run.resolved, outputs.final(self.OUTPUT),
            outputs.final(self.OUTPUT_CONFIDENCE) if wants_confidence else None, run.monitor, outputs,
            pixel_mask=run.pixel_mask, refine=refine,
        )
        pixels = run.info.width * run.info.height
        feedback.pushInfo(self.tr("{tiles} tiles in {seconds:.1f} s ({rate:.2f} Mpx/s)").format(
            tiles=report.tiles, seconds=report.seconds, rate=report.megapixels_per_second(pixels)))

        classes = list(run.card.classes)
        if run.pixel_mask:
            from ..engine.clouds import MASKED_CLASSES
            from ..models.registry import LulcClass

            classes += [LulcClass(name, colour) for name, colour in MASKED_CLASSES]
        self.style_output(run, context, self.OUTPUT, lambda layer: paletted_renderer(layer, classes),
                          self.tr("Land cover ({model})").format(model=run.card.name))
        results = {self.OUTPUT: outputs.final(self.OUTPUT)}
        if wants_confidence:
            # below the class map and hidden: the land cover is what the user came for
            self.style_output(run, context, self.OUTPUT_CONFIDENCE, lambda layer: ramp_renderer(layer, 0.0, 1.0),
                              self.tr("Confidence ({model})").format(model=run.card.name),
                              Placement(visible=False, below=outputs.final(self.OUTPUT)))
            results[self.OUTPUT_CONFIDENCE] = outputs.final(self.OUTPUT_CONFIDENCE)
        return results
