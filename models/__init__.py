"""Model architectures, bundled weights and their model cards (see ``registry``)."""
