#!/usr/bin/env bash
# Smoke test of the built desktop bundle: exit status 0 when every check passes.
#
#   packaging/smoke_test.sh              # builds with packaging/build.sh, then tests
#   SKIP_BUILD=1 packaging/smoke_test.sh # tests the bundle already in dist/
#
# 1. checks what is inside the bundle (resources, Qt plugins, metadata, nothing forbidden, size);
# 2. `persona-workbench --version` shows the version of pyproject.toml;
# 3. headless commands work in the built program (new, import a CSV, info, check);
# 4. the libraries the app loads lazily work frozen (packaging/workbench_bundle_check.py:
#    spreadsheets, clustering, themes, matplotlib and Qt PDF output, printing, images);
# 5. `persona-workbench gui --self-test DIR` (QT_QPA_PLATFORM=offscreen) opens the sample
#    project, writes its report and screenshot (and, as exports arrive, PDFs and more) and
#    exits 0; every file it wrote is checked (PDFs: readable, pages, text, fonts embedded).
#
# The program runs without the build venv: no PYTHONPATH/PYTHONHOME/VIRTUAL_ENV, from a temporary
# folder, with per-user folders in a temporary PERSONA_WORKBENCH_HOME.
#
# Environment: WORKBENCH_ONEFILE=1 (test the one-file build), WORKBENCH_SMOKE_OUT=DIR (keep the
# outputs there), WORKBENCH_MAX_BUNDLE_MB (default 560), WORKBENCH_SELF_TEST_TIMEOUT (seconds,
# default 600), CHECK_PYTHON (a Python with pypdf for the checks; default the repo's .venv).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
started=$(date +%s)

if [ "${SKIP_BUILD:-}" != "1" ]; then
    "$ROOT/packaging/build.sh"
fi
built=$(date +%s)

if [ "${WORKBENCH_ONEFILE:-}" = "1" ]; then
    bundle=$ROOT/dist/onefile/persona-workbench
    program=$bundle
    [ -f "$program" ] || { program=$ROOT/dist/onefile/persona-workbench.exe; bundle=$program; }
else
    bundle=$ROOT/dist/persona-workbench
    program=$bundle/persona-workbench
    [ -f "$program" ] || program=$bundle/persona-workbench-cli.exe
fi
if [ -d "$ROOT/dist/Persona Workbench.app" ] && [ "${WORKBENCH_ONEFILE:-}" != "1" ]; then
    bundle="$ROOT/dist/Persona Workbench.app"
    program="$bundle/Contents/MacOS/persona-workbench"
fi
if [ ! -f "$program" ]; then
    echo "smoke_test: no built program at $program (run packaging/build.sh)" >&2
    exit 1
fi

CHECK_PYTHON=${CHECK_PYTHON:-}
if [ -z "$CHECK_PYTHON" ]; then
    if [ -x "$ROOT/.venv/bin/python" ]; then CHECK_PYTHON=$ROOT/.venv/bin/python; else CHECK_PYTHON=python3; fi
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/workbench-smoke.XXXXXX")
out=${WORKBENCH_SMOKE_OUT:-$work/out}
mkdir -p "$out" "$work/home" "$work/run"
cleanup() { [ -n "${KEEP_SMOKE_TMP:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

if command -v timeout >/dev/null 2>&1; then
    limit=(timeout "${WORKBENCH_SELF_TEST_TIMEOUT:-600}")
else
    limit=()
fi
# The built program alone: nothing from the build environment may help it. Extra variables
# for one run go in the array RUN_ENV.
RUN_ENV=()
run() {
    (cd "$work/run" && env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV -u PYTHONSTARTUP \
        PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen PERSONA_WORKBENCH_HOME="$work/home" LANGUAGE=en \
        ${RUN_ENV[@]+"${RUN_ENV[@]}"} ${limit[@]+"${limit[@]}"} "$program" "$@")
}

echo "== bundle contents"
if [ "${WORKBENCH_ONEFILE:-}" != "1" ]; then
    "$CHECK_PYTHON" "$ROOT/packaging/check_bundle.py" bundle "$bundle" \
        --max-mb "${WORKBENCH_MAX_BUNDLE_MB:-560}" --pyz-toc "$ROOT/build/pyinstaller/workbench/PYZ-00.toc" \
        || fail "bundle contents"
else
    size_mb=$(du -sk "$bundle" | awk '{printf "%.0f", $1 / 1024}')
    echo "one-file program: ${size_mb} MB"
fi

echo "== version"
expected=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$ROOT/pyproject.toml" | head -1)
shown=$(run --version 2>&1) || fail "--version exited with $?"
echo "$shown"
[ "$shown" = "Persona Workbench $expected" ] || fail "--version shows '$shown', pyproject.toml says $expected"

echo "== headless commands"
printf 'customer_id;email;age;city;comment\n1;anna@example.com;34;Milano;Consegna rapida, però il reso è complicato\n2;bo@example.com;51;Torino;Great service — would buy again\n3;cy@example.com;27;Roma;日本語のコメントも大丈夫\n' \
    > "$work/run/customers.csv"
run new "$work/run/smoke.pwb" --name "Smoke test" || fail "new exited with $?"
run import "$work/run/smoke.pwb" "$work/run/customers.csv" --quiet || fail "import exited with $?"
run info "$work/run/smoke.pwb" || fail "info exited with $?"
run check "$work/run/smoke.pwb" || fail "check exited with $?"

echo "== clustering in the built program"
{
    echo "id,spend,visits,segment"
    for i in $(seq 1 90); do
        g=$((i % 3))
        echo "K$i,$((100 + g * 900 + i % 7)),$((2 + g * 5 + i % 2)),tier$g"
    done
} > "$work/run/crm.csv"
run import "$work/run/smoke.pwb" "$work/run/crm.csv" --quiet || fail "import of crm.csv exited with $?"
run personas "$work/run/smoke.pwb" --k 3 --quiet || fail "personas exited with $?"
run persona "$work/run/smoke.pwb" || fail "persona exited with $?"

echo "== linking, evidence search and a journey map in the built program"
{
    echo "customer_id,timestamp,channel,stage,score"
    for i in $(seq 1 90); do
        echo "K$i,2026-03-0$((1 + i % 5)) 10:00:00,web,problem discovery,4"
        echo "K$i,2026-03-0$((2 + i % 5)) 12:00:00,call centre,development and resolution,$((1 + i % 5))"
    done
} > "$work/run/events.csv"
run import "$work/run/smoke.pwb" "$work/run/events.csv" --quiet || fail "import of events.csv exited with $?"
run link "$work/run/smoke.pwb" --quiet || fail "link exited with $?"
run link "$work/run/smoke.pwb" --fuzzy crm.csv:segment --threshold 95 --quiet \
    || fail "fuzzy link exited with $?"
run search "$work/run/smoke.pwb" "tier" || fail "search exited with $?"
run journey "$work/run/smoke.pwb" --persona 1 --quiet || fail "journey exited with $?"
run export "$work/run/smoke.pwb" --journey 1 --pdf "$work/run/journey.pdf" \
    || fail "journey export exited with $?"
[ -s "$work/run/journey.pdf" ] || fail "no journey PDF"

echo "== libraries the app loads lazily, inside the bundle (spreadsheets, clustering, charts, PDF, print)"
RUN_ENV=(PERSONA_WORKBENCH_BUNDLE_CHECK="$work/bundle-check")
run || fail "the bundle check exited with $?"
RUN_ENV=()
"$CHECK_PYTHON" "$ROOT/packaging/check_bundle.py" outputs "$work/bundle-check" --report bundle-check.txt \
    || fail "bundle check outputs"

echo "== self-test (opens the sample project headless)"
self_test_started=$(date +%s)
status=0
run gui --self-test "$out" || status=$?
echo "self-test exit status $status after $(( $(date +%s) - self_test_started )) s; it wrote:"
ls -l "$out"
[ "$status" = "0" ] || fail "the self-test exited with status $status"
"$CHECK_PYTHON" "$ROOT/packaging/check_bundle.py" outputs "$out" --report self-test.txt \
    --require self-test-window.png --require personas.pdf || fail "self-test outputs"

if [ "$failures" != "0" ]; then
    log=$work/home/logs/workbench.log
    if [ -f "$log" ]; then
        echo "== the app's log ($log)" >&2
        tail -n 60 "$log" >&2
    fi
    echo "smoke test FAILED ($failures problem(s)); build $((built - started)) s, tests $(( $(date +%s) - built )) s" >&2
    exit 1
fi
echo "smoke test passed; build $((built - started)) s, tests $(( $(date +%s) - built )) s"
