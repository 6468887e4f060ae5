"""Plain-Python modules that ship with the generated tests and that the
generator uses too, loaded from ``templates/tests`` so both run one copy."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


_schemas = _load("generator._shipped_schemas", TEMPLATES / "tests" / "_schemas.py")
SchemaChecker = _schemas.SchemaChecker
