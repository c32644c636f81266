"""Where the review's closed weeks are kept between runs (tracker.review.keep reads and writes
them): a file of its own module, so the app can look at its age without loading the review."""

from __future__ import annotations

from pathlib import Path

__all__ = ["cache_file"]


def cache_file(data_dir: Path) -> Path:
    """`$XDG_CACHE_HOME/dayweave/review/<folder key>.json`: one per data folder."""
    from tracker.commands.protocol import folder_key
    from tracker.kernel.userdirs import user_dir

    return user_dir("cache") / "review" / f"{folder_key(data_dir)}.json"
