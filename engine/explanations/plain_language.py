"""Sentences a planner understands, generated from the numbers by templates (no language model).

Each :class:`Sentence` holds an English template marked for translation, its parameters (numbers
already formatted, or :class:`Phrase` parts that are translated too) and ``cites``: the very numbers it
was made from, so a reader (and the tests) can trace every word back to the attributions. The QGIS
side renders them through its translator; the engine renders them in English.

Words follow fixed bands: a probability margin of 0.5 or more is "well ahead", 0.15 "ahead", else
"narrowly ahead"; a contribution of 0.10 or more (in probability) is strong, 0.03 clear, below that
slight; a band group's reflectance in the window compared with the training set's mean is very low
(< 0.5×), low (< 0.8×), typical, high (> 1.25×) or very high (> 2×).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from ..errors import QT_TRANSLATE_NOOP
from .features import BAND_GROUP_PHRASES

STRONG, CLEAR = 0.10, 0.03  # |contribution| bands, in probability
WELL_AHEAD, AHEAD = 0.5, 0.15  # margin bands between the first and second class
LEVELS = ((0.5, QT_TRANSLATE_NOOP("engine", "very low")), (0.8, QT_TRANSLATE_NOOP("engine", "low")),
          (1.25, QT_TRANSLATE_NOOP("engine", "typical")), (2.0, QT_TRANSLATE_NOOP("engine", "high")),
          (float("inf"), QT_TRANSLATE_NOOP("engine", "very high")))
MAX_CITED = 2  # features named per sentence

Translate = Callable[[str], str]


@dataclass(frozen=True)
class Phrase:
    """A part of a sentence that is itself translated (a feature's name, a list, a level word)."""

    template: str
    params: dict = field(default_factory=dict)

    def render(self, translate: Translate) -> str:
        return translate(self.template).format(**{k: _render(v, translate) for k, v in self.params.items()})


@dataclass(frozen=True)
class Sentence(Phrase):
    """A sentence, and the numbers it cites: ``cites`` maps a kind ("decision", "for", "against",
    "faithfulness", …) to what the sentence claims about which number."""

    cites: dict = field(default_factory=dict)

    def render(self, translate: Translate) -> str:
        text = super().render(translate)
        return text[:1].upper() + text[1:]  # a sentence may open with a phrase ("the near-infrared …")


def _render(value, translate: Translate) -> str:
    return value.render(translate) if isinstance(value, Phrase) else str(value)


def render(sentences: Sequence[Sentence], translate: Translate = lambda text: text) -> list[str]:
    return [sentence.render(translate) for sentence in sentences]


def percent(p: float) -> str:
    return f"{100 * p:.0f} %"


def signed(value: float) -> str:
    return f"{value:+.2f}".replace("-", "−")


def strength(value: float) -> str:
    """The band of |value|: "strong", "clear" or "slight"."""
    magnitude = abs(value)
    return "strong" if magnitude >= STRONG else "clear" if magnitude >= CLEAR else "slight"


def level(ratio: float) -> str:
    """The level word of a reflectance ratio (window / training mean)."""
    return next(word for limit, word in LEVELS if ratio < limit)


def joined(parts: Sequence[Phrase]) -> Phrase:
    if len(parts) == 1:
        return parts[0]
    return Phrase(QT_TRANSLATE_NOOP("engine", "{first} and {second}"), {"first": parts[0], "second": parts[1]})


def feature_phrase(name: str) -> Phrase:
    """A band group by its words ("the near-infrared"); a band by its name ("band B08")."""
    if name in BAND_GROUP_PHRASES:
        return Phrase(BAND_GROUP_PHRASES[name])
    return Phrase(QT_TRANSLATE_NOOP("engine", "band {name}"), {"name": name})


def decision(class_names: Sequence[str], probabilities: np.ndarray) -> Sentence:
    """"Classified SeaLake (93 %), well ahead of River (5 %).\""""
    first, second = (int(k) for k in np.argsort(-probabilities, kind="stable")[:2])
    p, q = float(probabilities[first]), float(probabilities[second])
    margin = p - q
    template = (QT_TRANSLATE_NOOP("engine", "Classified {first} ({p}), well ahead of {second} ({q}).")
                if margin >= WELL_AHEAD else
                QT_TRANSLATE_NOOP("engine", "Classified {first} ({p}), ahead of {second} ({q}).")
                if margin >= AHEAD else
                QT_TRANSLATE_NOOP("engine", "Classified {first} ({p}), only narrowly ahead of {second} ({q})."))
    band = "well ahead" if margin >= WELL_AHEAD else "ahead" if margin >= AHEAD else "narrowly ahead"
    return Sentence(template, {"first": class_names[first], "p": percent(p), "second": class_names[second],
                               "q": percent(q)},
                    cites={"decision": dict(first=first, second=second, p=p, q=q, band=band)})


def _feature_items(indexes: Sequence[int], names: Sequence[str], values: np.ndarray,
                   levels: Sequence[float] | None) -> list[Phrase]:
    items = []
    for i in indexes:
        if levels is None:
            items.append(Phrase(QT_TRANSLATE_NOOP("engine", "{feature} ({value})"),
                                {"feature": feature_phrase(names[i]), "value": signed(values[i])}))
        else:
            items.append(Phrase(QT_TRANSLATE_NOOP("engine", "{feature} ({level} here, {value})"),
                                {"feature": feature_phrase(names[i]), "level": Phrase(level(levels[i])),
                                 "value": signed(values[i])}))
    return items


def feature_reasons(target: str, names: Sequence[str], values: np.ndarray,
                    levels: Sequence[float] | None = None) -> list[Sentence]:
    """What pushed towards ``target`` and what argued against it, strongest first, at most
    :data:`MAX_CITED` of each; ``levels``: each feature's reflectance ratio to the training mean."""
    values = np.asarray(values, dtype=np.float64)
    order = np.argsort(-values, kind="stable")
    support = [int(i) for i in order if values[i] > 0][:MAX_CITED]
    against = [int(i) for i in order[::-1] if values[i] < 0][:MAX_CITED]
    sentences = []
    if support:
        band = strength(values[support[0]])
        template = {"strong": QT_TRANSLATE_NOOP("engine", "Mostly because of {items}, pushing towards {target}."),
                    "clear": QT_TRANSLATE_NOOP("engine", "Because of {items}, pushing towards {target}."),
                    "slight": QT_TRANSLATE_NOOP("engine", "No feature matters much; the largest push towards "
                                                          "{target} comes from {items}.")}[band]
        sentences.append(Sentence(template, {"items": joined(_feature_items(support, names, values, levels)),
                                             "target": target},
                                  cites={"for": dict(features=support, values=values[support].tolist(), band=band)}))
    else:
        sentences.append(Sentence(QT_TRANSLATE_NOOP("engine", "No feature pushes towards {target}."),
                                  {"target": target}, cites={"for": dict(features=[], values=[], band="none")}))
    if against:
        band = strength(values[against[0]])
        template = {"strong": QT_TRANSLATE_NOOP("engine", "{items} argue strongly against it."),
                    "clear": QT_TRANSLATE_NOOP("engine", "{items} argue against it."),
                    "slight": QT_TRANSLATE_NOOP("engine", "{items} argue slightly against it.")}[band]
        sentences.append(Sentence(template, {"items": joined(_feature_items(against, names, values, None))},
                                  cites={"against": dict(features=against, values=values[against].tolist(),
                                                         band=band)}))
    return sentences


COMPASS = {(-1, -1): QT_TRANSLATE_NOOP("engine", "north-west"), (-1, 0): QT_TRANSLATE_NOOP("engine", "north"),
           (-1, 1): QT_TRANSLATE_NOOP("engine", "north-east"), (0, -1): QT_TRANSLATE_NOOP("engine", "west"),
           (0, 0): QT_TRANSLATE_NOOP("engine", "centre"), (0, 1): QT_TRANSLATE_NOOP("engine", "east"),
           (1, -1): QT_TRANSLATE_NOOP("engine", "south-west"), (1, 0): QT_TRANSLATE_NOOP("engine", "south"),
           (1, 1): QT_TRANSLATE_NOOP("engine", "south-east")}


def where_evidence(target: str, heat: np.ndarray, faithfulness=None) -> Sentence:
    """Where a map's positive evidence lies in a window: the smallest share of pixels that holds half of it,
    and the compass part (a ninth of the window: thirds across and down) holding the most of it — not its
    centre of mass, which evidence at two opposite edges puts in the middle. Not said when the map's own
    deletion test (``faithfulness``) found it no better than chance (:func:`verdict` "worse")."""
    if faithfulness is not None and verdict(faithfulness) == "worse":
        return Sentence(QT_TRANSLATE_NOOP("engine", "Where in the window the evidence for {target} lies is not said: "
                                                    "Grad-CAM's map did no better than chance here."),
                        {"target": target}, cites={"where": dict(share=None, part=None, withheld=True)})
    positive = np.clip(np.asarray(heat, dtype=np.float64), 0, None)
    total = positive.sum()
    if total <= 0:
        return Sentence(QT_TRANSLATE_NOOP("engine", "The map shows no evidence for {target} in this window."),
                        {"target": target}, cites={"where": dict(share=None, part=None)})
    ranked = np.sort(positive.ravel())[::-1]
    share = float((np.searchsorted(np.cumsum(ranked), total / 2) + 1) / ranked.size)
    rows, cols = (np.minimum(3 * np.arange(size) // size, 2) for size in positive.shape)  # the third of each
    ninths = np.zeros((3, 3))
    np.add.at(ninths, (rows[:, None], cols[None, :]), positive)
    row, col = np.unravel_index(int(ninths.argmax()), ninths.shape)
    part = COMPASS[(int(row) - 1, int(col) - 1)]
    return Sentence(QT_TRANSLATE_NOOP("engine", "Half of the evidence for {target} lies in {share} of the window, "
                                                "most of it in its {part}."),
                    {"target": target, "share": percent(share), "part": Phrase(part)},
                    cites={"where": dict(share=share, part=part, ninths=ninths.round(6).tolist())})


#: A deletion test's verdicts (:func:`verdict`), each with its sentence's ending.
VERDICTS = {
    "points": QT_TRANSLATE_NOOP("engine", "Removing the {fraction} of the input this explanation ranks highest "
                                          "changes the probability of {target} by {top}; removing as much at "
                                          "random, by {random}: it points at what the model uses."),
    "curve": QT_TRANSLATE_NOOP("engine", "Removing the {fraction} of the input this explanation ranks highest "
                                         "changes the probability of {target} by {top}; removing as much at random, "
                                         "by {random}; removed step by step, what it ranks highest lowers the "
                                         "probability much faster than random (mean {area} along the way, against "
                                         "{random_area}): it points at what the model uses, though not all of it "
                                         "within its top {fraction}."),
    "care": QT_TRANSLATE_NOOP("engine", "Removing the {fraction} of the input this explanation ranks highest "
                                        "changes the probability of {target} by {top}; removing as much at "
                                        "random, by {random}: read it with care."),
    "worse": QT_TRANSLATE_NOOP("engine", "Removing the {fraction} of the input this explanation ranks highest "
                                         "changes the probability of {target} by {top}; removing as much at "
                                         "random, by {random}, and step by step too it does no better than "
                                         "random: do not rely on it here."),
}


def verdict(faithfulness) -> str:
    """What a deletion test says of an explanation (a key of :data:`VERDICTS`): ``points`` when removing its
    top-ranked share drops the probability at least twice as much as removing as much at random (and by
    0.05 more); else ``curve`` when, removed step by step, its ranking keeps the probability at most half as
    high as random along the way (and 0.05 lower); ``worse`` when it does no better than random on either;
    else ``care``."""
    f = faithfulness
    if f.top_drop >= 2 * max(f.random_drop, 0.0) and f.gap >= 0.05:
        return "points"
    if f.deletion_area <= 0.5 * f.random_area and f.random_area - f.deletion_area >= 0.05:
        return "curve"
    if f.top_drop <= f.random_drop and f.deletion_area >= f.random_area:
        return "worse"
    return "care"


def trust(target: str | Phrase, faithfulness) -> Sentence:
    """How far to trust the explanation, from its deletion test (:mod:`.faithfulness`); None: the explanation
    was flat on every window tested, so there was nothing to test."""
    if faithfulness is None:
        return Sentence(QT_TRANSLATE_NOOP("engine", "This explanation is flat on every window tested: nothing in "
                                                    "them stands out for {target}, so there is nothing to test."),
                        {"target": target}, cites={"no_ranking": {}})
    f = faithfulness
    said = verdict(f)
    return Sentence(VERDICTS[said], {"fraction": f"{100 * f.fraction:g} %", "target": target,
                                     "top": signed(-f.top_drop),  # a change: −0.30 is a drop
                                     "random": signed(-f.random_drop),
                                     "area": f"{f.deletion_area:.2f}", "random_area": f"{f.random_area:.2f}"},
                    cites={"faithfulness": dict(top=f.top_drop, random=f.random_drop, area=f.deletion_area,
                                                random_area=f.random_area, verdict=said)})


def band_group_levels(reflectance: np.ndarray, training_mean: Sequence[float], features) -> list[float]:
    """Per feature: the window's mean reflectance of its bands over the training set's mean of them."""
    reflectance = np.asarray(reflectance, dtype=np.float64)
    means = np.asarray(training_mean, dtype=np.float64)
    return [float(reflectance[list(f.channels)].mean() / max(means[list(f.channels)].mean(), 1e-6)) for f in features]


def share_of_scene(class_name: str, share: float) -> Sentence:
    return Sentence(QT_TRANSLATE_NOOP("engine", "{name} covers {share} of the valid pixels."),
                    {"name": class_name, "share": percent(share)}, cites={"share": dict(value=share)})


def scene_summary(summary, spectral: bool, faithfulness, target: str | None = None,
                  classes: int = 3) -> list[Sentence]:
    """A report's opening: for the most frequent predicted classes, their share of the scene and (for
    spectral features) the mean contributions per class; then how far to trust the method (``faithfulness``
    None: its map was flat on every window tested)."""
    sentences: list[Sentence] = []
    total = max(int(summary.counts.sum()), 1)
    mean = summary.mean()
    for k in summary.present_classes()[:classes]:
        name = summary.class_names[k]
        sentences.append(share_of_scene(name, summary.counts[k] / total))
        if spectral:
            sentences += feature_reasons(target or name, summary.feature_names, mean[k])
    sentences.append(trust(target or Phrase(QT_TRANSLATE_NOOP("engine", "the class explained")), faithfulness))
    return sentences
