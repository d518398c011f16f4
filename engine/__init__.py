"""The pure engine of Explainable LULC.

Nothing under this package imports ``qgis``: it turns a raster file into arrays, runs
the model over them tile by tile and writes GeoTIFFs. The Processing algorithms sit on
top of it, so the engine can be tested, benchmarked and scripted without QGIS.
"""
