"""A Processing script run by ``qgis_process`` in the tests: reports the GDALs it sees."""
import json

from qgis.core import QgsProcessingAlgorithm, QgsProcessingOutputString


class GdalProbe(QgsProcessingAlgorithm):
    def name(self):
        return "gdal_probe"

    def displayName(self):  # noqa: N802
        return "GDAL probe"

    def createInstance(self):  # noqa: N802
        return GdalProbe()

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addOutput(QgsProcessingOutputString("REPORT", "report"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy
        import rasterio
        from osgeo import gdal

        from explainable_lulc.processing_provider.dependencies import loaded_gdal_libraries

        return {"REPORT": json.dumps({"rasterio_gdal": rasterio.__gdal_version__, "qgis_gdal": gdal.__version__,
                                      "libraries": loaded_gdal_libraries(), "numpy": numpy.__version__,
                                      "rasterio_file": rasterio.__file__})}
