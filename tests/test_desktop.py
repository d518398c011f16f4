"""The real QGIS desktop on a fresh profile, as a new user meets the plugin (under Xvfb; see
scripts/desktop.py and tests/desktop_probe.py): with and without the Python packages, and loaded from
the plugin zip."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "scripts"))
from desktop import PROFILE_RELATIVE, run_desktop  # noqa: E402

PROBE = Path(__file__).with_name("desktop_probe.py")


def python_errors(seen: dict) -> list:
    """Python exceptions and 'Python error' log entries seen in the session."""
    return seen["exceptions"] + [entry for entry in seen["log"] if "Python" in entry[0] and entry[1] >= 2]


def test_without_packages_the_plugin_loads_explains_itself_and_offers_the_installer(tmp_path, demo_scene):
    """QGIS's system Python alone (no torch, shap, scikit-image), as after installing QGIS."""
    scene = Path(shutil.copy2(demo_scene, tmp_path / "scene.tif"))
    seen = run_desktop(PROBE, tmp_path / "home", with_packages=False, arguments={
        "scene": str(scene), "output": str(tmp_path / "classes.tif"), "open_installer": True})
    assert python_errors(seen) == [], seen["qgis_output"]
    offers = [item for item in seen["message_bar"] if item["title"] == "Explainable LULC"]
    assert len(offers) == 1 and "torch" in offers[0]["text"]
    assert offers[0]["buttons"] == ["Install dependencies…"]
    assert seen["menu"][-1] == "Install dependencies…"
    toolbar = seen["toolbars"]["ExplainableLulcToolBar"]
    assert toolbar == {"visible": True, "actions": ["Classify LULC…", "Explain here"]}
    for algorithm in ("classify_lulc", "explain_gradcam", "explain_shap"):
        state = seen["algorithms"][f"explainable_lulc:{algorithm}"]
        assert not state["can_execute"] and "torch" in state["message"]
        assert "Install dependencies" in state["message"]
    assert seen["run"]["error_type"] == "QgsProcessingException"
    assert "Install dependencies" in seen["run"]["error"] and "Traceback" not in seen["run"]["error"]
    assert not (tmp_path / "classes.tif").exists()
    # the message bar's button opens the installer, which says what it will install where
    installer = seen["installer"]
    folder = tmp_path / "home" / PROFILE_RELATIVE / "python" / "explainable_lulc_deps"
    assert installer["install_enabled"] and str(folder) in installer["text"]
    assert "torch==" in installer["text"] and "rasterio" not in installer["text"]  # Debian's rasterio is fine
    assert installer["builds"][0].startswith("CPU") and installer["builds"][1].startswith("CUDA")
    # pip runs with QGIS's own interpreter (not the first python3 on PATH)
    done = subprocess.run([installer["python"], "-c", "import sys; print(sys.prefix)"], capture_output=True, text=True)
    assert Path(done.stdout.strip()).resolve() == Path(installer["qgis_prefix"]).resolve()
    assert f"{installer['python']} -m pip" in installer["text"]


def test_qgis_imports_what_the_installer_put_into_the_profile(tmp_path):
    """The installer's task puts a real package into the profile's private folder; QGIS, started afresh,
    imports it from there (the plugin puts the folder on sys.path when it starts)."""
    from test_dependency_installer import TINY, run_task

    from explainable_lulc.plugin.dependency_installer import InstallPlan, find_python, private_packages_dir

    home = tmp_path / "home"
    target = private_packages_dir(home / PROFILE_RELATIVE)
    task = run_task(InstallPlan(find_python(), [TINY], target, constraints=None))
    assert task.error is None, "\n".join(task.log)
    seen = run_desktop(PROBE, home, with_packages=False, arguments={"import": "cowsay"})
    assert python_errors(seen) == [], seen["qgis_output"]
    assert seen["imported_from"] is not None, seen.get("import_error")
    assert Path(seen["imported_from"]).resolve().is_relative_to(target.resolve())
    assert seen["sys_path_head"][0] == str(target)


def test_plugin_zip_runs_from_a_fresh_profile(tmp_path, demo_scene):
    """`make package`'s zip, unpacked where QGIS's plugin manager puts it, loads and classifies."""
    import package

    archive = tmp_path / "plugin.zip"
    package.main(str(archive))
    home = tmp_path / "home"
    plugins = home / PROFILE_RELATIVE / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(plugins)
    scene = Path(shutil.copy2(demo_scene, tmp_path / "scene.tif"))
    classes = tmp_path / "classes.tif"
    seen = run_desktop(PROBE, home, plugin=plugins / "explainable_lulc", with_packages=True, arguments={
        "scene": str(scene), "output": str(classes), "dialog_layers": [str(scene), str(classes)]})
    assert python_errors(seen) == [], seen["qgis_output"]
    assert Path(seen["plugin_file"]).resolve() == (plugins / "explainable_lulc" / "__init__.py").resolve()
    assert [item for item in seen["message_bar"] if item["title"] == "Explainable LULC"] == []
    assert seen["toolbars"]["ExplainableLulcToolBar"]["visible"]
    assert all(state["can_execute"] for state in seen["algorithms"].values()), seen["algorithms"]
    assert seen["run"] == {"results": {"OUTPUT": str(classes)}}
    assert classes.exists()
    # with the new class map active, the Classify button's dialog fills in the imagery, not the class map
    assert seen["dialog_input"] == {"name": scene.name}


@pytest.mark.skipif(not os.environ.get("EXPLAINABLE_LULC_FULL_INSTALL"),
                    reason="downloads and installs ~1 GB (torch & co.): set EXPLAINABLE_LULC_FULL_INSTALL=1")
def test_full_install_then_qgis_classifies_without_any_other_packages(tmp_path, demo_scene):
    """The real thing, opt-in: the installer puts the plugin's pins (CPU torch) into a fresh profile; QGIS,
    started with its system Python alone, then classifies the demo scene."""
    from test_dependency_installer import run_task

    from explainable_lulc.plugin.dependency_installer import (
        InstallPlan,
        find_python,
        private_packages_dir,
        runtime_requirements,
    )

    home = tmp_path / "home"
    target = private_packages_dir(home / PROFILE_RELATIVE)
    task = run_task(InstallPlan(find_python(), runtime_requirements(), target))
    assert task.error is None, "\n".join(task.log[-30:])
    assert not (target / "rasterio").exists()
    scene = Path(shutil.copy2(demo_scene, tmp_path / "scene.tif"))
    classes = tmp_path / "classes.tif"
    seen = run_desktop(PROBE, home, with_packages=False, arguments={
        "scene": str(scene), "output": str(classes), "import": ["torch", "numpy", "scipy", "shap", "skimage"]})
    assert python_errors(seen) == [], seen["qgis_output"]
    for name, origin in seen["imports"].items():  # QGIS's own numpy 1.24 must not win over the pinned 1.26
        assert origin and Path(origin).resolve().is_relative_to(target.resolve()), (name, seen.get("import_error"))
    assert [item for item in seen["message_bar"] if item["title"] == "Explainable LULC"] == []
    assert all(state["can_execute"] for state in seen["algorithms"].values()), seen["algorithms"]
    assert seen["run"] == {"results": {"OUTPUT": str(classes)}}


@pytest.fixture(autouse=True)
def _needs_a_display_server():
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: run `make setup` (scripts/setup.sh installs it)")
