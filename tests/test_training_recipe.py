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

from explainable_lulc.models import architectures, registry  # noqa: E402

BANDS = train.ESA


def small_model() -> architectures.SpectralSpatialFCN:
    torch.manual_seed(0)
    mean, std = [0.1] * len(BANDS), [0.05] * len(BANDS)
    return architectures.SpectralSpatialFCN(len(BANDS), 10, (8, 8, 8, 8), (8, 4), bands=BANDS, mean=mean, std=std,
                                            indices=train.indices_for(BANDS))


def test_an_ignored_group_stays_ignored_through_training_steps():
    model = small_model()
    ignored = [BANDS.index(b) for b in train.GROUPS["atmospheric"]]
    train.ignore_channels(model, ignored)
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
    assert model.features[0].weight[:, BANDS.index("B02")].abs().max() > 0  # the others did learn
    model.eval()
    changed = x.clone()
    changed[:, ignored] = torch.randn(6, len(ignored), 64, 64, generator=generator) * 5
    with torch.no_grad():
        assert torch.equal(model(x), model(changed))  # blind to them, bit for bit
        other = x.clone()
        other[:, BANDS.index("B08")] += 3
        assert not torch.allclose(model(x), model(other))


def test_drop_groups_replaces_the_ignored_channels_every_time_and_leaves_the_input_alone():
    ignored = [BANDS.index(b) for b in train.GROUPS["atmospheric"]]
    augmenter = train.Augmenter(BANDS, np.zeros(len(BANDS), np.float32), 0.0, torch.Generator().manual_seed(1),
                                ignored=ignored)
    x = torch.ones(4, len(BANDS), 8, 8)
    dropped = augmenter.drop_groups(x)
    assert torch.all(dropped[:, ignored] == 0)
    assert torch.all(dropped[:, [i for i in range(len(BANDS)) if i not in ignored]] == 1)
    assert torch.all(x == 1)


def test_distillation_loss_is_the_temperature_scaled_kl_divergence():
    generator = torch.Generator().manual_seed(2)
    student, teacher = torch.randn(5, 10, generator=generator), torch.randn(5, 10, generator=generator)
    t = 2.0
    p_teacher = torch.softmax(teacher / t, 1)
    expected = (p_teacher * (p_teacher.log() - torch.log_softmax(student / t, 1))).sum(1).mean() * t * t
    assert train.distillation_loss(student, teacher, t) == pytest.approx(float(expected), rel=1e-5)
    assert train.distillation_loss(teacher, teacher, t) == pytest.approx(0.0, abs=1e-6)


def test_teacher_input_is_the_teachers_own_normalisation_of_the_same_reflectance():
    cards = registry.load_cards()
    teacher = cards["eurosat_rgb"]  # three of the student's bands and a reflectance ceiling
    mean = torch.linspace(0.05, 0.3, len(BANDS)).view(1, -1, 1, 1)
    std = torch.linspace(0.02, 0.1, len(BANDS)).view(1, -1, 1, 1)
    reflectance = torch.rand(2, len(BANDS), 4, 4, generator=torch.Generator().manual_seed(3)) * 0.4
    got = train.teacher_input((reflectance - mean) / std, teacher, BANDS, mean, std)
    channels = [BANDS.index(b) for b in teacher.bands]
    clipped = reflectance[:, channels].clamp(max=teacher.reflectance_max)
    expected = (clipped - torch.tensor(teacher.mean).view(1, -1, 1, 1)) / torch.tensor(teacher.std).view(1, -1, 1, 1)
    assert torch.allclose(got, expected, atol=1e-5)
