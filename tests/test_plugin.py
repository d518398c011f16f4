"""The plugin as QGIS loads it: provider, menu entry and toolbar button, clean unload."""
import pytest
from qgis.core import QgsApplication


@pytest.fixture()
def registry(qgis_processing):
    """The processing registry without our provider, as QGIS has it before loading the plugin."""
    registry = QgsApplication.processingRegistry()
    previous = registry.providerById("explainable_lulc")
    if previous is not None:
        registry.removeProvider(previous)
    return registry


def test_plugin_registers_provider_and_shortcut(qgis_iface, registry):
    from explainable_lulc import classFactory

    plugin = classFactory(qgis_iface)
    plugin.initGui()
    try:
        provider = registry.providerById("explainable_lulc")
        assert provider is not None and not provider.icon().isNull()
        algorithm = registry.algorithmById("explainable_lulc:classify_lulc")
        assert algorithm.displayName() == "Classify LULC"
        assert plugin.action.text().startswith("Classify LULC")
        for name in ("INPUT", "BANDS", "INPUT_SCALE", "MODEL", "DEVICE", "BATCH_SIZE", "TILE_SIZE",
                     "OUTPUT", "OUTPUT_CONFIDENCE"):
            parameter = algorithm.parameterDefinition(name)
            assert parameter is not None and parameter.help(), name
    finally:
        plugin.unload()
    assert registry.providerById("explainable_lulc") is None
    assert plugin.action is None


def test_qgis_process_style_load_without_iface(registry):
    """qgis_process constructs the plugin without an iface and calls initProcessing only."""
    from explainable_lulc import classFactory

    plugin = classFactory(None)
    plugin.initProcessing()
    assert registry.algorithmById("explainable_lulc:classify_lulc") is not None
    plugin.unload()
