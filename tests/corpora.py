"""The corpora: folders of real iCalendar (ics/) and vCard (vcard/) files that the maintainers
share beside the checkout and that are not in the repository. Every test that reads them finds
them here, through the `corpora` fixtures (tests/conftest.py) or corpus_files.

Where they are absent a contributor's run skips those tests with a reason that says how to get
them; under CI (CI=true) it fails them instead: CI must never skip them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPORA_VARIABLE = "DAYWEAVE_CORPORA"


def corpora_folder() -> Path:
    """$DAYWEAVE_CORPORA, else the shared folder beside the checkout (../shared/corpora)."""
    given = os.environ.get(CORPORA_VARIABLE)
    return Path(given).expanduser().resolve() if given else REPO.parent / "shared" / "corpora"


def corpora_missing() -> str | None:
    """Why the corpora cannot be read, in one line that says how to get them; None: they can."""
    folder = corpora_folder()
    if all((folder / kind).is_dir() for kind in ("ics", "vcard")):
        return None
    return (
        f"the corpora of real iCalendar and vCard files are not at {folder}: "
        f"set {CORPORA_VARIABLE} to a folder holding their ics/ and vcard/ (README, Tests)"
    )


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def without_corpora(reason: str) -> NoReturn:
    """A contributor without the corpora skips their tests with the reason; CI never skips them."""
    if in_ci():
        pytest.fail(f"{reason} (CI must run the corpus tests)", pytrace=False)
    pytest.skip(reason)


def corpus_files(kind: str, pattern: str) -> list:
    """Parameters for one test per corpus file (read at collection), sorted, each named by its
    file. Without the corpora, one parameter that reports why when it runs (a skip, or in CI a
    failure): collection never fails, and the reason shows once per test."""
    reason = corpora_missing()
    if reason is None:
        return [pytest.param(p, id=p.name) for p in sorted((corpora_folder() / kind).glob(pattern))]
    # In CI the conftest's setup hook fails the test on this mark: a failure, not a skip.
    absent = pytest.mark.corpora_missing(reason) if in_ci() else pytest.mark.skip(reason=reason)
    return [pytest.param(None, id="no-corpora", marks=absent)]
