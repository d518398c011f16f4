"""Print the README's model table from the model cards (the cards are the source of truth)."""
from __future__ import annotations

import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from headless import plugin_parent  # noqa: E402

sys.path.insert(0, str(plugin_parent()))
from explainable_lulc.models.registry import load_cards  # noqa: E402


def wilson_interval(accuracy: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """95 % Wilson score interval of a proportion measured on n samples."""
    centre = (accuracy + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(accuracy * (1 - accuracy) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def main() -> None:
    print("| model | bands | trained on | held-out accuracy (95 % CI) | evaluation patches | parameters |")
    print("|---|---|---|---|---|---|")
    for card in load_cards().values():
        parameters = sum(p.numel() for p in card.build().parameters())
        accuracy, n = card.metrics["overall_accuracy"], card.metrics["evaluation_patches"]
        low, high = wilson_interval(accuracy, n)
        print(f"| `{card.name}` | {', '.join(card.bands)} | {card.training.get('data', '')} | "
              f"{100 * accuracy:.1f} % ({100 * low:.1f}–{100 * high:.1f}) | {n} | {parameters:,} |")


if __name__ == "__main__":
    main()
