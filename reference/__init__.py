"""Reference implementations the scene-wide engine is tested and benchmarked against: each library's
own per-window explainer (shap, captum, lime) and the model run on each window alone. Used by
tests/ and scripts/bench.py only; left out of the plugin zip."""
