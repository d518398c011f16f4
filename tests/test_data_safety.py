"""The user's data is never lost or corrupted: every case of the "never lose or corrupt" issue, run for
real (Processing in QGIS, qgis_process subprocesses, real rasters derived from the demo scene)."""
from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import numpy as np
import pytest
import rasterio
from conftest import PLUGIN_PARENT
from headless import QGIS_PROCESS, enable_plugin, environment, qgis_process
from helpers import run_logged, write_like
from qgis.core import QgsProcessingException

from explainable_lulc.engine.errors import LulcError
from explainable_lulc.engine.memory import check_memory
from explainable_lulc.engine.transaction import OutputLock, OutputTransaction, is_our_style, style_sidecar
from explainable_lulc.models.registry import CARDS_DIR, load_cards

CLASSIFY = "explainable_lulc:classify_lulc"


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def classify(**parameters):
    return run_logged(CLASSIFY, parameters)


def refused(words: str, **parameters) -> str:
    with pytest.raises(QgsProcessingException) as error:
        classify(**parameters)
    message = str(error.value)
    assert words in message, message
    assert "Traceback" not in message
    return message


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name or p.name.endswith(".lock"))


@pytest.fixture()
def scene(demo_scene, tmp_path) -> Path:
    """A 256×256 copy of the demo scene the test may try to destroy."""
    return write_like(demo_scene, tmp_path / "victim.tif", crop=(256, 256), origin=(384, 448), keep_descriptions=True)


# -- 1, 2: outputs that would clobber the input or each other --------------------------------------

def test_output_equal_to_input_is_refused_and_the_input_survives(provider, scene):
    before = digest(scene)
    message = refused("OUTPUT would overwrite INPUT", INPUT=str(scene), OUTPUT=str(scene))
    assert str(scene) in message
    assert digest(scene) == before


def test_output_through_another_spelling_or_link_of_the_input_is_refused(provider, scene, tmp_path):
    link = tmp_path / "link.tif"
    link.symlink_to(scene)
    refused("would overwrite INPUT", INPUT=str(scene), OUTPUT=str(tmp_path / "." / "victim.tif"))
    refused("would overwrite INPUT", INPUT=str(scene), OUTPUT=str(link))
    refused("must be a GeoTIFF", INPUT=str(scene), OUTPUT=f"{scene}.aux.xml")  # the input's side file


def test_two_outputs_naming_one_file_are_refused(provider, scene, tmp_path):
    out = tmp_path / "out.tif"
    message = refused("OUTPUT and OUTPUT_CONFIDENCE name the same file", INPUT=str(scene), OUTPUT=str(out),
                      OUTPUT_CONFIDENCE=str(out))
    assert str(out) in message
    assert not out.exists() and leftovers(tmp_path) == []


# -- 3: concurrent runs on one output --------------------------------------------------------------

def test_a_held_output_is_refused_cleanly(provider, scene, tmp_path):
    out = tmp_path / "classes.tif"
    lock = OutputLock(out.resolve())
    assert lock.acquire()
    try:
        refused("Another run is writing", INPUT=str(scene), OUTPUT=str(out))
    finally:
        lock.release()
    assert not out.exists()
    result, _ = classify(INPUT=str(scene), OUTPUT=str(out))  # free again
    assert Path(result["OUTPUT"]).exists() and leftovers(tmp_path) == []
    assert oct(Path(result["OUTPUT"]).stat().st_mode & 0o777) == oct(0o666 & ~current_umask())  # not private


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory) -> dict:
    env = environment(tmp_path_factory.mktemp("qgis-profile"), PLUGIN_PARENT)
    enable_plugin(env)
    return env


def start_run(env, *arguments: str) -> subprocess.Popen:
    return subprocess.Popen([QGIS_PROCESS, "run", CLASSIFY, "--json", "--", *arguments], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_concurrent_runs_never_mix_their_files(qgis_process_env, demo_scene, tmp_path):
    reference = tmp_path / "reference.tif"
    done = qgis_process(qgis_process_env, "run", CLASSIFY, "--", f"INPUT={demo_scene}", f"OUTPUT={reference}")
    assert done.returncode == 0, done.stderr[-2000:]
    shared_output = tmp_path / "shared" / "classes.tif"
    runs = [start_run(qgis_process_env, f"INPUT={demo_scene}", f"OUTPUT={shared_output}") for _ in range(2)]
    outcomes = [(run.wait(timeout=600), *run.communicate()) for run in runs]
    succeeded = [code == 0 for code, _, _ in outcomes]
    assert any(succeeded)
    for code, stdout, stderr in outcomes:  # the loser, if any, says why, without a traceback
        if code != 0:
            assert "Another run is writing" in stdout + stderr and "Traceback" not in stdout + stderr
    with rasterio.open(shared_output) as mixed, rasterio.open(reference) as alone:
        assert np.array_equal(mixed.read(1), alone.read(1))
    assert leftovers(shared_output.parent) == []


# -- 4: temporary names that cannot be predicted or hijacked ---------------------------------------

def test_planted_links_are_never_followed(provider, scene, tmp_path):
    victim = tmp_path / "precious.txt"
    victim.write_text("keep me")
    out_dir = tmp_path / "shared_folder"
    out_dir.mkdir()
    for name in (".classes.partial.tif", ".classes.tif.partial", ".classes.tif.aux.xml.partial"):
        (out_dir / name).symlink_to(victim)  # the names the writer used to use
    result, _ = classify(INPUT=str(scene), OUTPUT=str(out_dir / "classes.tif"))
    assert victim.read_text() == "keep me"
    assert Path(result["OUTPUT"]).exists()
    planted_lock = out_dir / ".second.tif.lock"
    planted_lock.symlink_to(victim)
    refused("Cannot write OUTPUT", INPUT=str(scene), OUTPUT=str(out_dir / "second.tif"))
    assert victim.read_text() == "keep me" and not (out_dir / "second.tif").exists()


def test_temporaries_are_created_exclusively_with_unpredictable_names(tmp_path):
    names = set()
    for _ in range(3):
        with OutputTransaction({"OUTPUT": tmp_path / "a.tif"}, rasters=["OUTPUT"]) as outputs:
            path = Path(outputs.path("OUTPUT"))
            assert path.parent == tmp_path and path.name.startswith(".a.tif.") and path.name.endswith(".partial")
            names.add(path.name)
            path.write_bytes(b"x")
    assert len(names) == 3


# -- 5: model cards that cannot take QGIS down -----------------------------------------------------

def bad_cards(folder: Path) -> dict[str, str]:
    """Broken cards as found in the wild or planted, by file stem → what the log must say about each."""
    good = json.loads((CARDS_DIR / "eurosat_s2_4band.json").read_text())
    good["weights"] = str((CARDS_DIR / good["weights"]).resolve())

    def variant(**changes) -> dict:
        card = json.loads(json.dumps(good))
        for key, value in changes.items():
            card[key] = value
        return card

    (folder / "nested.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "name_list.json").write_text(json.dumps(variant(name=["x"])))
    (folder / "nul_weights.json").write_text(json.dumps(variant(name="nul", weights="a\u0000b.pt")))
    red = variant(name="red")
    red["classes"][0]["colour"] = "red"
    (folder / "red.json").write_text(json.dumps(red))
    huge = variant(name="huge")
    huge["architecture"]["args"]["widths"] = [10**9, 10**9, 10**9, 10**9]
    (folder / "huge.json").write_text(json.dumps(huge))
    os.mkfifo(folder / "fifo.json")
    (folder / "my_model.json").write_text(json.dumps(variant(name="my_model")))  # a good one beside them
    return {"nested": "nested too deeply", "name_list": "'name' must be a text", "nul_weights": "'weights'",
            "red": "colour", "huge": "widths", "fifo": "not a regular file"}


def test_bad_cards_are_skipped_each_with_its_reason(tmp_path):
    expected = bad_cards(tmp_path)
    problems: dict[str, str] = {}
    cards = load_cards([tmp_path], problems)
    assert list(cards) == ["my_model"]
    for stem, words in expected.items():
        assert words in problems[stem], (stem, problems[stem])


def test_bad_cards_do_not_break_qgis_process(qgis_process_env, four_band_scene, tmp_path):
    bad_cards(tmp_path)
    env = dict(qgis_process_env, EXPLAINABLE_LULC_MODELS=str(tmp_path))
    listed = qgis_process(env, "list", timeout=120)
    assert listed.returncode == 0 and "explainable_lulc:classify_lulc" in listed.stdout, listed.stderr[-2000:]
    other = qgis_process(env, "help", "native:buffer", timeout=120)
    assert other.returncode == 0 and "DISTANCE" in other.stdout
    out = tmp_path / "mine.tif"
    done = qgis_process(env, "run", CLASSIFY, "--", f"INPUT={four_band_scene}", "BANDS=B02,B03,B04,B08",
                        "MODEL=my_model", f"OUTPUT={out}")
    assert done.returncode == 0 and out.exists(), done.stderr[-2000:]
    chosen = qgis_process(env, "run", CLASSIFY, "--", f"INPUT={four_band_scene}", "BANDS=B02,B03,B04,B08",
                          "MODEL=red", f"OUTPUT={tmp_path / 'red.tif'}")
    assert chosen.returncode != 0 and "colour" in chosen.stdout + chosen.stderr
    assert "Traceback" not in chosen.stdout + chosen.stderr


# -- 6: bad rasters and paths give messages, not tracebacks, and leave nothing behind -----------------

def test_truncated_geotiff_is_named(provider, demo_scene, tmp_path):
    plain = tmp_path / "plain.tif"
    with rasterio.open(demo_scene) as source:
        profile = source.profile | dict(compress="none")
        with rasterio.open(plain, "w", **profile) as target:
            target.write(source.read())
    cut = tmp_path / "cut.tif"
    cut.write_bytes(plain.read_bytes()[: int(plain.stat().st_size * 0.6)])  # an interrupted download
    message = refused("Cannot read", INPUT=str(cut), OUTPUT=str(tmp_path / "out" / "classes.tif"))
    assert "cut.tif" in message and "download" in message
    assert not (tmp_path / "out").exists() or leftovers(tmp_path / "out") == []


def test_complex_and_int8_rasters_are_refused(provider, demo_scene, tmp_path):
    for dtype, words in ((np.complex64, "complex numbers"), (np.int8, "int8")):
        path = write_like(demo_scene, tmp_path / f"{np.dtype(dtype).name}.tif", crop=(128, 128),
                          keep_descriptions=True, transform_values=lambda d, t=dtype: (d // 100).astype(t))
        refused(words, INPUT=str(path), OUTPUT=str(tmp_path / "out.tif"))


def test_unwritable_report_is_refused_before_computing(provider, scene, tmp_path):
    import processing
    from helpers import LogFeedback

    blocker = tmp_path / "not_a_folder"
    blocker.write_text("")
    out = tmp_path / "shap.tif"
    feedback = LogFeedback()
    with pytest.raises(QgsProcessingException, match="Cannot write OUTPUT_REPORT") as error:
        processing.run("explainable_lulc:explain_shap", {"INPUT": str(scene), "OUTPUT": str(out),
                                                          "OUTPUT_REPORT": str(blocker / "report.html")},
                       feedback=feedback)
    assert "Traceback" not in str(error.value)
    assert "tiles in" not in feedback.text  # refused up front, not after the SHAP passes
    assert not out.exists() and leftovers(tmp_path) == []  # the raster is not left behind


def test_output_naming_a_folder_is_refused(provider, scene, tmp_path):
    folder = tmp_path / "results.tif"
    folder.mkdir()
    refused("names the folder", INPUT=str(scene), OUTPUT=str(folder))
    assert list(folder.iterdir()) == [] and leftovers(tmp_path) == []


def test_killed_runs_leave_temporaries_that_the_next_run_removes(qgis_process_env, demo_scene, tmp_path):
    out = tmp_path / "classes.tif"
    run = start_run(qgis_process_env, f"INPUT={demo_scene}", f"OUTPUT={out}", f"OUTPUT_CONFIDENCE={tmp_path / 'c.tif'}",
                    "TILE_SIZE=128", "BATCH_SIZE=1")
    deadline = time.time() + 300
    while not any(".partial" in p.name for p in tmp_path.iterdir()) and time.time() < deadline:
        time.sleep(0.2)
    run.send_signal(signal.SIGKILL)
    run.wait()
    stale = [p.name for p in tmp_path.iterdir() if ".partial" in p.name]
    assert stale, "the run was killed before it started writing"
    unrelated = tmp_path / ".notes.partial"  # not of our naming: never touched
    unrelated.write_text("mine")
    done = qgis_process(qgis_process_env, "run", CLASSIFY, "--", f"INPUT={demo_scene}",
                        f"OUTPUT={tmp_path / 'other.tif'}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert [p.name for p in tmp_path.iterdir() if ".partial" in p.name] == [unrelated.name]


# -- 7: slow and silent failure modes ------------------------------------------------------------

def test_all_nodata_is_refused_before_any_tile_runs(provider, demo_scene, tmp_path):
    path = tmp_path / "empty.tif"
    with rasterio.open(demo_scene) as source:
        profile, descriptions = source.profile | dict(width=4096, height=4096), source.descriptions
    with rasterio.open(path, "w", **profile) as target:  # all zero: GDAL writes nothing but the header
        for band, name in enumerate(descriptions, start=1):
            target.set_band_description(band, name)
    refused("no valid pixel in an even sample", INPUT=str(path), OUTPUT=str(tmp_path / "out.tif"))
    assert not (tmp_path / "out.tif").exists()


def test_tiles_without_a_valid_pixel_skip_the_model(demo_scene, tmp_path):
    from explainable_lulc.engine.monitor import Monitor
    from explainable_lulc.engine.pipeline import RunSettings, run_tiled
    from explainable_lulc.engine.source import open_raster
    from explainable_lulc.engine.tiling import TileGrid
    from explainable_lulc.engine.writer import OutputSpec

    def half_empty(data):
        data = data.copy()
        data[:, :, :256] = 0  # the left 256 columns: nodata (every band zero)
        return data

    path = write_like(demo_scene, tmp_path / "half.tif", crop=(512, 256), keep_descriptions=True,
                      transform_values=half_empty)
    info = open_raster(str(path))
    grid = TileGrid(info.height, info.width, tile_size=128)
    computed = []

    def compute(batch):
        computed.extend(batch.tiles)
        return [np.ones((len(batch.tiles), 1, grid.cells_per_tile * 8, grid.cells_per_tile * 8), np.float32)]

    spec = OutputSpec(str(tmp_path / "ones.tif"), "float32", -1.0)
    run_tiled(info, [1, 2, 3], grid, [spec], compute, RunSettings(batch_size=3, tile_size=128), Monitor())
    assert computed and all(tile.col >= 256 for tile in computed)
    assert len(computed) == len(grid) // 2
    with rasterio.open(spec.path) as result:
        values = result.read(1)
    assert (values[:, :256] == -1).all() and (values[:, 256:] == 1).all()


def test_a_scale_that_contradicts_the_data_is_refused_with_the_evidence(provider, scene, tmp_path):
    message = refused("INPUT_SCALE says reflectance", INPUT=str(scene), INPUT_SCALE=3, OUTPUT=str(tmp_path / "o.tif"))
    assert "digital numbers" in message
    refused("+1000 offset", INPUT=str(scene), INPUT_SCALE=2, OUTPUT=str(tmp_path / "o.tif"))  # 2017: no offset
    as_reflectance = write_like(scene, tmp_path / "reflectance.tif", keep_descriptions=True,
                                transform_values=lambda d: (d / 10000).astype(np.float32))
    refused("this is reflectance", INPUT=str(as_reflectance), INPUT_SCALE=1, OUTPUT=str(tmp_path / "o.tif"))


def test_eight_bit_input_is_warned_about(provider, scene, tmp_path):
    import processing
    from helpers import LogFeedback

    eight_bit = write_like(scene, tmp_path / "display.tif", keep_descriptions=True,
                           transform_values=lambda d: np.clip(d / 16, 0, 255).astype(np.uint8))
    warnings = []

    class Warnings(LogFeedback):
        def pushWarning(self, warning):  # noqa: N802
            warnings.append(warning)
            super().pushWarning(warning)

    processing.run(CLASSIFY, {"INPUT": str(eight_bit), "OUTPUT": str(tmp_path / "o.tif")}, feedback=Warnings())
    assert any("8-bit" in warning for warning in warnings)


def test_tile_and_batch_sizes_are_bounded_by_memory(provider, scene, tmp_path):
    from osgeo import gdal

    # the tile is fitted to the raster before the estimate, so the raster must be as large as the tile
    large = tmp_path / "large.vrt"
    gdal.Translate(str(large), str(scene), format="VRT", width=4096, height=4096)
    message = refused("needs about", INPUT=str(large), TILE_SIZE=4096, BATCH_SIZE=64, OUTPUT=str(tmp_path / "o.tif"))
    assert "TILE_SIZE 4096" in message and "BATCH_SIZE 64" in message and "GB" in message
    assert not (tmp_path / "o.tif").exists()
    _, log = run_logged(CLASSIFY, {"INPUT": str(scene), "TILE_SIZE": 4096, "BATCH_SIZE": 64, "CLOUD_MASK": "off",
                                   "OUTPUT": str(tmp_path / "small.tif")})  # a small raster needs no large tile
    with rasterio.open(scene) as source:
        side = max(source.height, source.width)
    assert f"Tiles of {-(-side // 8) * 8} px (TILE_SIZE 4096), 64 per batch" in log.text
    card = load_cards()["eurosat_s2_13band"]
    assert check_memory(card, 512, 2) < 2**30  # the defaults need well under a gigabyte
    with pytest.raises(LulcError, match="half of this machine"):
        check_memory(card, 2048, 2, available=8 * 2**30)


# -- 8: style sidecars and output formats ---------------------------------------------------------

def test_style_sidecars_never_collide_or_touch_a_users_style(provider, scene, tmp_path):
    first, _ = classify(INPUT=str(scene), OUTPUT=str(tmp_path / "r.tif"))
    assert is_our_style(tmp_path / "r.qml", tmp_path / "r.tif")  # QGIS's usual name when it is free
    second, _ = classify(INPUT=str(scene), OUTPUT=str(tmp_path / "r.tiff"))
    assert (tmp_path / "r.tiff.qml").exists() and is_our_style(tmp_path / "r.qml", tmp_path / "r.tif")
    assert style_sidecar(tmp_path / "r.tiff") == tmp_path / "r.tiff.qml"
    users_style = tmp_path / "victim.qml"
    users_style.write_text("<qgis>my own style</qgis>")
    classify(INPUT=str(scene), OUTPUT=str(tmp_path / "victim.tiff"))  # beside the input victim.tif
    assert users_style.read_text() == "<qgis>my own style</qgis>"
    assert is_our_style(tmp_path / "victim.tiff.qml", tmp_path / "victim.tiff")


@pytest.mark.parametrize("name", ["classes.png", "classes.jpg", "classes.vrt"])
def test_formats_that_cannot_hold_the_output_are_refused(provider, scene, tmp_path, name):
    refused("must be a GeoTIFF", INPUT=str(scene), OUTPUT=str(tmp_path / name))
    assert not (tmp_path / name).exists()
