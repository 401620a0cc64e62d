"""Logic behind the views; each controller gets its view injected."""
