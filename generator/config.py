"""Settings: ``[tool.generator]`` in pyproject.toml (the project's own spec
set) and the command line -> one ``Target``, everything a run needs: the
spec, overlays and fragments, the package, its version, where credentials
and settings come from, and which operations are generated."""

from __future__ import annotations

import keyword
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

from msgspec import Struct

from .errors import Problem, SpecError
from .selection import Selection

# The signature schemes of webhooks the client can check ("": none).
WEBHOOK_SIGNATURES = ("", "twilio", "standard-webhooks")


class Setting(Struct, frozen=True):
    """A client-level value operations can default to (``x-client-default``)."""

    name: str
    env: str = ""
    from_username: str = ""
    description: str = ""


class Target(Struct, frozen=True):
    """Everything one generation needs."""

    spec: Path
    overlays: tuple[Path, ...] = ()
    fragments: tuple[Path, ...] = ()
    package: str = "client"
    out: Path = Path("generated")
    version: str = "0.1.0"
    auth_env: tuple[str, str] | None = None
    env_prefix: str = "API"
    # Client-level values operations default to (x-client-default: NAME).
    settings: tuple[Setting, ...] = ()
    # The response header carrying the API's id for a call.
    request_id_header: str = "x-request-id"
    # Environment variables the client reads a bearer token and API keys from
    # (by scheme name, or "api_key" for the API's only key) when not given.
    token_env: str = ""
    api_key_env: tuple[tuple[str, str], ...] = ()
    # OAuth 2 client credentials: the variables of client_id and client_secret.
    client_id_env: str = ""
    client_secret_env: str = ""
    # How the requests the API sends are signed: "twilio", "standard-webhooks" or "".
    webhook_signature: str = ""
    # How lists page when the spec does not say (as x-pagination would).
    pagination: Any = None
    # The header that carries an idempotency key, where an operation declares it.
    idempotency_header: str = "Idempotency-Key"
    # Only these operations (and the schemas they reach) are generated.
    selection: Selection = Selection()


def _names(value: Any, key: str) -> tuple[str, ...]:
    """A list of names in [tool.generator]; TypeError (a malformed
    section) for anything else."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(f"{key} must be a list of strings")
    return tuple(value)


def valid_package(name: str) -> bool:
    return (
        bool(re.fullmatch(r"[a-z_][a-z0-9_]*", name))
        and not keyword.iskeyword(name)
        and len(name) <= 64
    )


# Modules a generated package and its tests import, besides the standard
# library's: httpx and what it needs, pytest and what it needs, the tests'
# own harness. A package of one of these names would hide it.
TAKEN_MODULES = frozenset(
    {
        "httpx", "httpcore", "h11", "h2", "anyio", "sniffio", "certifi", "idna",
        "exceptiongroup", "typing_extensions", "socksio", "brotli", "zstandard",
        "pytest", "_pytest", "pluggy", "iniconfig", "packaging", "py", "tomli", "pygments",
        "colorama", "jsonschema", "jsonschema_specifications", "referencing", "rpds", "attrs",
        "tests", "test", "conftest", "_conformance", "_schemas", "_servers",
    }
)  # fmt: skip


def package_problem(name: str) -> str:
    """Why ``name`` cannot be a generated package's name; "" when it can."""
    if not valid_package(name):
        return (
            f"package {name!r} is not a valid package name "
            "(lower case letters, digits and _, at most 64)"
        )
    if name in sys.stdlib_module_names or name in TAKEN_MODULES or name.startswith("test_"):
        return (
            f"package {name!r} would hide the module of that name that the client or its "
            "tests import (the standard library, httpx, pytest or the test harness): "
            "choose another name"
        )
    return ""


def read_config(pyproject: Path) -> Target:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SpecError(
            [Problem(str(pyproject), f"cannot read the configuration: {exc}")]
        ) from None
    section = data.get("tool", {}).get("generator")
    if not isinstance(section, dict) or "spec" not in section:
        raise SpecError(
            [
                Problem(
                    str(pyproject),
                    "no [tool.generator] section with a 'spec' key: pass SPEC, --out and --package",
                )
            ]
        )
    base = pyproject.parent
    try:
        auth_env = section.get("auth_env")
        target = Target(
            spec=base / section["spec"],
            overlays=tuple(base / p for p in section.get("overlays", [])),
            fragments=tuple(base / p for p in section.get("fragments", [])),
            package=str(section.get("package", "client")),
            out=base / section.get("out", "generated"),
            version=str(section.get("version", "0.1.0")),
            auth_env=(str(auth_env[0]), str(auth_env[1])) if auth_env else None,
            env_prefix=str(section.get("env_prefix", "API")),
            settings=tuple(
                Setting(
                    name=str(name),
                    env=str(values.get("env", "")),
                    from_username=str(values.get("from_username", "")),
                    description=str(values.get("description", "")),
                )
                for name, values in (section.get("settings") or {}).items()
            ),
            request_id_header=str(section.get("request_id_header", "x-request-id")),
            token_env=str(section.get("token_env", "")),
            client_id_env=str(section.get("client_id_env", "")),
            client_secret_env=str(section.get("client_secret_env", "")),
            webhook_signature=str(section.get("webhook_signature", "")),
            api_key_env=tuple(
                (str(k), str(v)) for k, v in (section.get("api_key_env") or {}).items()
            ),
            pagination=dict(section["pagination"]) if "pagination" in section else None,
            idempotency_header=str(section.get("idempotency_header", "Idempotency-Key")),
            selection=Selection(
                *(
                    _names(section.get(key), key)
                    for key in (
                        "include_tags",
                        "exclude_tags",
                        "include_operations",
                        "exclude_operations",
                    )
                )
            ),
        )
    except (TypeError, IndexError, KeyError, AttributeError) as exc:
        raise SpecError(
            [Problem(str(pyproject), f"[tool.generator] is malformed: {exc}")]
        ) from None
    names = [target.env_prefix, *(target.auth_env or ())]
    names += [s.env for s in target.settings if s.env]
    names += [target.token_env] if target.token_env else []
    names += [env for _, env in target.api_key_env]
    names += [env for env in (target.client_id_env, target.client_secret_env) if env]
    if target.webhook_signature not in WEBHOOK_SIGNATURES:
        raise SpecError(
            [
                Problem(
                    str(pyproject),
                    f"[tool.generator] webhook_signature {target.webhook_signature!r} is not one of "
                    + ", ".join(s for s in WEBHOOK_SIGNATURES if s),
                )
            ]
        )
    if bool(target.client_id_env) != bool(target.client_secret_env):
        raise SpecError(
            [
                Problem(
                    str(pyproject),
                    "[tool.generator] client_id_env and client_secret_env go together",
                )
            ]
        )
    if not all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) for name in names):
        raise SpecError(
            [
                Problem(
                    str(pyproject),
                    "[tool.generator] env_prefix, auth_env and settings' env must be environment variable names",
                )
            ]
        )
    problems = [
        Problem(str(pyproject), f"[tool.generator.settings] {s.name!r} is not a Python identifier")
        for s in target.settings
        if not valid_package(s.name)
    ]
    for s in target.settings:
        try:
            re.compile(s.from_username)
        except re.error as exc:
            problems.append(
                Problem(str(pyproject), f"[tool.generator.settings.{s.name}] from_username: {exc}")
            )
    for key in ("request_id_header", "idempotency_header"):
        if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", getattr(target, key)):
            problems.append(Problem(str(pyproject), f"[tool.generator] {key} is not a header name"))
    if problems:
        raise SpecError(problems)
    problem = package_problem(target.package)
    if problem:
        raise SpecError([Problem(str(pyproject), f"[tool.generator] {problem}")])
    return target
