"""What only developers run, never shipped in the plugin zip: EuroSAT loading, the committed evaluation split,
model evaluation, and reference implementations the tests and the benchmark compare the plugin against."""
