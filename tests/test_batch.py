"""scripts/lulc_batch.py on a real Dask LocalCluster: the same rasters as qgis_process, idempotent re-runs,
a worker killed mid-run, and a batch stopped by SIGTERM."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import rasterio
from conftest import PLUGIN_PARENT, REPO
from headless import enable_plugin, environment, qgis_process

BATCH = REPO / "scripts" / "lulc_batch.py"
#: Small tiles, one batch per task: many blocks, so they spread over the workers and a kill lands mid-run.
SMALL_BLOCKS = ("--tile-size", "128", "--batch-size", "1", "--tiles-per-block", "1")


def batch(*arguments: str, timeout: int = 600) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, str(BATCH), *arguments], capture_output=True, text=True,
                          timeout=timeout, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return done


@pytest.fixture(scope="module")
def scenes(demo_scene, sen12ms_scene) -> list[Path]:
    """Two real scenes of different sizes and CRSs: the demo scene (1536×768) and a SEN12MS patch (256×256)."""
    return [demo_scene, sen12ms_scene]


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory) -> dict:
    env = environment(tmp_path_factory.mktemp("qgis-profile"), PLUGIN_PARENT)
    enable_plugin(env)
    return env


@pytest.fixture(scope="module")
def by_qgis_process(scenes, qgis_process_env, tmp_path_factory) -> dict[str, Path]:
    """classify_lulc with its defaults (clouds masked, REFINE on), run by the real qgis_process."""
    env = qgis_process_env
    out = tmp_path_factory.mktemp("qgis_process")
    outputs = {}
    for scene in scenes:
        done = qgis_process(env, "run", "explainable_lulc:classify_lulc", "--json", "--", f"INPUT={scene}",
                            f"OUTPUT={out / scene.name}")
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        outputs[scene.stem] = Path(json.loads(done.stdout)["results"]["OUTPUT"])
    return outputs


def processes_in_session(session: int) -> str:
    """``ps`` lines of the processes still in a session (a batch started in its own: its process group)."""
    listed = subprocess.run(["ps", "-o", "pid=,stat=,etime=,args=", "--sid", str(session)], capture_output=True,
                            text=True)
    return listed.stdout.strip()


def assert_same_raster(ours: Path, theirs: Path) -> None:
    with rasterio.open(ours) as a, rasterio.open(theirs) as b:
        assert (a.crs, a.transform, a.shape, a.dtypes, a.nodata) == (b.crs, b.transform, b.shape, b.dtypes, b.nodata)
        assert a.tags() == b.tags() and a.colormap(1) == b.colormap(1)
        np.testing.assert_array_equal(a.read(), b.read())


def test_classify_on_two_workers_equals_qgis_process(scenes, by_qgis_process, tmp_path, qgis_app):
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer

    out = tmp_path / "out"
    done = batch("classify", *map(str, scenes), "--output-dir", str(out), "--scheduler", "local:2", *SMALL_BLOCKS)
    assert "2 raster(s) on 2 worker(s)" in done.stderr
    for scene in scenes:
        assert_same_raster(out / f"{scene.stem}.tif", by_qgis_process[scene.stem])
        layer = QgsRasterLayer(str(out / f"{scene.stem}.tif"), "batch", "gdal")
        assert isinstance(layer.renderer(), QgsPalettedRasterRenderer)  # the sidecar style, loaded by QGIS
        assert [c.label for c in layer.renderer().classes()][-2:] == ["Cloud", "Cloud shadow"]
    with rasterio.open(out / "mosaic.vrt") as mosaic, rasterio.open(out / f"{scenes[0].stem}.tif") as first:
        assert mosaic.crs == first.crs  # the SEN12MS patch is in another CRS: left out, with a warning
    assert "other CRSs" in done.stderr
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no temporary left

    stamps = {p.name: p.stat().st_mtime_ns for p in out.glob("*.tif")}
    again = batch("classify", *map(str, scenes), "--output-dir", str(out), "--scheduler", "local:2")
    assert again.stderr.count("exists: skipped") == 2 and "worker(s)" not in again.stderr  # no cluster started
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.tif")} == stamps


def test_a_worker_killed_mid_run_changes_nothing(scenes, by_qgis_process, tmp_path):
    from distributed import Client, LocalCluster

    env = {"OMP_NUM_THREADS": "1", "PYTHONPATH": str(PLUGIN_PARENT)}
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, env=env) as cluster, \
            Client(cluster) as client:
        out = tmp_path / "out"
        command = subprocess.Popen([sys.executable, str(BATCH), "classify", *map(str, scenes), "--output-dir",
                                    str(out), "--scheduler", cluster.scheduler_address, *SMALL_BLOCKS],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        victim = None
        deadline = time.monotonic() + 300
        while victim is None and time.monotonic() < deadline and command.poll() is None:
            busy = [worker for worker, tasks in client.processing().items()
                    if any(key.startswith("compute_block") for key in map(str, tasks))]
            if busy:
                victim = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(victim, signal.SIGKILL)  # mid-task: its blocks must run elsewhere
            time.sleep(0.2)
        stdout, stderr = command.communicate(timeout=600)
        assert victim is not None, "no block ran on a worker"
        assert command.returncode == 0, stdout[-3000:] + stderr[-3000:]
        with pytest.raises(ProcessLookupError):
            os.kill(victim, 0)  # it did die mid-task …
        assert victim not in client.run(os.getpid).values()  # … and its nanny started a new worker process
    for scene in scenes:
        assert_same_raster(out / f"{scene.stem}.tif", by_qgis_process[scene.stem])
    leftovers = [p.name for p in out.iterdir() if p.name.startswith(".") or p.suffix == ".partial"]
    assert leftovers == []


@pytest.mark.parametrize("whom", ["batch", "process group"])
def test_a_batch_stopped_with_sigterm_keeps_finished_outputs_and_nothing_else(scenes, by_qgis_process, tmp_path, whom):
    """``kill`` or ``timeout`` stop a batch with SIGTERM, SLURM's time limit signals every process of the job
    (the workers too): the output being written and the cloud masks computed ahead are removed, finished
    outputs kept, no process left behind, and the same command finishes."""
    small, large = scenes[1], scenes[0]  # the SEN12MS patch is written first, then the demo scene
    ahead = Path(shutil.copy2(small, tmp_path / "third_patch.tif"))  # its cloud mask is computed during the demo's
    out = tmp_path / "out"
    command = [sys.executable, str(BATCH), "classify", str(small), str(large), str(ahead), "--output-dir", str(out),
               "--scheduler", "local:1", *SMALL_BLOCKS]
    with open(tmp_path / "stdout", "w") as stdout, open(tmp_path / "stderr", "w") as stderr:
        run = subprocess.Popen(command, stdout=stdout, stderr=stderr, text=True, start_new_session=True,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        deadline = time.monotonic() + 300
        while run.poll() is None and time.monotonic() < deadline and not (
                (out / f"{small.stem}.tif").exists() and list(out.glob(f".{large.stem}.tif.*.partial"))):
            time.sleep(0.05)
        assert run.poll() is None, (tmp_path / "stderr").read_text()[-3000:]
        assert list(out.glob(f".{large.stem}.tif.*.partial")), "the batch never began the second output"
        time.sleep(0.5)  # inside the demo scene's blocks
        if whom == "batch":
            run.send_signal(signal.SIGTERM)
        else:
            os.killpg(run.pid, signal.SIGTERM)
        run.wait(timeout=120)
    deadline = time.monotonic() + 30  # a worker's own exit takes a moment
    while time.monotonic() < deadline and (left_running := processes_in_session(run.pid)):
        time.sleep(0.2)
    assert not left_running, f"processes of the batch outlived it: {left_running}"
    log = (tmp_path / "stderr").read_text()
    assert run.returncode == -signal.SIGTERM, log[-3000:]  # ends as the signal asked: job schedulers see it
    assert log.rstrip().endswith("running the same command again finishes the rest."), log[-3000:]
    assert "errors.Terminated" not in log, log[-3000:]
    left = sorted(p.name for p in out.iterdir())  # the finished output with its sidecars, nothing of the others
    assert f"{small.stem}.tif" in left and all(name.startswith(f"{small.stem}.tif") or name == f"{small.stem}.qml"
                                               for name in left), left
    assert_same_raster(out / f"{small.stem}.tif", by_qgis_process[small.stem])
    if whom != "batch":
        return  # the re-run below once is enough

    again = batch(*command[2:])
    assert f"{small.stem}.tif exists: skipped" in again.stderr
    assert_same_raster(out / f"{large.stem}.tif", by_qgis_process[large.stem])
    assert_same_raster(out / f"{ahead.stem}.tif", by_qgis_process[small.stem])


def test_guided_grad_cam_equals_explain_gradcam(sen12ms_scene, qgis_process_env, tmp_path, qgis_app):
    """explain-gradcam with the algorithm's defaults (predicted class, clouds masked) on a real patch."""
    from qgis.core import QgsRasterLayer, QgsSingleBandPseudoColorRenderer

    theirs = tmp_path / "qgis_process" / "guided.tif"
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:explain_gradcam", "--json", "--",
                        f"INPUT={sen12ms_scene}", "METHOD=1", f"OUTPUT={theirs}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    out = tmp_path / "batch"
    batch("explain-gradcam", str(sen12ms_scene), "--method", "guided_gradcam", "--output-dir", str(out),
          "--scheduler", "local:2")
    ours = out / f"{sen12ms_scene.stem}.tif"
    with rasterio.open(ours) as a, rasterio.open(theirs) as b:
        assert (a.crs, a.transform, a.tags(), a.dtypes) == (b.crs, b.transform, b.tags(), b.dtypes)
        expected = b.read()
        assert np.isfinite(expected).any() and np.nanmax(np.abs(expected)) > 0
        np.testing.assert_array_equal(np.isnan(a.read()), np.isnan(expected))  # the same nodata
        # gradients summed by oneDNN in another process: equal to float rounding (measured: 5e-7 of the
        # largest value), where class maps are equal bit for bit
        np.testing.assert_allclose(a.read(), expected, rtol=0, atol=1e-5 * np.nanmax(np.abs(expected)))
    renderer = QgsRasterLayer(str(ours), "batch", "gdal").renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)  # its sidecar: the diverging ramp
    assert renderer.classificationMin() == -renderer.classificationMax() < 0


def test_a_mistake_is_named_before_any_work(sen12ms_scene, tmp_path):
    done = subprocess.run([sys.executable, str(BATCH), "explain-gradcam", str(sen12ms_scene), "--target", "Forst",
                           "--output-dir", str(tmp_path / "out")], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert "Unknown TARGET class 'Forst'" in done.stderr and "Forest" in done.stderr
    assert "Traceback" not in done.stderr and "worker(s)" not in done.stderr  # no cluster was started
    assert list((tmp_path / "out").iterdir()) == []
