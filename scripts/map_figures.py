"""The demo scene's class map without and with refinement, and with the cloud mask: scored against the
digitised reference (scripts/map_reference.py) and drawn side by side for the README.

    python scripts/map_figures.py [--model eurosat_s2_13band] [--cards FOLDER] [--strengths 0.5,1,2]
        [--figure docs/demo_maps.png]

Prints water / forest IoU per variant (and per refinement strength when several are given) and the
time per megapixel of the cloud mask and of the refinement on this machine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import rasterio
from headless import ROOT, plugin_parent
from map_reference import agreement, class_names_of, cloud_agreement, load_reference

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.classify import classify_raster  # noqa: E402
from explainable_lulc.engine.clouds import write_cloud_mask  # noqa: E402
from explainable_lulc.engine.preview import stretch  # noqa: E402
from explainable_lulc.engine.run import ResolvedRun, RunRequest, resolve_run  # noqa: E402
from explainable_lulc.models.registry import load_cards  # noqa: E402

SCENE = ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"


def classify(run: ResolvedRun, out: Path, mask: str | None, refine: bool, strength: float = 1.0) -> float:
    """Write the class map; return the seconds it took."""
    run.classifier.REFINE_STRENGTH = strength
    started = time.perf_counter()
    classify_raster(run, str(out), pixel_mask=mask, refine=refine)
    return time.perf_counter() - started


def true_colour(info) -> np.ndarray:
    """B04, B03, B02 at full resolution, stretched as the plugin's previews are."""
    with rasterio.open(info.path) as dataset:
        return stretch(dataset.read(info.band_mapping.indexes_of(("B04", "B03", "B02"))))


def coloured(path: Path) -> np.ndarray:
    with rasterio.open(path) as dataset:
        classes, colours = dataset.read(1), dataset.colormap(1)
    lut = np.zeros((256, 3), np.float32)
    for value, rgba in colours.items():
        lut[value] = np.array(rgba[:3]) / 255
    return lut[classes]


def figure(panels: list[tuple[str, np.ndarray]], legend: list[tuple[str, tuple]], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt
    from matplotlib.patches import Patch

    fig, axes = plt.subplots(len(panels), 1, figsize=(10, 5.3 * len(panels)), constrained_layout=True)
    for axis, (title, image) in zip(axes, panels):
        axis.imshow(image, interpolation="nearest")
        axis.set_title(title, fontsize=11)
        axis.set_axis_off()
    fig.legend(handles=[Patch(color=np.array(c[:3]) / 255, label=name) for name, c in legend],
               loc="lower center", ncol=6, fontsize=9, bbox_to_anchor=(0.5, -0.03))
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=80, bbox_inches="tight")
    plt.close(fig)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="eurosat_s2_13band")
    parser.add_argument("--cards", type=Path, default=None)
    parser.add_argument("--strengths", default="1")
    parser.add_argument("--figure", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "maps")
    args = parser.parse_args()
    cards = load_cards([args.cards]) if args.cards else load_cards()
    args.out.mkdir(parents=True, exist_ok=True)
    reference = load_reference(SCENE)
    run = resolve_run(RunRequest(str(SCENE), model=args.model, device="cpu", cloud_mask="on"), cards)
    card, info, detector = run.card, run.info, run.clouds
    megapixels = run.pixels / 1e6

    mask = str(args.out / "cloud_mask.tif")
    started = time.perf_counter()
    write_cloud_mask(info, run.cloud_indexes, run.scale, detector, mask)
    mask_seconds = time.perf_counter() - started

    plain = args.out / f"{card.name}_plain.tif"
    plain_seconds = classify(run, plain, None, refine=False)
    masked = args.out / f"{card.name}_masked.tif"
    classify(run, masked, mask, refine=False)
    print(f"{card.name}: cloud mask {mask_seconds / megapixels:.1f} s/Mpx ({detector.description})")
    for path, label in ((plain, "window scale, no mask"), (masked, "window scale, clouds masked")):
        scores = {**agreement(path, reference), **cloud_agreement(path, reference)}
        print(f"  {label}: " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    refined = None
    for strength in (float(s) for s in args.strengths.split(",")):
        refined = args.out / f"{card.name}_refined_{strength:g}.tif"
        seconds = classify(run, refined, mask, refine=True, strength=strength)
        scores = agreement(refined, reference)
        print(f"  refined (strength {strength:g}): " + " ".join(f"{k} {v:.3f}" for k, v in scores.items()) +
              f"; refinement {(seconds - plain_seconds) / megapixels:+.1f} s/Mpx over the plain map")
    if args.figure and refined is not None:
        names = class_names_of(refined)
        with rasterio.open(refined) as dataset:
            colours = dataset.colormap(1)
        legend = [(name, colours[i]) for i, name in enumerate(names) if name]
        figure([("True colour (B04, B03, B02) of the demo scene", true_colour(info)),
                (f"{card.name}, before: window scale (640 m), no cloud mask", coloured(plain)),
                (f"{card.name}, after: clouds and shadows masked, refined to 10 m", coloured(refined))],
               legend, args.figure)
        print(f"figure: {args.figure}")


if __name__ == "__main__":
    main()
