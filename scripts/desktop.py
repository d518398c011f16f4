"""Running the real QGIS desktop as a new user would meet it: a virtual X server, a fresh profile with the
plugin enabled, and a start-up script (``qgis --code``) that drives the window and writes what it saw
as JSON. Used by the desktop tests and by ``make screenshots``."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
QGIS = shutil.which("qgis") or "/usr/bin/qgis"
PROFILE_RELATIVE = Path(".local/share/QGIS/QGIS3/profiles/default")
SCREEN = "1680x1050x24"


@contextmanager
def virtual_display() -> Iterator[str]:
    """An Xvfb server on a free display number (``-displayfd``); yields ``:N``, stops it afterwards."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise RuntimeError("Xvfb is missing: run `make setup` (or apt-get install xvfb)")
    read, write = os.pipe()
    process = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                               pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        process.terminate()
        process.wait(timeout=30)


def fresh_profile(home: Path, plugin: Path | None = None, locale: str | None = None) -> Path:
    """A first-start QGIS profile under ``home`` with the plugin (a link to ``plugin``, default this checkout;
    nothing when ``plugin`` is a folder already inside the profile) enabled; returns the profile folder."""
    profile = home / PROFILE_RELATIVE
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    target = plugins / "explainable_lulc"
    source = Path(plugin or ROOT)
    if source.resolve() != target.resolve():
        if target.is_symlink() or target.exists():
            target.unlink() if target.is_symlink() else shutil.rmtree(target)
        target.symlink_to(source, target_is_directory=True)
    settings = ["[PythonPlugins]", "explainable_lulc=true", ""]
    if locale:
        settings += ["[locale]", "overrideFlag=true", f"userLocale={locale}", ""]
    (profile / "QGIS").mkdir(exist_ok=True)
    (profile / "QGIS" / "QGIS3.ini").write_text("\n".join(settings), encoding="utf-8")
    return profile


def desktop_environment(home: Path, display: str, with_packages: bool = True) -> dict[str, str]:
    """The desktop's environment: the fresh ``home``, the virtual display; the checkout's .venv packages
    only ``with_packages`` (without them QGIS has its system Python alone, as after a fresh install)."""
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH",
                          "VIRTUAL_ENV", "PYTHONHOME")}
    runtime = home / "xdg-runtime"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(HOME=str(home), DISPLAY=display, XDG_RUNTIME_DIR=str(runtime), PYTHONDONTWRITEBYTECODE="1")
    venv_bin = str(Path(sys.prefix) / "bin")
    paths = [p for p in env.get("PATH", "").split(os.pathsep) if p and Path(p).resolve() != Path(venv_bin).resolve()]
    if with_packages:
        site = Path(sys.prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "site-packages"
        env["PYTHONPATH"] = str(site)
        paths.insert(0, venv_bin)
    env["PATH"] = os.pathsep.join(paths)
    return env


def run_desktop(script: Path, home: Path, *, arguments: dict | None = None, plugin: Path | None = None,
                with_packages: bool = True, locale: str | None = None, timeout: int = 600) -> dict:
    """Start QGIS on a fresh profile under ``home`` with ``script`` as its start-up code. The script reads
    ``arguments`` from ``$DRIVER_ARGUMENTS`` (JSON), writes what it saw to ``$DRIVER_RESULT`` and quits
    QGIS; returns that JSON (with QGIS's output under ``"qgis_output"``)."""
    home.mkdir(parents=True, exist_ok=True)
    fresh_profile(home, plugin, locale)
    result = home / "driver-result.json"
    result.unlink(missing_ok=True)
    with virtual_display() as display:
        env = desktop_environment(home, display, with_packages)
        env.update(DRIVER_ARGUMENTS=json.dumps(arguments or {}), DRIVER_RESULT=str(result))
        qgis = subprocess.Popen([QGIS, "--noversioncheck", "--nologo", "--code", str(script)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=home)
        try:
            output, _ = qgis.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            # a modal dialog (e.g. a plugin that failed to load) blocks the script: show what is on screen
            screen = home / "timeout-screen.png"
            if shutil.which("import"):
                subprocess.run(["import", "-display", display, "-window", "root", str(screen)], timeout=60)
            qgis.kill()
            output, _ = qgis.communicate()
            raise RuntimeError(f"QGIS did not finish within {timeout} s; the screen then: {screen}\n"
                               f"{output[-3000:]}") from None
    output = output[-6000:]
    if not result.exists():
        raise RuntimeError(f"QGIS ended ({qgis.returncode}) without the driver's result:\n{output}")
    seen = json.loads(result.read_text(encoding="utf-8"))
    seen["qgis_output"] = output
    return seen
