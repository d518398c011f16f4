"""*Install dependencies…*: QGIS's own Python installs real packages from the registry into a private
folder, through the same task the dialog starts; failures and cancels say why and leave nothing behind.

Network: these tests reach PyPI (a 26 kB package, and a dry run of the plugin's pins); they never
install into the shared .venv or QGIS's system site.
"""
from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO
from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QCoreApplication

from explainable_lulc.plugin import dependency_installer as installer
from explainable_lulc.plugin.dependency_installer import InstallPlan, InstallTask

TINY = "cowsay==6.1"  # pure Python, 26 kB, not in the venv nor in Debian's Python
TINY_MODULE = "cowsay"


def run_task(plan: InstallPlan, cancel_when_started: bool = False) -> InstallTask:
    """Run ``plan`` in QGIS's task manager, as the dialog does, and wait until the task ended."""
    reported = []
    task = InstallTask(plan, done=reported.append)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 900  # only a guard against hanging forever; no timing is asserted
    while not reported and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        if cancel_when_started and task.log and not task.isCanceled():
            task.cancel()
        time.sleep(0.05)
    assert reported == [task], "the install task never reported back"
    return task


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".partial", ".old"))) if folder.exists() else []


@pytest.fixture()
def forget_tiny():
    """The tiny package imported from a test folder must not stay importable for other tests."""
    path_before = list(sys.path)
    yield
    sys.path[:] = path_before
    for name in [n for n in sys.modules if n == TINY_MODULE or n.startswith(TINY_MODULE + ".")]:
        del sys.modules[name]
    importlib.invalidate_caches()


def test_runtime_pins_are_requirements_without_test_tools_and_never_rasterio():
    pins = installer.pinned_requirements()
    names = {installer.requirement_name(pin) for pin in pins}
    assert {"torch", "numpy", "shap", "scikit-image"} <= names
    assert not names & {"pytest", "pytest-qgis", "ruff", "captum", "rasterio"}
    assert all("==" in pin for pin in pins), pins
    listed = [line.split("#")[0].strip() for line in (REPO / "requirements.txt").read_text().splitlines()]
    assert set(pins) <= set(listed)


@pytest.mark.parametrize("executable", ["/usr/bin/qgis", "/usr/bin/python3"])
def test_finds_qgis_own_python_whatever_sys_executable_says(monkeypatch, executable):
    """In the desktop ``sys.executable`` is QGIS's binary, or on Linux the first ``python3`` on PATH (here:
    Debian's, another installation than this venv's); the interpreter found is this very Python: same
    version, same ``sys.prefix``."""
    monkeypatch.setattr(sys, "executable", executable)
    python = installer.find_python()
    assert python is not None and "qgis" not in Path(python).name
    done = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2]); print(sys.prefix)"],
                          capture_output=True, text=True)
    version, prefix = done.stdout.split("\n")[:2]
    assert version == str(tuple(sys.version_info[:2])) and Path(prefix).resolve() == Path(sys.prefix).resolve()
    assert installer.pip_problem(python) is None


def test_private_folder_is_in_the_profile_per_python_version(tmp_path):
    folder = installer.private_packages_dir(tmp_path)
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    assert folder == tmp_path / "python" / "explainable_lulc_deps" / version


def test_torch_comes_from_the_cpu_index_unless_cuda_is_chosen(tmp_path):
    cpu = InstallPlan("python", ["torch==2.13.0", "numpy==1.26.4"], tmp_path / "deps").command(tmp_path / "s")
    assert cpu[cpu.index("--target") + 1] == str(tmp_path / "s")
    assert cpu[cpu.index("--extra-index-url") + 1] == "https://download.pytorch.org/whl/cpu"
    assert cpu[cpu.index("--constraint") + 1] == str(REPO / "constraints.txt")
    cuda = InstallPlan("python", ["torch==2.13.0"], tmp_path / "deps", torch_build="cuda").command(tmp_path / "s")
    assert "cu" in cuda[cuda.index("--extra-index-url") + 1].rsplit("/", 1)[-1]
    assert "--extra-index-url" not in InstallPlan("python", [TINY], tmp_path / "deps").command(tmp_path / "s")


def test_installs_a_real_package_into_the_private_folder_and_it_is_imported_from_there(tmp_path, forget_tiny):
    target = installer.private_packages_dir(tmp_path / "profile")
    task = run_task(InstallPlan(installer.find_python(), [TINY], target, constraints=None))
    assert task.error is None, "\n".join(task.log)
    assert task.status() == QgsTask.Complete and task.installed == target
    assert (target / TINY_MODULE).is_dir() and leftovers(target.parent) == []
    assert any(line.startswith("Successfully installed cowsay-6.1") for line in task.log)
    assert sys.path[0] == str(target)  # activated when the task finished
    module = importlib.import_module(TINY_MODULE)
    assert Path(module.__file__).resolve().is_relative_to(target.resolve())
    assert task.shadowed == []


def test_reinstall_replaces_the_folder_as_a_whole(tmp_path, forget_tiny):
    target = tmp_path / "deps" / "python3"
    target.mkdir(parents=True)
    (target / "from_an_earlier_install.txt").write_text("old")
    task = run_task(InstallPlan(installer.find_python(), [TINY], target, constraints=None))
    assert task.error is None, "\n".join(task.log)
    assert (target / TINY_MODULE).is_dir() and not (target / "from_an_earlier_install.txt").exists()
    assert leftovers(target.parent) == []


def test_no_such_package_fails_clearly_and_changes_nothing(tmp_path, provider):
    target = tmp_path / "deps" / "python3"
    target.mkdir(parents=True)
    (target / "earlier.txt").write_text("an earlier, working install")
    task = run_task(InstallPlan(installer.find_python(), ["explainable-lulc-no-such-package==0.0.1"], target,
                                constraints=None))
    assert task.status() == QgsTask.Terminated
    assert "pip could not install the packages" in task.error
    assert "explainable-lulc-no-such-package" in task.error and "Traceback" not in task.error
    assert [p.name for p in target.iterdir()] == ["earlier.txt"] and leftovers(target.parent) == []
    # QGIS goes on: no task left running, the provider and its algorithms still there
    assert QgsApplication.taskManager().countActiveTasks() == 0
    assert QgsApplication.processingRegistry().algorithmById("explainable_lulc:classify_lulc") is not None


def test_no_network_says_so(tmp_path, monkeypatch):
    """The registry unreachable (pip pointed at a closed local port, its config files ignored)."""
    for variable in ("PIP_FIND_LINKS", "PIP_EXTRA_INDEX_URL", "PIP_INDEX_URL"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("PIP_CONFIG_FILE", "/dev/null")
    target = tmp_path / "deps" / "python3"
    plan = InstallPlan(installer.find_python(), [TINY], target, constraints=None,
                       extra_pip_options=["--index-url", "http://127.0.0.1:9/simple", "--retries", "1"])
    task = run_task(plan)
    assert task.status() == QgsTask.Terminated
    assert "could not be reached" in task.error and "cowsay" in task.error
    assert not target.exists() and leftovers(target.parent) == []


def test_cancel_stops_pip_and_leaves_nothing(tmp_path):
    target = tmp_path / "deps" / "python3"
    task = run_task(InstallPlan(installer.find_python(), [TINY], target, constraints=None),
                    cancel_when_started=True)
    assert task.status() == QgsTask.Terminated and task.error == "Cancelled; nothing was installed."
    assert not target.exists() and leftovers(target.parent) == []


def test_the_plugins_pins_resolve_together_with_cpu_torch(tmp_path):
    """A dry run of the very command the installer runs for the plugin's pins: every pin is found in the
    registries (torch as the CPU build), they fit together, and rasterio is not among them."""
    plan = InstallPlan(installer.find_python(), installer.runtime_requirements(), tmp_path / "deps")
    report = tmp_path / "report.json"
    command = plan.command(tmp_path / "staging") + ["--dry-run", "--ignore-installed", "--retries", "0",
                                                    "--report", str(report)]
    done = subprocess.run(command, capture_output=True, text=True, env=installer.pip_environment())
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    chosen = {item["metadata"]["name"].lower(): item["metadata"]["version"]
              for item in json.loads(report.read_text())["install"]}
    for pin in installer.runtime_requirements():
        name, version = pin.split("==")
        assert chosen[name.lower()].split("+")[0] == version, (name, chosen.get(name.lower()))
    assert chosen["torch"].endswith("+cpu")
    assert "rasterio" not in chosen
    assert not (tmp_path / "staging").exists() or not any((tmp_path / "staging").iterdir())
