"""How well the EuroSAT (L1C) models transfer to Sentinel-2 L2A: agreement with CORINE labels
on the 65 real BigEarthNet L2A patches in ../shared/data/bigearthnet (120×120 px at 10 m).

Each patch is classified densely (its 8×8 windows of 64×64 px, 20 m / 60 m bands repeated onto
the 10 m grid); a land-cover group counts as predicted when ≥ 25 % of the windows fall in it.
Groups: Forest (CORINE forests), water (inland and marine waters), urban (urban fabric,
industrial/commercial, transport), agriculture (arable, pastures, permanent crops, mosaics).
The patches are from 2017–2018 (no +1000 offset); the offset case adds 1000 to every value, as
products since January 2022 carry it, and compares reading it correctly and forgetting it.

    python scripts/bigearthnet_transfer.py [--data ../shared/data]
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np
from headless import ROOT, plugin_parent

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.dense import DenseClassifier  # noqa: E402
from explainable_lulc.engine.scaling import InputScale, ScaleDecision  # noqa: E402
from explainable_lulc.models.registry import EUROSAT_CLASSES, load_cards  # noqa: E402

BAND_GROUPS = {"b10m": ("B02", "B03", "B04", "B08"), "b20m": ("B05", "B06", "B07", "B8A", "B11", "B12"),
               "b60m": ("B01", "B09")}
EUROSAT_GROUPS = {"Forest": "Forest", "River": "water", "SeaLake": "water", "Residential": "urban",
                  "Industrial": "urban", "Highway": "urban", "AnnualCrop": "agriculture",
                  "PermanentCrop": "agriculture", "Pasture": "agriculture", "HerbaceousVegetation": None}
#: CORINE label words per group, matched at the start of a word: "road" must not find "Broad-leaved
#: forest", nor "port" "Sport and leisure facilities"; agro-forestry areas are agriculture.
CORINE_WORDS = {"Forest": ("(?<!agro-)forest",), "water": ("water", "sea and ocean", "estuaries", "coastal lagoons"),
                "urban": ("urban", "industrial", "road", "port", "airport"),
                "agriculture": ("arable", "pasture", "permanent crops", "vineyard", "orchard", "olive",
                                "cultivation", "agricultur", "agro-forestry", "rice", "annual crops")}
GROUPS = tuple(CORINE_WORDS)
MODELS = ("eurosat_s2_12band_spectral", "eurosat_s2_12band_ensemble", "eurosat_s2_12band", "eurosat_s2_10band",
          "eurosat_s2_4band", "eurosat_rgb")
SHARE = 0.25


def label_groups(labels: str) -> set[str]:
    text = labels.lower()
    return {group for group, words in CORINE_WORDS.items() if any(re.search(rf"\b{word}", text) for word in words)}


def load_patches(folder: Path) -> list[tuple[dict[str, np.ndarray], set[str]]]:
    """Per patch: DN per band on the 10 m grid, and the CORINE groups of its labels."""
    with open(folder / "MANIFEST.csv", newline="") as manifest:
        rows = list(csv.DictReader(manifest))
    arrays: dict[str, np.lib.npyio.NpzFile] = {}
    patches = []
    for row in rows:
        data = arrays.setdefault(row["npz"], np.load(folder / row["npz"]))
        index = int(row["index"])
        bands = {}
        for key, names in BAND_GROUPS.items():
            block = data[key][index].astype(np.float32)
            repeat = 120 // block.shape[-1]
            block = block.repeat(repeat, axis=-2).repeat(repeat, axis=-1)
            bands.update(zip(names, block))
        patches.append((bands, label_groups(row["labels_19"] or row["labels_43"])))
    return patches


def predicted_groups(classifier: DenseClassifier, bands: dict[str, np.ndarray], scale: InputScale,
                     add: float = 0.0) -> set[str]:
    raw = np.stack([bands[b] + add for b in classifier.card.bands])[None]
    x = classifier.prepare(raw, np.zeros((1, 120, 120), bool), ScaleDecision(scale, "BigEarthNet"))
    classes = classifier.window_probabilities(x).argmax(1).flatten().numpy()
    shares = {g: 0.0 for g in GROUPS}
    for value in classes:
        group = EUROSAT_GROUPS[EUROSAT_CLASSES[value]]
        if group:
            shares[group] += 1 / len(classes)
    return {g for g, share in shares.items() if share >= SHARE}


def agreement(predictions: list[set[str]], truths: list[set[str]]) -> dict:
    result = {}
    for group in GROUPS:
        labelled = [group in p for p, t in zip(predictions, truths) if group in t]
        predicted = [group in t for p, t in zip(predictions, truths) if group in p]
        result[group] = dict(labelled=len(labelled), recall=float(np.mean(labelled)) if labelled else None,
                             predicted=len(predicted), precision=float(np.mean(predicted)) if predicted else None)
    hits = sum(len(p & t) for p, t in zip(predictions, truths))
    result["patches_with_a_correct_group"] = float(np.mean([bool(p & t) for p, t in zip(predictions, truths)]))
    result["group_precision"] = hits / max(1, sum(len(p) for p in predictions))
    return result


def write_card_figures(card_path: Path, stats: dict, patches: int, folder: Path) -> None:
    """Record a model's agreement on the L2A patches as distributed in its card, where auto's choice for
    L2A layers reads it (models needing B10 cannot run on L2A and get none)."""
    data = json.loads(card_path.read_text())
    data.setdefault("metrics", {})["l2a_transfer"] = {
        "data": f"{patches} BigEarthNet L2A patches ({folder.name}), CORINE groups; scripts/bigearthnet_transfer.py",
        "patches_with_a_correct_group": round(stats["patches_with_a_correct_group"], 4),
        **{f"{group.lower()}_recall": None if stats[group]["recall"] is None else round(stats[group]["recall"], 4)
           for group in GROUPS},
    }
    card_path.write_text(json.dumps(data, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("models", nargs="*", help=f"default: {', '.join(MODELS)}")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--cards", type=Path, default=None, help="a folder of cards other than the bundled ones")
    parser.add_argument("--write-cards", action="store_true", help="record each model's figures on L2A as "
                        "distributed in its card (metrics.l2a_transfer), where auto's choice for L2A layers reads them")
    args = parser.parse_args()
    patches = load_patches(args.data / "bigearthnet")
    truths = [t for _, t in patches]
    cards = load_cards([args.cards]) if args.cards else load_cards()
    cases = {"L2A as distributed (DN)": (InputScale.DIGITAL_NUMBERS, 0.0),
             "with +1000 offset, INPUT_SCALE=dn_offset": (InputScale.DIGITAL_NUMBERS_OFFSET, 1000.0),
             "with +1000 offset, forgotten (dn)": (InputScale.DIGITAL_NUMBERS, 1000.0)}
    results = {}
    for name in (m for m in (args.models or MODELS) if m in cards):
        classifier = DenseClassifier(cards[name])
        for case, (scale, add) in cases.items():
            predictions = [predicted_groups(classifier, bands, scale, add) for bands, _ in patches]
            results[f"{name} | {case}"] = agreement(predictions, truths)
        if args.write_cards:
            write_card_figures(cards[name].path, results[f"{name} | L2A as distributed (DN)"], len(patches),
                               args.data / "bigearthnet")
    out = ROOT / "build" / "bigearthnet" / "transfer.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    def cell(stats: dict) -> str:
        if stats["recall"] is None:
            return "—"
        precision = "—" if stats["precision"] is None else f"{100 * stats['precision']:.0f} %"
        return f"{100 * stats['recall']:.0f} % / {precision}"

    print(f"{len(patches)} BigEarthNet L2A patches; labelled: " +
          ", ".join(f"{g} {sum(g in t for t in truths)}" for g in GROUPS))
    print("| model | input | " + " | ".join(f"{g} recall / precision" for g in GROUPS) +
          " | patches with a correct group |")
    print("|---|---|" + "---|" * (len(GROUPS) + 1))
    for key, stats in results.items():
        model, case = key.split(" | ")
        print(f"| `{model}` | {case} | " + " | ".join(cell(stats[g]) for g in GROUPS) +
              f" | {100 * stats['patches_with_a_correct_group']:.0f} % |")
    print(f"Figures written to {out}")


if __name__ == "__main__":
    main()
