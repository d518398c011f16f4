"""Translations: the .ts sources are complete, and a translator changes what users read."""
import html
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N = REPO / "i18n"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")  # {name}, {seconds:.1f}, {pixels:,}


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


def incomplete(ts_path: Path) -> list[str]:
    """What keeps ``ts_path`` from being a complete translation: unfinished, vanished or obsolete
    messages, empty translations (each numerus form too), and translations whose placeholders differ
    from their source's (a missing one loses information, an extra one raises KeyError in .format)."""
    problems = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{ts_path.name} [{name}] {source[:60]!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation element")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes" and not forms:
                problems.append(f"{where}: no numerus forms")
            for text in forms or [translation.text or ""]:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                    problems.append(f"{where}: placeholders {sorted(set(PLACEHOLDER.findall(text)))} in {text[:60]!r},"
                                    f" source has {sorted(set(PLACEHOLDER.findall(source)))}")
    return problems


def test_translations_are_complete():
    files = sorted(I18N.glob("*.ts"))
    assert files, f"no .ts files in {I18N}"
    for ts in files:
        assert len(list(ET.parse(ts).getroot().iter("message"))) > 40, f"{ts.name} holds almost no messages"
    problems = [problem for ts in files for problem in incomplete(ts)]
    assert not problems, f"{len(problems)} incomplete translation(s):\n" + "\n".join(problems[:50])


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


@pytest.mark.parametrize("module", ["explain_here", "dependency_installer"])
def test_a_module_s_tr_finds_the_strings_pylupdate_filed_for_it(french, module, tmp_path):
    """A module-level ``tr()`` must look its strings up in the context pylupdate5 files them under."""
    import importlib

    source = REPO / "plugin" / f"{module}.py"
    extracted = tmp_path / "module.ts"
    subprocess.run([shutil.which("pylupdate5"), str(source), "-ts", str(extracted)], check=True, capture_output=True)
    filed = sorted(text for context, text in messages(extracted) if context == "@default")
    assert filed, f"no bare tr() strings found in {source.name}"
    tr = importlib.import_module(f"explainable_lulc.plugin.{module}").tr
    untranslated = [text for text in filed if tr(text) == text]
    assert len(untranslated) < len(filed) / 10, untranslated[:5]


def test_the_engine_s_log_lines_are_translated(french):
    """Why the pixel values and the bands were read as they were: English in the engine, French in the log."""
    import numpy as np

    from explainable_lulc.engine.scaling import detect_scale
    from explainable_lulc.processing_provider.base import translated

    cirrus_free = np.array([[500.0] * 10, [3.0] * 10])  # B04 and a B10 near 0: no offset
    decision = detect_scale(cirrus_free, ("B04", "B10"), False, False)
    assert str(decision.reason) == "B10 5th percentile 3 < 1000: digital numbers without offset"
    assert translated(decision.reason) == "5e centile de B10 3 < 1000 : comptes numériques sans décalage"
    assert translated("colour interpretation") == "interprétation des couleurs"
    eight_bit = detect_scale(cirrus_free, ("B04", "B10"), False, False, "uint8")
    assert translated(eight_bit.warnings[0]).startswith("Des données 8 bits (uint8)")


def test_a_message_travels_to_workers_as_its_template_and_parameters():
    """Pickled or copied (a run's scale decision goes to batch workers), a Message keeps what translates it,
    even when its parameters hold braces."""
    import copy
    import pickle

    from explainable_lulc.engine.errors import Message

    message = Message("{level} as the metadata declares", level="L{2}A")
    for travelled in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert travelled == "L{2}A as the metadata declares" and isinstance(travelled, Message)
        assert (travelled.template, travelled.params) == (message.template, message.params)
