"""python -m generator: generate | validate | check | diff.

Exit status: 0 success, 1 the input is wrong (each problem on a line of its
own, naming the file, line or JSON pointer), 2 usage error, 3 ``diff
--fail-on-breaking`` found a breaking change, 70 a bug of the generator
(an internal error: please report it), 120 what it printed could not be
written (its reader left: ``| head``), as Python's own status for that,
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import signal
import sys
import traceback
from pathlib import Path
from typing import Any, NoReturn

from msgspec.structs import replace

from .config import WEBHOOK_SIGNATURES, Target, package_problem, read_config
from .errors import GeneratorBug, Problem, SpecError
from .fingerprint import fingerprint, kept_in, up_to_date
from .interrupts import held
from .selection import Selection

USAGE_ERROR = 2
INTERNAL_ERROR = 70  # EX_SOFTWARE: the generator's own bug, never the input's
READER_GONE = 120  # what Python itself exits with when its output cannot be flushed
INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl-C


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate a typed httpx client and its tests from an OpenAPI 3.0/3.1 spec.",
    )
    parser.add_argument(
        "--config",
        default="pyproject.toml",
        help="the pyproject.toml holding [tool.generator] (default: %(default)s)",
    )
    commands = parser.add_subparsers(dest="command", required=True)

    def spec_arguments(command: argparse.ArgumentParser) -> None:
        command.add_argument(
            "spec",
            nargs="?",
            help="the OpenAPI file (YAML or JSON); default: the configured spec set",
        )
        command.add_argument(
            "--overlay",
            action="append",
            default=[],
            metavar="FILE",
            help="an Overlay 1.0 file to apply (repeatable)",
        )
        command.add_argument(
            "--fragment",
            action="append",
            default=[],
            metavar="FILE",
            help="a partial OpenAPI file to merge in (repeatable)",
        )

    def generation_arguments(command: argparse.ArgumentParser) -> None:
        spec_arguments(command)
        command.add_argument("--out", help="output directory")
        command.add_argument("--package", help="package name (a Python identifier)")
        command.add_argument(
            "--auth-env",
            nargs=2,
            metavar=("USER_VAR", "PASSWORD_VAR"),
            help="environment variables the client reads credentials from when auth= is not given",
        )
        command.add_argument(
            "--token-env",
            metavar="VAR",
            help="environment variable the client reads a bearer token from when token= is not given",
        )
        command.add_argument(
            "--client-id-env",
            metavar="VAR",
            help="environment variable the client reads an OAuth 2 client id from when client_id= is not given",
        )
        command.add_argument(
            "--client-secret-env",
            metavar="VAR",
            help="environment variable the client reads an OAuth 2 client secret from when client_secret= is not given",
        )
        command.add_argument(
            "--webhook-signature",
            choices=[s for s in WEBHOOK_SIGNATURES if s],
            help="how the requests the API sends to your server are signed: the client's "
            "webhooks.validate checks it",
        )
        command.add_argument(
            "--api-key-env",
            action="append",
            default=[],
            metavar="[SCHEME=]VAR",
            help="environment variable the client reads an API key from (repeatable, per scheme)",
        )
        command.add_argument(
            "--idempotency-header",
            default="Idempotency-Key",
            metavar="NAME",
            help="the header parameter that carries an idempotency key (default: %(default)s)",
        )
        for option, what in (
            ("--include-tag", "generate only the operations with this tag"),
            ("--exclude-tag", "leave out the operations with this tag"),
            ("--include-operation", "generate only this operation (its operationId)"),
            ("--exclude-operation", "leave out this operation (its operationId)"),
        ):
            command.add_argument(
                option,
                action="append",
                default=[],
                metavar="TAG" if option.endswith("tag") else "ID",
                help=f"{what}; repeatable, and with the others (schemas follow the operations)",
            )
        command.add_argument(
            "--env-prefix",
            default="API",
            help="prefix of the generated tests' settings: PREFIX_TEST_MODE, PREFIX_BASE_URL (default: %(default)s)",
        )

    generate_cmd = commands.add_parser(
        "generate", help="write the client package, its tests and pyproject.toml"
    )
    generation_arguments(generate_cmd)
    generate_cmd.add_argument(
        "--pristine",
        action="append",
        default=[],
        metavar="FILE",
        help="write FILE (a path in the output folder) as generated, dropping its hand edit "
        "(repeatable)",
    )
    edits_cmd = commands.add_parser(
        "edits", help="print the hand edits kept in the output folder, as one patch"
    )
    edits_cmd.add_argument("--out", help="the output folder (default: the configured one)")
    validate_cmd = commands.add_parser("validate", help="load, compose and validate the spec set")
    spec_arguments(validate_cmd)
    validate_cmd.add_argument(
        "--strict",
        action="store_true",
        help="refuse what is otherwise a warning, and run every check of openapi-spec-validator",
    )
    check_cmd = commands.add_parser(
        "check",
        help="exit 1 if the output directory is not what the spec set makes now",
    )
    generation_arguments(check_cmd)
    check_cmd.add_argument(
        "--strict",
        action="store_true",
        help="fail on hand edits kept in the output too (for a client that must be exactly generated)",
    )
    diff_cmd = commands.add_parser(
        "diff",
        help="what changed in the client's Python API from OLD to NEW, and what of it breaks callers",
    )
    diff_cmd.add_argument("old", metavar="OLD", help="the spec before (YAML or JSON)")
    diff_cmd.add_argument("new", metavar="NEW", help="the spec after (YAML or JSON)")
    diff_cmd.add_argument(
        "--overlay", action="append", default=[], metavar="FILE", help="an overlay for NEW"
    )
    diff_cmd.add_argument(
        "--fragment", action="append", default=[], metavar="FILE", help="a fragment for NEW"
    )
    diff_cmd.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    diff_cmd.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 3 when a change breaks existing callers",
    )
    return parser


def _diff(args: argparse.Namespace) -> int:
    with held():
        from . import apidiff
        from .pipeline import client_api, load_composed
        from .validate import validate

    surfaces = []
    for spec, overlays, fragments in ((args.old, [], []), (args.new, args.overlay, args.fragment)):
        target = Target(
            spec=Path(spec),
            overlays=tuple(Path(p) for p in overlays),
            fragments=tuple(Path(p) for p in fragments),
        )
        doc = validate(load_composed(target))  # warnings are generate's business
        api = client_api(apidiff.reading_target(target, doc), doc, report=None)
        surfaces.append(apidiff.surface_of(api))
    changes = apidiff.compare(*surfaces)
    if args.format == "json":
        sys.stdout.write(apidiff.as_json(changes))
    elif args.format == "markdown":
        sys.stdout.write(apidiff.as_markdown(changes))
    else:
        sys.stdout.write(apidiff.as_text(changes))
    return 3 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def _summary(changes: list[Any], target: Target, shown: int = 15) -> None:
    """What the regeneration changed in the client's API, breaking first."""
    from . import apidiff

    level = apidiff.bump(changes)
    breaking = sum(c.breaking for c in changes)
    print(
        f"API changes: {len(changes)}, {breaking} breaking; suggested version bump: {level}"
        f" ({target.version} -> {apidiff.next_version(target.version, level)})"
    )
    for line in apidiff.as_text(changes).splitlines()[: min(shown, len(changes))]:
        print(f"  {line}")
    if len(changes) > shown:
        print(f"  ... and {len(changes) - shown} more")
    print(f"  the full list: {target.out / 'CHANGELOG.md'}")


def _target(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Target:
    """What to generate: the SPEC given on the command line, with generic
    settings, or else the project's spec set from [tool.generator]."""
    spec = getattr(args, "spec", None)
    out, package = getattr(args, "out", None), getattr(args, "package", None)
    if spec is not None:
        if args.command in ("generate", "check") and not (out and package):
            parser.error(f"{args.command} SPEC needs --out DIR and --package NAME")
        target = Target(
            spec=Path(spec),
            overlays=tuple(Path(p) for p in args.overlay),
            fragments=tuple(Path(p) for p in args.fragment),
            out=Path(out or "generated"),
            package=package or "client",
            auth_env=tuple(args.auth_env) if getattr(args, "auth_env", None) else None,
            env_prefix=getattr(args, "env_prefix", None) or "API",
            idempotency_header=getattr(args, "idempotency_header", None) or "Idempotency-Key",
            token_env=getattr(args, "token_env", None) or "",
            api_key_env=tuple(
                (item.split("=", 1)[0], item.split("=", 1)[1]) if "=" in item else ("api_key", item)
                for item in getattr(args, "api_key_env", None) or []
            ),
            selection=_selection(args),
            client_id_env=getattr(args, "client_id_env", None) or "",
            client_secret_env=getattr(args, "client_secret_env", None) or "",
            webhook_signature=getattr(args, "webhook_signature", None) or "",
        )
        env_names = [*(target.auth_env or ()), *([target.token_env] if target.token_env else [])]
        env_names += [env for _, env in target.api_key_env]
        env_names += [env for env in (target.client_id_env, target.client_secret_env) if env]
        if bool(target.client_id_env) != bool(target.client_secret_env):
            parser.error("--client-id-env and --client-secret-env go together")
        if not re.fullmatch(r"[A-Z][A-Z0-9_]*", target.env_prefix) or not all(
            re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name) for name in env_names
        ):
            parser.error(
                "--env-prefix, --auth-env, --token-env, --client-id-env, --client-secret-env and --api-key-env take environment variable names (letters, digits, _)"
            )
        if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", target.idempotency_header):
            parser.error("--idempotency-header takes a header name")
    else:
        if getattr(args, "overlay", None) or getattr(args, "fragment", None):
            parser.error("--overlay and --fragment need SPEC")
        config_path = Path(args.config)
        if not config_path.exists():
            parser.error(f"no SPEC given and no {config_path} with [tool.generator]")
        target = read_config(config_path)
        target = replace(
            target, out=Path(out) if out else target.out, package=package or target.package
        )
        if _selection(args):
            target = replace(target, selection=_selection(args))
    problem = package_problem(target.package)
    if problem:
        raise SpecError([Problem("--package", problem)])
    return target


def _report_kept(paths: list[str]) -> None:
    if paths:
        print(f"kept hand edits in {len(paths)} file(s) (see 'python -m generator edits'):")
        for path in paths:
            print(f"  {path}")


def _conflicts(out: Path, conflicts: list[tuple[str, int, str]]) -> list[Problem]:
    """Each conflict as a problem, its merge with markers written beside
    the file (FILE.conflict); nothing else is written."""
    from .edits import CONFLICT

    problems = []
    for path, line, merged in conflicts:
        beside = out / (path + CONFLICT)
        try:
            earlier = beside.read_text(encoding="utf-8")
        except OSError:
            earlier = None
        if earlier is None or earlier == merged:
            beside.write_text(merged, encoding="utf-8")
            note = f"the merge with conflict markers is in {beside}"
        else:
            note = f"{beside} holds an earlier merge (delete it for a fresh one)"
        problems.append(
            Problem(
                str(out / path),
                f"your hand edit and the regenerated text change the same lines; {note}: "
                "resolve it there and generate again, or drop the edit with --pristine "
                f"{path}. Nothing was written.",
                line=line,
            )
        )
    return problems


def _edits(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .edits import kept_edits
    from .write import read_manifest

    if args.out:
        out = Path(args.out)
    else:
        config_path = Path(args.config)
        if not config_path.exists():
            parser.error(f"no --out given and no {config_path} with [tool.generator]")
        out = read_config(config_path).out
    sys.stdout.write(kept_edits(out, list(read_manifest(out))))
    return 0


def _selection(args: argparse.Namespace) -> Selection:
    """The operations the command line asks for (every one when it names none)."""
    return Selection(
        *(
            tuple(getattr(args, name, None) or ())
            for name in ("include_tag", "exclude_tag", "include_operation", "exclude_operation")
        )
    )


def run() -> NoReturn:
    """The command's entry point (``python -m generator``, ``flex-generator``):
    ``main``, then an exit that skips the interpreter's teardown. Freeing
    every object of a run one by one, as the interpreter does on its way
    out, took a tenth of a small spec's whole run, for memory the process
    gives back by ending. No atexit hook runs: the generator sets none."""
    try:
        code = main()
    except KeyboardInterrupt:  # Ctrl-C: the stages stopped what they started on the way out
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second one ends nothing halfway
        forked = sys.modules.get(f"{__package__}.forked")
        if forked is not None:
            forked.stop_all()  # any child forked just as the first came
        if sys.stderr is not None:
            print("interrupted", file=sys.stderr)
        code = INTERRUPTED
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None: started with it closed (2>&-)
                stream.flush()  # os._exit drops what is still buffered
        except (OSError, ValueError):
            code = code or READER_GONE
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # Nearly every object a run makes lives to its end: the cyclic garbage
    # collector's passes over a large spec's millions of them find nothing,
    # and cost a tenth of the run. It still runs, far less often.
    gc.set_threshold(100_000, 50, 1000)
    try:
        if args.command == "diff":
            return _diff(args)
        if args.command == "edits":
            return _edits(args, parser)
        target = _target(args, parser)
        if args.command == "validate":
            with held():
                from .pipeline import load_all

            doc = load_all(target, strict=args.strict)
            count = sum(
                1
                for item in (doc.data.get("paths") or {}).values()
                if isinstance(item, dict)
                for m in item
                if m in ("get", "put", "post", "delete", "patch", "head", "options", "trace")
            )
            print(f"{target.spec}: valid ({count} operations)")
            return 0
        # Everything the output depends on, hashed: when it is what the last
        # run recorded and that run's files are intact, there is nothing to do.
        inputs = fingerprint(target)
        drop = frozenset(getattr(args, "pristine", None) or ())
        unchanged = up_to_date(target.out, inputs) and not drop
        # The heavy stages load only when there is work for them (Ctrl-C held:
        # some modules' loading would swallow it).
        if not unchanged:
            with held():
                from .pipeline import generate
                from .write import MANIFEST, differences, same_but_kept, write_tree
        if args.command == "check":
            if unchanged and not (args.strict and kept_in(target.out)):
                print(f"{target.out} is up to date")
                _report_kept(kept_in(target.out))
                return 0
            if unchanged:
                with held():
                    from .pipeline import generate
                    from .write import MANIFEST, differences, same_but_kept
            kept: list[Any] = []
            fresh = generate(target, inputs=inputs, kept=kept)
            changed = differences(target.out, fresh)
            if changed == [f"changed: {MANIFEST}"] and same_but_kept(target.out, fresh[MANIFEST]):
                changed = []  # it has yet to record the edits kept: nothing else differs
            if args.strict:
                changed += [f"changed: {path} (a hand edit)" for path in kept[0].kept]
            for path, line, _ in kept[0].conflicts:
                changed.append(f"conflict: {path}:{line}: a hand edit and the spec change this")
            if changed:
                print(f"{target.out} is not what the spec and templates make now:", file=sys.stderr)
                for line in changed:
                    print(f"  {line}", file=sys.stderr)
                print("run 'make regenerate' and commit the result", file=sys.stderr)
                return 1
            print(f"{target.out} is up to date")
            _report_kept(kept[0].kept)
            return 0
        if unchanged:
            print(f"{target.out}: up to date, nothing written")
            return 0
        changes: list[Any] = []
        kept = []
        files = generate(target, inputs=inputs, changes=changes, drop=drop, kept=kept)
        if kept[0].conflicts:
            raise SpecError(_conflicts(target.out, kept[0].conflicts))
        written = write_tree(target.out, files)
        for resolved in kept[0].resolved:
            (target.out / resolved).unlink(missing_ok=True)
        print(
            f"{target.out}: {len(written)} file(s) changed"
            if written
            else f"{target.out}: up to date, nothing written"
        )
        for path in written:
            print(f"  {path}")
        _report_kept(kept[0].kept)
        if changes:
            _summary(changes, target)
        return 0
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        return 1
    except RecursionError:
        print("error: the input nests too deeply to process", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of what this prints left (``| head``). The generator's
        # own pipes, from the processes it starts, end in EOFError here.
        return READER_GONE
    except Exception as exc:  # a bug, not bad input: say so without a wall of text
        if os.environ.get("GENERATOR_DEBUG"):
            traceback.print_exc()
        what = str(exc) if isinstance(exc, GeneratorBug) else f"{type(exc).__name__}: {exc}"
        print(
            f"internal error: {what}\n"
            "This is a bug in the generator, not a problem with your spec. Please report it "
            "with the spec that shows it; GENERATOR_DEBUG=1 prints where it happened.",
            file=sys.stderr,
        )
        return INTERNAL_ERROR
