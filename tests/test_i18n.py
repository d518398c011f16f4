"""Translations: the .ts sources are complete, and a translator changes what users read."""
import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import REPO
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N = REPO / "i18n"


def messages(ts_path: Path) -> set[tuple[str, str]]:
    text = ts_path.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        found |= {(name, html.unescape(source)) for source in re.findall(r"<source>(.*?)</source>", context, re.S)}
    return found


def test_ts_files_hold_every_translatable_string(tmp_path):
    sources = subprocess.run(["git", "ls-files", "*.py"], cwd=REPO, capture_output=True, text=True).stdout.split()
    sources = [REPO / s for s in sources if not s.startswith(("tests/", "scripts/"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([shutil.which("pylupdate5"), *map(str, sources), "-ts", str(fresh)], check=True,
                   capture_output=True)
    extracted = messages(fresh)
    assert len(extracted) > 40 and any(context == "engine" for context, _ in extracted)
    for ts in sorted(I18N.glob("*.ts")):
        assert extracted <= messages(ts), f"{ts.name} is out of date: run `make i18n-update`"


@pytest.fixture()
def french():
    translator = QTranslator()
    assert translator.load(str(I18N / "explainable_lulc_fr.qm")), "run `make i18n` to compile translations"
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_french_names_and_errors(provider, french, four_band_scene, tmp_path):
    import processing

    from explainable_lulc.processing_provider.classify_lulc import ClassifyLulc

    algorithm = ClassifyLulc()
    algorithm.initAlgorithm()
    assert algorithm.displayName() == "Classifier l'occupation du sol"
    assert algorithm.parameterDefinition("INPUT").description() == "Image Sentinel-2"
    with pytest.raises(QgsProcessingException, match="est donnée deux fois"):
        processing.run("explainable_lulc:classify_lulc",
                       {"INPUT": str(four_band_scene), "BANDS": "B02,B03,B03,B08", "OUTPUT": str(tmp_path / "x.tif")})
