"""Entry point of the ``workbench`` console script and ``python -m workbench``."""

from __future__ import annotations

import sys


def main() -> int:
    from workbench.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
