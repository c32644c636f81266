"""Write the application menu's desktop entry with an Exec line that starts this installation.

`Exec=dayweave` does nothing when the command is not on the PATH the desktop session has (a
checkout's `.venv/bin`), so `make install-desktop` passes the command's full path, as the
autostart entry does (tracker/autostart.py). Plain Python: it runs before any venv exists.

    python3 packaging/linux/desktop_entry.py --command PATH TEMPLATE TARGET
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

__all__ = ["exec_value", "main", "render"]

# The Desktop Entry spec: an argument holding any of these is quoted, and inside the quotes
# ", `, $ and \ are escaped with a backslash.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def exec_value(command: list[str]) -> str:
    def quote(part: str) -> str:
        if not _RESERVED.search(part):
            return part
        quoted = '"' + re.sub(r'(["`$\\])', r"\\\1", part) + '"'
        # Then the rule for every string value: a backslash is written twice.
        return quoted.replace("\\", "\\\\")

    # A literal % is a field code in Exec; it is written %%.
    return " ".join(quote(part).replace("%", "%%") for part in command)


def render(template: str, command: list[str]) -> str:
    lines = [
        f"Exec={exec_value(command)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--command", required=True, help="the dayweave command to start")
    parser.add_argument("template", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    command = os.path.abspath(args.command)
    if not os.access(command, os.X_OK):
        print(f"desktop_entry: {command} is not a command that runs", file=sys.stderr)
        return 1
    text = render(args.template.read_text(encoding="utf-8"), [command])
    args.target.parent.mkdir(parents=True, exist_ok=True)
    args.target.write_text(text, encoding="utf-8")
    args.target.chmod(0o644)
    print(f"{args.target}: Exec={exec_value([command])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
