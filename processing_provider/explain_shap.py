"""Explain with SHAP: how much each spectral band (or each place) pushed the decision, as a styled
multi-band raster and an HTML report."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterDestination,
)

from ..engine.explanations.catalogue import SHAP
from .base import PREDICTED_TARGET, LulcAlgorithm, PreparedRun, engine_labels, is_temporary
from .dependencies import EXPLAIN_EXTRAS, REQUIRED
from .styling import attribution_renderer


class ExplainShap(LulcAlgorithm):
    FAMILY = SHAP  # the methods this algorithm offers (engine catalogue)
    TITLE = "SHAP"
    FEATURES = "FEATURES"
    BACKGROUND = "BACKGROUND"
    N_SAMPLES = "N_SAMPLES"
    SEGMENTS = "SEGMENTS"
    OUTPUT = "OUTPUT"
    OUTPUT_REPORT = "OUTPUT_REPORT"

    def name(self) -> str:
        return "explain_shap"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Explain with SHAP")

    def group(self) -> str:
        return self.tr("Explain")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "explain"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>How much each input feature pushed the model towards (or away from) a class, at every "
            "place: SHAP values (Lundberg &amp; Lee 2017), in units of the class's probability. At each "
            "place, the base value (every feature removed) plus the features' values add up to the "
            "probability the model gives the class there.</p>"
            "<p><b>Band groups</b> or <b>spectral bands</b>: one output band per feature (described "
            "B08, NIR, …): did the model use near-infrared, or just colour? A coalition of features is "
            "evaluated for the whole tile at once, so every 64×64 window gets exact Shapley values "
            "(or sampled ones when the features are too many for the budget) at the cost of one pass "
            "per coalition. Each 8×8 block shows the window centred on it.</p>"
            "<p><b>Superpixels</b>: which parts of each 64×64 patch (640 m) made the decision. Each "
            "patch is cut into SLIC superpixels and explained on its own, as shap explains one EuroSAT "
            "image; one output band.</p>"
            "<p>The optional report ranks the features for each predicted class and shows a few places "
            "as shap's image plot does.</p>"
        )

    def output_description(self) -> str:
        """The raster output's name (QGIS derives the output from the parameter when it is added)."""
        return self.tr("SHAP values")

    def add_outputs(self) -> None:
        self.add_target_parameter()

        self.add_parameter(
            QgsProcessingParameterEnum(self.FEATURES, self.tr("Features"),
                                       engine_labels(method.label for method in self.FAMILY.methods), defaultValue=0),
            self.tr("What a contribution is measured for. Band groups: 5 or fewer features, exact and fast. "
                    "Spectral bands: each band of the model (exact up to 9 bands with the default budget, "
                    "sampled beyond). Superpixels: regions of each 64×64 patch."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(self.BACKGROUND, self.tr("Background"),
                                       engine_labels(choice.label for choice in self.FAMILY.backgrounds),
                                       defaultValue=0),
            self.tr("What a removed feature is replaced by. Band means of the training set: 'what if this "
                    "band said nothing'. A blurred copy (15 px box): 'what if this band had no detail here'."),
        )
        self.add_parameter(
            self.number_parameter(self.FAMILY.number(self.N_SAMPLES),
                                  self.tr("Evaluation budget (model passes)")),
            self.tr("Model passes per tile. Exact Shapley values when all 2^n coalitions of the n features "
                    "fit, else permutation sampling (each permutation and its reverse) with as many "
                    "permutations as fit. Time grows linearly with it."),
        )
        self.add_parameter(
            self.number_parameter(self.FAMILY.number(self.SEGMENTS), self.tr("Superpixels per patch")),
            self.tr("About how many SLIC superpixels each 64×64 patch is cut into (superpixel features only)."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.output_description()),
            self.tr("Float32 GeoTIFF on the input's grid, one band per feature (nodata where the input is "
                    "nodata)."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True,
                createByDefault=True,
            ),
            self.tr("HTML: features ranked per predicted class, mean |SHAP| chart, example places."),
        )

    def process_prepared(self, run: PreparedRun, parameters, context, feedback) -> dict:
        from ..engine.explanations.runner import explain_raster, make_explainer, resolve_target
        from ..engine.preview import read_preview_band, robust_limit

        method = self.FAMILY.method(self.parameterAsEnum(parameters, self.FEATURES, context))
        background = self.FAMILY.background(self.parameterAsEnum(parameters, self.BACKGROUND, context))
        features_label, background_label = engine_labels([method.label, background.label])
        target_name = self.parameterAsString(parameters, self.TARGET, context) or PREDICTED_TARGET
        target = resolve_target(target_name, run.card.class_names)
        outputs = run.outputs
        output_path = outputs.path(self.OUTPUT)  # written now; moved into place when everything succeeded

        explainer = make_explainer(
            method, run.resolved.classifier, background=background.id,
            budget=self.parameterAsInt(parameters, self.N_SAMPLES, context),
            segments=self.parameterAsInt(parameters, self.SEGMENTS, context))
        self.log_start(explainer, target_name, background_label, feedback)
        explained = explain_raster(run.resolved, explainer, outputs.final(self.OUTPUT), target, run.monitor, outputs,
                                   run.pixel_mask)
        report, summary = explained.report, explained.summary
        self.log_end(report, summary, feedback)

        strongest = int(summary.mean_abs().sum(axis=0).argmax())  # the band shown first: the most important
        limit = robust_limit(read_preview_band(output_path, strongest + 1))
        layer_name = self.tr("{method}: {target} ({model})").format(method=self.TITLE, target=target_name,
                                                                   model=run.card.name)
        legend = self.class_legend(target_name, self.tr("probability"), signed=True)
        self.style_output(run, context, self.OUTPUT, lambda layer: attribution_renderer(
            layer, limit, True, legend, band=strongest + 1, class_in_red=True), layer_name)
        if len(summary.feature_names) > 1:
            feedback.pushInfo(self.tr("The layer holds one band per feature ({names}); it shows {shown}, the one that "
                                      "mattered most. Choose another band in its Symbology.").format(
                names=", ".join(summary.feature_names), shown=summary.feature_names[strongest]))
        results = {self.OUTPUT: outputs.final(self.OUTPUT)}
        if self.OUTPUT_REPORT in outputs.labels():
            from .reports import write_explanation_report

            write_explanation_report(
                outputs.path(self.OUTPUT_REPORT), run, explainer, method, summary, report, title=self.TITLE,
                features=features_label, background=background_label, target_name=target_name, target=target,
                estimator=explainer.estimator(), feature_bands=explainer.feature_bands(),
                output_final=outputs.final(self.OUTPUT), raster_path=output_path,
                layer_name=layer_name if context.willLoadLayerOnCompletion(outputs.final(self.OUTPUT)) else "",
                temporary=is_temporary(outputs.final(self.OUTPUT)),
                introduction=self.report_introduction(), feedback=feedback,
                message=self.tr("Measuring how far to trust it (deletion test on sample windows)…"))
            results[self.OUTPUT_REPORT] = outputs.final(self.OUTPUT_REPORT)
        return results

    def log_start(self, explainer, target_name: str, background_label: str, feedback) -> None:
        plan = explainer.fixed_plan()
        passes = f" ({plan.evaluations} passes per tile)" if plan is not None else ""
        feedback.pushInfo(self.tr("SHAP of {features} for {target}: {estimator}, background {background}").format(
            features=", ".join(explainer.feature_names), target=target_name,
            estimator=explainer.estimator() + passes, background=background_label))

    def log_end(self, report, summary, feedback) -> None:
        feedback.pushInfo(self.tr("{tiles} tiles in {seconds:.1f} s; additivity within {error:.1e}").format(
            tiles=report.tiles, seconds=report.seconds, error=summary.additivity_error))

    def report_introduction(self) -> str:
        return ""  # the report's own, for SHAP

    def required_packages(self) -> dict[str, str]:
        return {**REQUIRED, **EXPLAIN_EXTRAS}  # shap's plots and SLIC for the report and superpixels

    def memory_profile(self, parameters, context, batch_size: int) -> tuple[int | None, bool]:
        method = self.FAMILY.method(self.parameterAsEnum(parameters, self.FEATURES, context))
        return self.FAMILY.memory_profile(method, batch_size)
