"""The SHAP report: one self-contained HTML file (charts embedded) that ranks the features per class
and shows a few places the way shap's image plot shows images."""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np
import rasterio
from rasterio.windows import Window

from .explain_shap import ShapSummary
from .preview import stretch

EXAMPLE_SIZE = 64  # px: one window around each example place
MAX_EXAMPLES = 4


@dataclass(frozen=True)
class ReportContext:
    """What the run was, in words, for the report's header."""

    input_path: str
    output_path: str  # where the user will find the SHAP raster
    model: str
    features: str
    background: str
    target: str
    estimator: str
    feature_bands: Sequence[str]  # per feature, the bands it covers ("B08" or "B08 B8A")
    seconds: float
    raster_path: str = ""  # where the SHAP raster is read from now, if not yet at output_path
    layer_name: str = ""  # the layer QGIS shows it as, when it loads it
    temporary: bool = False  # a temporary output, deleted when QGIS exits

    def output_description(self) -> str:
        """The SHAP raster as the user will find it: its file, the layer showing it, whether it lasts."""
        text = self.output_path
        if self.layer_name:
            text += f" (layer “{self.layer_name}”)"
        if self.temporary:
            text += (": a temporary file, which QGIS deletes when it exits. To keep it, right-click the layer ▸ "
                     "Export ▸ Save As…, or run again with a file name for the output.")
        return text

    @property
    def values_path(self) -> str:
        return self.raster_path or self.output_path


def _figure_png(figure) -> str:
    from matplotlib import pyplot as plt

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _importance_chart(summary: ShapSummary, classes: list[int]) -> str:
    """Mean |SHAP| of each feature (columns) for each predicted class (rows), as a heat map with values."""
    from matplotlib import pyplot as plt

    values = summary.mean_abs()[classes]
    figure, axis = plt.subplots(figsize=(1.0 + 0.75 * len(summary.feature_names), 0.9 + 0.45 * len(classes)))
    image = axis.imshow(values, cmap="viridis", aspect="auto")
    axis.set_xticks(range(len(summary.feature_names)), summary.feature_names, rotation=45, ha="right")
    axis.set_yticks(range(len(classes)), [summary.class_names[k] for k in classes])
    for (row, col), value in np.ndenumerate(values):
        axis.text(col, row, f"{value:.3f}", ha="center", va="center", fontsize=7,
                  color="white" if value < values.max() * 0.6 else "black")
    figure.colorbar(image, ax=axis, label="mean |SHAP| (probability)")
    axis.set_title("Mean |SHAP| per feature, by predicted class")
    return _figure_png(figure)


def _example_plot(context: ReportContext, summary: ShapSummary, classes: list[int], rgb_indexes: Sequence[int]):
    """shap.image_plot of the most confident window of each class: true colour, then each feature's map."""
    import shap
    from matplotlib import pyplot as plt

    rgb_rows, value_rows, labels = [], [], []
    with rasterio.open(context.input_path) as source, rasterio.open(context.values_path) as result:
        for k in classes[:MAX_EXAMPLES]:
            confidence, row, col = summary.examples[k]
            half = EXAMPLE_SIZE // 2
            window = Window(min(max(col - half, 0), max(source.width - EXAMPLE_SIZE, 0)),
                            min(max(row - half, 0), max(source.height - EXAMPLE_SIZE, 0)),
                            min(EXAMPLE_SIZE, source.width), min(EXAMPLE_SIZE, source.height))
            rgb_rows.append(stretch(source.read(list(rgb_indexes), window=window, boundless=True)))
            value_rows.append(np.nan_to_num(result.read(window=window, boundless=True, fill_value=np.nan)))
            labels.append(f"{summary.class_names[k]} ({confidence:.2f})")
    pixel_values = np.stack(rgb_rows)
    values = np.stack(value_rows)  # (n, features, H, W)
    per_feature = [values[:, i, :, :, None] for i in range(values.shape[1])]
    shap.image_plot(per_feature, pixel_values, labels=np.array([list(summary.feature_names)] * len(labels)),
                    true_labels=labels, show=False)
    return _figure_png(plt.gcf())


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def write_report(path: str, context: ReportContext, summary: ShapSummary, rgb_indexes: Sequence[int]) -> str:
    """Write the HTML report to ``path`` and return the path."""
    import matplotlib

    matplotlib.use("Agg")
    classes = summary.present_classes()
    mean, mean_abs = summary.mean(), summary.mean_abs()
    ranking_rows = []
    for k in classes:
        order = np.argsort(-mean_abs[k], kind="stable")
        ranked = ", ".join(f"{html.escape(summary.feature_names[i])} {mean_abs[k, i]:.3f} ({mean[k, i]:+.3f})"
                           for i in order)
        ranking_rows.append([html.escape(summary.class_names[k]), f"{summary.counts[k]:,}", ranked])
    run_rows = [[html.escape(name), html.escape(str(value))] for name, value in (
        ("Input", context.input_path), ("SHAP raster", context.output_description()), ("Model", context.model),
        ("Features", context.features), ("Background (a removed feature becomes)", context.background),
        ("Class explained", context.target), ("Estimator", context.estimator),
        ("Additivity (max |base + Σ SHAP − output|)", f"{summary.additivity_error:.2e}"),
        ("Time", f"{context.seconds:.1f} s"))]
    feature_rows = [[html.escape(name), html.escape(bands)]
                    for name, bands in zip(summary.feature_names, context.feature_bands)]
    sections = [
        "<h1>Explainable LULC: SHAP report</h1>",
        "<p>Each value is a feature's contribution to the probability of the explained class, at one "
        "place: the base value (every feature removed) plus the contributions add up to the model's "
        "probability there. Positive values push towards the class, negative away from it.</p>",
        _table(["Run", ""], run_rows),
        "<h2>Features</h2>", _table(["Feature (raster band)", "Sentinel-2 bands"], feature_rows),
        "<h2>Which features matter, per predicted class</h2>",
        "<p>Features ranked by mean |SHAP| over the pixels predicted as each class (the first number: how "
        "much a feature matters, whichever way), with the mean signed contribution in brackets (+: towards "
        "the explained class on average, −: away from it).</p>",
        _table(["Predicted class", "Pixels", "Features, most important first: mean |SHAP| (mean SHAP)"],
               ranking_rows),
        f'<img alt="Mean |SHAP| per feature and class" src="data:image/png;base64,'
        f'{_importance_chart(summary, classes)}">',
    ]
    if summary.examples:
        sections += [
            "<h2>Examples</h2>",
            f"<p>The most confident {EXAMPLE_SIZE}×{EXAMPLE_SIZE}-pixel place of each of the most frequent "
            "classes: true colour, then each feature's SHAP map (red: for the class, blue: against).</p>",
            f'<img alt="Examples" src="data:image/png;base64,'
            f'{_example_plot(context, summary, classes, rgb_indexes)}">',
        ]
    style = ("body{font-family:sans-serif;max-width:1100px;margin:1em auto}table{border-collapse:collapse;"
             "margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}img{max-width:100%}")
    document = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>SHAP report</title>"
                f"<style>{style}</style></head><body>{''.join(sections)}</body></html>")
    Path(path).write_text(document, encoding="utf-8")  # a run's transaction makes it all-or-nothing
    return str(path)
