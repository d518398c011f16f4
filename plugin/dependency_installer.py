"""Installing the plugin's Python packages with QGIS's own Python, into a folder of the QGIS profile.

The packages go into ``<profile>/python/explainable_lulc_deps/python<X.Y>`` (``pip install --target``),
never into QGIS's system site; the plugin puts that folder first on ``sys.path`` when it starts
(:func:`activate_private_packages`), so what it installed is what it imports. The pins are the
plugin's own ``requirements.txt`` (without the test-only packages) and ``constraints.txt``. pip writes
into a temporary folder beside the final one, which replaces the final folder only when pip
succeeded: a failed or cancelled install leaves the previous state.

rasterio is never installed here: a rasterio wheel carries its own GDAL, and two GDALs in one process
crash QGIS. It must come from the platform, built on QGIS's GDAL (see ``dependencies.rasterio_advice``).
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PLUGIN_DIR = Path(__file__).resolve().parents[1]
PRIVATE_DIR_NAME = "explainable_lulc_deps"
LOG_TAG = "Explainable LULC"
#: Marks in requirements.txt of what QGIS never runs: the test suite's tools and references, and the
#: command-line batch runner's Dask.
NOT_IN_QGIS_MARKS = ("test only", "batch only")
#: Needed at run time (figures of the previews and the SHAP report) but left out of requirements.txt,
#: since Linux distributions and the QGIS installers ship it with QGIS; installed only when missing.
IF_MISSING = {"matplotlib": "matplotlib==3.6.3"}
#: pip's words when the index cannot be reached.
NETWORK_TROUBLE = ("Failed to establish a new connection", "NewConnectionError", "Name or service not known",
                   "Temporary failure in name resolution", "Connection refused", "ConnectTimeoutError",
                   "ProxyError", "Network is unreachable")
#: Never installed by pip here (a wheel would bring a second GDAL into QGIS).
NEVER_INSTALLED = ("rasterio",)


@dataclass(frozen=True)
class TorchBuild:
    """A PyTorch build the user can choose: its label and where pip finds it."""

    label: str
    index_options: tuple[str, ...]


#: The PyTorch builds on offer, the first the default. The CPU index holds ``torch==X+cpu`` builds,
#: which pip prefers to PyPI's (a higher local version); PyPI's Linux build is the CUDA one.
TORCH_BUILDS: dict[str, TorchBuild] = {
    "cpu": TorchBuild(QT_TRANSLATE_NOOP("@default", "CPU (about 200 MB; runs on every computer)"),
                      ("--extra-index-url", "https://download.pytorch.org/whl/cpu")),
    "cuda": TorchBuild(QT_TRANSLATE_NOOP("@default", "CUDA (NVIDIA GPU; about 2.5 GB more to download)"),
                       ("--extra-index-url", "https://download.pytorch.org/whl/cu128")),
}


def tr(text: str) -> str:
    """``text`` translated; pylupdate5 files the strings of bare ``tr()`` calls under the context @default."""
    return QCoreApplication.translate("@default", text)


# -- where the packages live ----------------------------------------------------------------------

def python_tag() -> str:
    return f"python{sys.version_info.major}.{sys.version_info.minor}"


def private_packages_dir(profile_dir: str | os.PathLike | None = None) -> Path:
    """``<profile>/python/explainable_lulc_deps/python<X.Y>`` (packages built for another Python
    version never mix with these)."""
    profile = Path(profile_dir) if profile_dir is not None else Path(QgsApplication.qgisSettingsDirPath())
    return profile / "python" / PRIVATE_DIR_NAME / python_tag()


def activate_private_packages(folder: str | os.PathLike | None = None) -> Path | None:
    """Put the private package folder first on ``sys.path`` (if it exists); returns it."""
    folder = Path(folder) if folder is not None else private_packages_dir()
    if not folder.is_dir():
        return None
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    return folder


def shadowed_modules(folder: Path) -> list[str]:
    """Top-level modules installed in ``folder`` that this session already imported from elsewhere:
    they only take effect after a restart of QGIS."""
    names = {p.name.split("-")[0] if p.is_dir() else p.stem for p in folder.iterdir()} if folder.is_dir() else set()
    shadowed = []
    for name in sorted(names):
        module = sys.modules.get(name)
        origin = getattr(module, "__file__", None) or ""
        if module is not None and origin and not Path(origin).resolve().is_relative_to(folder.resolve()):
            shadowed.append(name)
    return shadowed


# -- what to install --------------------------------------------------------------------------

def pinned_requirements(requirements: Path = PLUGIN_DIR / "requirements.txt") -> list[str]:
    """The pins of ``requirements.txt`` that QGIS runs (lines marked ``# test only`` or ``# batch only`` left out)."""
    pins = []
    for line in requirements.read_text(encoding="utf-8").splitlines():
        requirement, _, comment = line.partition("#")
        if requirement.strip() and not any(mark in comment for mark in NOT_IN_QGIS_MARKS):
            pins.append(requirement.strip())
    return pins


def unresolved_requirements(requirements: Path = PLUGIN_DIR / "requirements-no-deps.txt") -> list[str]:
    """The pins installed with ``--no-deps`` (their own requirements would bring a second Qt; what they
    need is pinned in requirements.txt)."""
    return pinned_requirements(requirements) if requirements.exists() else []


def runtime_requirements() -> list[str]:
    """What the installer installs: the pinned requirements, plus what the platform usually ships when it
    is missing here."""
    extra = [pin for module, pin in IF_MISSING.items() if importlib.util.find_spec(module) is None]
    return pinned_requirements() + extra


def requirement_name(requirement: str) -> str:
    return re.split(r"[<>=!~;\[ ]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


# -- which Python -----------------------------------------------------------------------------

def _run_quietly(command: Sequence[str], timeout: float = 60) -> subprocess.CompletedProcess | None:
    try:
        return subprocess.run(list(command), capture_output=True, text=True, timeout=timeout, **_no_window())
    except (OSError, subprocess.SubprocessError):
        return None


def _no_window() -> dict:
    """No console window flashing up on Windows."""
    return {"creationflags": subprocess.CREATE_NO_WINDOW} if os.name == "nt" else {}


def python_candidates() -> list[str]:
    """Where QGIS's Python interpreter may be, most likely first. Inside the QGIS desktop ``sys.executable``
    is no help: QGIS itself (``qgis-bin.exe``, ``QGIS.app/Contents/MacOS/QGIS``) or, on Linux, whatever
    ``python3`` comes first on PATH (a pyenv shim, another Python). The interpreter of the running Python
    lives under ``sys.exec_prefix`` (Linux, OSGeo4W) or beside QGIS's binary (QGIS.app)."""
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    names = [f"python{version}", f"python{sys.version_info.major}", "python"]
    if os.name == "nt":
        names = ["python.exe", f"python{sys.version_info.major}.exe"]
    executable = Path(sys.executable)
    candidates = []
    for folder in (Path(sys.exec_prefix) / "bin", Path(sys.exec_prefix), executable.parent / "bin",
                   Path(sys.base_exec_prefix) / "bin", Path(sys.base_exec_prefix)):
        candidates += [folder / name for name in names]
    if executable.name.lower().startswith("python"):
        candidates.append(executable)
    candidates += [Path(found) for found in map(shutil.which, names) if found]
    unique = []
    for candidate in candidates:
        if candidate.is_file() and str(candidate) not in unique:
            unique.append(str(candidate))
    return unique


def find_python() -> str | None:
    """QGIS's own interpreter: the first candidate of this very Python version and installation (the same
    ``sys.prefix``); else the first of this version (compiled packages fit it too); else None."""
    wanted = f"{sys.version_info.major}.{sys.version_info.minor}"
    same_version = None
    for candidate in python_candidates():
        done = _run_quietly([candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.prefix)"])
        if done is None or done.returncode != 0 or not done.stdout.strip():
            continue
        version, _, prefix = done.stdout.strip().partition("\n")
        if version != wanted:
            continue
        if _same_folder(prefix.strip(), sys.prefix):
            return candidate
        same_version = same_version or candidate
    return same_version


def _same_folder(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def pip_problem(python: str) -> str | None:
    """Why ``python -m pip`` cannot be used, in words for the user; None when it works."""
    done = _run_quietly([python, "-m", "pip", "--version"])
    if done is not None and done.returncode == 0:
        return None
    hint = tr("On Debian and Ubuntu: sudo apt install python3-pip. Elsewhere: {python} -m ensurepip.") \
        if sys.platform.startswith("linux") else tr("Run {python} -m ensurepip, then try again.")
    return tr("QGIS's Python ({python}) has no pip. {hint}").format(python=python, hint=hint.format(python=python))


# -- the install ------------------------------------------------------------------------------

@dataclass
class InstallPlan:
    """One pip run: which interpreter, which pins, into which folder."""

    python: str
    requirements: list[str]
    target: Path
    constraints: Path | None = PLUGIN_DIR / "constraints.txt"
    torch_build: str = "cpu"
    extra_pip_options: list[str] = field(default_factory=list)
    without_dependencies: list[str] = field(default_factory=list)  # a second pip run with --no-deps

    def command(self, staging: Path) -> list[str]:
        command = [self.python, "-m", "pip", "install", "--target", str(staging), "--no-input",
                   "--disable-pip-version-check", "--no-warn-script-location", "--progress-bar", "off",
                   "--prefer-binary"]
        if self.constraints is not None:
            command += ["--constraint", str(self.constraints)]
        if any(requirement_name(r) == "torch" for r in self.requirements):
            command += list(TORCH_BUILDS[self.torch_build].index_options)
        return command + self.extra_pip_options + list(self.requirements)

    def command_without_dependencies(self, staging: Path) -> list[str]:
        return [self.python, "-m", "pip", "install", "--target", str(staging), "--no-input", "--no-deps",
                "--disable-pip-version-check", "--no-warn-script-location", "--progress-bar", "off",
                *self.extra_pip_options, *self.without_dependencies]


def pip_environment() -> dict[str, str]:
    """pip's environment: QGIS's (OSGeo4W's and QGIS.app's Pythons need their PYTHONHOME), without what
    would send the packages elsewhere or make pip wait for an answer."""
    env = {k: v for k, v in os.environ.items() if k not in ("PIP_USER", "PIP_TARGET", "PIP_PREFIX")}
    env.update(PIP_NO_INPUT="1", PIP_REQUIRE_VIRTUALENV="false", PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
    return env


class InstallTask(QgsTask):
    """Runs one :class:`InstallPlan` in the background, with progress from pip's output, its log in
    QGIS's Log Messages panel (tab *Explainable LULC*), and cancel. ``done(task)`` is called in the main
    thread when it ended; ``error`` then says why it failed (None on success)."""

    def __init__(self, plan: InstallPlan, done: Callable[[InstallTask], None] | None = None) -> None:
        super().__init__(tr("Installing Python packages for Explainable LULC"), QgsTask.CanCancel)
        self.plan = plan
        self.done = done
        self.log: list[str] = []
        self.error: str | None = None
        self.installed: Path | None = None
        self.shadowed: list[str] = []

    def note(self, line: str, level=Qgis.Info) -> None:
        self.log.append(line)
        QgsMessageLog.logMessage(line, LOG_TAG, level)

    def run(self) -> bool:  # in a worker thread
        target = self.plan.target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent))
        except OSError as error:
            self.error = tr("Cannot write into {folder}: {reason}").format(folder=target.parent, reason=error)
            return False
        try:
            if not self._pip(staging, self.plan.command(staging)):
                return False
            if self.plan.without_dependencies and not self._pip(
                    staging, self.plan.command_without_dependencies(staging)):
                return False
            brought = [name for name in NEVER_INSTALLED if (staging / name).exists()]
            if brought:
                self.error = tr("pip brought {names} along, which carries its own GDAL and would crash QGIS; "
                                "nothing was installed.").format(names=", ".join(brought))
                return False
            self._replace(staging, target)
            self.installed = target
            return True
        except OSError as error:
            self.error = tr("Cannot move the packages into {folder}: {reason}").format(folder=target, reason=error)
            return False
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _pip(self, staging: Path, command: list[str]) -> bool:
        self.note(" ".join(command))
        expected = max(1, len(self.plan.requirements) + self._constraint_count())
        collected = 0
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                       encoding="utf-8", errors="replace", env=pip_environment(), **_no_window())
        except OSError as error:
            self.error = tr("Cannot start {python}: {reason}").format(python=self.plan.python, reason=error)
            return False
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: [lines.put(line) for line in process.stdout] + [lines.put(None)],
                         daemon=True).start()
        while True:
            if self.isCanceled():
                process.kill()
                process.wait()
                self.error = tr("Cancelled; nothing was installed.")
                return False
            try:
                line = lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                break
            line = line.rstrip()
            if not line:
                continue
            self.note(line)
            if line.startswith("Collecting "):
                collected += 1
                self.setProgress(min(70.0, 70.0 * collected / expected))
            elif line.startswith("Installing collected packages"):
                self.setProgress(80.0)
        if process.wait() != 0:
            reasons = [line for line in self.log if line.startswith("ERROR:")] or self.log[-3:]
            self.error = tr("pip could not install the packages ({code}): {reason}").format(
                code=process.returncode, reason=" ".join(reasons))
            if any(sign in line for line in self.log for sign in NETWORK_TROUBLE):
                self.error += " " + tr("A package index could not be reached (see the log): check the internet "
                                       "connection (and pip's proxy settings), then try again.")
            return False
        self.setProgress(95.0)
        return True

    def _constraint_count(self) -> int:
        constraints = self.plan.constraints
        if constraints is None or not constraints.exists():
            return 0
        return sum(1 for line in constraints.read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.lstrip().startswith("#"))

    @staticmethod
    def _replace(staging: Path, target: Path) -> None:
        """``target`` becomes what ``staging`` holds; an earlier install is moved aside first and removed
        (on Windows files still loaded may stay until the next install)."""
        previous = None
        if target.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
            os.replace(target, previous / target.name)
        os.replace(staging, target)
        if previous is not None:
            shutil.rmtree(previous, ignore_errors=True)
        for leftover in target.parent.glob(f".{target.name}.*.old"):
            shutil.rmtree(leftover, ignore_errors=True)

    def finished(self, result: bool) -> None:  # in the main thread
        if result:
            activate_private_packages(self.installed)
            self.shadowed = shadowed_modules(self.installed)
            self.note(tr("Installed into {folder}.").format(folder=self.installed), Qgis.Success)
        else:
            if self.error is None:
                self.error = tr("Cancelled; nothing was installed.") if self.isCanceled() else tr("The install failed.")
            self.note(self.error, Qgis.Critical)
        if self.done is not None:
            self.done(self)
