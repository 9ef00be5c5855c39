"""Entry point: `trainmgr COMMAND ...` runs the command line; `trainmgr [--db PATH]` opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from trainmgr.cli.main import COMMANDS, parse, run

    namespace = parse(args)  # --help and --version end here; bad options exit 2 with a message
    if namespace.command in COMMANDS:
        return run(args)
    from trainmgr.app import main as gui_main  # the GUI composition root

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
