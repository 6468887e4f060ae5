"""The project's own spec set and the committed output."""

from __future__ import annotations

import shutil
import sys

from conftest import ROOT
from generator.config import read_config
from generator.pipeline import generate, load_all
from generator.write import differences


def test_committed_generated_equals_a_fresh_regeneration():
    target = read_config(ROOT / "pyproject.toml")
    assert differences(target.out, generate(target)) == []


def test_check_names_a_hand_edited_file(cli, tmp_path):
    for name in ("pyproject.toml",):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(
        ROOT / "generated", tmp_path / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    status, out, _ = cli("check")
    assert status == 0 and "up to date" in out
    edited = tmp_path / "generated" / "twilio_flex" / "resources" / "plugins.py"
    edited.write_text(edited.read_text() + "\n# a hand edit\n")
    status, out, _ = cli("check")
    assert status == 0 and "twilio_flex/resources/plugins.py" in out  # a kept edit
    status, _, err = cli("check", "--strict")
    assert status == 1 and "changed: twilio_flex/resources/plugins.py (a hand edit)" in err


def test_project_spec_set_validates(cli, tmp_path):
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    status, out, _ = cli("validate")
    assert status == 0 and "valid (40 operations)" in out


SEED_SPEC = ROOT / "spec" / "flex.yaml"
PLUGIN_OPERATIONS = {
    "fetchPlugin", "updatePlugin", "archivePlugin",
    "createPluginVersion", "fetchPluginVersion", "listPluginVersions", "archivePluginVersion",
    "createPluginConfiguration", "fetchPluginConfiguration", "listPluginConfigurations", "archivePluginConfiguration",
    "listConfiguredPlugins", "fetchConfiguredPlugin",
    "createPluginRelease", "fetchPluginRelease", "listPluginReleases",
}  # fmt: skip


def operation_ids(data):
    return {
        op["operationId"]
        for item in data["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def test_composed_spec_has_the_seed_operations_and_the_plugin_api():
    from generator.load import load

    seed = operation_ids(load(SEED_SPEC).data)
    doc = load_all(read_config(ROOT / "pyproject.toml"))
    assert len(seed) == 24
    assert operation_ids(doc.data) == seed | PLUGIN_OPERATIONS
    assert doc.data["info"]["contact"]["email"] == "help@twilio.com"
    headers = [
        p
        for p in doc.data["paths"]["/PluginService/Plugins"]["get"]["parameters"]
        if p.get("in") == "header"
    ]
    assert [p["name"] for p in headers] == ["Flex-Metadata"]


def test_seed_spec_is_the_published_yaml_verbatim():
    seed_page = (ROOT.parent / "shared" / "seeds" / "004_c0e8a27b741e6249.txt").read_text(
        encoding="utf-8"
    )
    published = seed_page.split("twilio-flex-openapi.yml Raw", 1)[1].split("\n", 1)[1]
    assert SEED_SPEC.read_text(encoding="utf-8").rstrip("\n") == published.rstrip("\n")


def test_vendored_copy_works_under_another_name(tmp_path):
    """Relative imports only: the package runs under any name, with httpx alone."""
    from conftest import run_python

    shutil.copytree(
        ROOT / "generated" / "twilio_flex",
        tmp_path / "vendor" / "my_flex",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (tmp_path / "vendor" / "__init__.py").write_text("")
    code = (
        "import httpx, json\n"
        "from vendor.my_flex import Client\n"
        "def answer(request):\n"
        "    return httpx.Response(200, json={'sid': 'FO1', 'friendly_name': 'x', 'date_created': '2020-01-10T20:00:00Z'})\n"
        "client = Client(auth=('AC1', 'tok'), http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "flow = client.flex_flows.fetch('FO1')\n"
        "print(type(flow).__module__, flow.sid, flow.date_created.year)\n"
    )
    probe = run_python(code, tmp_path)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == ["vendor.my_flex.models", "FO1", "2020"]
    imports = [
        line
        for path in (tmp_path / "vendor" / "my_flex").rglob("*.py")
        for line in path.read_text().splitlines()
        if line.startswith(("import ", "from "))
    ]
    modules = {line.split()[1].split(".")[0] for line in imports if not line.startswith("from .")}
    assert modules - set(sys.stdlib_module_names) == {"httpx"}


def test_runtime_files_are_shipped_as_they_are():
    """The shared runtime is plain Python kept in templates/, copied unchanged."""
    from generator.render import HARNESS_FILES, RUNTIME_FILES

    for name in RUNTIME_FILES:
        assert (ROOT / "generated" / "twilio_flex" / name).read_bytes() == (
            ROOT / "templates" / "runtime" / name
        ).read_bytes(), name
    for name in HARNESS_FILES:
        assert (ROOT / "generated" / "tests" / name).read_bytes() == (
            ROOT / "templates" / "tests" / name
        ).read_bytes(), name


def test_every_plugins_api_operation_takes_the_flex_metadata_header():
    doc = load_all(read_config(ROOT / "pyproject.toml")).data
    for path, item in doc["paths"].items():
        if not path.startswith("/PluginService/"):
            continue
        for method, op in item.items():
            names = []
            for param in op.get("parameters", []):
                if "$ref" in param:
                    param = doc["components"]["parameters"][param["$ref"].rsplit("/", 1)[1]]
                if param["in"] == "header":
                    names.append(param["name"])
            assert names == ["Flex-Metadata"], f"{method.upper()} {path}: {names}"


def test_every_argument_of_the_flex_client_is_documented():
    """Each parameter and body field has a description, so each method's
    docstring documents every argument (Twilio's published spec has them all)."""
    from generator import naming
    from generator.build import build
    from generator.errors import Problems

    target = read_config(ROOT / "pyproject.toml")
    doc = load_all(target)
    api = naming.apply(build(doc, Problems(doc), target.settings))
    undocumented = [
        f"{op.operation_id}({p.name})"
        for resource in api.resources
        for op in resource.operations
        for p in op.parameters
        if not p.description
    ]
    count = sum(len(op.parameters) for r in api.resources for op in r.operations)
    assert count > 150 and undocumented == []


def _python(version: str) -> str:
    """A working interpreter of ``version``: pyenv's, else python3.X on PATH."""
    import subprocess

    import pytest

    candidates = []
    if shutil.which("pyenv"):
        bare = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True)
        for found in bare.stdout.split():
            if found.startswith(version + "."):
                prefix = subprocess.run(["pyenv", "prefix", found], capture_output=True, text=True)
                candidates.append(prefix.stdout.strip() + "/bin/python")
    candidates.append(shutil.which(f"python{version}") or "")
    for candidate in candidates:
        if candidate and subprocess.run([candidate, "-c", "pass"]).returncode == 0:
            return candidate
    pytest.skip(f"no Python {version} here")


def _make_folder(tmp_path):
    for name in ("Makefile", "pyproject.toml", "constraints.txt"):
        shutil.copy(ROOT / name, tmp_path / name)
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "python_ok.py", tmp_path / "scripts" / "python_ok.py")
    return tmp_path


def _venv_python(folder, python: str) -> None:
    """A .venv whose python is ``python``, installed as far as make knows."""
    bin_dir = folder / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").write_text(f'#!/bin/sh\nexec {python} "$@"\n')
    (bin_dir / "python").chmod(0o755)
    (folder / ".venv" / ".installed").touch()


def test_make_refuses_a_python_too_old_and_says_how_to_choose_one(tmp_path):
    import subprocess

    folder = _make_folder(tmp_path)
    run = subprocess.run(
        ["make", "venv", f"PYTHON={_python('3.10')}"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode != 0
    assert "needs 3.11 or newer" in run.stderr and "PYTHON=python3.11" in run.stderr
    assert not (folder / ".venv").exists()


def test_make_rebuilds_a_venv_made_by_an_unsupported_python(tmp_path):
    import subprocess

    folder = _make_folder(tmp_path)
    _venv_python(folder, _python("3.10"))
    planned = subprocess.run(
        ["make", "-n", "venv"], cwd=folder, capture_output=True, text=True, timeout=60
    )
    assert "making it again" in planned.stdout and "-m venv .venv" in planned.stdout
    assert not (folder / ".venv" / ".installed").exists()
    # A supported one is kept as it is.
    shutil.rmtree(folder / ".venv")
    _venv_python(folder, sys.executable)
    kept = subprocess.run(
        ["make", "-n", "venv"], cwd=folder, capture_output=True, text=True, timeout=60
    )
    assert "-m venv" not in kept.stdout and (folder / ".venv" / ".installed").exists()


def test_the_files_copied_into_every_client_compile_without_warnings():
    """They are copied as they are, so nothing checks them on the way."""
    import warnings

    for path in [
        *(ROOT / "templates" / "runtime").glob("*.py"),
        *(ROOT / "templates" / "tests").glob("*.py"),
    ]:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
