"""Explain with Grad-CAM: where the model finds evidence for a class, as a styled heat map."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..engine.explanations.catalogue import GRADCAM
from .base import PREDICTED_TARGET, LulcAlgorithm, PreparedRun, engine_labels
from .styling import attribution_renderer


class ExplainGradCam(LulcAlgorithm):
    METHOD = "METHOD"
    LAYER = "LAYER"
    OUTPUT = "OUTPUT"
    OUTPUT_PREVIEW = "OUTPUT_PREVIEW"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    #: Guided Grad-CAM's backward passes run ~1.5× faster two tiles at a time on a CPU (make bench).
    DEFAULT_BATCH_SIZE = 2

    def name(self) -> str:
        return "explain_gradcam"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Explain with Grad-CAM")

    def group(self) -> str:
        return self.tr("Explain")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "explain"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>Shows where the land-cover model finds evidence for a class: a georeferenced heat map "
            "on the input's grid, styled over the imagery.</p>"
            "<p><b>Grad-CAM</b> (Selvaraju et al. 2017) weighs the last convolutional layer's feature "
            "maps by the class's gradient. For this model that is computed for every 64×64 window at "
            "once, in one pass, so it costs about what classifying costs; each pixel shows the "
            "evidence of the windows around it, in the model's units (a window's cells add up to "
            "its class score), comparable across the whole scene.</p>"
            "<p><b>Guided Grad-CAM</b> multiplies Grad-CAM by guided backpropagation at full "
            "resolution (summed over bands; positive values support the class). Gradients there "
            "belong to one window, so the map is a mosaic of 64×64 patches (640 m), each explained "
            "on its own exactly as captum's GuidedGradCam explains a EuroSAT patch. The same holds "
            "for Grad-CAM of another layer.</p>"
            "<p><b>Class to explain</b>: predicted (the class the model predicts at each place, as "
            "Classify LULC maps it) or a class name, e.g. Forest: “where does the model see "
            "Forest?”</p>"
        )

    def add_outputs(self) -> None:
        self.add_target_parameter()
        self.add_parameter(
            QgsProcessingParameterEnum(self.METHOD, self.tr("Method"),
                                       engine_labels(method.label for method in GRADCAM.methods), defaultValue=0),
            self.tr("Grad-CAM: smooth map of where the evidence is. Guided Grad-CAM: the same, sharpened "
                    "to pixels by guided backpropagation, one 64×64 patch at a time."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.LAYER, self.tr("Layer to explain"), optional=True),
            self.tr("Name of a convolutional layer of the model, e.g. features.13. Empty: the last "
                    "convolutional layer (the usual choice: the most class-specific)."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Attribution")),
            self.tr("Float32 GeoTIFF on the input's grid (nodata where the input is nodata)."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PREVIEW, self.tr("Preview image"), self.tr("PNG files (*.png)"), optional=True,
                createByDefault=False,
            ),
            self.tr("PNG: true colour beside the heat map over it, with a colour bar."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=False,
            ),
            self.tr("HTML: a plain-language summary, how far to trust the method (deletion test on sample "
                    "windows), evidence per predicted class, example places."),
        )

    def process_prepared(self, run: PreparedRun, parameters, context, feedback) -> dict:
        from ..engine.explanations.runner import explain_raster, make_explainer, resolve_target
        from ..engine.preview import attribution_preview, read_preview_band, rgb_composite, robust_limit

        method = GRADCAM.method(self.parameterAsEnum(parameters, self.METHOD, context))
        (method_label,) = engine_labels([method.label])
        target_name = self.parameterAsString(parameters, self.TARGET, context) or PREDICTED_TARGET
        target = resolve_target(target_name, run.card.class_names)
        outputs = run.outputs

        explainer = make_explainer(method, run.resolved.classifier,
                                   layer=self.parameterAsString(parameters, self.LAYER, context).strip() or None)
        tiles = run.resolved.tiled_for(explainer.tile_multiple).settings.tile_size
        feedback.pushInfo(self.tr("{method} of layer {layer} for {target}, in tiles of {tile} px").format(
            method=method_label, layer=explainer.layer_name, target=target_name, tile=tiles))
        explained = explain_raster(run.resolved, explainer, outputs.final(self.OUTPUT), target, run.monitor, outputs,
                                   run.pixel_mask)
        report = explained.report
        feedback.pushInfo(self.tr("{tiles} tiles in {seconds:.1f} s").format(tiles=report.tiles,
                                                                            seconds=report.seconds))

        values = read_preview_band(outputs.path(self.OUTPUT))  # decimated: enough for a range and a preview
        limit = robust_limit(values)
        layer_name = self.tr("{method}: {target} ({model})").format(method=method_label, target=target_name,
                                                                   model=run.card.name)
        unit = self.tr("class score") if method.id == "gradcam" else self.tr("class score × gradient")
        legend = self.class_legend(target_name, unit, explainer.signed)
        self.style_output(run, context, self.OUTPUT, lambda layer: attribution_renderer(
            layer, limit, explainer.signed, legend), layer_name)
        results = {self.OUTPUT: outputs.final(self.OUTPUT)}
        if self.OUTPUT_PREVIEW in outputs.labels():
            rgb = rgb_composite(run.info.path, run.info.band_mapping.indexes_of(("B04", "B03", "B02")))
            attribution_preview(rgb, values, limit, layer_name, outputs.path(self.OUTPUT_PREVIEW), explainer.signed)
            results[self.OUTPUT_PREVIEW] = outputs.final(self.OUTPUT_PREVIEW)
        if self.OUTPUT_REPORT in outputs.labels():
            from .reports import write_explanation_report

            write_explanation_report(
                outputs.path(self.OUTPUT_REPORT), run, explainer, method, explained.summary, report,
                title=method_label, features=self.tr("a heat map (one band)"), background="–",
                target_name=target_name, target=target, estimator=f"{method_label}, layer {explainer.layer_name}",
                feature_bands=(self.tr("every band"),), output_final=outputs.final(self.OUTPUT),
                raster_path=outputs.path(self.OUTPUT), introduction=self.tr(
                    "<p>Each value is the evidence for the explained class at one place, in the model's units "
                    "(class logit per feature cell; × input gradient for Guided Grad-CAM). Higher: more "
                    "evidence.</p>"),
                feedback=feedback, message=self.tr("Measuring how far to trust it (deletion test on sample windows)…"))
            results[self.OUTPUT_REPORT] = outputs.final(self.OUTPUT_REPORT)
        return results

    def memory_profile(self, parameters, context, batch_size: int) -> tuple[int | None, bool]:
        method = GRADCAM.method(self.parameterAsEnum(parameters, self.METHOD, context))
        layer = self.parameterAsString(parameters, self.LAYER, context).strip()
        return GRADCAM.memory_profile(method, batch_size, layer)
