"""Whole regions on a Dask cluster: the plugin's classification (and Grad-CAM, SHAP) over many rasters.

    python scripts/lulc_batch.py classify [--bands B02,B03,…] [--model NAME] [--scheduler local:4]
        --output-dir DIR INPUT…
    python scripts/lulc_batch.py explain-gradcam [--method guided_gradcam] [--target Forest] … --output-dir DIR INPUT…
    python scripts/lulc_batch.py explain-shap [--features bands] [--background blur] … --output-dir DIR INPUT…

INPUT: raster files, globs ('tiles/*.tif', quoted) or text files (*.txt) of paths, one per line. Each
raster is resolved exactly as the Processing algorithms resolve it (engine.run.resolve_run: bands,
pixel scale, model, clouds), cut into blocks of tiles that run as Dask tasks (engine.batch), and
written to DIR/<input stem>.tif: the raster classify_lulc writes, pixel for pixel, with its QGIS
style sidecar (classify) — then DIR/mosaic.vrt over every output.

--scheduler: local:N (a LocalCluster of N worker processes on this machine; default: one per core)
or the address of a running scheduler, tcp://host:port (dask-jobqueue, Kubernetes: see the README).
Workers need this plugin importable (the same checkout or installed package, same version).

Idempotent: outputs that exist are skipped, so a re-run finishes what an interrupted one left. A
worker that dies mid-run has its blocks recomputed on the others (the output is the same); each
output is written to a temporary and moved into place only when complete, so no partial file remains.
"""
from __future__ import annotations

import argparse
import glob
import os
import signal
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from headless import plugin_parent

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.engine.batch import ClassifyJob, ExplainJob, Job, blocks, compute_block, shippable  # noqa: E402
from explainable_lulc.engine.errors import LulcError, Terminated  # noqa: E402
from explainable_lulc.engine.explanations.catalogue import GRADCAM, SHAP  # noqa: E402
from explainable_lulc.engine.monitor import Monitor, PartMonitor  # noqa: E402
from explainable_lulc.engine.pipeline import write_tiles  # noqa: E402
from explainable_lulc.engine.run import (  # noqa: E402
    CLOUD_MASK_CHOICES,
    DEFAULT_BATCH_SIZE,
    ResolvedRun,
    RunRequest,
    resolve_run,
)
from explainable_lulc.engine.scaling import InputScale  # noqa: E402
from explainable_lulc.engine.transaction import OutputTransaction, SigtermAsError  # noqa: E402

MOSAIC = "mosaic.vrt"
MASK_TEMPORARY_SUFFIX = ".computing"
#: Blocks waiting or running per worker: enough to keep workers busy, few enough to bound the memory
#: of results waiting for the writer.
BLOCKS_IN_FLIGHT_PER_WORKER = 3


class ConsoleProgress(Monitor):
    """A progress bar on stderr."""

    def __init__(self, width: int = 40) -> None:
        self.width, self.shown = width, -1

    def progress(self, fraction: float) -> None:
        done = int(round(100 * fraction))
        if done != self.shown:
            self.shown = done
            filled = int(self.width * fraction)
            print(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done:3d} %", end="", file=sys.stderr,
                  flush=True)

    def info(self, message: str) -> None:
        print(f"\n{message}", file=sys.stderr, flush=True)

    def warning(self, message: str) -> None:
        print(f"\nwarning: {message}", file=sys.stderr, flush=True)


@dataclass
class Plan:
    """One input's run: resolved, its output, its blocks of tiles, and its cloud mask once computed."""

    run: ResolvedRun
    output: Path
    blocks: list
    tile_count: int
    mask_path: Path | None = None
    mask_future: object = None
    results: deque = field(default_factory=deque)
    remaining: int = 0


def expand_inputs(arguments: list[str]) -> list[Path]:
    """Files, globs and text files of paths, in the order given, without repeats."""
    paths: list[Path] = []
    for argument in arguments:
        if argument.endswith(".txt") and Path(argument).is_file():
            base = Path(argument).parent
            listed = [line.strip() for line in Path(argument).read_text().splitlines()]
            paths += [base / line for line in listed if line and not line.startswith("#")]
        elif glob.has_magic(argument):
            matches = sorted(glob.glob(argument))
            if not matches:
                raise SystemExit(f"No file matches {argument}")
            paths += [Path(match) for match in matches]
        else:
            paths.append(Path(argument))
    unique = list(dict.fromkeys(path.resolve() for path in paths))
    missing = [str(path) for path in unique if not path.is_file()]
    if missing:
        raise SystemExit(f"Input not found: {', '.join(missing)}")
    stems: dict[str, Path] = {}
    for path in unique:
        if path.stem in stems:
            raise SystemExit(f"{stems[path.stem]} and {path} would both be written as {path.stem}.tif: rename one")
        stems[path.stem] = path
    return unique


def connect(scheduler: str | None, torch_threads: int | None = None):
    """A Dask client: ``local:N`` starts a LocalCluster of N worker processes, one task at a time each,
    torch in each using ``torch_threads`` (default: its share of the cores); anything else is a
    scheduler's address."""
    from distributed import Client, LocalCluster

    scheduler = scheduler or f"local:{os.cpu_count() or 1}"
    if not scheduler.startswith("local:"):
        return Client(scheduler)
    workers = int(scheduler.split(":", 1)[1])
    threads = torch_threads or max(1, (os.cpu_count() or 1) // workers)
    env = {"OMP_NUM_THREADS": str(threads), "PYTHONPATH": os.pathsep.join([str(plugin_parent()),
                                                                            os.environ.get("PYTHONPATH", "")])}
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                           env=env)
    return Client(cluster)


def cloud_mask_task(run: ResolvedRun, path: str) -> str:
    """The input's cloud mask, written on a worker (one pass at 30 m over the whole raster), under a
    name of its own first: a rerun of this task (its worker died) never truncates a mask being read."""
    import tempfile

    from explainable_lulc.engine.clouds import write_cloud_mask

    # not named like the transactions' temporaries (.partial): their clean-up would take it for a stale one
    descriptor, partial = tempfile.mkstemp(prefix=f"{Path(path).name}.", suffix=MASK_TEMPORARY_SUFFIX,
                                           dir=Path(path).parent)
    os.close(descriptor)
    try:
        write_cloud_mask(run.info, run.cloud_indexes, run.scale, run.clouds, partial)
        os.replace(partial, path)
    finally:
        Path(partial).unlink(missing_ok=True)
    return path


def make_job(args) -> Job:
    if args.command == "classify":
        return ClassifyJob(refine=not args.no_refine)
    if args.command == "explain-gradcam":
        options = {"layer": args.layer} if args.layer else {}
        return ExplainJob("gradcam", args.method, args.target, options)
    return ExplainJob("shap", args.features, args.target,
                      {"background": args.background, "budget": args.budget, "segments": args.segments})


def qgis_started() -> bool:
    """QGIS's core library, once, to write style sidecars as the algorithms do; False without QGIS."""
    try:
        from qgis.core import QgsApplication
    except ImportError:
        return False
    if QgsApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        qgis_started.application = QgsApplication([], False)
        qgis_started.application.initQgis()
    return True


def write_style(plan: Plan, job: Job, path: str, style_path: str, final_name: str) -> None:
    """The style sidecar the algorithms write: classify_lulc's class colours and names; for explanations
    the diverging (signed) or sequential ramp over the 99th percentile of |values|, on the band with
    the most evidence."""
    import numpy as np
    import rasterio

    from explainable_lulc.engine.clouds import MASKED_CLASSES
    from explainable_lulc.engine.preview import read_preview_band, robust_limit
    from explainable_lulc.models.registry import LulcClass
    from explainable_lulc.processing_provider.styling import (
        attribution_renderer,
        paletted_renderer,
        write_sidecar_style,
    )

    if not qgis_started():
        return  # main() said so before computing
    if isinstance(job, ClassifyJob):
        classes = list(plan.run.card.classes)
        if plan.mask_path is not None:
            classes += [LulcClass(name, colour) for name, colour in MASKED_CLASSES]
        write_sidecar_style(path, lambda layer: paletted_renderer(layer, classes), style_path, final_name)
        return
    with rasterio.open(path) as dataset:
        bands = [read_preview_band(path, band) for band in dataset.indexes]
    strongest = int(np.argmax([float(np.ma.abs(values).mean()) for values in bands]))
    limit = robust_limit(bands[strongest])
    signed = job.explainer(plan.run).signed
    write_sidecar_style(path, lambda layer: attribution_renderer(layer, limit, signed, band=strongest + 1,
                                                                 class_in_red=job.family == "shap"),
                        style_path, final_name)


class Dispatcher:
    """Keeps a bounded number of blocks on the cluster and hands each plan its results in turn, so one
    writer writes one output at a time while the workers compute ahead."""

    def __init__(self, client, job: Job, plans: list[Plan], in_flight: int) -> None:
        from distributed import as_completed

        self.client, self.job, self.limit = client, job, in_flight
        self.queue = deque((plan, block) for plan in plans for block in plan.blocks)
        self.next_plan = {id(plan): following for plan, following in zip(plans, plans[1:])}
        self.running: dict = {}
        self.waiting = 0  # blocks done but not yet written, over all plans
        self.completed = as_completed()

    def submit_mask(self, plan: Plan):
        if plan.run.clouds is not None and plan.mask_future is None:
            plan.mask_future = self.client.submit(cloud_mask_task, shippable(plan.run), str(plan.mask_path),
                                                  pure=False, retries=3)
        return plan.mask_future

    def top_up(self) -> None:
        """Submit blocks while fewer than ``limit`` are running or done but not yet written."""
        while self.queue and len(self.running) + self.waiting < self.limit:
            plan, block = self.queue.popleft()
            if id(plan) in self.next_plan:  # the next raster's mask is computed while this one's blocks run
                self.submit_mask(self.next_plan[id(plan)])
            future = self.client.submit(compute_block, self.job, shippable(plan.run), block, self.submit_mask(plan),
                                        pure=False, retries=3)
            self.running[future] = plan
            self.completed.add(future)

    def results_of(self, plan: Plan):
        """``plan``'s tile results, as its blocks complete."""
        while plan.remaining:
            if plan.results:
                plan.remaining -= 1
                self.waiting -= 1
                yield from plan.results.popleft()
                continue
            self.top_up()
            future = next(self.completed)
            owner = self.running.pop(future)
            owner.results.append(future.result())
            self.waiting += 1
            future.release()


def plan_inputs(args, job: Job, inputs: list[Path], out_dir: Path, progress: Monitor) -> tuple[list[Plan], list]:
    """Resolve every input as the algorithms would; inputs whose output exists are skipped."""
    plans, skipped, models = [], [], {}
    for path in inputs:
        output = out_dir / f"{path.stem}.tif"
        if output.exists():
            skipped.append(output)
            continue
        images, gradients = job.memory_profile(args.batch_size)
        request = RunRequest(str(path), bands=args.bands, scale=InputScale(args.scale), model=args.model,
                             device=args.device, tile_size=args.tile_size, batch_size=args.batch_size,
                             cloud_mask=args.cloud_mask, images_per_pass=images, gradients=gradients)
        try:
            run = job.tiled(resolve_run(request, classifiers=models))
            job.specs(run, str(output), masked=False)  # e.g. an unknown --target, before any work
        except LulcError as error:
            raise SystemExit(f"{path}: {error}") from error
        tiles = list(job.grid(run).tiles())
        plan = Plan(run, output, blocks(tiles, args.tiles_per_block * args.batch_size), len(tiles),
                    mask_path=out_dir / f".{path.stem}.clouds.tif" if run.clouds is not None else None)
        plan.remaining = len(plan.blocks)
        plans.append(plan)
        clouds = run.clouds.description if run.clouds else "not masked"
        progress.info(f"{path.name}: {run.info.width}×{run.info.height} px, model {run.card.name}, "
                      f"{run.scale.scale.value}, clouds {clouds}; {len(tiles)} tiles of {run.settings.tile_size} px "
                      f"in {len(plan.blocks)} blocks")
    return plans, skipped


def write_plan(plan: Plan, job: Job, dispatcher: Dispatcher, monitor: Monitor) -> None:
    """Write ``plan``'s output from its blocks, all or nothing, with its style sidecar."""
    final = str(plan.output)
    transaction = OutputTransaction.for_rasters([final], plan.run.info.files or [plan.run.info.path])
    try:
        with transaction:
            specs = job.specs(plan.run, final, masked=plan.mask_path is not None)
            write_tiles(plan.run.info, specs, dispatcher.results_of(plan), plan.tile_count, monitor, transaction)
            write_style(plan, job, transaction.path(plan.output.name), transaction.style_path(plan.output.name),
                        plan.output.name)
    finally:
        remove_cloud_mask(plan)


def remove_cloud_mask(plan: Plan) -> None:
    """``plan``'s cloud mask and any temporary of it (:func:`cloud_mask_task`) a stopped worker left."""
    if plan.mask_path is not None:
        plan.mask_path.unlink(missing_ok=True)
        for partial in plan.mask_path.parent.glob(f"{plan.mask_path.name}.*{MASK_TEMPORARY_SUFFIX}"):
            partial.unlink(missing_ok=True)


def write_mosaic(out_dir: Path, outputs: list[Path], progress: Monitor) -> Path | None:
    """DIR/mosaic.vrt over the outputs that share the first one's CRS (a VRT has one CRS)."""
    import rasterio
    from osgeo import gdal

    if not outputs:
        return None
    with rasterio.open(outputs[0]) as first:
        crs = first.crs
    same = []
    for output in outputs:
        with rasterio.open(output) as dataset:
            (same if dataset.crs == crs else []).append(output)
    if len(same) < len(outputs):
        others = ", ".join(output.name for output in outputs if output not in same)
        progress.warning(f"{MOSAIC} holds {len(same)} of the {len(outputs)} outputs, those in {crs}; {others} "
                         f"lie in other CRSs (gdalwarp them to {crs} to mosaic them too)")
    path = out_dir / MOSAIC
    temporary = out_dir / f".{MOSAIC}.partial"
    try:
        mosaic = gdal.BuildVRT(str(temporary), [str(output) for output in same])
        if mosaic is None:
            progress.warning(f"no {MOSAIC}: {gdal.GetLastErrorMsg()}")
            return None
        mosaic = None  # closing writes it
        os.replace(temporary, path)
        return path
    finally:
        temporary.unlink(missing_ok=True)


def parse_arguments(argv: list[str] | None = None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    shared = argparse.ArgumentParser(add_help=False)
    shared.add_argument("inputs", nargs="+", metavar="INPUT")
    shared.add_argument("--output-dir", type=Path, required=True)
    shared.add_argument("--bands", default="", help="BANDS: band names in layer order (default: from the file)")
    shared.add_argument("--model", default="auto")
    shared.add_argument("--scale", default="auto", choices=[scale.value for scale in InputScale])
    shared.add_argument("--cloud-mask", default="auto", choices=CLOUD_MASK_CHOICES)
    shared.add_argument("--device", default="auto", choices=("auto", "cpu", "cuda"))
    shared.add_argument("--tile-size", type=int, default=512)
    shared.add_argument("--batch-size", type=int, help=f"tiles per model call (default: {DEFAULT_BATCH_SIZE}, "
                        "explain-gradcam 2, as the algorithms)")
    shared.add_argument("--tiles-per-block", type=int, default=4, help="batches of tiles per Dask task")
    shared.add_argument("--scheduler", help="local:N or tcp://host:port (default: local:<cores>)")
    shared.add_argument("--torch-threads", type=int, help="threads of each local worker's torch and cloud detector "
                        "(default: cores / N)")
    classify = commands.add_parser("classify", parents=[shared], help="land-cover classes (classify_lulc)")
    classify.add_argument("--no-refine", action="store_true", help="keep the window-scale map (REFINE off)")
    gradcam = commands.add_parser("explain-gradcam", parents=[shared], help="Grad-CAM (explain_gradcam)")
    gradcam.add_argument("--method", default=GRADCAM.methods[0].id, choices=[m.id for m in GRADCAM.methods])
    gradcam.add_argument("--layer", default="")
    gradcam.add_argument("--target", default="predicted")
    shap = commands.add_parser("explain-shap", parents=[shared], help="SHAP (explain_shap)")
    shap.add_argument("--features", default=SHAP.methods[0].id, choices=[m.id for m in SHAP.methods])
    shap.add_argument("--background", default=SHAP.backgrounds[0].id, choices=[b.id for b in SHAP.backgrounds])
    shap.add_argument("--budget", type=int, default=SHAP.number("N_SAMPLES").default,
                      help="N_SAMPLES: model passes per tile")
    shap.add_argument("--segments", type=int, default=SHAP.number("SEGMENTS").default,
                      help="SEGMENTS: superpixels per patch")
    shap.add_argument("--target", default="predicted")
    args = parser.parse_args(argv)
    if args.batch_size is None:  # the algorithms' defaults: Grad-CAM's backward passes prefer two tiles
        args.batch_size = 2 if args.command == "explain-gradcam" else DEFAULT_BATCH_SIZE
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_arguments(argv)
    try:
        with SigtermAsError():  # a killed job (SLURM's time limit, kill, timeout) unwinds: temporaries removed
            run(args, ConsoleProgress())
    except Terminated:
        print("Stopped by a termination signal (SIGTERM): the output being written and the cloud masks computed "
              "ahead were removed; outputs already complete are kept, and running the same command again "
              "finishes the rest.", file=sys.stderr)
        sys.stderr.flush()
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # end as the signal asked, so job schedulers see it
        os.kill(os.getpid(), signal.SIGTERM)


def run(args, progress: Monitor) -> None:
    args.output_dir.mkdir(parents=True, exist_ok=True)
    job = make_job(args)
    inputs = expand_inputs(args.inputs)
    plans, skipped = plan_inputs(args, job, inputs, args.output_dir, progress)
    for output in skipped:
        progress.info(f"{output.name} exists: skipped")
    if plans and not qgis_started():
        progress.warning("QGIS cannot be imported here: outputs get no style sidecar (.qml)")
    if plans:
        client = None
        try:
            client = connect(args.scheduler, args.torch_threads)
            workers = max(1, len(client.scheduler_info()["workers"]))
            progress.info(f"{len(plans)} raster(s) on {workers} worker(s) at {client.scheduler.address}")
            dispatcher = Dispatcher(client, job, plans, BLOCKS_IN_FLIGHT_PER_WORKER * workers)
            total, done = sum(plan.tile_count for plan in plans), 0
            for plan in plans:
                try:
                    write_plan(plan, job, dispatcher, PartMonitor(progress, done / total, plan.tile_count / total))
                except LulcError as error:  # e.g. a file damaged past the sample read when planning
                    raise SystemExit(f"{plan.run.info.path}: {error}") from error
                done += plan.tile_count
                progress.info(f"wrote {plan.output}")
        finally:
            if client is not None:
                cluster = client.cluster  # ours when local:N, None for a remote scheduler (left running)
                client.close()
                if cluster is not None:
                    cluster.close()
            for plan in plans:  # masks computed ahead for rasters not reached, or begun by a worker now stopped
                remove_cloud_mask(plan)
    mosaic = write_mosaic(args.output_dir, [args.output_dir / f"{path.stem}.tif" for path in inputs], progress)
    progress.info(f"mosaic: {mosaic}")


if __name__ == "__main__":
    main()
