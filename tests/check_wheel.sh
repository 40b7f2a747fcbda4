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

# The package says it runs on Python 3.11 and later (requires-python): the wheel on each
# newer CPython this machine has, installed with the dependencies pip picks for it (numpy
# 2.5 for 3.12+, where 3.11 gets 2.4), must give the very report.json of the venv above.
# An interpreter is looked for on PATH, then among pyenv's versions (whose shims run only
# the version pyenv has selected).
interpreter() {
    if "$1" -c "" >/dev/null 2>&1; then command -v "$1"; return; fi
    if command -v pyenv >/dev/null 2>&1; then
        for found in "$(pyenv root)"/versions/"${1#python}".*/bin/"$1"; do
            if [ -x "$found" ] && "$found" -c "" >/dev/null 2>&1; then echo "$found"; return; fi
        done
    fi
}
for name in python3.12 python3.13 python3.14; do
    newer=$(interpreter "$name")
    if [ -z "$newer" ]; then
        echo "wheel-check: $name not found on this machine; the wheel not tried on it"
        continue
    fi
    echo "wheel-check: the wheel on $("$newer" --version 2>&1)"
    "$newer" -m venv "$WORK/venv-$name"
    "$WORK/venv-$name/bin/python" -m pip install --quiet "$wheel"
    (
        cd "$WORK"
        set +e
        "venv-$name/bin/crosscheck" check "$seeds" --out "reports-$name" --format json -q
        rc=$?
        set -e
        if [ "$rc" -gt 1 ]; then echo "wheel-check: crosscheck on $name exited $rc"; exit 1; fi
        cmp "reports-$name/report.json" reports/report.json \
            || { echo "wheel-check: report.json on $name differs from $PYTHON's"; exit 1; }
    )
done

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
