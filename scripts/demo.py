"""`make demo`: classify the bundled Sentinel-2 scene headless through qgis_process and
write the GeoTIFFs plus a PNG preview (true colour beside the styled class map, with legend),
the same with the spectral-spatial model refined to 10 m, then explain it with Grad-CAM and
Guided Grad-CAM (GeoTIFF + preview each) and with SHAP over band groups and with LIME over
superpixels (GeoTIFF + HTML report each)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import rasterio
from headless import ROOT as PLUGIN_ROOT
from headless import enable_plugin, environment, plugin_parent, run_algorithm

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.preview import class_map_preview, read_preview_band, rgb_composite  # noqa: E402
from explainable_lulc.models.registry import REFINING_ARCHITECTURES, load_cards  # noqa: E402

SCENE = PLUGIN_ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"
OUT = PLUGIN_ROOT / "build" / "demo"
LIME_SAMPLES = 100  # per 64×64 patch (the algorithm's default is 256): the demo stays a few minutes


def preview_of(class_map: str, rgb, title: str, out: Path) -> str:
    """True colour beside the class map, with the classes the map itself names (the model's, then the
    cloud classes when the mask found any)."""
    with rasterio.open(class_map) as classes:
        names = classes.tags(1)["CLASS_NAMES"].split(",")
        colours = ["#{:02x}{:02x}{:02x}".format(*classes.colormap(1)[i][:3]) for i in range(len(names))]
    return class_map_preview(rgb, read_preview_band(class_map), names, colours, title, str(out))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    env = environment(PLUGIN_ROOT / "build" / "qgis-profile")
    enable_plugin(env)
    started = time.perf_counter()
    report = run_algorithm(env, "explainable_lulc:classify_lulc", INPUT=SCENE, OUTPUT=OUT / "land_cover.tif",
                           OUTPUT_CONFIDENCE=OUT / "confidence.tif")
    seconds = time.perf_counter() - started
    classes_path = report["results"]["OUTPUT"]
    with rasterio.open(classes_path) as classes:
        card = load_cards()[classes.tags()["MODEL"]]
    rgb = rgb_composite(str(SCENE), [4, 3, 2])
    preview = preview_of(classes_path, rgb, f"Land cover ({card.name})", OUT / "preview.png")
    print(f"Classified {SCENE.name} with qgis_process in {seconds:.1f} s (model {card.name}).")
    outputs = [classes_path, report["results"]["OUTPUT_CONFIDENCE"], preview]
    # auto's model has a per-pixel head, so REFINE (default on) sharpened that map to 10 m; the same without it:
    if card.architecture not in REFINING_ARCHITECTURES:
        raise SystemExit(f"auto chose {card.name}, which cannot refine: the window-scale map would be the same map")
    started = time.perf_counter()
    window_scale = run_algorithm(env, "explainable_lulc:classify_lulc", INPUT=SCENE, MODEL=card.name, REFINE=False,
                                 OUTPUT=OUT / "land_cover_window_scale.tif")["results"]["OUTPUT"]
    outputs += [window_scale, preview_of(window_scale, rgb, f"Land cover at window scale, not refined ({card.name})",
                                         OUT / "preview_window_scale.png")]
    print(f"Classified it again at window scale (REFINE off) in {time.perf_counter() - started:.1f} s.")
    for method, name in ((0, "gradcam"), (1, "guided_gradcam")):  # for the predicted class
        started = time.perf_counter()
        report = run_algorithm(env, "explainable_lulc:explain_gradcam", INPUT=SCENE, METHOD=method,
                               OUTPUT=OUT / f"{name}.tif", OUTPUT_PREVIEW=OUT / f"{name}.png")
        print(f"Explained it ({name}, predicted class) with qgis_process in {time.perf_counter() - started:.1f} s.")
        outputs += [report["results"]["OUTPUT"], report["results"]["OUTPUT_PREVIEW"]]
    started = time.perf_counter()
    report = run_algorithm(env, "explainable_lulc:explain_shap", INPUT=SCENE, OUTPUT=OUT / "shap_band_groups.tif",
                           OUTPUT_REPORT=OUT / "shap_report.html")
    print(f"Explained it (SHAP of band groups, predicted class) with qgis_process in "
          f"{time.perf_counter() - started:.1f} s.")
    outputs += [report["results"]["OUTPUT"], report["results"]["OUTPUT_REPORT"]]
    started = time.perf_counter()
    report = run_algorithm(env, "explainable_lulc:explain_lime", INPUT=SCENE, FEATURES=0, N_SAMPLES=LIME_SAMPLES,
                           OUTPUT=OUT / "lime_superpixels.tif", OUTPUT_REPORT=OUT / "lime_report.html")
    print(f"Explained it (LIME of superpixels, {LIME_SAMPLES} samples per patch, predicted class) with qgis_process in "
          f"{time.perf_counter() - started:.1f} s.")
    outputs += [report["results"]["OUTPUT"], report["results"]["OUTPUT_REPORT"]]
    print("Outputs:")
    for path in outputs:
        print(f"  {path}")


if __name__ == "__main__":
    main()
