"""Explainable LULC: a QGIS plugin that maps land cover from Sentinel-2 and explains it."""


def classFactory(iface):  # noqa: N802 - the name QGIS calls
    from .plugin.dependency_installer import activate_private_packages
    from .plugin.plugin import ExplainableLulcPlugin

    activate_private_packages()  # packages installed by "Install dependencies…", before anything imports them
    return ExplainableLulcPlugin(iface)
