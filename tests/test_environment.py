"""One GDAL in the process: rasterio must use QGIS's own (two builds crash QGIS)."""
import rasterio
from osgeo import gdal

from explainable_lulc.processing_provider.dependencies import gdal_mismatch, loaded_gdal_libraries, missing_packages


def test_rasterio_and_qgis_share_one_gdal(qgis_app):
    from qgis.core import Qgis  # noqa: F401 - QGIS loaded first, as in the application

    assert rasterio.__gdal_version__ == gdal.__version__
    libraries = loaded_gdal_libraries()
    assert len(libraries) == 1, libraries
    assert gdal_mismatch() is None


def test_algorithm_can_execute(provider):
    algorithm = provider.algorithms()[0]
    assert missing_packages() == []
    assert algorithm.canExecute() == (True, "")


def test_missing_package_is_reported_by_name():
    assert missing_packages({"surely_not_installed_pkg": "surely-not-installed"}) == ["surely-not-installed"]
