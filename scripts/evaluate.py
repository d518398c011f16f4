"""`make evaluate`: evaluate every registered model on the committed split and write its card's
figures (accuracy with 95 % CI, per-class F1, confusion matrix, parameters, FLOPs per window,
dense throughput on this machine, for multispectral models the infrared share of |SHAP| per
class), a confusion-matrix PNG per model, and the README's table.

    python scripts/evaluate.py [MODEL ...] [--data ../shared/data]

Multispectral models are evaluated on the held-out MS GeoTIFFs; the RGB model is evaluated on
the held-out RGB JPEGs and, for comparison, on the RGB JPEGs of those same MS patches.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
import torch
from headless import ROOT, plugin_parent
from rasterio.windows import Window

sys.path.insert(0, str(plugin_parent()))
from spectral_reliance import infrared_share  # noqa: E402

from explainable_lulc.engine.run import RunRequest, resolve_run  # noqa: E402
from explainable_lulc.models.registry import load_cards  # noqa: E402
from explainable_lulc.training import evaluation  # noqa: E402

FIGURES = ROOT / "docs" / "models"
SCENE = ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"
RGB_MODEL = "eurosat_rgb"


def dense_throughput(card, tile: int = 512) -> float:
    """Mpx/s of the dense pass alone on one tile of the demo scene (model time, no I/O)."""
    run = resolve_run(RunRequest(str(SCENE), model=card.name, device="cpu"), {card.name: card})
    classifier = run.classifier
    with rasterio.open(SCENE) as src:
        raw = src.read(run.indexes, window=Window(0, 0, tile + 56, tile + 56))
    x = classifier.prepare(raw[None], np.zeros((1, *raw.shape[1:]), bool), run.scale)
    classifier.window_probabilities(x)  # warm-up
    started = time.perf_counter()
    for _ in range(3):
        classifier.window_probabilities(x)
    return 3 * tile * tile / 1e6 / (time.perf_counter() - started)


def confusion_png(name: str, classes, matrix: np.ndarray, accuracy: float, patches: int, out: Path) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    figure, axis = plt.subplots(figsize=(7.5, 6.5), constrained_layout=True)
    shares = matrix / np.maximum(matrix.sum(axis=1, keepdims=True), 1)
    axis.imshow(shares, cmap="Blues", vmin=0, vmax=1)
    for (i, j), count in np.ndenumerate(matrix):
        if count:
            axis.text(j, i, str(count), ha="center", va="center", fontsize=8,
                      color="white" if shares[i, j] > 0.5 else "black")
    axis.set_xticks(range(len(classes)), classes, rotation=60, ha="right")
    axis.set_yticks(range(len(classes)), classes)
    axis.set_xlabel("predicted")
    axis.set_ylabel("true")
    axis.set_title(f"{name}: {100 * accuracy:.1f} % on {patches} held-out patches")
    out.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(out, dpi=100)
    plt.close(figure)
    return out


def card_metrics(card, result: evaluation.Evaluation, same_patches_rgb: evaluation.Evaluation | None) -> dict:
    low, high = result.interval
    matrix = result.confusion
    metrics = {
        "overall_accuracy": round(result.accuracy, 4),
        "accuracy_ci95": [round(low, 4), round(high, 4)],
        "evaluation_patches": len(result.truth),
        "evaluation_data": "EuroSAT RGB JPEGs" if result.source == "rgb" else "EuroSAT MS GeoTIFFs",
        "per_class_f1": {c: round(float(f), 4) for c, f in zip(card.class_names, evaluation.f1_scores(matrix))},
        "confusion_matrix": matrix.tolist(),
        "confusion_matrix_png": f"docs/models/{card.name}_confusion.png",
        "parameters": evaluation.parameter_count(card),
        "flops_per_window": evaluation.flops_per_window(card),
        "dense_mpx_per_s_cpu": round(dense_throughput(card), 3),
        "throughput_machine": f"{torch.get_num_threads()} CPU threads, torch {torch.__version__}",
    }
    if same_patches_rgb is not None:
        metrics["rgb_model_on_same_patches"] = round(same_patches_rgb.accuracy, 4)
    for kept in ("validation_accuracy", "l2a_transfer"):  # measured by train.py and bigearthnet_transfer.py
        if kept in card.metrics:
            metrics[kept] = card.metrics[kept]
    return metrics


def readme_table(cards) -> str:
    lines = ["| model | bands | held-out accuracy (95 % CI) | patches | RGB model on the same patches | "
             "parameters | MFLOPs / window | dense Mpx/s (CPU) |", "|---|---|---|---|---|---|---|---|"]
    for card in cards.values():
        m = card.metrics
        low, high = m["accuracy_ci95"]
        same = m.get("rgb_model_on_same_patches")
        lines.append(
            f"| `{card.name}` | {', '.join(card.bands)} | {100 * m['overall_accuracy']:.1f} % "
            f"({100 * low:.1f}–{100 * high:.1f}) | {m['evaluation_patches']:,} ({m['evaluation_data']}) | "
            f"{'—' if same is None else f'{100 * same:.1f} %'} | {m['parameters']:,} | "
            f"{m['flops_per_window'] / 1e6:.0f} | {m['dense_mpx_per_s_cpu']:.2f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "cache")
    args = parser.parse_args()
    cards = load_cards()
    for name in args.models or list(cards):
        card = cards[name]
        result = evaluation.evaluate_card(card, args.data, args.cache)
        same = None
        if result.source == "ms":
            same = evaluation.evaluate_card(cards[RGB_MODEL], args.data, args.cache, source="rgb", ids=result.ids)
        confusion_png(name, card.class_names, result.confusion, result.accuracy, len(result.truth),
                      FIGURES / f"{name}_confusion.png")
        data = json.loads(card.path.read_text())
        data["metrics"] = card_metrics(card, result, same)
        if result.source == "ms":  # how much of the decision the infrared carries (project's exact band-group SHAP)
            shares = infrared_share(card, args.data)
            data["metrics"]["infrared_share_of_shap"] = {c: v["infrared_share"] for c, v in shares.items()}
        card.path.write_text(json.dumps(data, indent=2) + "\n")
        low, high = result.interval
        print(f"{name}: {100 * result.accuracy:.2f} % ({100 * low:.1f}–{100 * high:.1f}) on {len(result.truth)} "
              f"{result.source.upper()} patches" + (f"; RGB model on the same: {100 * same.accuracy:.2f} %"
                                                   if same else ""), flush=True)
    print()
    print(readme_table(load_cards()))


if __name__ == "__main__":
    main()
