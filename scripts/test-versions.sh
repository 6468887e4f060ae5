#!/usr/bin/env bash
# Run the generated client's tests, and the runtime's, on every supported Python.
# Each version gets its own venv with only what the client and its tests need.
set -euo pipefail
cd "$(dirname "$0")/.."
versions=(3.10 3.11 3.12 3.13)
failed=()
find_python() {
    local v=$1 found candidate
    if command -v pyenv >/dev/null 2>&1; then
        found=$(pyenv versions --bare 2>/dev/null | grep -E "^$v\.[0-9]+$" | sort -V | tail -n 1 || true)
        if [ -n "$found" ]; then echo "$(pyenv prefix "$found")/bin/python"; return; fi
    fi
    candidate=$(command -v "python$v" 2>/dev/null || true)
    if [ -n "$candidate" ] && "$candidate" -c 'pass' >/dev/null 2>&1; then echo "$candidate"; fi
}
for v in "${versions[@]}"; do
    python=$(find_python "$v")
    if [ -z "$python" ] || [ ! -x "$python" ]; then
        echo "Python $v: no interpreter found (install it, e.g. 'pyenv install $v')" >&2
        failed+=("$v (missing)")
        continue
    fi
    venv=".venv-matrix/$v"
    if [ ! -f "$venv/.installed" ] || [ constraints-client.txt -nt "$venv/.installed" ]; then
        rm -rf "$venv"
        "$python" -m venv "$venv"
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -c constraints-client.txt httpx pytest jsonschema pyyaml
        touch "$venv/.installed"
    fi
    echo "== Python $("$venv/bin/python" -c 'import platform; print(platform.python_version())')"
    if "$venv/bin/python" -m pytest -q -p no:cacheprovider generated/tests \
        && FLEX_TEST_MODE=loopback "$venv/bin/python" -m pytest -q -p no:cacheprovider generated/tests \
        && "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/test_runtime.py tests/test_flex_client.py tests/test_client_safety.py tests/test_plugin_workflow.py; then
        :
    else
        failed+=("$v")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "failed on: ${failed[*]}" >&2
    exit 1
fi
echo "all of ${versions[*]} passed"
