"""Write the command line's plain catalogues (cli_<language>.json) from the .ts files.

Run by `make translations` after lrelease. tracker/kernel/words.py reads them, so the command
line speaks the user's language without loading Qt. A test checks they match the .ts files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

__all__ = ["catalogue", "main"]


def catalogue(ts_file: Path) -> dict[str, dict[str, object]]:
    table: dict[str, dict[str, object]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            key = message.findtext("source") or ""
            comment = message.findtext("comment")
            if comment:
                key = f"{key}\x04{comment}"
            if message.get("numerus") == "yes":
                value: object = [form.text or "" for form in translation.findall("numerusform")]
            else:
                value = translation.text or ""
            table.setdefault(name, {})[key] = value
    return table


def main(folder: str) -> int:
    for ts_file in sorted(Path(folder).glob("dayweave_*.ts")):
        language = ts_file.stem.split("_", 1)[1]
        out = ts_file.with_name(f"cli_{language}.json")
        text = json.dumps(catalogue(ts_file), ensure_ascii=False, sort_keys=True, indent=0)
        out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
