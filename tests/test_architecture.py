"""The rules the code's structure keeps: modules import one way, and kinds
are types mypy checks, not bare strings."""

from __future__ import annotations

import ast
import json
import typing
from pathlib import Path

import pytest

from conftest import ROOT, minimal_spec, run_python
from generator import errors, ir


def imports(folder: Path) -> dict[str, set[str]]:
    """Each module of ``folder`` and the sibling modules it imports, at any
    level of the file (under TYPE_CHECKING and inside functions too)."""
    found: dict[str, set[str]] = {}
    modules = {p.stem for p in folder.glob("*.py")}
    for path in folder.glob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    names.add(node.module.split(".")[0])
                else:
                    names |= {alias.name for alias in node.names}
        found[path.stem] = names & modules
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every module that can reach itself, with the way round."""
    found = []
    for start in sorted(graph):
        stack = [(start, [start])]
        seen: set[str] = set()
        while stack:
            module, path = stack.pop()
            for target in sorted(graph.get(module, ())):
                if target == start:
                    found.append(path + [start])
                elif target not in seen:
                    seen.add(target)
                    stack.append((target, path + [target]))
    return found


@pytest.mark.parametrize("folder", ["generator", "templates/runtime"])
def test_no_module_imports_itself_round_a_cycle(folder):
    assert cycles(imports(ROOT / folder)) == []


def test_the_checker_finds_a_cycle_when_there_is_one(tmp_path):
    (tmp_path / "a.py").write_text("from .b import x\n")
    (tmp_path / "b.py").write_text("def f():\n    from . import a\n")
    assert cycles(imports(tmp_path)) == [["a", "b", "a"], ["b", "a", "b"]]


def test_the_runtime_is_layered_one_way():
    graph = imports(ROOT / "templates" / "runtime")
    assert "_base_client" in graph["_pagination"]
    assert "_pagination" not in graph["_base_client"]
    # The shared small types depend on nothing else of the runtime.
    assert graph["_types"] == set()


def test_problems_locate_through_a_protocol_not_the_loader():
    assert "load" not in imports(ROOT / "generator")["errors"]
    assert errors.Locator is not None and errors.Located is not None


KINDS = [
    (ir.Scalar, "kind", ir.ScalarKind),
    (ir.Model, "role", ir.Role),
    (ir.Parameter, "location", ir.Location),
    (ir.Body, "kind", ir.BodyKind),
    (ir.Response, "kind", ir.AnswerKind),
    (ir.Pagination, "profile", ir.Profile),
    (ir.SecurityScheme, "kind", ir.SchemeKind),
    (errors.Problem, "severity", errors.Severity),
]


@pytest.mark.parametrize(("cls", "name", "kind"), KINDS, ids=lambda v: getattr(v, "__name__", v))
def test_kinds_in_the_ir_are_literal_types(cls, name, kind):
    hints = typing.get_type_hints(cls, vars(ir) | vars(errors))
    assert hints[name] == kind and typing.get_origin(kind) is typing.Literal


def test_the_runtime_names_its_page_profiles_and_styles_as_the_generator_does():
    runtime = (ROOT / "templates" / "runtime" / "_types.py").read_text(encoding="utf-8")
    tree = ast.parse(runtime)
    aliases = {
        node.targets[0].id: ast.literal_eval(node.value.slice)
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Subscript)
        and getattr(node.value.value, "id", "") == "Literal"
    }
    assert set(aliases["PageProfile"]) == set(typing.get_args(ir.Profile))
    assert {"form", "simple", "deepObject"} <= set(aliases["ParameterStyle"])


def test_the_api_diff_needs_neither_jinja_nor_the_renderer():
    """Signatures are decided once (generator/signatures.py): the renderer
    prints them, apidiff compares them without loading the renderer."""
    probe = run_python(
        "import sys, generator.apidiff\n"
        "print(sorted(m for m in ('jinja2', 'generator.render', 'black') if m in sys.modules))",
        ROOT,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"
    assert "render" not in imports(ROOT / "generator")["apidiff"]
    # It compares the type model's terms; it never parses annotation text again.
    source = (ROOT / "generator" / "apidiff.py").read_text(encoding="utf-8")
    assert "import ast" not in source and "ast.parse" not in source


def test_a_run_imports_only_what_it_needs(tmp_path):
    """What a run from a JSON spec imports in this process: no YAML reader,
    no importlib.metadata (versions come from the .dist-info folders), no
    schema validator (validation is forked). Each costs 7 to 10 ms a run. A
    run with nothing to do loads only the modules that find it out: not the
    IR, nor the stages that build and render it (60 ms of imports)."""
    spec = tmp_path / "spec.json"
    spec.write_text(
        json.dumps(minimal_spec(**{"/a": {"get": {"responses": {"204": {"description": "ok"}}}}}))
    )
    probe = run_python(
        "import sys\n"
        "from generator.cli import main\n"
        f"status = main(['generate', {str(spec)!r}, '--out', 'out', '--package', 'a_client'])\n"
        "print(status, sorted(m for m in ('yaml', 'importlib.metadata', 'jsonschema_rs')"
        " if m in sys.modules))",
        tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.splitlines()[-1] == "0 []"

    # Run again, with nothing to do: it reads the manifest, not the spec's IR.
    probe = run_python(
        "import sys\n"
        "from generator.cli import main\n"
        f"status = main(['generate', {str(spec)!r}, '--out', 'out', '--package', 'a_client'])\n"
        "print(status, sorted(m for m in sys.modules if m.startswith('generator.')))",
        tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    assert "up to date, nothing written" in probe.stdout
    modules = "['generator.cli', 'generator.config', 'generator.errors', 'generator.fingerprint', "
    modules += "'generator.interrupts', 'generator.memo', 'generator.refs', 'generator.selection']"
    assert probe.stdout.splitlines()[-1] == f"0 {modules}"


def test_templates_print_annotations_and_decide_none():
    """Annotations come whole from the type model and signatures.py: no
    template appends ``| None``, wraps ``Required[...]`` or a pager, or
    rewrites one type into another."""
    for template in (ROOT / "templates" / "package").rglob("*.j2"):
        text = template.read_text(encoding="utf-8")
        for tell in ('endswith("| None")', '"Required["', '~ "[" ~', '.replace("Stream['):
            assert tell not in text, f"{template.name}: {tell}"


def test_generated_methods_call_the_resource_seam_not_the_client_internals():
    graph = imports(ROOT / "templates" / "runtime")
    assert "_base_client" in graph["_resource"] and "_resource" not in graph["_base_client"]
    for module in (ROOT / "generated" / "twilio_flex" / "resources").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "_client._request" not in text, module.name
        if module.stem != "__init__":
            assert "(SyncAPIResource):" in text and "(AsyncAPIResource):" in text


def _flex_views() -> tuple[object, object]:
    """The renderer of the Flex spec, and its IR."""
    import os

    from generator import pipeline
    from generator.config import read_config
    from generator.render import Renderer

    os.chdir(ROOT)  # the configuration's paths are the project's
    target = read_config(ROOT / "pyproject.toml")
    doc = pipeline.load_composed(target)
    api = pipeline.client_api(target, doc, report=None)
    return Renderer(api, target), api


def test_templates_are_given_views_not_callbacks():
    """The renderer hands Jinja typed views; it adds no global, so no template
    calls back into the generator or reads the IR by itself."""
    import jinja2

    renderer, _ = _flex_views()
    assert set(renderer.env.globals) == set(jinja2.Environment().globals)
    files = dict(renderer.files())
    assert files["twilio_flex/_client.py"].startswith('"""The synchronous')


def test_view_builders_are_pure_functions_of_the_ir():
    """The same IR gives equal views, and building them changes nothing."""
    import copy

    import msgspec

    from generator.views_client import client_view
    from generator.views_models import models_view
    from generator.views_resources import resource_view

    renderer, api = _flex_views()
    before = copy.deepcopy(api)
    target = renderer.target
    assert models_view(api) == models_view(api)
    assert client_view(api, target) == client_view(api, target)
    for resource in api.resources:
        first = resource_view(api, resource)
        assert first == resource_view(api, resource)
        assert isinstance(first, msgspec.Struct) and first.import_lines
    assert api == before


def test_the_renderer_keeps_the_environment_and_the_file_list_only():
    """Views are built in the views_* modules; render.py stays small."""
    source = (ROOT / "generator" / "render.py").read_text(encoding="utf-8")
    assert len(source.splitlines()) < 250
    graph = imports(ROOT / "generator")
    for module in ("views_models", "views_resources", "views_client", "views_tests"):
        assert "render" not in graph[module] and module in graph["render"]
        assert "jinja2" not in (ROOT / "generator" / f"{module}.py").read_text(encoding="utf-8")


STAGES = ("load", "compose", "validate", "build", "naming", "render", "format", "write")


def test_each_stage_says_what_it_takes_and_gives():
    """Every module documents itself; each pipeline stage says "takes -> gives",
    and the package docstring lists them all."""
    package = ast.get_docstring(ast.parse((ROOT / "generator" / "__init__.py").read_text()))
    assert package is not None
    for path in sorted((ROOT / "generator").glob("*.py")):
        text = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert text or path.stem == "__main__", f"{path.name} has no docstring"
        if path.stem in STAGES:
            assert text is not None and "->" in text.split("\n\n")[0], path.name
            assert f"{path.stem}.py" in package, path.name


def test_every_flex_module_is_laid_out_without_black():
    """Black runs only on a file holding a line in a shape ``layout`` does not
    know; every module of the Flex client and its tests is in known shapes,
    so none of them costs black's import and run."""
    from generator import format as formatting
    from generator.render import verbatim_files

    renderer, _ = _flex_views()
    verbatim = verbatim_files(renderer.target)  # type: ignore[attr-defined]
    checked = 0
    for path, text in renderer.files():  # type: ignore[attr-defined]
        if path.endswith(".py") and path not in verbatim:
            laid_out, error = formatting._check_and_lay_out(path, text)
            assert error == "" and laid_out is not None, path
            checked += 1
    assert checked > 20


def test_resources_rendered_in_worker_processes_give_what_one_process_gives(tmp_path):
    """Each resource's files are rendered and formatted in worker processes,
    largest first; the files, and the warnings in their order, are the same
    as one process rendering them in order gives."""
    import json

    from generator import pipeline
    from generator.cli import _parser, _target
    from generator.format import Formatter, format_one
    from generator.render import Renderer

    def answer(example: object) -> dict[str, object]:
        schema = {"type": "object", "properties": {"n": {"type": "integer", "example": example}}}
        return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}

    # Every resource reads the shared schema, whose example does not fit: its
    # warning comes first, as the first resource meets it, though the
    # largest resource is built first, maybe in another process.
    shared = {"200": {"description": "ok", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/Shared"}}}}}  # fmt: skip
    paths = {}
    for index, tag in enumerate(["small", "large", "other", "last"]):
        for count in range(1 + 6 * (tag == "large")):
            paths[f"/{tag}/{count}"] = {
                "get": {
                    "tags": [tag],
                    "operationId": f"get{tag.title()}{count}",
                    "responses": shared if count in (0, 6) else answer(f"not a number {index}"),
                }
            }
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps({"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
                                    "servers": [{"url": "https://api.example.com"}],
                                    "paths": paths,
                                    "components": {"schemas": {"Shared": answer("shared")["200"][
                                        "content"]["application/json"]["schema"]}}}),
                    encoding="utf-8")  # fmt: skip
    parser = _parser()
    target = _target(
        parser.parse_args(["generate", str(spec), "--out", str(tmp_path / "o"), "--package", "p"]),
        parser,
    )
    doc = pipeline.load_composed(target)
    api = pipeline.client_api(target, doc, report=None)

    alone = Renderer(api, target)
    expected = {path: format_one((path, text))[1] or text for path, text in alone.files()}
    expected_warnings = [message for _, message in alone.sampler.problems]

    formatter = Formatter(workers=2)
    warnings: list[str] = []
    pipeline.render_and_format(
        target, doc, api, formatter, report=lambda p: warnings.append(p.message)
    )
    formatted = formatter.finish()
    assert formatter.pool is None and formatter.started  # the workers did the resources
    assert pipeline.COMPOSED_SPEC not in formatted  # copied, not formatted
    verbatim = pipeline.verbatim_files(target)
    assert {p: t for p, t in formatted.items() if p not in verbatim} == {
        p: t for p, t in expected.items() if p not in verbatim
    }
    assert len(expected_warnings) > 3 and warnings == expected_warnings

    # Whatever order they are built in, each resource reports all it finds.
    backwards = Renderer(api, target)
    built = {i: backwards.resource_files(i) for i in reversed(range(len(api.resources)))}
    merged: dict[tuple[str, str], None] = {}
    for index in range(len(api.resources)):
        merged.update(dict.fromkeys(built[index].problems))
    assert [message for _, message in merged] == expected_warnings


def test_the_formatter_finishes_with_jobs_not_asked_for():
    """Its answers taken or not, finish() waits for every job and file the
    workers were given, and stops them."""
    from generator.format import Formatter

    import time

    def job(shared: object, index: int) -> int:
        time.sleep(0.2 if index else 0)  # the others are still at work when the first is in
        return index * 10

    formatter = Formatter(workers=2)
    formatter.add("a.py", "x = 1\n")
    jobs = formatter.run(job, [0, 1, 2, 3], None)
    assert formatter.pool is not None and next(jobs) == 0  # the others are not asked for
    assert formatter.pool.unanswered
    assert formatter.finish() == {"a.py": "x = 1\n"} and formatter.pool is None
