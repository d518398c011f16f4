"""The accuracy report: one self-contained HTML file (chart embedded) with the error matrix, the
sample's figures, the area-adjusted estimates and how to read them."""
from __future__ import annotations

import base64
import html
import io
import json
import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from .accuracy import Assessment, Estimate, assessment_figures


@dataclass(frozen=True)
class AccuracyReportContext:
    """What was assessed against what, in words, for the report's header."""

    map_path: str
    reference: str  # the reference layer, as the user knows it
    class_field: str
    sampling: str  # how samples were taken, in words
    class_map: str = ""
    features_used: int = 0
    features_outside: int = 0
    nodata_pixels: int = 0
    warnings: Sequence[str] = field(default_factory=tuple)


def _percent(value: float, digits: int = 1) -> str:
    return "—" if not np.isfinite(value) else f"{100 * value:.{digits}f}\u00a0%"  # no break before the %


def _pm(estimate: Estimate, percent: bool = True, digits: int = 1) -> str:
    if not np.isfinite(estimate.value):
        return "—"
    if percent:
        value = f"{100 * estimate.value:.{digits}f}"
        half = f"{100 * estimate.half_width:.{digits}f}" if np.isfinite(estimate.half_width) else "?"
        return f"{value} ± {half}\u00a0%"
    half = f"{estimate.half_width:,.{digits}f}" if np.isfinite(estimate.half_width) else "?"
    return f"{estimate.value:,.{digits}f} ± {half}"


def _area_chart(assessment: Assessment) -> str:
    """Mapped area beside the area-adjusted estimate with its 95 % interval, per class."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    hectares = assessment.areas_hectares
    if hectares is not None:
        mapped, estimated, unit = assessment.mapped_hectares, hectares, "area (ha)"
    else:
        mapped, estimated, unit = assessment.mapped_pixels, assessment.areas_pixels, "area (pixels)"
    names = assessment.classes
    positions = np.arange(len(names))
    figure, axis = plt.subplots(figsize=(1.2 + 0.9 * len(names), 3.6))
    axis.bar(positions - 0.2, mapped, 0.4, label="mapped", color="#9bb7d4")
    values = np.array([e.value for e in estimated])
    errors = np.array([e.half_width if np.isfinite(e.half_width) else 0.0 for e in estimated])
    axis.bar(positions + 0.2, np.nan_to_num(values), 0.4, yerr=errors, capsize=3, label="estimated (95 % interval)",
             color="#2a6f97")
    axis.set_xticks(positions, names, rotation=30, ha="right")
    axis.set_ylabel(unit)
    axis.legend(frameon=False)
    axis.set_title("Mapped area and area-adjusted estimate")
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    plt.close(figure)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], first_column_header: bool = True) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = []
    for row in rows:
        cells = [f"<th>{html.escape(row[0])}</th>" if first_column_header else f"<td>{html.escape(row[0])}</td>"]
        cells += [f"<td>{html.escape(cell)}</td>" for cell in row[1:]]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _script_json(data) -> str:
    """JSON safe inside <script> (raw text: no entities, so ``<`` is escaped the JSON way)."""
    return json.dumps(data).replace("<", "\\u003c")


def report_html(assessment: Assessment, context: AccuracyReportContext) -> str:
    a = assessment
    names = a.classes
    counts = a.counts
    low, high = a.overall_interval
    adjusted = a.overall_adjusted
    escape = html.escape

    matrix_rows = []
    for i, name in enumerate(names):
        matrix_rows.append([name, *(str(int(v)) for v in counts[i]), str(int(counts[i].sum())), _percent(a.users[i])])
    matrix_rows.append(["total", *(str(int(v)) for v in counts.sum(axis=0)), str(a.samples), ""])
    matrix_rows.append(["producer's accuracy", *(_percent(v) for v in a.producers), "", ""])
    matrix = _table(["map ↓ / reference →", *names, "total", "user's accuracy"], matrix_rows)

    hectares = a.areas_hectares
    mapped_areas = a.mapped_hectares if hectares is not None else a.mapped_pixels
    estimated_areas = hectares if hectares is not None else a.areas_pixels
    unit = "ha" if hectares is not None else "pixels"
    users_adjusted, producers_adjusted, shares = a.users_adjusted, a.producers_adjusted, a.area_proportions
    class_rows = []
    for i, name in enumerate(names):
        class_rows.append([
            name, str(int(counts[i].sum())), str(int(counts[:, i].sum())), _percent(a.users[i]),
            _percent(a.producers[i]), f"{a.f1[i]:.3f}", _pm(users_adjusted[i]), _pm(producers_adjusted[i]),
            f"{mapped_areas[i]:,.1f}", _pm(estimated_areas[i], percent=False), _pm(shares[i], digits=2),
        ])
    classes = _table(["class", "samples mapped as it", "reference samples", "user's", "producer's", "F1",
                      "user's (area-adjusted, 95 %)", "producer's (area-adjusted, 95 %)", f"mapped ({unit})",
                      f"estimated ({unit}, 95 %)", "share of the map (95 %)"], class_rows)

    proportions = _table(["map ↓ / reference →", *names, "W (map share)"],
                         [[name, *(f"{p:.4f}" for p in a.proportions[i]), f"{a.weights[i]:.4f}"]
                          for i, name in enumerate(names)])

    facts = [
        ("class map", context.map_path),
        ("reference", f"{context.reference} (field {context.class_field})"),
        ("class map (reference → map)", context.class_map or "none: reference classes are map classes"),
        ("samples", f"{a.samples:,} from {context.features_used:,} features; {context.sampling}"),
    ]
    if context.features_outside:
        facts.append(("features left out", f"{context.features_outside:,} with no pixel on the map"))
    if context.nodata_pixels:
        facts.append(("pixels left out", f"{context.nodata_pixels:,} reference pixels that are nodata on the map"))
    if a.unsampled_pixels:
        facts.append(("map not covered", f"{a.unsampled_pixels:,.0f} pixels "
                      f"({100 * a.unsampled_pixels / max(a.mapped_pixels.sum(), 1):.1f} % of the map) in classes "
                      "without reference samples: the area-adjusted figures describe the rest"))
    fact_rows = "".join(f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
    warnings = "".join(f"<li>{escape(w)}</li>" for w in context.warnings)
    kappa = "—" if not math.isfinite(a.kappa) else f"{a.kappa:.3f}"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Accuracy of {escape(context.map_path)}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; max-width: 78em; color: #222; }}
table {{ border-collapse: collapse; margin: 0.6em 0 1.2em; font-size: 0.9em; }}
th, td {{ border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: right; }}
th:first-child {{ text-align: left; }}
thead th {{ background: #eef2f6; }}
table.facts td {{ text-align: left; }}
.headline {{ font-size: 1.15em; }}
.note {{ color: #555; font-size: 0.9em; }}
</style></head><body>
<h1>Accuracy assessment</h1>
<table class="facts">{fact_rows}</table>
{f'<ul class="warnings">{warnings}</ul>' if warnings else ''}
<h2>Overall</h2>
<p class="headline">Overall accuracy of the sample: <b>{_percent(a.overall)}</b>
(95 % interval {_percent(low)} – {_percent(high)}, Wilson) · kappa <b>{kappa}</b> ·
area-adjusted overall accuracy: <b>{_pm(adjusted)}</b></p>
<h2>Error matrix (sample counts)</h2>
{matrix}
<h2>Per class</h2>
{classes}
<img alt="mapped and estimated area per class" src="data:image/png;base64,{_area_chart(a)}">
<h2>Error matrix in estimated shares of the map's area</h2>
<p class="note">p<sub>ij</sub> = W<sub>i</sub> n<sub>ij</sub> / n<sub>i·</sub>, W<sub>i</sub> the share of the
map's pixels in map class i (Olofsson et al. 2014, eq. 4). Columns add up to each class's estimated share.</p>
{proportions}
<h2>How to read this</h2>
<ul class="note">
<li><b>User's accuracy</b> of a class: of the places the map calls it, the share that is it (its complement is
the commission error). <b>Producer's accuracy</b>: of the places that are it, the share the map finds
(omission error). <b>F1</b>: their harmonic mean, from the sample.</li>
<li>The sample's figures weigh every sample equally: they describe the map only if the samples are spread
over it like the classes are (e.g. simple random or systematic points). Samples placed on purpose (polygons
drawn where a class is obvious, equal numbers per class) make them optimistic or skewed.</li>
<li><b>Area-adjusted</b> figures (Olofsson et al. 2014, Remote Sensing of Environment 148:42–57) treat each map
class as a stratum weighted by its share of the map, the estimators of stratified random sampling, valid when
the samples within each map class are a random sample of it. Their 95 % intervals are ±1.96 standard errors;
an interval marked ? needs at least 2 samples in the map class. The normal approximation fails near 0 and
100 %: a user's accuracy of 100 % from a handful of samples gets a ± 0 interval that means "few samples", not
"certain".</li>
<li>The <b>estimated area</b> of a class corrects the mapped area for the errors the samples show: report it
with its interval, not the pixel count. Areas assume equal-area pixels of the map's grid.</li>
<li>Pixels of one polygon are not independent samples (neighbours look alike): intervals computed as if they
were are too narrow. Sample a few random pixels per polygon, or use points.</li>
</ul>
<script type="application/json" id="figures">{_script_json(assessment_figures(a))}</script>
</body></html>
"""


def write_accuracy_report(path: str, assessment: Assessment, context: AccuracyReportContext) -> str:
    with open(path, "w", encoding="utf-8") as out:
        out.write(report_html(assessment, context))
    return path
