"""The plugin zip and metadata.txt, as the QGIS plugin repository checks them."""
import configparser
import sys
import zipfile

from conftest import REPO

REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email", "repository")


def read_metadata(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(text)
    return parser["general"]


def test_metadata_has_every_required_field():
    metadata = read_metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    for field in REQUIRED:
        assert metadata.get(field, "").strip(), field
    assert metadata["qgisMinimumVersion"] == "3.22"
    assert metadata["hasProcessingProvider"] == "yes"
    assert (REPO / metadata["icon"]).exists()


def test_metadata_describes_this_release():
    metadata = read_metadata((REPO / "metadata.txt").read_text(encoding="utf-8"))
    version = metadata["version"]
    assert metadata["changelog"].strip().startswith(version)
    assert "captum" not in metadata["about"]  # a test-only reference, not needed in QGIS
    for feature in ("Grad-CAM", "SHAP", "LIME", "Explain here", "Assess LULC accuracy", "Train LULC model",
                    "Install dependencies"):
        assert feature in metadata["about"] and feature in metadata["changelog"].split(version, 1)[1]


def test_zip_holds_what_qgis_runs_and_nothing_else(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    import package

    from explainable_lulc.models.registry import load_cards
    from explainable_lulc.processing_provider.provider import ALGORITHMS

    target = tmp_path / "plugin.zip"
    package.main(str(target))
    with zipfile.ZipFile(target) as archive:
        names = {name.split("/", 1)[1] for name in archive.namelist()}
        assert all(name.startswith("explainable_lulc/") for name in archive.namelist())
        metadata = read_metadata(archive.read("explainable_lulc/metadata.txt").decode("utf-8"))
    assert metadata["name"] == "Explainable LULC"
    needed = {"metadata.txt", "__init__.py", "processing_provider/provider.py", "plugin/plugin.py",
              "plugin/dependency_installer.py", "requirements.txt", "constraints.txt", metadata["icon"]}
    needed |= {f"processing_provider/{algorithm.__module__.rsplit('.', 1)[1]}.py" for algorithm in ALGORITHMS}
    needed |= {f"models/cards/{card.name}" for card in (REPO / "models" / "cards").glob("*.json")}
    needed |= {str(card.weights.relative_to(REPO)) for card in load_cards().values()}
    assert needed <= names, needed - names
    # what only developers use stays out: tests, scripts, docs, the demo scene, training and test references
    assert not {name for name in names
                if name.startswith(("tests/", "scripts/", "docs/", "demo/", ".ci/", "training/", "reference/"))}
    assert not names & {"Makefile", "pytest.ini", "ruff.toml", ".gitignore"}
    assert not any(name.endswith(".ts") for name in names)
    # and every module QGIS imports is there: the plugin loads from the zip (tests/test_desktop.py runs it)
