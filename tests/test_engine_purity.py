"""The engine and the model registry never import qgis: scripts, benchmarks and tests use
them without a QGIS application."""
import subprocess
import sys

from conftest import PLUGIN_PARENT, REPO

ENGINE_MODULES = sorted(f"explainable_lulc.engine.{p.stem}" for p in (REPO / "engine").glob("*.py"))


def test_engine_imports_no_qgis():
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(PLUGIN_PARENT)!r})\n"
        + "".join(f"import {m}\n" for m in [*ENGINE_MODULES, "explainable_lulc.models.registry",
                                             "explainable_lulc.models.architectures"])
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(ENGINE_MODULES) >= 10
    assert done.stdout.strip() == "[]"
