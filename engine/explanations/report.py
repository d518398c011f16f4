"""The report of SHAP and LIME runs: one self-contained HTML file (charts embedded) that ranks the features per class
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

from ..preview import stretch
from .runner import AttributionSummary

EXAMPLE_SIZE = 64  # px: one window around each example place
MAX_EXAMPLES = 4


@dataclass(frozen=True)
class ReportContext:
    """What the run was, in words, for the report's header."""

    input_path: str
    output_path: str  # where the user will find the attribution raster
    model: str
    features: str
    background: str
    target: str
    estimator: str
    feature_bands: Sequence[str]  # per feature, the bands it covers ("B08" or "B08 B8A")
    seconds: float
    raster_path: str = ""  # where the raster is read from now, if not yet at output_path
    method: str = "SHAP"  # the report's title: SHAP, LIME
    introduction: str = ""  # what a value means, for this method (HTML)
    sentences: Sequence[str] = ()  # the plain-language opening, rendered
    faithfulness: object = None  # faithfulness.Faithfulness of the method on sample windows
    layer_name: str = ""  # the layer QGIS shows it as, when it loads it
    temporary: bool = False  # a temporary output, deleted when QGIS exits

    def output_description(self) -> str:
        """The raster as the user will find it: its file, the layer showing it, whether it lasts."""
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


def _importance_chart(summary: AttributionSummary, classes: list[int], method: str = "SHAP") -> str:
    """Mean |value| of each feature (columns) for each predicted class (rows), as a heat map with values."""
    from matplotlib import pyplot as plt

    values = summary.mean_abs()[classes]
    figure, axis = plt.subplots(figsize=(1.0 + 0.75 * len(summary.feature_names), 0.9 + 0.45 * len(classes)))
    image = axis.imshow(values, cmap="viridis", aspect="auto")
    axis.set_xticks(range(len(summary.feature_names)), summary.feature_names, rotation=45, ha="right")
    axis.set_yticks(range(len(classes)), [summary.class_names[k] for k in classes])
    for (row, col), value in np.ndenumerate(values):
        axis.text(col, row, f"{value:.3f}", ha="center", va="center", fontsize=7,
                  color="white" if value < values.max() * 0.6 else "black")
    figure.colorbar(image, ax=axis, label=f"mean |{method}| (probability)")
    axis.set_title(f"Mean |{method}| per feature, by predicted class")
    return _figure_png(figure)


def _example_plot(context: ReportContext, summary: AttributionSummary, classes: list[int], rgb_indexes: Sequence[int]):
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


def _faithfulness_section(faithfulness) -> list[str]:
    """How far to trust the method: its deletion test on sample windows (:mod:`.faithfulness`)."""
    if faithfulness is None:
        return ["<h2>How far to trust it</h2>",
                "<p>The method's map is flat on every window sampled across the scene: nothing in them stands out "
                "for the class explained, so there is nothing to rank and no deletion test.</p>"]
    share = f"{100 * faithfulness.fraction:g} %"
    tested = str(faithfulness.windows) + (f" ({faithfulness.flat} more left out: flat map, nothing to rank)"
                                          if faithfulness.flat else "")
    rows = [["Windows tested", tested],
            ["Probability of the class explained, before removal", f"{faithfulness.probability:.3f}"],
            [f"Drop after removing the {share} of the input the method ranks highest", f"{faithfulness.top_drop:.3f}"],
            [f"Drop after removing {share} ranked at random (same shape)", f"{faithfulness.random_drop:.3f}"],
            ["Mean probability along the deletion curve (method / random)",
             f"{faithfulness.deletion_area:.3f} / {faithfulness.random_area:.3f}"]]
    return ["<h2>How far to trust it</h2>",
            "<p>Input values (pixel × band) the method ranks highest are replaced by the training set's band "
            "means, 1/8 at a time (quantus PixelFlipping), on windows sampled across the scene; the same with "
            "a random ranking of the same shape. An explanation that points at what the model uses lowers "
            "the probability faster than chance.</p>", _table(["Deletion test", ""], rows)]


def write_report(path: str, context: ReportContext, summary: AttributionSummary, rgb_indexes: Sequence[int]) -> str:
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
        ("Input", context.input_path), (f"{context.method} raster", context.output_description()),
        ("Model", context.model),
        ("Features", context.features), ("Background (a removed feature becomes)", context.background),
        ("Class explained", context.target), ("Estimator", context.estimator),
        *((("Additivity (max |base + Σ SHAP − output|)", f"{summary.additivity_error:.2e}"),)
          if context.method == "SHAP" else ()),
        *((("Local fit (mean weighted R² of the surrogate)", f"{summary.mean_fit():.3f}"),)
          if summary.mean_fit() is not None else ()),
        ("Time", f"{context.seconds:.1f} s"))]
    feature_rows = [[html.escape(name), html.escape(bands)]
                    for name, bands in zip(summary.feature_names, context.feature_bands)]
    introduction = context.introduction or (
        "<p>Each value is a feature's contribution to the probability of the explained class, at one "
        "place: the base value (every feature removed) plus the contributions add up to the model's "
        "probability there. Positive values push towards the class, negative away from it.</p>")
    sections = [
        f"<h1>Explainable LULC: {html.escape(context.method)} report</h1>",
        *((f"<p class='summary'>{html.escape(' '.join(context.sentences))}</p>",) if context.sentences else ()),
        introduction,
        _table(["Run", ""], run_rows),
        *_faithfulness_section(context.faithfulness),
        "<h2>Features</h2>", _table(["Feature (raster band)", "Sentinel-2 bands"], feature_rows),
        "<h2>Which features matter, per predicted class</h2>",
        f"<p>Features ranked by mean |{context.method}| over the pixels predicted as each class (the first number: "
        "how much a feature matters, whichever way), with the mean signed value in brackets (+: towards the "
        "explained class on average, −: away from it).</p>",
        _table(["Predicted class", "Pixels", f"Features, most important first: mean |{context.method}| "
                f"(mean {context.method})"], ranking_rows),
        f'<img alt="Mean |{context.method}| per feature and class" src="data:image/png;base64,'
        f'{_importance_chart(summary, classes, context.method)}">',
    ]
    if summary.examples:
        sections += [
            "<h2>Examples</h2>",
            f"<p>The most confident {EXAMPLE_SIZE}×{EXAMPLE_SIZE}-pixel place of each of the most frequent "
            f"classes: true colour, then each feature's {context.method} map (red: for the class, blue: against).</p>",
            f'<img alt="Examples" src="data:image/png;base64,'
            f'{_example_plot(context, summary, classes, rgb_indexes)}">',
        ]
    style = ("body{font-family:sans-serif;max-width:1100px;margin:1em auto}table{border-collapse:collapse;"
             "margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}img{max-width:100%}"
             ".summary{font-size:1.15em;background:#f4f6f8;padding:.6em .9em;border-left:4px solid #4a7}")
    document = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(context.method)} report</title>"
                f"<style>{style}</style></head><body>{''.join(sections)}</body></html>")
    Path(path).write_text(document, encoding="utf-8")  # a run's transaction makes it all-or-nothing
    return str(path)
