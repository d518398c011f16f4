"""`make evaluate` reproduces every card: the committed split, leak-free, and the accuracies."""
from __future__ import annotations

import numpy as np
import pytest

from explainable_lulc.models.registry import load_cards
from explainable_lulc.training import eurosat, evaluation

CARDS = load_cards()


@pytest.fixture(scope="module")
def cache():
    from conftest import REPO

    return REPO / "build" / "cache"  # the RGB tarball, unpacked once (as make train/evaluate do)


def test_split_is_stratified_and_leak_free(shared_data, cache):
    held_out = eurosat.read_split(evaluation.SPLIT_FILE)
    rgb = eurosat.EuroSat("rgb", shared_data, cache).ids
    held_share = np.bincount([eurosat.class_of(i) for i in held_out], minlength=10) / np.bincount(
        [eurosat.class_of(i) for i in rgb], minlength=10)
    assert len(held_out) >= 5000 and np.ptp(held_share) < 0.01  # the same share of every class
    ms = set(eurosat.EuroSat("ms", shared_data, cache).ids)
    # an MS GeoTIFF and its RGB JPEG share the id: both are held out or neither is
    assert len(ms & held_out) == 94
    assert len(held_out - set(rgb)) == 0


@pytest.mark.parametrize("name", sorted(CARDS))
def test_card_accuracy_is_reproduced(name, shared_data, cache):
    card = CARDS[name]
    result = evaluation.evaluate_card(card, shared_data, cache)
    assert len(result.truth) == card.metrics["evaluation_patches"]
    assert abs(result.accuracy - card.metrics["overall_accuracy"]) <= 0.005
    np.testing.assert_array_equal(result.confusion, card.metrics["confusion_matrix"])


def test_wilson_interval_and_f1():
    low, high = evaluation.wilson_interval(81, 94)
    assert 0.77 < low < 0.78 and 0.91 < high < 0.92  # the textbook Wilson interval
    matrix = np.array([[3, 1], [0, 4]])
    np.testing.assert_allclose(evaluation.f1_scores(matrix), [6 / 7, 8 / 9])
