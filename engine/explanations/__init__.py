"""Every explanation method, in one place.

- :mod:`.catalogue` — the methods as data (ids, translatable labels, parameters); torch-free, so
  the Processing side builds its options from it when QGIS starts.
- :mod:`.base` — the protocol every scene explainer follows (:class:`.base.SceneExplainer`: tile
  geometry, output description, ``explain`` returning an :class:`.base.Attribution` with named
  fields) and the geometry shared by the patch-based methods.
- :mod:`.runner` — the one tile runner every method goes through (on ``engine.pipeline.run_tiled``)
  and the per-class summary a report is made of.
- One module per method family: :mod:`.gradcam`, :mod:`.shap_values`, :mod:`.lime_weights`;
  :mod:`.coalitions` holds the linear maps (Shapley, LIME) from model outputs on masked inputs
  to attributions, :mod:`.features` what a feature is and what replaces it when removed.

A new method is a class (a :class:`.base.SceneExplainer`) plus an entry in
:data:`.catalogue.FAMILIES`. Importing this package imports nothing heavy.
"""
