"""The engine and the model registry never import qgis: scripts, benchmarks and tests use
them without a QGIS application."""
import subprocess
import sys

from conftest import PLUGIN_PARENT, REPO

ENGINE_MODULES = sorted("explainable_lulc." + ".".join(p.relative_to(REPO).with_suffix("").parts)
                        for p in (REPO / "engine").rglob("*.py") if p.stem != "__init__")


def test_engine_imports_no_qgis():
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(PLUGIN_PARENT)!r})\n"
        + "".join(f"import {m}\n" for m in [*ENGINE_MODULES, "explainable_lulc.models.registry",
                                             "explainable_lulc.models.architectures"])
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(ENGINE_MODULES) >= 10
    assert done.stdout.strip() == "[]"


def test_catalogue_and_processing_side_import_no_torch():
    """QGIS starts fast: the Processing side builds its options from the catalogue, which imports no
    torch (nor anything heavy); a method's class is imported when it runs."""
    code = (
        "import sys\n"
        f"sys.path.insert(0, {str(PLUGIN_PARENT)!r})\n"
        "import explainable_lulc.engine.explanations.catalogue\n"
        "import explainable_lulc.processing_provider.provider\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'shap', 'captum', 'quantus', 'lime')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_catalogue_entry_is_a_scene_explainer():
    from explainable_lulc.engine.explanations.base import SceneExplainer
    from explainable_lulc.engine.explanations.catalogue import FAMILIES, all_methods

    assert len({(m.family, m.id) for m in all_methods()}) == len(all_methods())
    for family in FAMILIES.values():
        for method in family.methods:
            cls = method.load()
            assert issubclass(cls, SceneExplainer) and cls.method is method, method
