"""Every generated client has a README: its examples type-check, its
reference names every method, and spec text cannot break out of it."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

from markdown_it import MarkdownIt

from conftest import ROOT, package
from test_hostile import TRIPLE, hostile_spec

GENERATED = ROOT / "generated"
# Feature specs whose READMEs are type-checked: credentials of every kind,
# pages of every profile, odd and hostile names, bodies of every kind.
FEATURES = ("auth", "pages", "names", "bodies", "odd", "semantics", "params", "unions")


def tokens(readme: Path) -> list:
    return MarkdownIt("commonmark").enable("table").parse(readme.read_text(encoding="utf-8"))


def examples(readme: Path) -> list[str]:
    return [t.content for t in tokens(readme) if t.type == "fence" and t.info == "python"]


def type_check(folders: dict[str, Path], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """mypy --strict over every Python example of each folder's README, in one run."""
    written = []
    for name, folder in folders.items():
        for index, code in enumerate(examples(folder / "README.md")):
            path = tmp_path / f"example_{name}_{index}.py"
            path.write_text(code, encoding="utf-8")
            written.append(str(path))
    assert written
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(f) for f in folders.values()))
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *written],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )


def reference(readme: Path) -> set[str]:
    """The methods the reference documents, as client.resource.method."""
    found = set()
    stream = tokens(readme)
    for opening, inline in zip(stream, stream[1:]):
        if opening.type == "heading_open" and opening.tag == "h4":
            found.add(inline.content)
    return found


def methods(module: object) -> set[str]:
    """Every public method of every resource of a generated client."""
    client = module.Client(base_url="https://api.example.com")  # type: ignore[attr-defined]
    found = set()
    for name in dir(client):
        if name.startswith("_"):
            continue
        resource = getattr(client, name)
        if type(resource).__module__.startswith(f"{module.__name__}.resources"):  # type: ignore[attr-defined]
            found |= {
                f"client.{name}.{m}"
                for m, _ in inspect.getmembers(type(resource), inspect.isfunction)
                if not m.startswith("_")
            }
    return found


def test_the_flex_readme_documents_every_method_with_examples_that_type_check(tmp_path):
    readme = GENERATED / "README.md"
    sys.path.insert(0, str(GENERATED))
    import twilio_flex

    documented = reference(readme)
    assert documented == methods(twilio_flex)
    assert len(documented) >= 40
    text = readme.read_text(encoding="utf-8")
    for section in ("Installing", "Credentials", "A first call", "Errors", "Retries and timeouts"):
        assert f"\n## {section}\n" in text
    for section in ("Pagination", "Raw and streamed answers", "Asynchronous use", "Reference"):
        assert f"\n## {section}\n" in text
    assert "`TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN`" in text
    # The reference calls each method with the arguments its generated test uses.
    assert 'client.channels.fetch("ChannelSid-1")' in text
    checked = type_check({"flex": GENERATED}, tmp_path)
    assert checked.returncode == 0, checked.stdout[-3000:]


def test_feature_spec_readmes_type_check_and_name_their_credentials(generated, tmp_path):
    folders = {name: generated(name)[0] for name in FEATURES}
    for name, folder in folders.items():
        assert reference(folder / "README.md") == methods(package(generated, name)), name
    auth = (folders["auth"] / "README.md").read_text(encoding="utf-8")
    for keyword in ("auth", "token", "header_key", "query_key", "cookie_key"):
        assert f"| `{keyword}` |" in auth
    checked = type_check(folders, tmp_path)
    assert checked.returncode == 0, checked.stdout[-3000:]


def test_a_wrong_example_fails_the_type_check(generated, tmp_path):
    """The check is real: an example calling a method wrongly is caught."""
    folder = tmp_path / "broken"
    out, _ = generated("pages")
    folder.mkdir()
    (folder / "README.md").write_text(
        "```python\nfrom feat_pages import Client\n\nClient().nothing_here()\n```\n"
    )
    checked = type_check({"broken": folder, "pages": out}, tmp_path)
    assert checked.returncode == 1 and "nothing_here" in checked.stdout


def test_spec_text_cannot_break_out_of_the_readme(cli, write_spec, tmp_path):
    spec = hostile_spec()
    spec["info"]["title"] = "<script>alert(1)</script> ```python\n# Owned\n" + TRIPLE
    spec["info"]["description"] = "1. [click](javascript:alert(1))\n\n| a | b |"
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "evil")
    assert status == 0, err
    readme = tmp_path / "out" / "README.md"
    stream = tokens(readme)
    kinds = {t.type for t in stream} | {c.type for t in stream for c in t.children or []}
    # No HTML, link or heading the spec wrote: its text stays text.
    assert not kinds & {"html_block", "html_inline", "ordered_list_open"}
    links = {c.attrs["href"] for t in stream for c in t.children or [] if c.type == "link_open"}
    assert all(h.startswith("#") or h == "https://www.python-httpx.org/" for h in links), links
    headings = [n.content for o, n in zip(stream, stream[1:]) if o.type == "heading_open"]
    assert "Owned" not in headings and headings[0].endswith(": Python client")
    shown = "".join(c.content for c in stream[1].children or [] if c.type == "text")
    assert shown.startswith("<script>alert(1)</script> ```python # Owned")
    # Every code block is one of the README's own examples, and each compiles.
    for code in examples(readme):
        compile(code, "example", "exec")
    fences = [t for t in stream if t.type == "fence"]
    assert {t.info for t in fences} == {"python", "sh"}
    checked = type_check({"evil": tmp_path / "out"}, tmp_path)
    assert checked.returncode == 0, checked.stdout[-3000:]
