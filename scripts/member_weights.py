"""Choose the member weights of a side-by-side model (a recipe with ``members`` in scripts/train.py) by its
rule, on the training patches only: the most weight for the first member, in steps, for which the
infrared (red edge + NIR + SWIR) still carries at least THRESHOLD of mean |SHAP| in each of Forest, SeaLake,
River, Pasture and HerbaceousVegetation. The held-out patches are never read.

    python scripts/member_weights.py eurosat_s2_12band_ensemble [--threshold 0.6] [--step 0.05]

Prints, per weight, the accuracy and the five shares on the training patches, then the weight chosen and
the members' SHA-256 to put in the recipe.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import numpy as np
import train
from headless import ROOT, plugin_parent
from spectral_reliance import group_shap, infrared_fraction, ms_patches

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.models import registry  # noqa: E402

CLASSES = ("Forest", "SeaLake", "River", "Pasture", "HerbaceousVegetation")


def shares_on_training_patches(card: registry.ModelCard, data: Path) -> tuple[float, dict[str, float]]:
    """Accuracy and, per class of :data:`CLASSES`, the infrared share of mean |SHAP| on the training patches."""
    reflectance, classes = ms_patches(card, data, held_out=False)
    names, values, predicted = group_shap(card, reflectance)
    shares = {name: infrared_fraction(names, values[classes == card.class_names.index(name)].mean(axis=0))
              for name in CLASSES}
    return float((predicted == classes).mean()), shares


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=sorted(name for name, recipe in train.RECIPES.items() if "members" in recipe))
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--output", type=Path, default=ROOT / "models", help="where just-trained members are")
    parser.add_argument("--threshold", type=float, default=0.6)
    parser.add_argument("--step", type=float, default=0.05)
    args = parser.parse_args()
    recipe = train.RECIPES[args.model]
    cards = train.member_cards(args.model, recipe, args.output, pinned=False)
    if len(cards) != 2:
        parser.error("the rule weighs two members")
    chosen = None
    with tempfile.TemporaryDirectory() as folder:
        for weight in np.arange(args.step, 1.0, args.step).round(4):
            card = train.side_by_side_card(args.model, recipe, cards, [float(weight), float(1 - weight)])
            path = train.save_model(card, train.build_side_by_side(card, cards), Path(folder))
            accuracy, shares = shares_on_training_patches(registry.ModelCard.from_file(path), args.data)
            print(f"{cards[0].name} {weight:.2f}: training accuracy {accuracy:.4f}, infrared "
                  + ", ".join(f"{name} {share:.2f}" for name, share in shares.items()), flush=True)
            if min(shares.values()) < args.threshold:
                break
            chosen = float(weight)
    if chosen is None:
        raise SystemExit(f"no weight keeps the infrared at {args.threshold} in {', '.join(CLASSES)}")
    print(f"chosen: {cards[0].name} {chosen:.2f}, {cards[1].name} {1 - chosen:.2f}")
    for card in cards:
        print(f"{card.name} SHA-256 {train.weights_sha256(card)}")


if __name__ == "__main__":
    main()
