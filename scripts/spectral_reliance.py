"""How much a multispectral model relies on the infrared: the project's own SHAP of band groups (exact,
training-mean background) on the held-out EuroSAT MS patches, per class.

For each held-out patch the model's predicted class is explained; per true class, the mean |SHAP| of
each band group is averaged, and the *infrared share* is (red edge + NIR + SWIR) / all groups.

    python scripts/spectral_reliance.py [MODEL ...] [--data ../shared/data] [--cards models/cards]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import torch
from headless import ROOT, plugin_parent

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.dense import DenseClassifier  # noqa: E402
from explainable_lulc.engine.explanations.catalogue import SHAP  # noqa: E402
from explainable_lulc.engine.explanations.runner import make_explainer  # noqa: E402
from explainable_lulc.engine.scaling import InputScale, ScaleDecision  # noqa: E402
from explainable_lulc.models.registry import load_cards  # noqa: E402
from explainable_lulc.training import eurosat  # noqa: E402
from explainable_lulc.training.evaluation import SPLIT_FILE  # noqa: E402

INFRARED = ("red edge", "NIR", "SWIR")


def ms_patches(card, data: Path, held_out: bool = True) -> tuple[np.ndarray, np.ndarray]:
    """Reflectance (N, bands, 64, 64) and classes of the held-out MS patches (``held_out`` false: the training
    ones), in the card's band order."""
    dataset = eurosat.EuroSat("ms", data, ROOT / "build" / "cache")
    split = eurosat.read_split(SPLIT_FILE)
    return dataset.load([i for i in dataset.ids if (i in split) == held_out], card.bands)


def group_shap(card, reflectance: np.ndarray, batch: int = 16) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(group names, mean |SHAP| per patch and group (N, G), predicted classes (N,))."""
    classifier = DenseClassifier(card)
    explainer = make_explainer(SHAP.method("band_groups"), classifier, background="mean", budget=512)
    scale = ScaleDecision(InputScale.REFLECTANCE, "EuroSAT patches")
    values, predicted = [], []
    with torch.inference_mode():
        for start in range(0, len(reflectance), batch):
            patches = reflectance[start : start + batch]
            x = classifier.prepare(patches, np.zeros((len(patches), 64, 64), bool), scale)
            maps = explainer.explain(x)
            values.append(maps.values[:, :, 0, 0].abs().cpu().numpy())
            predicted.append(maps.predicted[:, 0, 0, 0].cpu().numpy())
    return list(explainer.feature_names), np.concatenate(values), np.concatenate(predicted)


def infrared_fraction(names: list[str], mean_abs_shap: np.ndarray) -> float:
    """The infrared groups' part of a mean |SHAP| per group (in ``names``' order)."""
    infrared = [i for i, name in enumerate(names) if name in INFRARED]
    return float(mean_abs_shap[infrared].sum() / mean_abs_shap.sum())


def infrared_share(card, data: Path) -> dict[str, dict]:
    """Per true class: mean |SHAP| per group and the infrared share; plus 'all' over every patch."""
    reflectance, classes = ms_patches(card, data)
    names, values, _ = group_shap(card, reflectance)
    result = {}
    for k, class_name in [*enumerate(card.class_names), (None, "all")]:
        rows = values if k is None else values[classes == k]
        if not len(rows):
            continue
        mean = rows.mean(axis=0)
        share = infrared_fraction(names, mean)
        result[class_name] = {"patches": int(len(rows)), "infrared_share": round(share, 3),
                              "mean_abs_shap": {name: round(float(v), 4) for name, v in zip(names, mean)}}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cards", type=Path, default=None, help="a folder of cards other than the bundled ones")
    args = parser.parse_args()
    cards = load_cards([args.cards]) if args.cards else load_cards()
    for name, card in cards.items():
        if (args.models and name not in args.models) or len(card.bands) <= 3:
            continue
        shares = infrared_share(card, args.data)
        line = ", ".join(f"{c} {v['infrared_share']:.2f}" for c, v in shares.items())
        print(f"{name}: infrared share of mean |SHAP| — {line}", flush=True)


if __name__ == "__main__":
    main()
