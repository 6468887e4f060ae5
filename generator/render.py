"""Render stage: IR -> {relative path: text}.

The view builders (``views_models``, ``views_resources``, ``views_client``,
``views_tests``) turn the IR into typed views that say everything a template
prints, each piece of spec text already made safe by ``literals``; Jinja2
(``StrictUndefined``) lays the views out. This module keeps the Jinja
environment, its filters and the list of files. The runtime files under
``templates/runtime`` and the test harness are copied as they are.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterator
from typing import Any

import jinja2
from msgspec import Struct

from . import ir, readme, samples
from .config import Target
from .errors import GeneratorBug
from .fingerprint import TEMPLATES, compiled_templates
from .literals import docstring, pyrepr, toml_string
from .views_client import ClientView, client_view
from .views_models import models_view
from .views_resources import resource_view
from .views_tests import TestCases
from .views_webhooks import webhooks_view

RUNTIME_FILES = (
    "_auth.py",
    "_base_client.py",
    "_config.py",
    "_deprecation.py",
    "_encoding.py",
    "_exceptions.py",
    "_models.py",
    "_oauth.py",
    "_pagination.py",
    "_resource.py",
    "_signatures.py",
    "_streaming.py",
    "_types.py",
)
HARNESS_FILES = ("_conformance.py", "_schemas.py", "_servers.py")


def verbatim_files(target: Target) -> frozenset[str]:
    """The output files copied as they are from ``templates/``: black-clean
    and type-checked where they live, so never formatted again."""
    runtime = {f"{target.package}/{name}" for name in RUNTIME_FILES}
    return frozenset(runtime | {f"tests/{name}" for name in HARNESS_FILES})


class ResourceFiles(Struct, frozen=True):
    """A resource's module and test module, and what building its tests
    found: its README call arguments, the sampler's new warnings and given
    ways, the makers live mode calls (all plain data, to cross processes).
    From a worker or the last run's record, it holds no files."""

    index: int
    files: tuple[tuple[str, str], ...]
    readme_arguments: tuple[Any, ...]
    problems: tuple[tuple[str, str], ...]
    given_way: tuple[tuple[str, str], ...]
    makers: dict[str, dict[str, Any]]


class Renderer:
    """The files of one API's package and tests, rendered from its views."""

    def __init__(self, api: ir.Api, target: Target) -> None:
        self.api = api
        self.target = target
        self.tests = TestCases(api)
        self.client: ClientView = client_view(api, target)
        self.webhooks = webhooks_view(api, target)  # the webhooks module and the README's section
        self.calls: list[readme.Call] = []  # every operation's, for the README, as adopted
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(TEMPLATES)),
            bytecode_cache=_bytecode_cache(),
            **_OPTIONS,
        )
        self.env.filters.update(
            pyrepr=pyrepr,
            docstring=docstring,
            pyrepr_tuple=lambda v: pyrepr(tuple(v)),
            toml=toml_string,
            fence=readme.fence,
            markdown=readme.text,
        )

    @property
    def sampler(self) -> samples.Sampler:
        """The samples' maker, with the problems it met."""
        return self.tests.sampler

    def files(self) -> Iterator[tuple[str, str]]:
        """(path, text) of each file, the largest first."""
        self.calls = []
        yield self.models_file()
        yield from self.package_files()
        for index in range(len(self.api.resources)):
            rendered = self.resource_files(index)
            self.adopt(rendered)
            yield from rendered.files
        yield from self.other_files()

    def prepare(self) -> None:
        """Compiles the templates of a resource's files now, so that worker
        processes forked from this one each need not."""
        for name in ("package/resources/resource.py.j2", "tests/test_resource.py.j2"):
            self.env.get_template(name)

    def models_file(self) -> tuple[str, str]:
        return self.paths(None)[0], self.models_module()

    def paths(self, index: int | None) -> tuple[str, ...]:
        """The files of the resource at ``index`` (None: the models module)."""
        pkg = self.target.package
        if index is None:
            return (f"{pkg}/models.py",)
        resource = self.api.resources[index]
        return f"{pkg}/resources/{resource.name}.py", f"tests/{resource.test_module}.py"

    def resource_files(self, index: int) -> ResourceFiles:
        """The module and the test module of the resource at ``index``, and
        what building its tests found (``adopt`` it, in resource order, where
        the other files are rendered: they need it)."""
        resource = self.api.resources[index]
        sampler, makers = self.tests.sampler, self.tests.makers
        # What this resource's tests find, all of it, whatever was found before
        # (the resources may be built in another order, in other processes).
        problems, given_way = sampler.problems, sampler.given_way
        sampler.problems, sampler.given_way, self.tests.makers = {}, {}, {}
        try:
            module_text = self._render(
                "package/resources/resource.py.j2", resource=resource_view(self.api, resource)
            )
            module = self.tests.resource_module(resource)
            test_text = self._render("tests/test_resource.py.j2", module=module)
            module_path, test_path = self.paths(index)
            found = ResourceFiles(
                index,
                ((module_path, module_text), (test_path, test_text)),
                tuple(case.readme_arguments for case in module.cases),
                tuple(sampler.problems),
                tuple(sampler.given_way),
                self.tests.makers,
            )
        finally:
            problems.update(sampler.problems)
            given_way.update(sampler.given_way)
            makers.update(self.tests.makers)
            sampler.problems, sampler.given_way, self.tests.makers = problems, given_way, makers
        return found

    def adopt(self, rendered: ResourceFiles) -> None:
        """Takes in what building a resource's tests found, wherever that ran."""
        for problem in rendered.problems:
            self.tests.sampler.problems.setdefault(problem, None)
        for keyword in rendered.given_way:
            self.tests.sampler.given_way.setdefault(keyword, None)
        self.tests.makers.update(rendered.makers)
        resource = self.api.resources[rendered.index]
        self.calls += [
            readme.call_of(resource, op, arguments)
            for op, arguments in zip(resource.operations, rendered.readme_arguments)
        ]

    def package_files(self) -> Iterator[tuple[str, str]]:
        """The files that need nothing of the resources' rendering: the
        client, the package's other modules, the runtime, the test harness."""
        pkg = self.target.package
        for name in RUNTIME_FILES:
            yield f"{pkg}/{name}", (TEMPLATES / "runtime" / name).read_text(encoding="utf-8")
        for name in HARNESS_FILES:
            yield f"tests/{name}", (TEMPLATES / "tests" / name).read_text(encoding="utf-8")
        yield f"{pkg}/py.typed", ""
        single = {
            f"{pkg}/__init__.py": "package/__init__.py.j2",
            f"{pkg}/_client.py": "package/_client.py.j2",
            f"{pkg}/_version.py": "package/_version.py.j2",
            f"{pkg}/resources/__init__.py": "package/resources/__init__.py.j2",
            "pyproject.toml": "pyproject.toml.j2",
        }
        for path, template in single.items():
            yield path, self._render(template, client=self.client)
        if self.webhooks is not None:
            yield f"{pkg}/webhooks.py", self._render("package/webhooks.py.j2", view=self.webhooks)

    def other_files(self) -> Iterator[tuple[str, str]]:
        """The files rendered after every resource's (``adopt``-ed)."""
        retries = self.tests.retry_cases()
        if retries:
            yield "tests/test_retries.py", self._render("tests/test_retries.py.j2", cases=retries)
        if not self.api.resources:
            # No operation to test: the suite still checks the client starts.
            yield "tests/test_client.py", self._render(
                "tests/test_client.py.j2", client=self.client
            )
        conftest = self.tests.conftest(self.target.package, self.target.env_prefix)
        yield "tests/conftest.py", self._render("tests/conftest.py.j2", conftest=conftest)
        yield "README.md", self.readme(self.calls)

    def models_module(self) -> str:
        return self._render("package/models.py.j2", models=models_view(self.api))

    def readme(self, calls: list[readme.Call]) -> str:
        credentials = [
            readme.credential(c.name, c.what, c.kind, c.env) for c in self.client.credentials
        ]
        view = readme.build(
            self.api, self.target.package, calls, credentials, self.client.log_env, self.webhooks
        )
        return self._render("README.md.j2", readme=view)

    def _render(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except (jinja2.TemplateError, TypeError) as exc:
            raise GeneratorBug(f"{TEMPLATES / template}: rendering failed: {exc}") from exc


# How templates are read: compiled code depends on it.
_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "autoescape": False,
    "keep_trailing_newline": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
}


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    folder = compiled_templates()
    if folder is None:
        return None
    # Jinja checks a compiled template against its source; what else it was
    # compiled by (Python, Jinja, the options) names its file.
    compiler = repr((jinja2.__version__, sorted(_OPTIONS.items())))
    tag = hashlib.sha256(compiler.encode("utf-8")).hexdigest()[:12]
    pattern = f"%s.{sys.implementation.cache_tag}.{tag}.jinja"
    return jinja2.FileSystemBytecodeCache(str(folder), pattern)
