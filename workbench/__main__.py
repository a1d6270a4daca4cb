"""Entry point of the ``workbench`` console script and ``python -m workbench``."""

from __future__ import annotations

import os
import sys


def main() -> int:
    # scikit-learn's OpenMP threads (gradient boosting, k-means) spin while they wait by
    # default: beside the window's own threads, or any other busy program, a 2-second
    # model fit then took minutes. Waiting threads sleep instead; set before the
    # OpenMP runtime loads, and only when the user has not chosen otherwise.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    from workbench.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
