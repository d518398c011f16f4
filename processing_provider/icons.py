"""Where the plugin's icon lives."""
from pathlib import Path

ICON_PATH = Path(__file__).resolve().parents[1] / "icons" / "icon.svg"
