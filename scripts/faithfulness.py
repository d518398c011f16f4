"""`make faithfulness`: how far to trust each explanation method on the bundled demo scene.

For every method of the catalogue (default parameters, predicted class), the deletion test of
engine/explanations/faithfulness.py on the same sample of windows of the demo scene: the drop of the
class probability after removing the 12.5 % of the input values the method ranks highest, against a
random ranking of the same shape. Prints a Markdown table ranked by the difference (the README's)."""
from __future__ import annotations

import sys
import time

from headless import ROOT, plugin_parent

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.explanations.catalogue import all_methods  # noqa: E402
from explainable_lulc.engine.explanations.runner import make_explainer  # noqa: E402
from explainable_lulc.engine.explanations.window import SAMPLE_WINDOWS, WindowSource, window_faithfulness  # noqa: E402

SCENE = ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"
MODEL = "eurosat_s2_13band"  # the model the README's faithfulness table was measured on


def main() -> None:
    source = WindowSource.open(str(SCENE), model=MODEL)
    cells = source.sample_cells(SAMPLE_WINDOWS)
    windows = source.windows(cells)
    rows = []
    for method in all_methods():
        started = time.perf_counter()
        explainer = make_explainer(method, source.classifier)
        f = window_faithfulness(explainer, windows, random_rankings=2)
        rows.append((f.gap, method, f, time.perf_counter() - started))
        print(f"{method.family}/{method.id}: {f.top_drop:.3f} vs {f.random_drop:.3f}", file=sys.stderr, flush=True)
    print(f"Model {source.card.name}, {len(cells)} windows of {SCENE.name}, predicted class "
          f"(mean probability {rows[0][2].probability:.2f}); {100 * rows[0][2].fraction:g} % of the input removed.\n")
    print("| rank | method | drop, top-ranked removed | drop, random (same shape) | difference | "
          "mean probability along the deletion curve (method / random) |")
    print("|---|---|---|---|---|---|")
    for rank, (gap, method, f, _seconds) in enumerate(sorted(rows, key=lambda r: -r[0]), start=1):
        print(f"| {rank} | {method.family} {method.id} | {f.top_drop:.3f} | {f.random_drop:.3f} | {gap:+.3f} | "
              f"{f.deletion_area:.3f} / {f.random_area:.3f} |")


if __name__ == "__main__":
    main()
