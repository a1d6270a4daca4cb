"""Entry script of the PyInstaller bundle: the same ``main`` as the ``workbench`` console script.

With PERSONA_WORKBENCH_BUNDLE_CHECK=FOLDER set, the program instead checks that the libraries
the app loads lazily work inside the bundle (packaging/smoke_test.sh uses this).
"""

import os
import sys
from pathlib import Path


def _run() -> int:
    if os.environ.get("PERSONA_WORKBENCH_SHEET_READER"):  # the workbook reader's child process
        from workbench.ingest.sheet_process import child_main

        child_main()
        return 0
    check_folder = os.environ.get("PERSONA_WORKBENCH_BUNDLE_CHECK")
    if check_folder:
        import workbench_bundle_check

        return workbench_bundle_check.run(Path(check_folder))
    from workbench.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(_run())
