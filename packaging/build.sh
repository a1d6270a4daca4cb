#!/usr/bin/env bash
# Build the Persona Workbench desktop bundle with PyInstaller.
#
#   packaging/build.sh
#
# makes dist/persona-workbench/ (one folder; run dist/persona-workbench/persona-workbench).
# WORKBENCH_ONEFILE=1 makes the single file dist/onefile/persona-workbench instead.
#
# The build runs in its own venv (build/packaging-venv; WORKBENCH_BUILD_VENV=PATH to choose
# another, e.g. an existing dev venv) where `pip install ".[packaging]"` puts the app's runtime
# dependencies and PyInstaller; nothing from the test tools ends up in the bundle.
# PYTHON=python3.12 chooses the interpreter that creates the venv (3.11 or newer).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

VENV=${WORKBENCH_BUILD_VENV:-$ROOT/build/packaging-venv}
if [ -x "$VENV/bin/python" ]; then
    PY=$VENV/bin/python
elif [ -x "$VENV/Scripts/python.exe" ]; then  # Windows (Git Bash)
    PY=$VENV/Scripts/python.exe
else
    echo "build.sh: creating the build venv $VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
    if [ -x "$VENV/bin/python" ]; then PY=$VENV/bin/python; else PY=$VENV/Scripts/python.exe; fi
fi

started=$(date +%s)

# Reinstalling refreshes the package metadata, which is where the bundle reads its version
# from. An editable dev install stays editable.
editable=()
if "$PY" -m pip show persona-workbench 2>/dev/null | grep -q '^Editable project location:'; then
    editable=(-e)
fi
echo "build.sh: pip install ${editable[*]:-}.[packaging] into $VENV"
"$PY" -m pip install --quiet --disable-pip-version-check "${editable[@]}" ".[packaging]"

if [ "${WORKBENCH_ONEFILE:-}" = "1" ]; then
    dist=$ROOT/dist/onefile  # beside, not over, the one-folder build of the same name
else
    dist=$ROOT/dist
fi
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$ROOT/build/pyinstaller" \
    "$ROOT/packaging/workbench.spec"

bundle=$dist/persona-workbench
[ -e "$bundle" ] || bundle=$dist/persona-workbench.exe
[ -d "$dist/Persona Workbench.app" ] && bundle="$dist/Persona Workbench.app"

size_mb=$(du -sk "$bundle" | awk '{printf "%.0f", $1 / 1024}')
echo "build.sh: built $bundle: ${size_mb} MB in $(( $(date +%s) - started )) s"
