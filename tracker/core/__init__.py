"""The domain: plain Python, no Qt and no TinyDB (a unit test keeps it so)."""
