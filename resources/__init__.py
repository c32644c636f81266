"""Icons and translations, installed as the package `tracker.resources` (see pyproject.toml)."""
