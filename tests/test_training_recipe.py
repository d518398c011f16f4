"""scripts/train.py's experiment options: a group the model ignores stays ignored through training,
and distillation compares the right distributions in the right normalisation."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from torch.nn import functional as F

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))

import train  # noqa: E402

from explainable_lulc.engine.dense import DenseClassifier  # noqa: E402
from explainable_lulc.engine.scaling import InputScale, ScaleDecision  # noqa: E402
from explainable_lulc.models import architectures, registry  # noqa: E402

BANDS = train.ESA


def small_model() -> architectures.SpectralSpatialFCN:
    torch.manual_seed(0)
    mean, std = [0.1] * len(BANDS), [0.05] * len(BANDS)
    return architectures.SpectralSpatialFCN(len(BANDS), 10, (8, 8, 8, 8), (8, 4), bands=BANDS, mean=mean, std=std,
                                            indices=train.indices_for(BANDS))


@pytest.mark.parametrize("group", ["atmospheric", "NIR"])  # NIR also enters through NDVI, NDWI and NDMI
def test_an_ignored_group_stays_ignored_through_training_steps(group):
    model = small_model()
    ignored = [BANDS.index(b) for b in train.GROUPS[group]]
    train.ignore_channels(model, ignored)
    before = model.features[0].weight.detach().clone()
    generator = torch.Generator().manual_seed(0)
    augmenter = train.Augmenter(BANDS, np.full(len(BANDS), 0.01, np.float32), 1.0, generator, ignored=ignored)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=5e-4)
    x = torch.randn(6, len(BANDS), 64, 64, generator=generator)
    labels = torch.arange(6)
    for _ in range(3):
        model.train()
        logits = model(augmenter.drop_groups(x))
        loss = F.cross_entropy(logits, labels)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    assert model.features[0].weight[:, ignored].abs().max() == 0
    assert model.spectral[0].weight[:, ignored].abs().max() == 0
    assert not torch.equal(model.features[0].weight[:, BANDS.index("B02")], before[:, BANDS.index("B02")])
    model.eval()
    changed = x.clone()
    changed[:, ignored] = torch.randn(6, len(ignored), 64, 64, generator=generator) * 5
    with torch.no_grad():
        assert torch.equal(model(x), model(changed))  # blind to them, bit for bit
        other = x.clone()
        other[:, BANDS.index("B05")] += 3
        assert not torch.allclose(model(x), model(other))


def test_drop_groups_replaces_the_ignored_channels_and_never_every_other_group():
    ignored = [BANDS.index(b) for b in train.GROUPS["atmospheric"]]
    used = [i for i in range(len(BANDS)) if i not in ignored]
    augmenter = train.Augmenter(BANDS, np.zeros(len(BANDS), np.float32), 1.0, torch.Generator().manual_seed(1),
                                ignored=ignored)
    x = torch.ones(4000, len(BANDS), 1, 1)
    dropped = augmenter.drop_groups(x)
    assert torch.all(dropped[:, ignored] == 0)
    assert torch.all(dropped[:, used].sum(dim=1) > 0)  # a patch always keeps one of the groups it may use
    assert torch.any(dropped[:, used] == 0)  # groups are dropped, though
    assert torch.all(x == 1)  # never the caller's tensor


def test_distillation_loss_is_the_temperature_scaled_kl_divergence():
    generator = torch.Generator().manual_seed(2)
    student, teacher = torch.randn(5, 10, generator=generator), torch.randn(5, 10, generator=generator)
    t = 2.0
    p_teacher = torch.softmax(teacher / t, 1)
    expected = (p_teacher * (p_teacher.log() - torch.log_softmax(student / t, 1))).sum(1).mean() * t * t
    assert train.distillation_loss(student, teacher, t) == pytest.approx(float(expected), rel=1e-5)
    assert train.distillation_loss(teacher, teacher, t) == pytest.approx(0.0, abs=1e-6)


def test_teacher_input_is_what_the_engine_feeds_the_teacher_for_the_same_reflectance():
    card = registry.load_cards()["eurosat_rgb"]  # three of the student's bands and a reflectance ceiling
    mean = torch.linspace(0.05, 0.3, len(BANDS)).view(1, -1, 1, 1)
    std = torch.linspace(0.02, 0.1, len(BANDS)).view(1, -1, 1, 1)
    reflectance = torch.rand(2, len(BANDS), 4, 4, generator=torch.Generator().manual_seed(3)) * 0.4
    got = train.teacher_input((reflectance - mean) / std, DenseClassifier(card), BANDS, mean, std)
    channels = [BANDS.index(b) for b in card.bands]
    engine = DenseClassifier(card).prepare(reflectance[:, channels].numpy(), np.zeros((2, 4, 4), bool),
                                           ScaleDecision(InputScale.REFLECTANCE, "test"))
    assert torch.allclose(got, engine, atol=1e-5)


def test_the_weights_average_keeps_band_positions_and_counters_exact():
    """use_buffers=True averages buffers too; integer ones (an index's band positions, batch counters)
    are taken as they are, not averaged into a truncated number."""
    model = small_model()
    ema = torch.optim.swa_utils.AveragedModel(model, avg_fn=train.ema_average, use_buffers=True)
    for _ in range(5):
        model(torch.randn(2, len(BANDS), 64, 64))  # training mode: the batch norms count batches
        ema.update_parameters(model)
    for (name, averaged), current in zip(ema.module.named_buffers(), model.buffers()):
        if not current.is_floating_point():
            assert torch.equal(averaged, current), name
    pairs = [architectures.NORMALISED_DIFFERENCES[index] for index in train.indices_for(BANDS)]
    assert ema.module.indices.first.tolist() == [BANDS.index(a) for a, _ in pairs]


def test_a_spectrum_only_group_never_enters_the_trunk_directly():
    """--spectrum-only-group visible: the trunk's own input weights of B02-B04 start as their filters added
    to B08's and stay zero through training; the bands still reach the decision through the per-pixel branch."""
    model = small_model()
    visible, nir = [BANDS.index(b) for b in train.GROUPS["visible"]], BANDS.index("B08")
    before = model.features[0].weight.detach().clone()
    train.spatially_blind(model, visible, nir)
    weight = model.features[0].weight
    assert torch.equal(weight[:, nir], before[:, nir] + before[:, visible].sum(1))
    generator = torch.Generator().manual_seed(0)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-2, weight_decay=5e-4)
    x = torch.randn(6, len(BANDS), 64, 64, generator=generator)
    spectral_before = model.spectral[0].weight.detach().clone()
    for _ in range(3):
        model.train()
        loss = F.cross_entropy(model(x), torch.arange(6))
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    assert model.features[0].weight[:, visible].abs().max() == 0
    assert not torch.equal(model.spectral[0].weight[:, visible], spectral_before[:, visible])  # still learnt
    model.eval()
    changed = x.clone()
    changed[:, visible] += 3
    with torch.no_grad():
        assert not torch.allclose(model(x), model(changed))


@pytest.mark.parametrize("name", sorted(name for name, recipe in train.RECIPES.items() if "members" in recipe))
def test_an_assembled_model_is_its_recipe_s_output(name, shared_data, tmp_path):
    """The bundled weights and held-out accuracy of a model side by side are what its recipe writes."""
    train.assemble(name, train.RECIPES[name], shared_data, REPO / "build" / "cache", tmp_path)
    bundled = registry.load_cards()[name]
    written = registry.ModelCard.from_file(tmp_path / "cards" / f"{name}.json")
    assert (written.architecture, written.architecture_args) == (bundled.architecture, bundled.architecture_args)
    assert written.metrics["overall_accuracy"] == bundled.metrics["overall_accuracy"]
    assert {key: written.training[key] for key in ("members", "weights_chosen")} == \
        {key: bundled.training[key] for key in ("members", "weights_chosen")}
    expected, state = bundled.build().state_dict(), written.build().state_dict()
    assert state.keys() == expected.keys() and all(torch.equal(state[key], expected[key]) for key in state)


def test_an_assembly_refuses_members_its_weights_were_not_chosen_for(shared_data, tmp_path):
    """After ``make train`` the members are new networks: the weights chosen for the old ones must be chosen
    again, not reused silently."""
    name = next(name for name, recipe in train.RECIPES.items() if "members" in recipe)
    recipe = train.RECIPES[name]
    first = next(iter(recipe["members"]))
    changed = {**recipe, "member_sha256": {**recipe["member_sha256"], first: "0" * 64}}
    with pytest.raises(SystemExit, match=f"chosen for other weights of {first}"):
        train.assemble(name, changed, shared_data, REPO / "build" / "cache", tmp_path)
    assert not (tmp_path / "weights").exists()


def test_side_by_side_refuses_what_it_cannot_add_up():
    members = [small_model(), architectures.LulcFCN(len(BANDS), 10, (8, 8, 8, 8))]
    target = architectures.SpectralSpatialFCN(len(BANDS), 10, (16, 16, 16, 16), (8, 4), bands=BANDS,
                                              mean=[0.1] * len(BANDS), std=[0.05] * len(BANDS),
                                              indices=train.indices_for(BANDS), groups=2)
    x = torch.randn(2, len(BANDS), 64, 64)
    added = architectures.side_by_side(target, members, [0.25, 0.75]).eval()
    with torch.no_grad():
        expected = 0.25 * members[0].eval()(x) + 0.75 * members[1].eval()(x)
        torch.testing.assert_close(added(x), expected, rtol=1e-4, atol=1e-5)
    for weights, others in (([1.0], members), ([0.5, 0.5], [members[0], small_model()]),  # two spectral branches
                            ([0.5, 0.5], [members[0], architectures.LulcFCN(len(BANDS), 10, (8, 8, 8, 16))])):
        with pytest.raises(ValueError, match="side by side"):
            architectures.side_by_side(target, others, weights)
