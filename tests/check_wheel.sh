#!/usr/bin/env bash
# `make wheel-check`: crosscheck as users install it, not the editable install of .venv.
# Builds the sdist and, from it, the wheel; installs the wheel into a fresh venv; runs
# `crosscheck check seeds/` from outside the source tree (so nothing is imported from src/
# and no configuration of this repository applies); then runs the pre-commit hook
# definition (.pre-commit-hooks.yaml) on the seeds with `pre-commit try-repo`, which
# installs the package the way a user's pre-commit does.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
BIN=.venv/bin
WORK=build/wheel-check
rm -rf "$WORK" dist
mkdir -p "$WORK"

echo "wheel-check: building sdist and wheel"
"$BIN/python" -m build --outdir dist . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
wheel=$(ls dist/crosscheck-*.whl)
ls dist/crosscheck-*.tar.gz >/dev/null

echo "wheel-check: installing $wheel into a fresh venv"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "$wheel"

echo "wheel-check: crosscheck check seeds/ with the installed wheel"
seeds=$(pwd)/seeds
(
    cd "$WORK"
    # the package must come from the venv, and every subpackage must be in the wheel
    venv/bin/python - <<'EOF'
import pkgutil, sys
import crosscheck
assert "/wheel-check/venv/" in crosscheck.__file__, crosscheck.__file__
mods = {m.name for m in pkgutil.walk_packages(crosscheck.__path__, "crosscheck.")}
for name in ("crosscheck.match", "crosscheck.rules", "crosscheck.ingest", "crosscheck.extract",
             "crosscheck.report"):
    assert name in mods, f"{name} missing from the wheel"
# the version is written once, in crosscheck/__init__.py; the build reads it from there
from importlib.metadata import version
assert version("crosscheck") == crosscheck.__version__, (version("crosscheck"), crosscheck.__version__)
EOF
    set +e
    venv/bin/crosscheck check "$seeds" --out reports --format html,json,sarif,junit,text
    rc=$?
    set -e
    if [ "$rc" -gt 1 ]; then echo "wheel-check: crosscheck exited $rc"; exit 1; fi
    for f in report.html report.json report.sarif report.junit.xml; do
        test -s "reports/$f" || { echo "wheel-check: reports/$f missing"; exit 1; }
    done
    venv/bin/python -c "import json; r = json.load(open('reports/report.json')); \
assert r['summary']['documents'] == 2 and r['summary']['claims'] > 0, r['summary']; \
assert any(f.startswith('crosscheck:') for f in r['rule_files']), 'shipped rules missing'"
)

echo "wheel-check: the pre-commit hook on the seeds (pre-commit try-repo)"
# In a scratch repository holding only the seeds, as a user's repository would: pre-commit
# fails a hook when tracked files change while it runs, which in a working tree others
# are editing says nothing about the hook.
repo=$(pwd)
export PRE_COMMIT_HOME=$repo/$WORK/pre-commit-home
mkdir -p "$WORK/hook-repo"
cp -r seeds "$WORK/hook-repo/"
(
    cd "$WORK/hook-repo"
    git init -q .
    git add seeds
    git -c user.name=wheel-check -c user.email=wheel-check@invalid commit -q -m seeds
    "$repo/$BIN/pre-commit" try-repo "$repo" crosscheck --files seeds/*.txt
)
echo "wheel-check: ok"
