"""Users' own models: a card + weights in a folder of theirs appear in MODEL and run; broken
ones are named with their problem."""
from __future__ import annotations

import json

import pytest
from helpers import run_logged
from qgis.core import QgsApplication, QgsProcessingException

from explainable_lulc.models.registry import USER_MODELS_VARIABLE, load_cards

ALG = "explainable_lulc:classify_lulc"


@pytest.fixture()
def own_models(tmp_path, monkeypatch):
    folder = tmp_path / "my_models"
    folder.mkdir()
    monkeypatch.setenv(USER_MODELS_VARIABLE, str(folder))
    return folder


def write_card(folder, name, **changes):
    card = json.loads(load_cards()["eurosat_rgb"].path.read_text())
    card.update({"name": name, "weights": str(load_cards()["eurosat_rgb"].weights), **changes})
    (folder / f"{name}.json").write_text(json.dumps(card))


def model_options():
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG)
    return algorithm.parameterDefinition("MODEL").options()


def test_own_model_is_listed_and_runs(provider, own_models, four_band_scene, tmp_path):
    write_card(own_models, "my_rgb", title="My RGB model")
    assert "my_rgb" in model_options()
    result, feedback = run_logged(ALG, {"INPUT": str(four_band_scene), "MODEL": "my_rgb",
                                        "OUTPUT": str(tmp_path / "classes.tif")})
    assert "Model: my_rgb (My RGB model)" in feedback.text


@pytest.mark.parametrize("case, words", [
    ("not json", "cannot be read as JSON"),
    ("missing field", "missing field(s) weights"),
    ("weights of another model", "does not fit the card"),
    ("missing weights", "not found"),
])
def test_broken_model_gets_a_clear_message(provider, own_models, four_band_scene, tmp_path, case, words):
    if case == "not json":
        (own_models / "broken.json").write_text("{ not json")
    elif case == "missing field":
        card = json.loads(load_cards()["eurosat_rgb"].path.read_text())
        del card["weights"]
        (own_models / "broken.json").write_text(json.dumps(card | {"name": "broken"}))
    elif case == "weights of another model":
        write_card(own_models, "broken", weights=str(load_cards()["eurosat_s2_13band"].weights))
    else:
        write_card(own_models, "broken", weights="no_such_weights.pt")
    assert "eurosat_rgb" in model_options()  # a broken card never breaks the bundled models
    with pytest.raises(QgsProcessingException) as error:
        run_logged(ALG, {"INPUT": str(four_band_scene), "MODEL": "broken", "BANDS": "B02,B03,B04,B08",
                         "OUTPUT": str(tmp_path / "classes.tif")})
    assert words in str(error.value) and "broken" in str(error.value)
    assert not (tmp_path / "classes.tif").exists()


def test_a_model_replaced_under_its_name_is_loaded_again(demo_scene, tmp_path):
    """train_model replaces a model of the same name, and a Dask worker outlives one batch command:
    its cache of loaded models must serve the new weights, not the ones it loaded first."""
    import os
    import shutil

    import torch

    from explainable_lulc.engine.batch import WORKER_MODELS, on_this_worker
    from explainable_lulc.engine.run import RunRequest, resolve_run

    bundled = load_cards()["eurosat_rgb"]
    card = json.loads(bundled.path.read_text()) | {"name": "my_rgb", "weights": "my_rgb.pt"}
    (tmp_path / "my_rgb.json").write_text(json.dumps(card))
    weights = tmp_path / "my_rgb.pt"
    shutil.copy(bundled.weights, weights)

    def worker_model():
        run = resolve_run(RunRequest(str(demo_scene), model="my_rgb"), load_cards([tmp_path]))
        return on_this_worker(run).classifier

    try:
        first = worker_model()
        assert worker_model() is first  # loaded once while the files stay the same
        state = torch.load(weights, weights_only=True)
        head = next(key for key in state if key.endswith("bias") and state[key].shape == (len(card["classes"]),))
        state[head] = state[head] + 1.0  # "retrained": same size, other numbers
        torch.save(state, weights)
        stamp = weights.stat().st_mtime_ns + 2_000_000_000  # a later file, whatever the clock's granularity
        os.utime(weights, ns=(stamp, stamp))
        second = worker_model()
        assert second is not first
        assert torch.equal(second.model.state_dict()[head], state[head])
        assert [key for key in WORKER_MODELS if key[0][0] == "my_rgb"] == [(load_cards([tmp_path])["my_rgb"].version(),
                                                                            "cpu")]  # the old one forgotten
    finally:
        for key in [key for key in WORKER_MODELS if key[0][0] == "my_rgb"]:
            del WORKER_MODELS[key]
