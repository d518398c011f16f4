"""Shared fixtures: the plugin importable as ``explainable_lulc``, Processing with our
provider registered, and the real Sentinel-2 data (the committed demo scene, ../shared)."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import write_like

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # QGIS aborts without a display otherwise

REPO = Path(__file__).resolve().parents[1]
PLUGIN_PARENT = REPO / "build" / "test-plugins"
PLUGIN_PARENT.mkdir(parents=True, exist_ok=True)
link = PLUGIN_PARENT / "explainable_lulc"
if not link.is_symlink() or link.resolve() != REPO:
    link.unlink(missing_ok=True)
    link.symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(PLUGIN_PARENT))
sys.path.insert(0, str(REPO / "scripts"))  # headless.py: qgis_process helpers shared with demo/bench

SHARED_DATA = Path(os.environ.get("EXPLAINABLE_LULC_SHARED_DATA", REPO.parent / "shared" / "data"))
DEMO_SCENE = REPO / "demo" / "T33UUU_20170216_L1C_13band.tif"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, which tests need for real data beyond the demo scene."""
    if not (SHARED_DATA / "README.md").exists():
        pytest.fail(f"real test data not found at {SHARED_DATA}; clone with ../shared beside the checkout")
    return SHARED_DATA


@pytest.fixture(scope="session")
def derived_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("derived")


@pytest.fixture(scope="session")
def demo_scene(derived_dir) -> Path:
    """Real Sentinel-2 L1C, 13 bands with band descriptions, B8A last (EuroSAT order). A copy: QGIS
    writes statistics beside the rasters it shows, and tests must leave the checkout as they found it."""
    return Path(shutil.copy2(DEMO_SCENE, derived_dir / DEMO_SCENE.name))


@pytest.fixture(scope="session")
def sen12ms_scene(shared_data, derived_dir) -> Path:
    """Real Sentinel-2 L1C, 13 bands in ESA order without descriptions, EPSG:32628, 256×256 (a copy:
    ../shared is read-only)."""
    source = shared_data / "scenes" / "sen12ms" / "ROIs1970_fall_s2_4_p30.tif"
    return Path(shutil.copy2(source, derived_dir / source.name))


def _tree_state(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under ``folder`` with its size (folders: -1) and modification time: a new
    empty folder or a touched file counts as a change too."""
    return {str(p.relative_to(folder)): (-1 if p.is_dir() else p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if not p.is_symlink()}


def _changed_paths() -> set[str]:
    """Paths git sees as changed or untracked (ignored files, e.g. build/, are not)."""
    import subprocess

    done = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=REPO, capture_output=True,
                          text=True)
    return {line[3:] for line in done.stdout.splitlines()} if done.returncode == 0 else set()


@pytest.fixture(scope="session", autouse=True)
def leaves_shared_data_and_checkout_untouched():
    """After the whole suite: ../shared unchanged, and no file of the checkout changed or added that
    was not already (a clean clone stays clean). A failure here is reported as an error of the last test."""
    shared = _tree_state(SHARED_DATA) if SHARED_DATA.is_dir() else {}
    changed_before = _changed_paths()
    yield
    if SHARED_DATA.is_dir():
        after = _tree_state(SHARED_DATA)
        changed = sorted(set(after.items()) ^ set(shared.items()))
        assert not changed, f"the test suite wrote into {SHARED_DATA}: {changed[:5]}"
    touched = sorted(_changed_paths() - changed_before)
    assert not touched, f"the test suite changed files of the checkout: {touched}"


@pytest.fixture(scope="session")
def four_band_scene(demo_scene, derived_dir) -> Path:
    """B02, B03, B04, B08 of the demo scene, no band descriptions (select with BANDS)."""
    return write_like(demo_scene, derived_dir / "four_band.tif", bands=[2, 3, 4, 8])


@pytest.fixture(scope="session")
def l2a_like_scene(demo_scene, derived_dir) -> Path:
    """The demo scene's 12 bands without B10, in ESA order, +1000 as in baseline-04.00 products."""
    esa_without_b10 = [1, 2, 3, 4, 5, 6, 7, 8, 13, 9, 11, 12]  # file order has B8A last
    return write_like(demo_scene, derived_dir / "l2a_like_offset.tif", bands=esa_without_b10,
                      transform_values=lambda d: (d.astype(np.uint16) + 1000))


@pytest.fixture(scope="session")
def l2a_like_scene_without_offset(demo_scene, derived_dir) -> Path:
    esa_without_b10 = [1, 2, 3, 4, 5, 6, 7, 8, 13, 9, 11, 12]
    return write_like(demo_scene, derived_dir / "l2a_like.tif", bands=esa_without_b10)


@pytest.fixture(scope="session")
def lake_scene(demo_scene, derived_dir) -> Path:
    """128×128 px of the demo scene around a lake (about half of it classified SeaLake), 13 bands."""
    return write_like(demo_scene, derived_dir / "lake.tif", crop=(128, 128), origin=(448, 512),
                      keep_descriptions=True)


@pytest.fixture(scope="session")
def small_scene(demo_scene, derived_dir) -> Path:
    """256×192 px of the demo scene: lake, fields, forest, village; 13 bands."""
    return write_like(demo_scene, derived_dir / "small.tif", crop=(256, 192), origin=(384, 480),
                      keep_descriptions=True)


_LIVE_PROVIDERS: list = []  # PyQGIS needs a Python reference, or the provider's overrides vanish


def register_provider():
    """Our provider in Processing's registry (again, after a test unloaded the plugin), as initProcessing adds it."""
    from qgis.core import QgsApplication

    from explainable_lulc.processing_provider.provider import ExplainableLulcProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("explainable_lulc")
    if existing is not None:
        return existing
    instance = ExplainableLulcProvider()
    assert registry.addProvider(instance)
    _LIVE_PROVIDERS.append(instance)
    return instance


@pytest.fixture()
def provider(qgis_processing):
    """Processing initialised, with the plugin's provider registered (as initProcessing does)."""
    return register_provider()
