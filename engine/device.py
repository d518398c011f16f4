"""Choosing where the model runs."""
from __future__ import annotations

from .errors import QT_TRANSLATE_NOOP, LulcError

DEVICE_CHOICES: tuple[str, ...] = ("auto", "cuda", "cpu")


def resolve_device(choice: str) -> str:
    """``auto`` → CUDA when present, else CPU; ``cuda`` without a GPU is an error."""
    import torch

    if choice not in DEVICE_CHOICES:
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "DEVICE must be one of {choices}, not '{choice}'."),
            choices=", ".join(DEVICE_CHOICES),
            choice=choice,
        )
    if choice == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if choice == "cuda" and not torch.cuda.is_available():
        raise LulcError(
            QT_TRANSLATE_NOOP("engine", "DEVICE is cuda but PyTorch sees no CUDA GPU (PyTorch {version}). Choose auto "
                "or cpu, or install a CUDA build of PyTorch."),
            version=torch.__version__,
        )
    return choice
