"""Fill in the translations we have into i18n/*.ts (run after `make i18n-update`)."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "i18n"
TRANSLATIONS = {
    "fr": {
        "Classify LULC": "Classifier l'occupation du sol",
        "Classify LULC…": "Classifier l'occupation du sol…",
        "Explainable LULC": "Explainable LULC",
        "Land cover": "Occupation du sol",
        "Sentinel-2 image": "Image Sentinel-2",
        "Band names, in layer order": "Noms des bandes, dans l'ordre de la couche",
        "Pixel values": "Valeurs des pixels",
        "Model": "Modèle",
        "Device": "Processeur de calcul",
        "Tiles per batch": "Tuiles par lot",
        "Tile size (pixels)": "Taille des tuiles (pixels)",
        "Confidence": "Confiance",
        "Cancelled; no output was written.": "Annulé ; aucune sortie n'a été écrite.",
        "BANDS: {band} is given twice; each band may appear once.":
            "BANDS : {band} est donnée deux fois ; chaque bande ne peut apparaître qu'une fois.",
        "Reflectance (0–1)": "Réflectance (0–1)",
        "Explain with Grad-CAM": "Expliquer avec Grad-CAM",
        "Explain": "Expliquer",
        "Class to explain": "Classe à expliquer",
        "Method": "Méthode",
        "Attribution": "Attribution",
        "Preview image": "Image d'aperçu",
        "Unknown TARGET class '{name}'. Choose one of: {names}.{hint}":
            "Classe TARGET inconnue « {name} ». Choisissez parmi : {names}.{hint}",
        "Explain with SHAP": "Expliquer avec SHAP",
        "Features": "Variables",
        "Background": "Arrière-plan",
        "SHAP values": "Valeurs SHAP",
        "Report": "Rapport",
        "Spectral bands": "Bandes spectrales",
    },
    "de": {
        "Classify LULC": "Landbedeckung klassifizieren",
        "Classify LULC…": "Landbedeckung klassifizieren…",
        "Land cover": "Landbedeckung",
        "Sentinel-2 image": "Sentinel-2-Bild",
        "Model": "Modell",
        "Confidence": "Konfidenz",
        "Explain with SHAP": "Mit SHAP erklären",
        "Spectral bands": "Spektralbänder",
        "Reflectance (0–1)": "Reflexion (0–1)",
        "Explain with Grad-CAM": "Mit Grad-CAM erklären",
        "Explain": "Erklären",
        "Method": "Methode",
    },
}


def main() -> None:
    for locale, table in TRANSLATIONS.items():
        path = I18N / f"explainable_lulc_{locale}.ts"
        tree = ET.parse(path)
        for message in tree.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source in table:
                translation.text = table[source]
                translation.attrib.pop("type", None)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        print(f"{path.name}: {len(table)} strings")


if __name__ == "__main__":
    sys.exit(main())
