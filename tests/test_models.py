"""Every registered model: loads, matches its card, and follows the architecture rules."""
import json
from dataclasses import replace

import pytest
import torch
from torch import nn

from explainable_lulc.models.registry import (
    EUROSAT_CLASSES,
    REFINING_ARCHITECTURES,
    ModelCard,
    ModelCardError,
    choose_model,
    load_cards,
)

CARDS = load_cards()


BAND_SETS = {  # the band sets users hold, and the model auto picks for each (12 bands: an L2A product)
    "13 bands (L1C)": (("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B10", "B11", "B12"),
                       "eurosat_s2_13band_spectral"),
    "12 bands (L2A)": (("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12"),
                       "eurosat_s2_12band_spectral"),
    "10 bands": (("B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B11", "B12"), "eurosat_s2_10band"),
    "4 bands": (("B02", "B03", "B04", "B08"), "eurosat_s2_4band"),
    "3 bands": (("B02", "B03", "B04"), "eurosat_rgb"),
}


@pytest.mark.parametrize("band_set", sorted(BAND_SETS))
def test_every_common_band_set_has_its_model(band_set):
    bands, expected = BAND_SETS[band_set]
    chosen = choose_model(list(CARDS.values()), bands, "l2a" if "L2A" in band_set else "l1c")
    assert chosen.name == expected and set(chosen.bands) == set(bands)


@pytest.mark.parametrize("name", sorted(CARDS))
def test_card_builds_its_model(name):
    card = CARDS[name]
    model = card.build()
    assert len(card.bands) == len(card.mean) == len(card.std)
    with pytest.raises(RuntimeError):  # the network takes exactly the card's bands
        model(torch.zeros(1, len(card.bands) + 1, 64, 64))
    assert card.class_names == EUROSAT_CLASSES
    assert model(torch.zeros(2, len(card.bands), 64, 64)).shape == (2, len(EUROSAT_CLASSES))
    assert 0 < card.metrics["overall_accuracy"] <= 1 and card.metrics["evaluation_patches"] > 0
    assert card.metrics["parameters"] == sum(p.numel() for p in model.parameters()) < 2_000_000
    assert set(card.metrics["per_class_f1"]) == set(EUROSAT_CLASSES)
    assert sum(map(sum, card.metrics["confusion_matrix"])) == card.metrics["evaluation_patches"]


@pytest.mark.parametrize("name", sorted(name for name in CARDS if CARDS[name].architecture_args.get("indices")))
def test_each_index_reads_the_bands_its_card_names(name):
    """NDVI is B08 and B04 of the card's band order, whatever the weights file holds (an EMA of the
    training once truncated the stored band positions: "NDVI" read B07 and B03, "NDMI" the cirrus band)."""
    from explainable_lulc.models.architectures import NORMALISED_DIFFERENCES

    card = CARDS[name]
    indices = card.build().indices
    pairs = [NORMALISED_DIFFERENCES[index] for index in card.architecture_args["indices"]]
    assert [card.bands[i] for i in indices.first.tolist()] == [a for a, _ in pairs]
    assert [card.bands[i] for i in indices.second.tolist()] == [b for _, b in pairs]
    assert indices.mean.flatten().tolist() == pytest.approx(card.mean, rel=1e-6)
    assert indices.std.flatten().tolist() == pytest.approx(card.std, rel=1e-6)


@pytest.mark.parametrize("name", sorted(CARDS))
def test_architecture_is_explainable(name):
    """GAP + linear head, and activations as non-in-place modules, each used once."""
    model = CARDS[name].build()
    assert isinstance(model.pool, nn.AdaptiveAvgPool2d) and isinstance(model.classifier, nn.Linear)
    relus = [m for m in model.modules() if isinstance(m, nn.ReLU)]
    assert relus and not any(m.inplace for m in relus)
    calls = []
    hooks = [m.register_forward_hook(lambda m, i, o: calls.append(id(m))) for m in relus]
    model(torch.zeros(1, len(CARDS[name].bands), 64, 64))
    for hook in hooks:
        hook.remove()
    assert sorted(calls) == sorted(id(m) for m in relus)


@pytest.mark.parametrize("name", sorted(CARDS))
def test_inference_copy_equals_the_model(name, demo_scene):
    """The classification path's copy (batch norm folded, channels-last) gives the model's window logits
    on a real tile, and leaves the model itself (what the explainers hook into) as it was."""
    from helpers import read_scene_tile

    from explainable_lulc.engine.dense import DenseClassifier
    from explainable_lulc.models.architectures import for_inference

    classifier = DenseClassifier(CARDS[name])
    x = read_scene_tile(classifier, demo_scene, halo=1, row=256, col=512, tile_size=128)
    before = {key: value.clone() for key, value in classifier.model.state_dict().items()}
    fast = for_inference(classifier.model)
    assert not any(isinstance(module, nn.BatchNorm2d) for module in fast.modules())
    with torch.inference_mode():
        expected = classifier.model.window_logits(x)
        folded = fast.window_logits(x.contiguous(memory_format=torch.channels_last))
    torch.testing.assert_close(folded, expected, rtol=1e-4, atol=1e-4 * float(expected.abs().max()))
    assert (folded.argmax(1) == expected.argmax(1)).float().mean() > 0.999
    assert all(torch.equal(before[key], value) for key, value in classifier.model.state_dict().items())


@pytest.mark.parametrize("name", sorted(name for name in CARDS if "members" in CARDS[name].training))
def test_models_side_by_side_weight_their_members_logits(name, demo_scene):
    """A model assembled from others (architectures.side_by_side) is their weighted logits, window by window
    on a real tile, and refines with its spectral member's per-pixel head."""
    from helpers import read_scene_tile

    from explainable_lulc.engine.dense import DenseClassifier

    card = CARDS[name]
    members = {CARDS[member].build(): weight for member, weight in card.training["members"].items()}
    assert len(members) == card.architecture_args["groups"] > 1 and sum(members.values()) == pytest.approx(1)
    x = read_scene_tile(DenseClassifier(card), demo_scene, halo=1, row=256, col=512, tile_size=128)
    model = card.build()
    with torch.no_grad():
        expected = sum(weight * member.window_logits(x) for member, weight in members.items())
        logits = model.window_logits(x)
        torch.testing.assert_close(logits, expected, rtol=1e-4, atol=1e-4 * float(expected.abs().max()))
        assert not torch.allclose(logits, next(iter(members)).window_logits(x), atol=0.1)  # more than one member
        spectral = [member for member in members if hasattr(member, "pixel_logits")]
        if spectral:
            torch.testing.assert_close(model.pixel_logits(x), spectral[0].pixel_logits(x))


def test_choose_model_prefers_most_bands():
    cards = list(CARDS.values())
    assert choose_model(cards, ("B02", "B03", "B04", "B05")).name == "eurosat_rgb"
    esa12 = ("B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12")
    # 12 bands: on an L2A layer the model that held best on real L2A patches, on L1C the most accurate of
    # those that refine to 10 m (most_accurate below: the most accurate that refines)
    twelve = [card for card in cards if len(card.bands) == 12]
    on_l2a = max(twelve, key=lambda card: card.metrics["l2a_transfer"]["patches_with_a_correct_group"])
    most_accurate = max((card for card in twelve if card.architecture in REFINING_ARCHITECTURES),
                        key=lambda card: card.metrics["overall_accuracy"])
    assert on_l2a.name != most_accurate.name  # else this proves nothing
    assert choose_model(cards, esa12, "l2a").name == on_l2a.name == "eurosat_s2_12band_spectral"
    assert choose_model(cards, esa12, "l1c").name == most_accurate.name
    assert choose_model(cards, esa12, "L2A").name == on_l2a.name  # the level as cards spell it
    # a model not measured on L2A (e.g. just retrained): no comparison on L2A, the most accurate
    unmeasured = [replace(card, metrics={k: v for k, v in card.metrics.items() if k != "l2a_transfer"})
                  if card.name == on_l2a.name else card for card in cards]
    assert choose_model(unmeasured, esa12, "l2a").name == most_accurate.name
    malformed = [replace(card, metrics={**card.metrics, "l2a_transfer": None}) if card.name == on_l2a.name else card
                 for card in cards]
    assert choose_model(malformed, esa12, "l2a").name == most_accurate.name
    # the same L2A figure: the one that refines to 10 m, even when another is more accurate
    tied = [replace(card, metrics={"overall_accuracy": 0.8 if card.architecture in REFINING_ARCHITECTURES else 0.99,
                                   "l2a_transfer": {"patches_with_a_correct_group": 0.8}}) for card in twelve]
    assert {card.architecture in REFINING_ARCHITECTURES for card in tied} == {True, False}
    for level in ("l1c", "l2a"):
        assert choose_model(tied, esa12, level).architecture in REFINING_ARCHITECTURES
    thirteen = choose_model(cards, (*esa12, "B10"))  # refines, though two held-out patches less accurate
    assert thirteen.name == "eurosat_s2_13band_spectral"
    assert thirteen.metrics["overall_accuracy"] < CARDS["eurosat_s2_13band"].metrics["overall_accuracy"]
    assert choose_model(cards, ("B08", "B11", "B12")) is None


def card_data(name="eurosat_rgb"):
    return json.loads(CARDS[name].path.read_text())


@pytest.mark.parametrize(
    "change, words",
    [(lambda d: d.pop("bands"), "missing field(s) bands"),
     (lambda d: d["normalisation"]["std"].pop(), "one per band"),
     (lambda d: d["normalisation"]["std"].__setitem__(0, 0), "std must be positive"),
     (lambda d: d["architecture"]["args"].__setitem__("groups", 3), "groups' must be a whole number from 1 to 8 "
      "dividing every one of the widths")],
)
def test_malformed_card_is_named(tmp_path, change, words):
    data = card_data()
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelCardError, match="bad.json") as error:
        ModelCard.from_file(path)
    assert words in str(error.value)


def test_weights_that_do_not_fit_the_card_are_named(tmp_path):
    data = card_data()
    data["weights"] = str(CARDS["eurosat_s2_13band"].weights)  # 13-band weights, 3-band card
    path = tmp_path / "mismatch.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelCardError, match="does not fit the card"):
        ModelCard.from_file(path).build()


def test_missing_weights_are_named(tmp_path):
    data = card_data()
    data["weights"] = "nowhere.pt"
    path = tmp_path / "missing.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ModelCardError, match="not found"):
        ModelCard.from_file(path).build()


def test_card_checks_know_every_architecture():
    """The torch-free table cards are checked against lists exactly the architectures that exist."""
    from explainable_lulc.models.architectures import ARCHITECTURES, NORMALISED_DIFFERENCES
    from explainable_lulc.models.registry import ARCHITECTURE_ARGUMENTS, NORMALISED_DIFFERENCE_NAMES

    assert set(ARCHITECTURE_ARGUMENTS) == set(ARCHITECTURES)
    assert set(NORMALISED_DIFFERENCE_NAMES) == set(NORMALISED_DIFFERENCES)


def test_the_refining_architectures_are_those_with_a_per_pixel_head():
    from explainable_lulc.models.architectures import ARCHITECTURES
    from explainable_lulc.models.registry import REFINING_ARCHITECTURES

    assert REFINING_ARCHITECTURES == {name for name, cls in ARCHITECTURES.items() if hasattr(cls, "pixel_logits")}
