"""`make bench`: throughput of the dense engine vs the naive per-window path, measured in one
run on this machine, plus peak memory at two raster sizes (it must not grow with the raster);
scene-wide Grad-CAM vs captum and scene-wide SHAP vs shap, each per window.

Input: VRT mosaics of the bundled real scene (13 bands), 2048² and 8192² pixels. The naive
path classifies each 64×64 window on its own at the same output stride (8 px) as the dense
path; it is timed on a 512×512 block (4,096 windows) because the whole 8192² raster would
take hours that way, and its rate in Mpx/s is per output pixel, like the dense one.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from headless import plugin_parent  # noqa: E402

sys.path.insert(0, str(plugin_parent()))
import rasterio  # noqa: E402
import torch  # noqa: E402

from explainable_lulc.engine.classify import classify_raster  # noqa: E402
from explainable_lulc.engine.explanations.catalogue import GRADCAM, SHAP  # noqa: E402
from explainable_lulc.engine.explanations.runner import explain_raster, make_explainer  # noqa: E402
from explainable_lulc.engine.reader import invalid_mask  # noqa: E402
from explainable_lulc.engine.run import DEFAULT_BATCH_SIZE, ResolvedRun, RunRequest, resolve_run  # noqa: E402
from explainable_lulc.models.registry import load_cards  # noqa: E402
from explainable_lulc.reference.per_window import captum_methods, captum_per_window, per_window_logits  # noqa: E402

SCENE = ROOT / "demo" / "T33UUU_20170216_L1C_13band.tif"
#: GDAL's block cache holds written blocks until it is full (default: 5 % of RAM), so peak
#: memory is the engine's own (bounded by the tile size) plus this cap; each dense run is
#: measured in its own process with the cap set, so the peaks of two sizes can be compared.
GDAL_CACHEMAX_MB = 256


def mosaic_vrt(scene: Path, size: int, out: Path) -> Path:
    """A size×size VRT that repeats the real scene side by side (no pixel is invented)."""
    with rasterio.open(scene) as src:
        width, height, count = src.width, src.height, src.count
        t, crs, dtype, names = src.transform, src.crs.to_wkt(), src.dtypes[0], src.descriptions
    vrt_type = {"uint16": "UInt16", "int16": "Int16", "float32": "Float32"}[dtype]
    bands = []
    for band in range(1, count + 1):
        sources = []
        for row in range(0, size, height):
            for col in range(0, size, width):
                w, h = min(width, size - col), min(height, size - row)
                sources.append(
                    f'<SimpleSource><SourceFilename relativeToVRT="0">{scene}</SourceFilename>'
                    f"<SourceBand>{band}</SourceBand><SrcRect xOff=\"0\" yOff=\"0\" xSize=\"{w}\" ySize=\"{h}\"/>"
                    f'<DstRect xOff="{col}" yOff="{row}" xSize="{w}" ySize="{h}"/></SimpleSource>'
                )
        bands.append(f'<VRTRasterBand dataType="{vrt_type}" band="{band}"><Description>{names[band - 1]}'
                     f"</Description>{''.join(sources)}</VRTRasterBand>")
    out.write_text(
        f'<VRTDataset rasterXSize="{size}" rasterYSize="{size}"><SRS>{crs}</SRS>'
        f"<GeoTransform>{t.c}, {t.a}, {t.b}, {t.f}, {t.d}, {t.e}</GeoTransform>{''.join(bands)}</VRTDataset>"
    )
    return out


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def bench_dense(run: ResolvedRun, out_dir: Path) -> dict:
    report = classify_raster(run, str(out_dir / "classes.tif"), str(out_dir / "confidence.tif"))
    pixels = run.pixels
    return dict(pixels=pixels, seconds=report.seconds, mpx_per_s=report.megapixels_per_second(pixels),
                peak_rss_mb=peak_rss_mb())


FULL_TILE = 10980  # px: the side of a Sentinel-2 granule at 10 m


def bench_compute_limit(run: ResolvedRun, block: int = 512, size: int = 2048) -> dict:
    """The machine's fp32 matmul peak (best of 5 square matmuls) and the FLOPs the dense model spends per
    output pixel on one tile (torch's FLOP counter: convolutions and the linear head), hence the
    throughput no implementation of this model could beat here."""
    from torch.utils.flop_counter import FlopCounterMode

    classifier, device = run.classifier, run.device
    a, b = torch.randn(size, size, device=device), torch.randn(size, size, device=device)
    seconds = []
    for _ in range(5):
        synchronize(device)
        started = time.perf_counter()
        torch.matmul(a, b)
        synchronize(device)
        seconds.append(time.perf_counter() - started)
    peak = 2 * size**3 / min(seconds)
    x = scene_block(run, block)[None].to(device)
    with torch.inference_mode(), FlopCounterMode(display=False) as counter:
        classifier.model.window_logits(x)
    flops_per_pixel = counter.get_total_flops() / block**2
    return dict(peak_gflops=peak / 1e9, flops_per_pixel=flops_per_pixel, limit_mpx_per_s=peak / flops_per_pixel / 1e6)


def scene_block(run: ResolvedRun, block: int) -> torch.Tensor:
    """A normalised block of the real scene (``run``'s raster), with room for the windows of its stride grid."""
    with rasterio.open(run.info.path) as src:
        raw = src.read(run.indexes, window=rasterio.windows.Window(256, 128, block + 56, block + 56))
    return run.classifier.prepare(raw, invalid_mask(raw, [None] * len(run.indexes)), run.scale)


def synchronize(device: str) -> None:
    if device == "cuda":
        torch.cuda.synchronize()


def bench_naive(run: ResolvedRun, block: int) -> dict:
    """Every window of the stride grid over a block, each through the model on its own."""
    classifier, device = run.classifier, run.device
    x = scene_block(run, block)
    stride = classifier.stride
    origins = [(r, c) for r in range(0, block, stride) for c in range(0, block, stride)]
    per_window_logits(classifier.model, x, origins[:64])  # warm-up
    synchronize(device)
    started = time.perf_counter()
    per_window_logits(classifier.model, x, origins, batch_size=256)
    synchronize(device)
    seconds = time.perf_counter() - started
    return dict(windows=len(origins), seconds=seconds, mpx_per_s=block * block / 1e6 / seconds,
                windows_per_s=len(origins) / seconds)


def bench_captum(run: ResolvedRun, windows: int = 512) -> dict:
    """captum on windows cut out one by one (batched 64 at a time), at the coverage of our maps:
    Grad-CAM needs the window of every 8×8 block (64 px per window), Guided Grad-CAM the window of
    every 64×64 patch (4,096 px per window). Timed on ``windows`` windows, rated per output pixel."""
    warnings.filterwarnings("ignore", module="captum")  # it announces its own hooks on every call

    classifier, device = run.classifier, run.device
    x = scene_block(run, 512)
    model = classifier.model
    pixels_per_window = {"gradcam": classifier.stride**2, "guided_gradcam": classifier.window**2}
    origins = [(r, c) for r in range(0, 512, 8) for c in range(0, 512, 8)][:windows]
    results = {}
    for name, (method, options) in captum_methods(model).items():
        captum_per_window(method, options, model, x, origins[:64])  # warm-up
        synchronize(device)
        started = time.perf_counter()
        captum_per_window(method, options, model, x, origins)
        synchronize(device)
        seconds = time.perf_counter() - started
        results[name] = dict(windows=windows, seconds=seconds, windows_per_s=windows / seconds,
                             mpx_per_s=windows * pixels_per_window[name] / 1e6 / seconds)
    return results


def bench_scene_explanations(run: ResolvedRun, out_dir: Path) -> dict:
    """Classification and both explanations of the same raster, for the predicted class."""
    pixels = run.pixels
    report = classify_raster(run, str(out_dir / "classes.tif"))
    results = {"classify": dict(seconds=report.seconds, mpx_per_s=report.megapixels_per_second(pixels))}
    for method in ("gradcam", "guided_gradcam"):
        report = explain_raster(run, make_explainer(GRADCAM.method(method), run.classifier),
                                str(out_dir / f"{method}.tif")).report
        results[method] = dict(seconds=report.seconds, mpx_per_s=report.megapixels_per_second(pixels),
                               cost_vs_classify=report.seconds / results["classify"]["seconds"])
    return results


def bench_shap(run: ResolvedRun, out_dir: Path, windows: int = 48) -> dict:
    """Spectral SHAP (band groups, exact: 32 coalitions) of the whole demo scene, against shap's
    ExactExplainer on windows cut out one by one at the same budget (32 evaluations each) and the
    same coverage (one window per 8×8 block, 64 output pixels per window); shap is timed on
    ``windows`` windows of the scene and rated per output pixel."""
    from explainable_lulc.reference.shap_exact import channel_covers, shap_exact

    classifier = run.classifier
    explainer = make_explainer(SHAP.method("band_groups"), classifier)
    pixels = run.pixels
    classify_seconds = classify_raster(run, str(out_dir / "shap_classes.tif")).seconds  # one pass, same scene
    explained = explain_raster(run, explainer, str(out_dir / "shap.tif"))
    report, summary = explained.report, explained.summary
    evaluations = explainer.plan(len(explainer.features)).evaluations
    scene = dict(pixels=pixels, seconds=report.seconds, mpx_per_s=report.megapixels_per_second(pixels),
                 seconds_per_mpx=report.seconds / (pixels / 1e6), additivity_error=summary.additivity_error,
                 evaluations=evaluations, classify_seconds=classify_seconds,
                 vs_passes=report.seconds / (evaluations * classify_seconds))

    x = scene_block(run, 512)
    covers = channel_covers(explainer.features, x.shape[0], classifier.window)
    origins = [(r, c) for r in range(0, 512, 8) for c in range(0, 512, 8)][:: (64 * 64) // windows][:windows]
    model = classifier.model
    started = time.perf_counter()
    for r, c in origins:
        window = x[:, r : r + 64, c : c + 64]
        with torch.no_grad():
            target = int(model(window[None]).argmax())
        shap_exact(model, window.cpu().numpy(), explainer.background(window[None])[0].cpu().numpy(), covers, target)
    seconds = time.perf_counter() - started
    per_window = dict(windows=len(origins), seconds=seconds, windows_per_s=len(origins) / seconds,
                      mpx_per_s=len(origins) * classifier.stride**2 / 1e6 / seconds)
    return dict(scene=scene, shap_per_window=per_window, ratio=scene["mpx_per_s"] / per_window["mpx_per_s"])


def refining_run(default: ResolvedRun) -> ResolvedRun:
    """``default`` or else the same run with the first registered model that has a per-pixel head:
    without one, refinement has nothing to do."""
    if default.classifier.can_refine:
        return default
    for card in load_cards().values():
        candidate = resolve_run(dataclasses.replace(default.request, model=card.name))
        if candidate.classifier.can_refine:
            return candidate
    return default


def bench_map_costs(run: ResolvedRun, out_dir: Path) -> dict:
    """What a trustworthy map costs on the demo scene: the cloud-mask pre-pass (ukis-csmask at 30 m) and
    the 10 m refinement, each per megapixel, measured beside a plain classification in one run."""
    from explainable_lulc.engine.clouds import temporary_mask_path, write_cloud_mask

    run = resolve_run(dataclasses.replace(run.request, cloud_mask="on"), classifiers=run.classifiers)
    classifier = run.classifier
    megapixels = run.pixels / 1e6
    plain = classify_raster(run, str(out_dir / "plain.tif")).seconds
    refined = classify_raster(run, str(out_dir / "refined.tif"), refine=True).seconds
    detector = run.clouds
    with temporary_mask_path() as mask:
        started = time.perf_counter()
        write_cloud_mask(run.info, run.cloud_indexes, run.scale, detector, mask)
        masking = time.perf_counter() - started
    return dict(megapixels=megapixels, classify_s_per_mpx=plain / megapixels,
                refine_s_per_mpx=(refined - plain) / megapixels, cloud_mask_s_per_mpx=masking / megapixels,
                detector=detector.description, refine_vs_classify=refined / plain, model=classifier.card.name)


EUROPE_TILES = 1100  # Sentinel-2 granules covering Europe, per date


def bench_batch_scaling(tmp_path: Path, size: int = 2048, inputs: int = 4) -> dict:
    """scripts/lulc_batch.py classify (defaults: clouds masked) on ``inputs`` mosaics of ``size``², on a
    LocalCluster of 1 and of 2 single-threaded workers (torch and the cloud detector on one thread each),
    wall time end to end (cluster start included); one batch of tiles per task."""
    rasters = [mosaic_vrt(SCENE, size, tmp_path / f"batch_{k}.vrt") for k in range(inputs)]
    megapixels = inputs * size * size / 1e6
    results = {}
    for workers in (1, 2):
        out = tmp_path / f"batch_out_{workers}"
        started = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "scripts" / "lulc_batch.py"), "classify", *map(str, rasters),
                        "--output-dir", str(out), "--scheduler", f"local:{workers}", "--torch-threads", "1",
                        "--tiles-per-block", "1"],
                       capture_output=True, text=True, check=True)
        seconds = time.perf_counter() - started
        results[workers] = dict(seconds=seconds, mpx_per_s=megapixels / seconds)
    per_worker = results[1]["mpx_per_s"]
    europe_mpx = EUROPE_TILES * FULL_TILE**2 / 1e6
    return dict(megapixels=megapixels, workers=results, speed_up=results[2]["mpx_per_s"] / per_worker,
                europe_hours_on_100_workers=europe_mpx / (100 * per_worker) / 3600, mpx_per_s_per_worker=per_worker)


def dense_in_fresh_process(size: int, args, tmp_path: Path) -> dict:
    """One dense measurement in a new process, so its peak memory is its own."""
    env = dict(os.environ, GDAL_CACHEMAX=str(GDAL_CACHEMAX_MB))
    done = subprocess.run([sys.executable, __file__, "--dense-only", str(size), "--model", args.model,
                           "--device", args.device, "--workdir", str(tmp_path)],
                          env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dense-only", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, default=8192, help="side of the large mosaic (px)")
    parser.add_argument("--model", default="eurosat_s2_13band")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--naive-block", type=int, default=512)
    args = parser.parse_args()

    def resolved(path: Path, classifiers: dict | None = None, batch_size: int = DEFAULT_BATCH_SIZE) -> ResolvedRun:
        """The run the algorithms would make of ``path`` with their defaults, clouds not masked."""
        return resolve_run(RunRequest(str(path), model=args.model, device=args.device, batch_size=batch_size),
                           classifiers=classifiers)

    if args.dense_only:
        vrt = mosaic_vrt(SCENE, args.dense_only, args.workdir / f"mosaic_{args.dense_only}.vrt")
        print(json.dumps(bench_dense(resolved(vrt), args.workdir)))
        return
    scene = resolved(SCENE)
    device, settings = scene.device, scene.settings
    results: dict = dict(machine=f"{cpu_name()}, {torch.get_num_threads()} threads", device=device,
                         torch=torch.__version__, model=args.model, tile_size=scene.request.tile_size,
                         batch_size=settings.batch_size, gdal_cachemax_mb=GDAL_CACHEMAX_MB)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        results["naive"] = bench_naive(scene, args.naive_block)
        results["compute_limit"] = bench_compute_limit(scene)
        for size in (2048, args.size):
            results[f"dense_{size}"] = dense_in_fresh_process(size, args, tmp_path)
        results["captum"] = bench_captum(scene)
        # two tiles per batch, explain_gradcam's default (its backward passes are faster so)
        mosaic = resolved(mosaic_vrt(SCENE, 2048, tmp_path / "explain.vrt"), scene.classifiers, batch_size=2)
        results["scene_2048"] = bench_scene_explanations(mosaic, tmp_path)
        results["shap"] = bench_shap(scene, tmp_path)
        results["map_costs"] = bench_map_costs(refining_run(scene), tmp_path)
        results["batch"] = bench_batch_scaling(tmp_path)
    dense = results[f"dense_{args.size}"]
    results["dense_vs_naive"] = dense["mpx_per_s"] / results["naive"]["mpx_per_s"]
    results["limit_vs_dense"] = results["compute_limit"]["limit_mpx_per_s"] / dense["mpx_per_s"]
    results["full_tile_minutes"] = FULL_TILE**2 / 1e6 / dense["mpx_per_s"] / 60
    for method in ("gradcam", "guided_gradcam"):
        results[f"{method}_vs_captum"] = results["scene_2048"][method]["mpx_per_s"] / results["captum"][method][
            "mpx_per_s"]
    out = ROOT / "build" / "bench" / "classify.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))

    print(f"Machine: {results['machine']}; device {device}; torch {torch.__version__}; model {args.model}; "
          f"GDAL_CACHEMAX {GDAL_CACHEMAX_MB} MB")
    print(f"Naive per-window (stride 8, {args.naive_block}² block): {results['naive']['mpx_per_s']:.4f} Mpx/s "
          f"({results['naive']['windows_per_s']:.0f} windows/s)")
    for key in ("dense_2048", f"dense_{args.size}"):
        d = results[key]
        print(f"Dense {key.split('_')[1]}² ({d['pixels'] / 1e6:.1f} Mpx): {d['mpx_per_s']:.3f} Mpx/s, "
              f"{d['seconds']:.1f} s, peak RSS {d['peak_rss_mb']:.0f} MB")
    print(f"Dense / naive throughput ratio: {results['dense_vs_naive']:.1f}x")
    limit = results["compute_limit"]
    print(f"Compute limit: fp32 matmul peak {limit['peak_gflops']:.0f} GFLOP/s, model "
          f"{limit['flops_per_pixel'] / 1e3:.1f} kFLOP per pixel -> {limit['limit_mpx_per_s']:.2f} Mpx/s; "
          f"dense vs compute limit: {results['limit_vs_dense']:.1f}x; "
          f"a full {FULL_TILE}² tile: {results['full_tile_minutes']:.1f} min")
    scene = results["scene_2048"]
    print(f"Explanations of the 2048² mosaic (predicted class); classifying it takes "
          f"{scene['classify']['seconds']:.1f} s:")
    for method, label in (("gradcam", "Grad-CAM"), ("guided_gradcam", "Guided Grad-CAM")):
        captum = results["captum"][method]
        print(f"  {label}: scene {scene[method]['mpx_per_s']:.3f} Mpx/s ({scene[method]['seconds']:.1f} s, "
              f"{scene[method]['cost_vs_classify']:.2f}x classification); captum per window "
              f"{captum['mpx_per_s']:.4f} Mpx/s ({captum['windows_per_s']:.0f} windows/s); "
              f"ratio {results[method + '_vs_captum']:.1f}x")
    shap_scene, shap_windows = results["shap"]["scene"], results["shap"]["shap_per_window"]
    print(f"SHAP of band groups (exact, {shap_scene['evaluations']} coalitions), demo scene "
          f"({shap_scene['pixels'] / 1e6:.2f} Mpx): {shap_scene['seconds']:.1f} s, "
          f"{shap_scene['seconds_per_mpx']:.0f} s/Mpx, additivity within {shap_scene['additivity_error']:.1e}; "
          f"shap ExactExplainer per window {shap_windows['mpx_per_s']:.5f} Mpx/s "
          f"({shap_windows['windows_per_s']:.1f} windows/s); ratio {results['shap']['ratio']:.1f}x; vs "
          f"{shap_scene['evaluations']} classification passes of the scene ({shap_scene['classify_seconds']:.2f} s "
          f"each): {shap_scene['vs_passes']:.2f}x")
    costs = results["map_costs"]
    print(f"Map quality on the demo scene ({costs['megapixels']:.2f} Mpx, {costs['model']}): classification "
          f"{costs['classify_s_per_mpx']:.1f} s/Mpx; 10 m refinement +{costs['refine_s_per_mpx']:.2f} s/Mpx "
          f"({costs['refine_vs_classify']:.2f}x classification); cloud mask ({costs['detector']}, 30 m) "
          f"{costs['cloud_mask_s_per_mpx']:.1f} s/Mpx")
    batch = results["batch"]
    one, two = batch["workers"][1], batch["workers"][2]
    print(f"lulc_batch.py classify, {batch['megapixels']:.1f} Mpx (clouds masked), single-threaded workers: 1 worker "
          f"{one['seconds']:.1f} s ({one['mpx_per_s']:.2f} Mpx/s), 2 workers {two['seconds']:.1f} s "
          f"({two['mpx_per_s']:.2f} Mpx/s): {batch['speed_up']:.2f}x; Europe ({EUROPE_TILES} tiles of {FULL_TILE}², "
          f"one date) at {batch['mpx_per_s_per_worker']:.2f} Mpx/s per worker on 100 such workers: "
          f"{batch['europe_hours_on_100_workers']:.1f} h")
    print(f"Figures written to {out}")


if __name__ == "__main__":
    main()
