"""The built desktop bundle starts, opens the sample project headless and exits cleanly.

Slow (a PyInstaller build, about a minute or two): skipped unless WORKBENCH_PACKAGING_TESTS=1.
``packaging/smoke_test.sh`` does the work; SKIP_BUILD=1 tests an existing dist/ bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(os.environ.get("WORKBENCH_PACKAGING_TESTS") != "1",
                       reason="builds the PyInstaller bundle; set WORKBENCH_PACKAGING_TESTS=1 to run"),
    pytest.mark.skipif(shutil.which("bash") is None, reason="the smoke test is a bash script"),
]


def test_built_bundle_opens_the_sample_project_and_exits_cleanly(tmp_path):
    env = {key: value for key, value in os.environ.items() if key != "PERSONA_WORKBENCH_HOME"}
    env["WORKBENCH_SMOKE_OUT"] = str(tmp_path / "self-test")
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_test.sh")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800,
    )
    output = result.stdout[-6000:] + "\n" + result.stderr[-6000:]
    assert result.returncode == 0, output
    assert (tmp_path / "self-test" / "self-test.txt").read_text("utf-8").startswith("ok"), output
