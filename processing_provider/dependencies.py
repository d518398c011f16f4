"""What the algorithms need installed, checked without importing the heavy packages."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: import name → pip name of what every algorithm needs.
REQUIRED = {"torch": "torch", "numpy": "numpy", "rasterio": "rasterio"}
#: ... and what the explanations need besides (SHAP's report and superpixels, the previews' figures).
EXPLAIN_EXTRAS = {"shap": "shap", "skimage": "scikit-image", "matplotlib": "matplotlib", "quantus": "quantus"}

#: How to get a rasterio built on QGIS's own GDAL, per platform (``sys.platform`` prefix).
RASTERIO_ADVICE = {
    "debian": QT_TRANSLATE_NOOP(
        "dependencies", "On Debian and Ubuntu install the system's rasterio, which is built on QGIS's GDAL: "
        "sudo apt install python3-rasterio"),
    "linux": QT_TRANSLATE_NOOP(
        "dependencies", "Install your distribution's rasterio package (built on the system GDAL that QGIS uses), "
        "or build rasterio against it: GDAL_CONFIG=$(which gdal-config) python3 -m pip install --no-binary "
        "rasterio rasterio"),
    "win": QT_TRANSLATE_NOOP(
        "dependencies", "With QGIS from OSGeo4W or the QGIS installer: run the OSGeo4W setup (Advanced install) "
        "and add the package python3-rasterio, which is built on QGIS's GDAL."),
    "darwin": QT_TRANSLATE_NOOP(
        "dependencies", "With QGIS.app: build rasterio against QGIS's GDAL: GDAL_CONFIG=/Applications/QGIS.app/"
        "Contents/MacOS/bin/gdal-config /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install "
        "--no-binary rasterio rasterio"),
}
#: Where a wheel keeps the libraries it brings along (auditwheel, delocate, delvewheel).
BUNDLED_LIBRARY_DIRS = ("rasterio.libs", "rasterio/.dylibs", "rasterio/gdal_data")


def missing_packages(names: dict[str, str] = REQUIRED) -> list[str]:
    """pip names of the required packages that cannot be imported."""
    return [pip for module, pip in names.items() if importlib.util.find_spec(module) is None]


def rasterio_advice(platform: str = sys.platform) -> str:
    """How to install a rasterio built on QGIS's GDAL on this platform, translated."""
    key = "debian" if platform.startswith("linux") and Path("/etc/debian_version").exists() else next(
        (prefix for prefix in ("linux", "win", "darwin") if platform.startswith(prefix)), "linux")
    return QCoreApplication.translate("dependencies", RASTERIO_ADVICE[key])


def rasterio_bundled_gdal() -> str | None:
    """The folder of a GDAL that an installed rasterio wheel carries, else None (found without importing
    rasterio: importing it would load that second GDAL into QGIS)."""
    spec = importlib.util.find_spec("rasterio")
    if spec is None or not spec.origin:
        return None
    site = Path(spec.origin).parent.parent
    return next((str(site / folder) for folder in BUNDLED_LIBRARY_DIRS if (site / folder).is_dir()), None)


def gdal_mismatch() -> str | None:
    """A description of the problem when rasterio carries a GDAL other than QGIS's, else None.

    Two GDAL builds in one process crash QGIS; rasterio must be built against QGIS's GDAL.
    """
    bundled = rasterio_bundled_gdal()
    if bundled:
        return QCoreApplication.translate("dependencies", "rasterio carries its own GDAL ({folder})").format(
            folder=bundled)
    import rasterio
    from osgeo import gdal

    ours, theirs = rasterio.__gdal_version__, gdal.__version__
    if ours.split(".")[:2] != theirs.split(".")[:2]:
        return QCoreApplication.translate(
            "dependencies", "rasterio uses GDAL {ours} but QGIS uses GDAL {theirs}").format(ours=ours, theirs=theirs)
    libraries = loaded_gdal_libraries()
    if len(libraries) > 1:
        return QCoreApplication.translate("dependencies", "two GDAL libraries are loaded: {names}").format(
            names=", ".join(libraries))
    return None


def loaded_gdal_libraries() -> list[str]:
    """Distinct GDAL shared libraries mapped into this process (Linux; empty elsewhere)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "libgdal" in line}
    except OSError:
        return []
    return sorted(path for path in paths if path.startswith("/"))
