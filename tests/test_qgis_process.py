"""Headless runs through the real ``qgis_process`` command, as users script it."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import rasterio
from conftest import PLUGIN_PARENT, REPO
from headless import enable_plugin, environment, qgis_process
from helpers import class_map_text, group_classes


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory) -> dict:
    """A throwaway QGIS profile with the plugin enabled; the venv's packages first on PATH."""
    env = environment(tmp_path_factory.mktemp("qgis-profile"), PLUGIN_PARENT)
    enable_plugin(env)
    return env


def test_algorithm_is_listed_with_its_help(qgis_process_env):
    listed = qgis_process(qgis_process_env, "list")
    assert "explainable_lulc:classify_lulc" in listed.stdout
    help_text = qgis_process(qgis_process_env, "help", "explainable_lulc:classify_lulc").stdout
    for parameter in ("INPUT", "BANDS", "INPUT_SCALE", "MODEL", "DEVICE", "BATCH_SIZE", "TILE_SIZE", "OUTPUT",
                      "OUTPUT_CONFIDENCE"):
        assert parameter in help_text
    # QGIS 3.22's help shows no defaults: each choice, number and switch says its own, as qgis_process takes it
    assert "Default: 0 (Auto (from data type and values))." in help_text
    assert "Default: auto." in help_text.split("MODEL: ")[1].split("DEVICE: ")[0]
    assert re.search(r"TILE_SIZE: .*\n\t.* Default: \d+\.", help_text)
    refine_help = help_text.split("REFINE: ")[1].split("\n")[1]
    assert refine_help.endswith("Default: true."), refine_help  # qgis_process reads "off" or "aus" as true


def test_run_json(qgis_process_env, four_band_scene, tmp_path):
    out = tmp_path / "classes.tif"
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:classify_lulc", "--json", "--",
                        f"INPUT={four_band_scene}", "BANDS=B02,B03,B04,B08", "MODEL=eurosat_rgb",
                        f"OUTPUT={out}", f"OUTPUT_CONFIDENCE={tmp_path / 'confidence.tif'}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["results"]["OUTPUT"] == str(out)
    assert report["inputs"]["MODEL"] == "eurosat_rgb"
    with rasterio.open(out) as classes, rasterio.open(four_band_scene) as source:
        assert classes.transform == source.transform and classes.crs == source.crs
        assert classes.read(1).max() < 12  # 10 classes, Cloud and Cloud shadow
    assert out.with_suffix(".qml").exists()  # styled for whoever opens it next
    with rasterio.open(report["results"]["OUTPUT_CONFIDENCE"]) as confidence:
        assert confidence.dtypes[0] == "float32" and confidence.read(1).max() <= 1.0


def test_explain_gradcam_by_class_name(qgis_process_env, four_band_scene, tmp_path):
    help_text = qgis_process(qgis_process_env, "help", "explainable_lulc:explain_gradcam").stdout
    for parameter in ("INPUT", "BANDS", "MODEL", "TARGET", "METHOD", "LAYER", "OUTPUT", "OUTPUT_PREVIEW"):
        assert parameter in help_text
    out = tmp_path / "forest.tif"
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:explain_gradcam", "--json", "--",
                        f"INPUT={four_band_scene}", "TARGET=Forest", "METHOD=1", f"OUTPUT={out}",
                        f"OUTPUT_PREVIEW={tmp_path / 'forest.png'}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["inputs"]["TARGET"] == "Forest"
    with rasterio.open(out) as attribution, rasterio.open(four_band_scene) as source:
        assert attribution.transform == source.transform and attribution.crs == source.crs
        assert attribution.tags()["METHOD"] == "guided_gradcam" and attribution.tags()["MODEL"] == "eurosat_s2_4band"
    assert (tmp_path / "forest.png").stat().st_size > 10_000 and out.with_suffix(".qml").exists()


def test_explain_shap_with_report(qgis_process_env, four_band_scene, tmp_path):
    help_text = qgis_process(qgis_process_env, "help", "explainable_lulc:explain_shap").stdout
    for parameter in ("TARGET", "FEATURES", "BACKGROUND", "N_SAMPLES", "OUTPUT", "OUTPUT_REPORT"):
        assert parameter in help_text
    out, report = tmp_path / "shap.tif", tmp_path / "shap.html"
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:explain_shap", "--json", "--",
                        f"INPUT={four_band_scene}", "BANDS=B02,B03,B04,B08", "FEATURES=1", "TARGET=Forest",
                        "TILE_SIZE=256", f"OUTPUT={out}", f"OUTPUT_REPORT={report}")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert json.loads(done.stdout)["results"]["OUTPUT_REPORT"] == str(report)
    with rasterio.open(out) as shap_values, rasterio.open(four_band_scene) as source:
        assert shap_values.transform == source.transform and shap_values.crs == source.crs
        assert shap_values.descriptions == ("B02", "B03", "B04", "B08")
        assert shap_values.tags()["TARGET"] == "Forest" and shap_values.tags()["ESTIMATOR"] == "exact"
    assert "B08" in report.read_text() and out.with_suffix(".qml").exists()


def test_unknown_class_is_named(qgis_process_env, four_band_scene, tmp_path):
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:explain_gradcam", "--",
                        f"INPUT={four_band_scene}", "TARGET=Wetland", f"OUTPUT={tmp_path / 'x.tif'}")
    assert done.returncode != 0
    assert "Unknown TARGET class 'Wetland'" in done.stdout + done.stderr
    assert not (tmp_path / "x.tif").exists()


@pytest.mark.parametrize("given, words", [
    ("CLOUD_MASK=1", "CLOUD_MASK '1' is not one of its choices: auto, on, off. Give the word, e.g. CLOUD_MASK=auto"),
    ("INPUT_SCALE=reflectance", "INPUT_SCALE 'reflectance': give the number of a choice (0 "),
])
def test_a_choice_given_in_the_wrong_form_is_named_with_the_right_one(qgis_process_env, four_band_scene, tmp_path,
                                                                       given, words):
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:classify_lulc", "--",
                        f"INPUT={four_band_scene}", given, f"OUTPUT={tmp_path / 'x.tif'}")
    assert done.returncode != 0
    assert words in done.stdout + done.stderr
    assert not (tmp_path / "x.tif").exists()


@pytest.mark.parametrize("algorithm, given, words", [
    ("explain_shap", "OUTPUT_REPORT=report.pdf", "OUTPUT_REPORT is written as .html, not as 'report.pdf'"),
    ("explain_gradcam", "OUTPUT_PREVIEW=preview.jpg", "OUTPUT_PREVIEW is written as .png, not as 'preview.jpg'"),
])
def test_a_report_or_preview_named_as_another_format_is_refused(qgis_process_env, four_band_scene, tmp_path,
                                                                algorithm, given, words):
    name, file = given.split("=")
    done = qgis_process(qgis_process_env, "run", f"explainable_lulc:{algorithm}", "--", f"INPUT={four_band_scene}",
                        "BANDS=B02,B03,B04,B08", f"{name}={tmp_path / file}", f"OUTPUT={tmp_path / 'x.tif'}")
    assert done.returncode != 0
    assert words in done.stdout + done.stderr
    assert not (tmp_path / "x.tif").exists() and not (tmp_path / file).exists()


def test_bad_input_fails_with_the_message_not_a_traceback(qgis_process_env, four_band_scene, tmp_path):
    done = qgis_process(qgis_process_env, "run", "explainable_lulc:classify_lulc", "--",
                        f"INPUT={four_band_scene}", "BANDS=B02,B03,B04", f"OUTPUT={tmp_path / 'x.tif'}")
    assert done.returncode != 0
    output = done.stdout + done.stderr
    assert "names 3 band(s) but the layer has 4" in output
    assert "Traceback" not in output
    assert not (tmp_path / "x.tif").exists()


def test_qgis_process_uses_one_gdal(qgis_process_env):
    """Inside qgis_process, rasterio is built on QGIS's GDAL: same version, one library."""
    scripts = Path(qgis_process_env["QGIS_CUSTOM_CONFIG_PATH"]) / "profiles" / "default" / "processing" / "scripts"
    scripts.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "tests" / "data" / "gdal_probe.py", scripts)  # the profile's script folder
    env = dict(qgis_process_env, PYTHONPATH=str(PLUGIN_PARENT))
    done = qgis_process(env, "run", "script:gdal_probe", "--json")
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    report = json.loads(json.loads(done.stdout)["results"]["REPORT"])
    assert report["rasterio_gdal"] == report["qgis_gdal"]
    assert len(report["libraries"]) == 1, report["libraries"]
    assert report["numpy"].startswith("1.")  # numpy 2 breaks Debian's GDAL and matplotlib


def run_json(env, algorithm, *arguments) -> dict:
    done = qgis_process(env, "run", algorithm, "--json", "--", *arguments)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return json.loads(done.stdout)


def test_assess_accuracy_with_a_class_map(qgis_process_env, four_band_scene, tmp_path):
    help_text = qgis_process(qgis_process_env, "help", "explainable_lulc:assess_accuracy").stdout
    for name in ("INPUT", "REFERENCE", "CLASS_FIELD", "CLASS_MAP", "POLYGON_SAMPLING", "SAMPLES_PER_POLYGON",
                 "OUTPUT_MATRIX", "OUTPUT_REPORT", "OVERALL_ACCURACY", "KAPPA", "AREA_ADJUSTED_ACCURACY"):
        assert name in help_text
    classes = tmp_path / "classes.tif"
    run_json(qgis_process_env, "explainable_lulc:classify_lulc", f"INPUT={four_band_scene}", "BANDS=B02,B03,B04,B08",
             f"OUTPUT={classes}")
    with rasterio.open(classes) as src:
        names = src.tags()["CLASSES"].split(",")
    class_map = class_map_text(group_classes(names, {"water": "water", "forest": "forest",
                                                     "settlement": "settlement", "*": "cropland"}))
    report = run_json(qgis_process_env, "explainable_lulc:assess_accuracy", f"INPUT={classes}",
                      f"REFERENCE={REPO / 'tests' / 'data' / 'demo_reference_points.geojson'}", "CLASS_FIELD=class",
                      f"CLASS_MAP={class_map}", f"OUTPUT_MATRIX={tmp_path / 'matrix.csv'}",
                      f"OUTPUT_REPORT={tmp_path / 'report.html'}")
    results = report["results"]
    assert 0 <= results["OVERALL_ACCURACY"] <= 1 and -1 <= results["KAPPA"] <= 1
    assert 0 <= results["AREA_ADJUSTED_ACCURACY"] <= 1
    rows = (tmp_path / "matrix.csv").read_text().splitlines()
    assert rows[0].startswith("map_class,") and rows[-1].startswith("producers_accuracy")
    assert "Olofsson" in (tmp_path / "report.html").read_text()


def test_trained_model_is_chosen_by_name(qgis_process_env, demo_scene, tmp_path):
    """Train from the committed polygons, then classify with MODEL=<the new name>, each in its own qgis_process."""
    env = dict(qgis_process_env, EXPLAINABLE_LULC_MODELS=str(tmp_path / "my_models"))
    trained = run_json(env, "explainable_lulc:train_model", f"INPUT={demo_scene}",
                       f"REFERENCE={REPO / 'tests' / 'data' / 'demo_reference_polygons.geojson'}", "CLASS_FIELD=class",
                       "NAME=headless_three", "EPOCHS=30")["results"]
    assert trained["OUTPUT_CARD"] == str(tmp_path / "my_models" / "headless_three.json")
    assert trained["MODEL_NAME"] == "headless_three" and 0 < trained["HELD_OUT_ACCURACY"] <= 1
    out = tmp_path / "three.tif"
    run_json(env, "explainable_lulc:classify_lulc", f"INPUT={demo_scene}", "MODEL=headless_three", f"OUTPUT={out}")
    with rasterio.open(out) as src:  # the model's own classes, then the cloud classes CLOUD_MASK adds
        assert src.tags()["MODEL"] == "headless_three"
        assert src.tags()["CLASSES"] == "Farmland,Forest,Water,Cloud,Cloud shadow" and src.read(1).max() <= 4



def test_a_run_terminated_with_sigterm_leaves_no_partial_file(qgis_process_env, demo_scene, tmp_path):
    """``kill``, ``timeout`` or a cancelled CI job stop qgis_process with SIGTERM: the run unwinds and
    deletes what it had begun, instead of leaving hidden temporaries until the next run."""
    import signal
    import subprocess
    import time

    from headless import QGIS_PROCESS

    output = tmp_path / "land_cover.tif"
    run = subprocess.Popen([QGIS_PROCESS, "run", "explainable_lulc:explain_shap", "--", f"INPUT={demo_scene}",
                            "FEATURES=1", f"OUTPUT={output}"], env=qgis_process_env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".*.partial")) and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(tmp_path.glob(".*.partial")), "the run never began writing"  # else this proves nothing
    time.sleep(1.0)  # well inside the computation
    run.send_signal(signal.SIGTERM)
    log = run.communicate(timeout=120)[0]
    assert run.returncode != 0
    assert "Stopped by a termination signal (SIGTERM); no output was written." in log, log[-2000:]
    assert "Traceback" not in log, log[-4000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == [], log[-2000:]
