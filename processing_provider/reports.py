"""The HTML report every explanation algorithm can write: the run, a plain-language opening, how far to
trust the method (its deletion test on sample windows of the scene), features per class, examples."""
from __future__ import annotations

from qgis.PyQt.QtCore import QCoreApplication


def write_explanation_report(path: str, run, explainer, method, summary, report, *, title: str, features: str,
                             background: str, target_name: str, target, estimator: str, feature_bands,
                             output_final: str, raster_path: str, introduction: str, feedback, message: str,
                             layer_name: str = "", temporary: bool = False) -> None:
    """Measure the method's faithfulness and write the report to ``path`` (a temporary of the run's
    transaction: it appears with the other outputs, or not at all)."""
    from ..engine.errors import TRANSLATION_CONTEXT
    from ..engine.explanations.plain_language import render, scene_summary
    from ..engine.explanations.report import ReportContext, write_report
    from ..engine.explanations.window import WindowSource, scene_faithfulness

    feedback.pushInfo(message)
    run.monitor.check_cancelled()
    source = WindowSource(run.resolved)
    faithfulness = scene_faithfulness(source, explainer, target)
    sentences = scene_summary(summary, not method.spatial, faithfulness, None if target is None else target_name)
    write_report(path, ReportContext(
        input_path=run.info.path, output_path=output_final, model=run.card.name, features=features,
        background=background, target=target_name, estimator=estimator, feature_bands=feature_bands,
        seconds=report.seconds, raster_path=raster_path, method=title, introduction=introduction,
        sentences=render(sentences, lambda text: QCoreApplication.translate(TRANSLATION_CONTEXT, text)),
        faithfulness=faithfulness, layer_name=layer_name, temporary=temporary),
        summary, run.info.band_mapping.indexes_of(("B04", "B03", "B02")))
