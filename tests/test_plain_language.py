"""Plain-language sentences on real windows of the demo scene: every sentence agrees with the numbers
it cites (sign, order, magnitude band), and those numbers are the attributions'."""
from __future__ import annotations

import re

import numpy as np
import pytest

from explainable_lulc.engine.explanations import plain_language as words
from explainable_lulc.engine.explanations.window import WindowExplainer, WindowSource

PLACES = [(520, 560), (150, 800), (300, 700), (600, 1200), (100, 100), (700, 300)]  # lake, fields, forest, …


@pytest.fixture(scope="module")
def explainer(demo_scene):
    return WindowExplainer(WindowSource.open(str(demo_scene)))


def band_of(value: float) -> str:
    return "strong" if abs(value) >= words.STRONG else "clear" if abs(value) >= words.CLEAR else "slight"


@pytest.mark.parametrize("place", PLACES)
def test_each_sentence_agrees_with_the_attributions_it_cites(explainer, place):
    e = explainer.explain_at(*place)
    texts = words.render(e.sentences)
    seen = set()
    for sentence, text in zip(e.sentences, texts):
        for kind, claim in sentence.cites.items():
            seen.add(kind)
            if kind == "decision":
                order = np.argsort(-e.probabilities)
                assert (claim["first"], claim["second"]) == (order[0], order[1]) == (e.top, order[1])
                assert claim["p"] == e.probabilities[order[0]] and claim["q"] == e.probabilities[order[1]]
                margin = claim["p"] - claim["q"]
                expected = "well ahead" if margin >= 0.5 else "ahead" if margin >= 0.15 else "narrowly ahead"
                assert claim["band"] == expected and f"{expected} of" in text
                assert f"{100 * claim['p']:.0f} %" in text and e.class_names[claim["second"]] in text
            elif kind == "for":
                positive = [i for i in np.argsort(-e.shap, kind="stable") if e.shap[i] > 0]
                assert claim["features"] == positive[: words.MAX_CITED]  # the strongest, in order
                assert claim["values"] == e.shap[claim["features"]].tolist()
                if claim["features"]:
                    assert claim["band"] == band_of(claim["values"][0])
                    for i in claim["features"]:
                        assert words.signed(e.shap[i]) in text and words.signed(e.shap[i]).startswith("+")
                        assert words.level(e.levels[i]) + " here" in text  # the level word of its reflectance
                    assert e.top_name in text
            elif kind == "against":
                negative = [i for i in np.argsort(e.shap, kind="stable") if e.shap[i] < 0]
                assert claim["features"] == negative[: words.MAX_CITED]
                assert claim["band"] == band_of(claim["values"][0])
                assert {"strong": "strongly", "clear": "argue against", "slight": "slightly"}[claim["band"]] in text
                for i in claim["features"]:
                    assert words.signed(e.shap[i]).startswith("−") and words.signed(e.shap[i]) in text
            elif kind == "where":
                if claim.get("withheld"):  # Grad-CAM's map failed its own deletion test here
                    assert expected_verdict(e.faithfulness["gradcam"]) == "worse" and "is not said" in text
                    continue
                heat = np.clip(e.gradcam, 0, None)
                ranked = np.sort(heat.ravel())[::-1]
                holding_half = (np.cumsum(ranked) < heat.sum() / 2).sum() + 1
                assert claim["share"] == pytest.approx(holding_half / heat.size)
                assert f"{100 * claim['share']:.0f} %" in text
            elif kind == "faithfulness":
                f = e.faithfulness["shap"]
                assert (claim["top"], claim["random"]) == (f.top_drop, f.random_drop)
                assert words.signed(-f.top_drop) in text and words.signed(-f.random_drop) in text  # −: a drop
                assert (claim["area"], claim["random_area"]) == (f.deletion_area, f.random_area)
                assert claim["verdict"] == expected_verdict(f)
                assert ("points at what the model uses" in text) == (claim["verdict"] in ("points", "curve"))
                assert ("much faster than random" in text) == (claim["verdict"] == "curve")
                assert ("do not rely on it" in text) == (claim["verdict"] == "worse")
    assert {"decision", "for", "where", "faithfulness"} <= seen


def expected_verdict(f) -> str:
    """The deletion test's verdict, from its definition: the first step twice random's drop; else the whole
    curve at most half random's; else no better than random on both; else read with care."""
    if f.probability - f.top_curve[0] >= 2 * max(f.probability - f.random_curve[0], 0) and \
            (f.random_curve[0] - f.top_curve[0]) >= 0.05:
        return "points"
    top_mean, random_mean = np.mean(f.top_curve), np.mean(f.random_curve)
    if top_mean <= 0.5 * random_mean and random_mean - top_mean >= 0.05:
        return "curve"
    if f.top_curve[0] >= f.random_curve[0] and top_mean >= random_mean:
        return "worse"
    return "care"


@pytest.mark.parametrize("top_curve, random_curve, verdict", [
    ((0.5, 0.3, 0.1), (0.9, 0.8, 0.7), "points"),   # the first step drops 0.5 against 0.1
    ((0.7, 0.1, 0.0), (0.8, 0.5, 0.4), "curve"),    # first step 0.3 against 0.2; the curve 0.27 against 0.57
    ((0.8, 0.8, 0.8), (0.7, 0.6, 0.5), "worse"),
    ((0.7, 0.5, 0.4), (0.8, 0.5, 0.4), "care"),
])
def test_each_verdict_of_the_deletion_test_has_its_sentence(top_curve, random_curve, verdict):
    from explainable_lulc.engine.explanations.faithfulness import Faithfulness

    f = Faithfulness(windows=4, fraction=0.125, probability=1.0, top_curve=top_curve, random_curve=random_curve)
    assert words.verdict(f) == expected_verdict(f) == verdict
    sentence = words.trust("Forest", f)
    assert sentence.template == words.VERDICTS[verdict] and sentence.cites["faithfulness"]["verdict"] == verdict
    text = words.render([sentence])[0]
    assert words.signed(-f.top_drop) in text and words.signed(-f.random_drop) in text


def test_where_names_the_ninth_holding_most_evidence_and_is_withheld_when_the_map_failed_its_test():
    from explainable_lulc.engine.explanations.faithfulness import Faithfulness

    heat = np.zeros((64, 64))
    heat[:10, 54:] = 2.0  # the north-east corner
    heat[54:, :10] = 1.0  # and, less, the south-west one: their centre of mass is the middle
    sentence = words.where_evidence("Forest", heat)
    assert sentence.cites["where"]["part"] == "north-east"
    assert words.render([sentence])[0].endswith("most of it in its north-east.")
    worse = Faithfulness(windows=1, fraction=0.125, probability=1.0, top_curve=(0.9, 0.8), random_curve=(0.7, 0.6))
    withheld = words.where_evidence("Forest", heat, worse)
    assert withheld.cites["where"]["withheld"] and "is not said" in words.render([withheld])[0]
    fine = Faithfulness(windows=1, fraction=0.125, probability=1.0, top_curve=(0.2, 0.1), random_curve=(0.9, 0.8))
    assert words.where_evidence("Forest", heat, fine).cites["where"]["part"] == "north-east"


def test_numbers_in_the_text_are_the_cited_ones(explainer):
    """Every number the sentences print is one of the numbers they cite, rounded as printed."""
    e = explainer.explain_at(*PLACES[0])
    cited = set()
    for sentence in e.sentences:
        for claim in sentence.cites.values():
            for value in claim.values():
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, float):
                        cited |= {f"{v:.2f}", f"{abs(v):.2f}", f"{100 * v:.0f}"}
    text = " ".join(words.render(e.sentences))
    printed = re.findall(r"\d+\.\d+|\d+(?= %)", text.replace("12.5 %", ""))
    assert printed and all(number in cited for number in printed), (printed, cited)


def test_every_template_and_phrase_goes_through_the_translator(explainer):
    e = explainer.explain_at(*PLACES[1])
    marked = words.render(e.sentences, lambda text: "«" + text + "»")
    for plain, translated in zip(words.render(e.sentences), marked):
        assert translated.startswith("«") and translated != plain
    assert any("««the visible bands»" in text or "«the visible bands»" in text for text in marked)


def test_a_flat_explanation_is_left_out_of_the_deletion_test(explainer):
    """A window whose map ranks nothing (all equal) is not measured; a map flat everywhere gets None."""
    from explainable_lulc.engine.explanations.base import PREDICTED
    from explainable_lulc.engine.explanations.faithfulness import measure_many

    source = explainer.source
    x = source.windows(source.sample_cells(4))
    heat = explainer.gradcam.window_attribution(x, PREDICTED).detach().cpu().numpy()
    heat[0] = 0.0
    model = source.classifier.model
    measured = measure_many(model, x, {"flat": np.zeros_like(heat), "one flat": heat}, np.zeros(len(x), int))
    assert measured["flat"] is None
    assert (measured["one flat"].windows, measured["one flat"].flat) == (len(x) - 1, 1)
