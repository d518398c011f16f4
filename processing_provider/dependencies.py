"""What the algorithms need installed, checked without importing the heavy packages."""
from __future__ import annotations

import importlib.util

REQUIRED = {"torch": "torch", "numpy": "numpy", "rasterio": "rasterio"}


def missing_packages(names: dict[str, str] = REQUIRED) -> list[str]:
    """pip names of the required packages that cannot be imported."""
    return [pip for module, pip in names.items() if importlib.util.find_spec(module) is None]


def gdal_mismatch() -> str | None:
    """A description of the problem when rasterio carries a GDAL other than QGIS's, else None.

    Two GDAL builds in one process crash QGIS; rasterio must be built against QGIS's GDAL.
    """
    import rasterio
    from osgeo import gdal

    ours, theirs = rasterio.__gdal_version__, gdal.__version__
    if ours.split(".")[:2] != theirs.split(".")[:2]:
        return f"rasterio uses GDAL {ours} but QGIS uses GDAL {theirs}"
    libraries = loaded_gdal_libraries()
    if len(libraries) > 1:
        return "two GDAL libraries are loaded: " + ", ".join(libraries)
    return None


def loaded_gdal_libraries() -> list[str]:
    """Distinct GDAL shared libraries mapped into this process (Linux; empty elsewhere)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            paths = {line.split()[-1] for line in maps if "libgdal" in line}
    except OSError:
        return []
    return sorted(path for path in paths if path.startswith("/"))
