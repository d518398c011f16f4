"""The Processing provider and its algorithms (one algorithm a file)."""
