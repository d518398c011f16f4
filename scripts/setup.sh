#!/usr/bin/env bash
# Idempotent set-up on Debian 12: QGIS and friends from apt (only what is missing), then
# .venv from Debian's python3 with --system-site-packages (so QGIS's bindings, its GDAL and
# Debian's rasterio built on that GDAL are used), then the pinned Python requirements.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(qgis python3-qgis qgis-providers python3-venv python3-rasterio python3-matplotlib
              pyqt5-dev-tools qttools5-dev-tools
              xvfb imagemagick)  # the real QGIS window without a display: desktop tests, make screenshots
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv from Debian's /usr/bin/python3"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi
if ! cat requirements.txt constraints.txt requirements-no-deps.txt | cmp -s - .venv/.requirements-installed; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.txt -c constraints.txt
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -r requirements-no-deps.txt
  cat requirements.txt constraints.txt requirements-no-deps.txt > .venv/.requirements-installed
fi
# rasterio must be Debian's (built on QGIS's GDAL), never a wheel with a GDAL of its own.
.venv/bin/python - <<'PY'
import rasterio
from osgeo import gdal
if rasterio.__gdal_version__ != gdal.__version__:
    raise SystemExit(f"rasterio {rasterio.__file__} uses GDAL {rasterio.__gdal_version__}, QGIS uses "
                     f"{gdal.__version__}: remove the rasterio wheel (.venv/bin/pip uninstall rasterio)")
PY
