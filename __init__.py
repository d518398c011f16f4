"""Explainable LULC: a QGIS plugin that maps land cover from Sentinel-2 and explains it."""


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin.plugin import ExplainableLulcPlugin

    return ExplainableLulcPlugin(iface)
