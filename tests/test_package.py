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


def test_zip_installs_as_explainable_lulc(tmp_path):
    sys.path.insert(0, str(REPO / "scripts"))
    import package

    target = tmp_path / "plugin.zip"
    package.main(str(target))
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        assert all(name.startswith("explainable_lulc/") for name in names)
        for needed in ("metadata.txt", "__init__.py", "processing_provider/provider.py",
                       "models/cards/eurosat_s2_13band.json", "models/weights/eurosat_s2_13band.pt",
                       "demo/T33UUU_20170216_L1C_13band.tif"):
            assert f"explainable_lulc/{needed}" in names, needed
        assert not any(name.startswith("explainable_lulc/tests/") for name in names)
        metadata = read_metadata(archive.read("explainable_lulc/metadata.txt").decode("utf-8"))
    assert metadata["name"] == "Explainable LULC"
