"""Train a bundled model on EuroSAT and write its weights and model card.

    python scripts/train.py eurosat_s2_13band [--data ../shared/data] [--epochs N]

The RGB model learns spatial features from EuroSAT's 27,000 RGB JPEGs; each multispectral
model starts as that model (same function on B02/B03/B04, zero weight on its other bands) and
is fine-tuned on the MS GeoTIFFs, learning what the other bands add.

Seeded and deterministic on CPU; uses CUDA when present. Training never sees the committed
evaluation split (models/splits/eurosat_eval.txt); the epoch kept is chosen on a validation
split carved from the training patches.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch
from headless import ROOT, plugin_parent
from torch import nn

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.models import architectures, registry  # noqa: E402
from explainable_lulc.training import eurosat  # noqa: E402
from explainable_lulc.training.evaluation import SPLIT_FILE  # noqa: E402

CLASS_COLOURS = (
    "#f5e663", "#1b7a2e", "#9bd37c", "#7f7f7f", "#b02bd6",
    "#d8f0a0", "#e89b3c", "#e8384f", "#3fa9f5", "#1f3fbf",
)
ESA = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12")

#: What each bundled model is trained on: its bands and the EuroSAT release it learns from.
RECIPES = {
    # RGB first: the multispectral models start from its spatial features (see transfer_from).
    "eurosat_rgb": dict(
        title="EuroSAT true colour B02/B03/B04", bands=("B02", "B03", "B04"), source="rgb",
        epochs=12, lr=2e-3, product_level="L1C",
    ),
    "eurosat_s2_13band": dict(
        title="EuroSAT 13 bands (Sentinel-2 L1C)", bands=ESA, source="ms", epochs=60, lr=5e-4,
        init_from="eurosat_rgb", product_level="L1C",
    ),
    "eurosat_s2_12band": dict(
        title="EuroSAT 12 bands, no B10 (Sentinel-2 L2A band set)",
        bands=tuple(b for b in ESA if b != "B10"), source="ms", epochs=60, lr=5e-4, init_from="eurosat_rgb",
        product_level="L1C",
    ),
    "eurosat_s2_10band": dict(
        title="EuroSAT 10 bands: the 10 m and 20 m bands",
        bands=("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"), source="ms", epochs=60,
        lr=5e-4, init_from="eurosat_rgb", product_level="L1C",
    ),
    "eurosat_s2_4band": dict(
        title="EuroSAT 10 m bands B02/B03/B04/B08", bands=("B02", "B03", "B04", "B08"), source="ms", epochs=60,
        lr=5e-4, init_from="eurosat_rgb", product_level="L1C",
    ),
}


def default_data_dir() -> Path:
    return ROOT.parent / "shared" / "data"


def load_data(recipe: dict, data: Path, cache: Path, eval_ids: set[str]):
    """Fit, validation and evaluation arrays; validation is carved from training, never from evaluation."""
    dataset = eurosat.EuroSat(recipe["source"], data, cache)
    train_ids = [i for i in dataset.ids if i not in eval_ids]
    test_ids = [i for i in dataset.ids if i in eval_ids]
    val_ids = eurosat.stratified_sample(train_ids, 0.1, seed=1)
    fit_ids = [i for i in train_ids if i not in val_ids]
    return (dataset.load(fit_ids, recipe["bands"]), dataset.load(sorted(val_ids), recipe["bands"]),
            dataset.load(test_ids, recipe["bands"]))


def transfer_from(card: registry.ModelCard, bands, mean: np.ndarray, std: np.ndarray, model: nn.Module) -> None:
    """Start ``model`` as the function ``card``'s model computes on the bands they share.

    Spatial features come from the model trained on 27,000 RGB patches; the first convolution
    gets weights for the shared bands, rescaled to the new normalisation (its constant shift
    goes into the following batch norm's running mean), and zero for the new bands, which
    fine-tuning on the MS patches then learns.
    """
    source = card.build("cpu").state_dict()
    state = {k: v.clone() for k, v in source.items()}
    old_weight = source["features.0.weight"]
    new_weight = torch.zeros(old_weight.shape[0], len(bands), *old_weight.shape[2:])
    shift = torch.zeros(old_weight.shape[0])
    for j, band in enumerate(card.bands):
        k = list(bands).index(band)
        scale = float(std[k]) / card.std[j]
        new_weight[:, k] = old_weight[:, j] * scale
        shift += old_weight[:, j].sum(dim=(1, 2)) * (float(mean[k]) - card.mean[j]) / card.std[j]
    state["features.0.weight"] = new_weight
    state["features.1.running_mean"] = source["features.1.running_mean"] - shift
    model.load_state_dict(state)


def augment(batch: torch.Tensor, generator: torch.Generator) -> torch.Tensor:
    """Random flips and quarter turns: land cover has no up or left."""
    if torch.rand(1, generator=generator) < 0.5:
        batch = batch.flip(-1)
    turns = int(torch.randint(4, (1,), generator=generator))
    return torch.rot90(batch, turns, dims=(-2, -1))


def evaluate(model: nn.Module, x: torch.Tensor, y: torch.Tensor, device: str) -> np.ndarray:
    """Predicted classes for ``x``."""
    model.eval()
    preds = []
    with torch.inference_mode():
        for start in range(0, len(x), 256):
            preds.append(model(x[start : start + 256].to(device)).argmax(1).cpu())
    return torch.cat(preds).numpy()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("model", choices=sorted(RECIPES))
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--cache", type=Path, default=ROOT / "build" / "cache")
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    recipe = RECIPES[args.model]
    epochs = args.epochs or recipe["epochs"]
    torch.manual_seed(args.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    started = time.time()

    (x_fit, y_fit), (x_val, y_val), (x_test, y_test) = load_data(
        recipe, args.data, args.cache, eurosat.read_split(SPLIT_FILE)
    )
    mean = x_fit.mean(axis=(0, 2, 3))
    std = x_fit.std(axis=(0, 2, 3))
    reflectance_max = eurosat.RGB_REFLECTANCE_MAX if recipe["source"] == "rgb" else None
    print(f"{args.model}: {len(x_fit)} fit, {len(x_val)} validation, {len(x_test)} evaluation patches")

    def normalise(x: np.ndarray) -> torch.Tensor:
        return torch.from_numpy((x - mean[:, None, None]) / std[:, None, None]).float()

    x_fit_t, x_val_t, x_test_t = normalise(x_fit), normalise(x_val), normalise(x_test)
    y_fit_t = torch.from_numpy(y_fit)
    card_args = {"widths": [32, 64, 96, 128]}
    model = architectures.ARCHITECTURES["lulc_fcn"](len(recipe["bands"]), 10, **{"widths": tuple(card_args["widths"])})
    if "init_from" in recipe:
        transfer_from(registry.load_cards()[recipe["init_from"]], recipe["bands"], mean, std, model)
    model.to(device)
    batch_size = 64
    steps = epochs * ((len(x_fit_t) + batch_size - 1) // batch_size)
    optimiser = torch.optim.AdamW(model.parameters(), lr=recipe["lr"], weight_decay=1e-3)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=recipe["lr"], total_steps=steps)
    loss_fn = nn.CrossEntropyLoss(label_smoothing=0.05)
    generator = torch.Generator().manual_seed(args.seed)
    best_accuracy, best_state = -1.0, None
    for epoch in range(epochs):
        model.train()
        order = torch.randperm(len(x_fit_t), generator=generator)
        for start in range(0, len(order), batch_size):
            index = order[start : start + batch_size]
            batch = augment(x_fit_t[index], generator).to(device)
            loss = loss_fn(model(batch), y_fit_t[index].to(device))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        val_accuracy = float((evaluate(model, x_val_t, torch.from_numpy(y_val), device) == y_val).mean())
        if val_accuracy >= best_accuracy:
            best_accuracy = val_accuracy
            best_state = {k: v.detach().cpu().clone() for k, v in model.state_dict().items()}
        print(f"epoch {epoch + 1}/{epochs} loss {loss.item():.3f} validation accuracy {val_accuracy:.4f}", flush=True)
    model.load_state_dict(best_state)
    weights = ROOT / "models" / "weights" / f"{args.model}.pt"
    torch.save(best_state, weights)

    predictions = evaluate(model, x_test_t, torch.from_numpy(y_test), device)
    accuracy = float((predictions == y_test).mean())
    print(f"held-out accuracy {accuracy:.4f} on {len(y_test)} patches")
    card = {
        "name": args.model,
        "title": recipe["title"],
        "architecture": {"name": "lulc_fcn", "args": card_args},
        "bands": list(recipe["bands"]),
        "normalisation": {
            "unit": "top-of-atmosphere reflectance (DN / 10000)",
            "mean": [round(float(v), 6) for v in mean],
            "std": [round(float(v), 6) for v in std],
            "reflectance_max": reflectance_max,
        },
        "classes": [{"name": n, "colour": c} for n, c in zip(registry.EUROSAT_CLASSES, CLASS_COLOURS)],
        "weights": f"../weights/{args.model}.pt",
        "product_level": recipe["product_level"],
        "licence": "Weights: MIT (this project). Trained on EuroSAT (MIT) from Copernicus Sentinel-2 data.",
        "training": {
            "data": "EuroSAT MS GeoTIFFs (469 in ../shared/data)" if recipe["source"] == "ms"
            else "EuroSAT RGB JPEGs (27,000), DN = JPEG x 10.9",
            "evaluation_split": "models/splits/eurosat_eval.txt",
            "fit_patches": len(x_fit), "validation_patches": len(x_val),
            "initialised_from": recipe.get("init_from"), "learning_rate": recipe["lr"],
            "epochs": epochs, "seed": args.seed, "device": device,
            "minutes": round((time.time() - started) / 60, 1),
            "command": f"make train MODELS={args.model}",
        },
        "metrics": {
            "overall_accuracy": round(accuracy, 4),
            "evaluation_patches": len(y_test),
            "validation_accuracy": round(best_accuracy, 4),
        },
    }
    path = ROOT / "models" / "cards" / f"{args.model}.json"
    path.write_text(json.dumps(card, indent=2) + "\n")
    print(f"wrote {weights} and {path}")


if __name__ == "__main__":
    main()
