"""Running the plugin's algorithms through the real ``qgis_process`` (demo, bench, tests)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"


def plugin_parent(build_dir: Path = ROOT / "build") -> Path:
    """A folder holding the plugin as ``explainable_lulc`` (a link to this checkout)."""
    parent = build_dir / "plugins"
    parent.mkdir(parents=True, exist_ok=True)
    link = parent / "explainable_lulc"
    if not link.is_symlink() or link.resolve() != ROOT:
        link.unlink(missing_ok=True)
        link.symlink_to(ROOT, target_is_directory=True)
    return parent


def environment(profile: Path, plugins: Path | None = None) -> dict[str, str]:
    """qgis_process's environment: no display, a throwaway profile, the venv's packages first."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        QGIS_PLUGINPATH=str(plugins or plugin_parent()),
        QGIS_CUSTOM_CONFIG_PATH=str(profile),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
    )
    Path(profile).mkdir(parents=True, exist_ok=True)
    return env


def qgis_process(env: dict[str, str], *arguments: str, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([QGIS_PROCESS, *arguments], env=env, capture_output=True, text=True, timeout=timeout)


def enable_plugin(env: dict[str, str]) -> None:
    done = qgis_process(env, "plugins", "enable", "explainable_lulc", timeout=120)
    if done.returncode != 0 and "already enabled" not in done.stdout + done.stderr:
        raise RuntimeError(f"qgis_process could not enable the plugin:\n{done.stdout}\n{done.stderr}")


def run_algorithm(env: dict[str, str], algorithm: str, **parameters: object) -> dict:
    """``qgis_process run ALGORITHM --json -- NAME=VALUE…``; the parsed JSON report."""
    arguments = [f"{name}={value}" for name, value in parameters.items()]
    done = qgis_process(env, "run", algorithm, "--json", "--", *arguments)
    if done.returncode != 0:
        raise RuntimeError(f"{algorithm} failed:\n{done.stdout[-4000:]}\n{done.stderr[-4000:]}")
    return json.loads(done.stdout)
