"""Explain with SHAP: how much each spectral band (or each place) pushed the decision, as a styled
multi-band raster and an HTML report."""
from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from .base import PREDICTED_TARGET, LulcAlgorithm, PreparedRun, engine_labels, is_temporary
from .dependencies import EXPLAIN_EXTRAS, REQUIRED
from .styling import fade_from_centre, ramp_renderer

#: FEATURES' and BACKGROUND's options, in the order of engine.shap_explainers.SHAP_EXPLAINERS and
#: BACKGROUNDS (kept here so QGIS starts without torch; a test keeps them in step).
FEATURE_KINDS = (
    ("band_groups", "Band groups (visible, red edge, NIR, SWIR, atmospheric)"),
    ("bands", "Spectral bands"),
    ("superpixels", "Superpixels (SLIC, per 64×64 patch)"),
)
BACKGROUNDS = (("mean", "Training-set band means"), ("blur", "Blurred copy of the image"))


class ExplainShap(LulcAlgorithm):
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

    def add_outputs(self) -> None:
        self.add_target_parameter()

        self.add_parameter(
            QgsProcessingParameterEnum(self.FEATURES, self.tr("Features"),
                                       engine_labels(label for _, label in FEATURE_KINDS), defaultValue=0),
            self.tr("What a contribution is measured for. Band groups: 5 or fewer features, exact and fast. "
                    "Spectral bands: each band of the model (exact up to 9 bands with the default budget, "
                    "sampled beyond). Superpixels: regions of each 64×64 patch."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(self.BACKGROUND, self.tr("Background"),
                                       engine_labels(label for _, label in BACKGROUNDS), defaultValue=0),
            self.tr("What a removed feature is replaced by. Band means of the training set: 'what if this "
                    "band said nothing'. A blurred copy (15 px box): 'what if this band had no detail here'."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.N_SAMPLES, self.tr("Evaluation budget (model passes)"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=512, minValue=1),
            self.tr("Model passes per tile. Exact Shapley values when all 2^n coalitions of the n features "
                    "fit, else permutation sampling (each permutation and its reverse) with as many "
                    "permutations as fit. Time grows linearly with it."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEGMENTS, self.tr("Superpixels per patch"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=16, minValue=2,
                                         maxValue=64),
            self.tr("About how many SLIC superpixels each 64×64 patch is cut into (superpixel features only)."),
            advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("SHAP values")),
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
        from ..engine.dense import DenseClassifier
        from ..engine.explain import resolve_target
        from ..engine.explain_shap import explain_shap_raster
        from ..engine.preview import read_preview_band, robust_limit
        from ..engine.shap_explainers import make_shap_explainer
        from ..engine.shap_report import ReportContext, write_report

        features, features_label = FEATURE_KINDS[self.parameterAsEnum(parameters, self.FEATURES, context)]
        background, background_label = BACKGROUNDS[self.parameterAsEnum(parameters, self.BACKGROUND, context)]
        target_name = self.parameterAsString(parameters, self.TARGET, context) or PREDICTED_TARGET
        target = resolve_target(target_name, run.card.class_names)
        outputs = run.outputs
        output_path = outputs.path(self.OUTPUT)  # written now; moved into place when everything succeeded

        explainer = make_shap_explainer(
            features, DenseClassifier(run.card, run.settings.device), background,
            budget=self.parameterAsInt(parameters, self.N_SAMPLES, context),
            segments=self.parameterAsInt(parameters, self.SEGMENTS, context))
        plan = explainer.fixed_plan()
        passes = f" ({plan.evaluations} passes per tile)" if plan is not None else ""
        feedback.pushInfo(self.tr("SHAP of {features} for {target}: {estimator}, background {background}").format(
            features=", ".join(explainer.feature_names), target=target_name,
            estimator=explainer.estimator() + passes, background=background_label))
        report, summary = explain_shap_raster(run.info, explainer, run.scale, outputs.final(self.OUTPUT), target,
                                              run.settings, run.monitor, outputs)
        feedback.pushInfo(self.tr("{tiles} tiles in {seconds:.1f} s; additivity within {error:.1e}").format(
            tiles=report.tiles, seconds=report.seconds, error=summary.additivity_error))

        strongest = int(summary.mean_abs().sum(axis=0).argmax())  # the band shown first: the most important
        limit = robust_limit(read_preview_band(output_path, strongest + 1))
        layer_name = self.tr("SHAP: {target} ({model})").format(target=target_name, model=run.card.name)
        legend = self.class_legend(target_name, self.tr("probability"), signed=True)
        self.style_output(run, context, self.OUTPUT, lambda layer: ramp_renderer(
            layer, -limit, limit, "RdBu", steps=9, opacity=fade_from_centre, legend=legend, band=strongest + 1,
            inverted=True), layer_name)  # red for the class, blue against it, as shap draws them
        results = {self.OUTPUT: outputs.final(self.OUTPUT)}
        if self.OUTPUT_REPORT in outputs.labels():
            write_report(outputs.path(self.OUTPUT_REPORT), ReportContext(
                input_path=run.info.path, output_path=outputs.final(self.OUTPUT), model=run.card.name,
                features=features_label, background=background_label, target=target_name,
                estimator=explainer.estimator(), feature_bands=explainer.feature_bands(), seconds=report.seconds,
                raster_path=output_path, layer_name=layer_name if context.willLoadLayerOnCompletion(
                    outputs.final(self.OUTPUT)) else "", temporary=is_temporary(outputs.final(self.OUTPUT))),
                summary, run.info.band_mapping.indexes_of(("B04", "B03", "B02")))
            results[self.OUTPUT_REPORT] = outputs.final(self.OUTPUT_REPORT)
        return results

    def required_packages(self) -> dict[str, str]:
        return {**REQUIRED, **EXPLAIN_EXTRAS}  # shap's plots and SLIC for the report and superpixels

    def memory_profile(self, parameters, context, settings) -> tuple[int, bool]:
        from ..engine.shap_explainers import IMAGES_PER_PASS

        return max(settings.batch_size, IMAGES_PER_PASS), False
