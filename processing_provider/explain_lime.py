"""Explain with LIME: a local linear surrogate of the model at every window (band groups) or 64×64
patch (superpixels), fitted exactly as the lime library fits it, as a styled raster and HTML report.

The parameters and the run are Explain with SHAP's (same features, backgrounds, report); what differs
is the method family the engine computes and the words."""
from __future__ import annotations

from ..engine.explanations.catalogue import LIME
from .explain_shap import ExplainShap


class ExplainLime(ExplainShap):
    FAMILY = LIME
    TITLE = "LIME"

    def name(self) -> str:
        return "explain_lime"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Explain with LIME")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>LIME (Ribeiro et al. 2016): around each place, the model is probed with randomly perturbed "
            "copies (each feature kept or removed) and a weighted linear model is fitted to its probability "
            "of the class; its coefficients are the features' weights. A weight is the probability the "
            "feature adds when present, in the surrogate; the report gives how well the surrogate fits "
            "(weighted R²).</p>"
            "<p><b>Superpixels</b>: SLIC regions of each 64×64 patch (640 m), each patch explained on its own "
            "as lime's image explainer explains an image: the spatial view. <b>Band groups</b>: visible, red "
            "edge, NIR, SWIR, atmospheric, for every 64×64 window.</p>"
            "<p>The samples and the kernel are lime's (kernel width 0.25, ridge regression), the same for "
            "every tile, so one model pass per sample serves a whole tile: the result equals the lime library "
            "run on each window or patch alone.</p>"
        )

    def output_description(self) -> str:
        return self.tr("LIME weights")

    def add_outputs(self) -> None:
        super().add_outputs()
        self.parameterDefinition(self.FEATURES).setHelp(self.tr(
            "Superpixels: regions of each 64×64 patch (the spatial view). Band groups: visible, red edge, NIR, "
            "SWIR, atmospheric."))
        self.parameterDefinition(self.N_SAMPLES).setHelp(self.tr(
            "Perturbed samples the surrogate is fitted to (lime's default is 1000). Band groups: at most 32 "
            "distinct samples, each evaluated once. Superpixels: one model pass per sample and patch; time grows "
            "linearly with it."))
        self.parameterDefinition(self.N_SAMPLES).setDescription(self.tr("Perturbed samples"))
        self.parameterDefinition(self.OUTPUT_REPORT).setHelp(self.tr(
            "HTML: a plain-language summary, how far to trust the method, features ranked per predicted class, "
            "example places."))

    def log_start(self, explainer, target_name: str, background_label: str, feedback) -> None:
        feedback.pushInfo(self.tr("LIME of {features} for {target}: {estimator}, background {background}").format(
            features=", ".join(explainer.feature_names), target=target_name, estimator=explainer.estimator(),
            background=background_label))

    def log_end(self, report, summary, feedback) -> None:
        fit = summary.mean_fit()
        feedback.pushInfo(self.tr("{tiles} tiles in {seconds:.1f} s; mean local fit R² {fit}").format(
            tiles=report.tiles, seconds=report.seconds, fit="–" if fit is None else f"{fit:.3f}"))

    def report_introduction(self) -> str:
        return self.tr(
            "<p>Each value is a feature's LIME weight for the explained class at one place: the coefficient of "
            "a weighted linear model fitted to the model's probability on perturbed copies of the window or "
            "patch (lime's samples and kernel). Positive values push towards the class, negative away from "
            "it; the intercept is the surrogate's probability with every feature removed.</p>")


