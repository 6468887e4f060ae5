"""How much CPU the generated client spends per call, against raw httpx and
against Twilio's own `twilio` package, on the same loopback server in the
same run.

The server runs in its own process, so the CPU time measured here (the
client process's, with time.process_time) is the client's alone: building
the request, HTTP, parsing the answer. Scenarios: fetch a plugin, create one
with a form body, list 100 plugins in 10 pages. Rounds are interleaved and
the median is reported, with the ratios the goal is stated in. Then each of
our calls is run under cProfile to show where its time goes: building the
request, httpx sending it, decoding and parsing the answer, and the rest
(the generated method, the pager). The shares are measured under the
profiler, which slows Python code more than C code: read them as shares.

    make bench-client      (or: python bench/bench_client.py [--rounds N])
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

ACCOUNT, TOKEN = "AC" + "a" * 32, "bench-token"
PLUGINS, PAGE_SIZE = 100, 10


def serve() -> None:
    """Run the fake Flex API until stdin closes; print its URL first."""
    from fake_flex import FakeFlex

    with FakeFlex(ACCOUNT, TOKEN) as server:
        from twilio_flex import Client

        with Client(auth=(ACCOUNT, TOKEN), base_url=server.url + "/v1") as client:
            for i in range(PLUGINS):
                client.plugins.create(
                    unique_name=f"plugin-{i}", friendly_name=f"Plugin {i}", description="x" * 40
                )
        server.received.clear()
        server.received = _Discard()  # keep the server's memory flat during the run
        print(server.url, flush=True)
        sys.stdin.read()


class _Discard(list):
    def append(self, item: object) -> None:
        pass


def contenders(url: str) -> dict[str, dict[str, Callable[[], object]]]:
    import httpx
    from twilio.rest import Client as TwilioClient

    from twilio_flex import Client

    base = url + "/v1"
    ours = Client(auth=(ACCOUNT, TOKEN), base_url=base, max_retries=0)
    sid = next(iter(ours.plugins.list(limit=1))).sid

    http = httpx.Client(auth=(ACCOUNT, TOKEN))

    def raw_list() -> list[object]:
        items: list[object] = []
        page = http.get(f"{base}/PluginService/Plugins", params={"PageSize": PAGE_SIZE}).json()
        while True:
            items += page[page["meta"]["key"]]
            if len(items) >= PLUGINS or not page["meta"]["next_page_url"]:
                return items[:PLUGINS]
            page = http.get(page["meta"]["next_page_url"]).json()

    twilio = TwilioClient(ACCOUNT, TOKEN)
    twilio.flex_api.base_url = url
    flex = twilio.flex_api.v1

    return {
        "httpx": {
            "fetch": lambda: http.get(f"{base}/PluginService/Plugins/{sid}").json(),
            "create": lambda: http.post(
                f"{base}/PluginService/Plugins",
                data={"UniqueName": "crm", "FriendlyName": "CRM", "Description": "d"},
            ).json(),
            "list 10 pages": raw_list,
        },
        "twilio_flex": {
            "fetch": lambda: ours.plugins.fetch(sid),
            "create": lambda: ours.plugins.create(
                unique_name="crm", friendly_name="CRM", description="d"
            ),
            "list 10 pages": lambda: list(ours.plugins.list(page_size=PAGE_SIZE, limit=PLUGINS)),
        },
        "twilio": {
            "fetch": lambda: flex.plugins(sid).fetch(),
            "create": lambda: flex.plugins.create(
                unique_name="crm", friendly_name="CRM", description="d"
            ),
            "list 10 pages": lambda: flex.plugins.list(page_size=PAGE_SIZE, limit=PLUGINS),
        },
    }


# Top-level stages of one call in the runtime: (label, file suffix, function).
STAGES = (
    ("build the request", "_base_client.py", "_build"),
    ("httpx: send and receive", "httpx/_client.py", "send"),
    ("decode and parse the answer", "_base_client.py", "_finish"),
    ("decode and parse a page", "_base_client.py", "_page"),
)


def breakdown(call: Callable[[], object], calls: int) -> list[tuple[str, float]]:
    """Each stage's share of a call's time, under cProfile."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    for _ in range(calls):
        call()
    profile.disable()
    stats: dict[tuple[str, int, str], tuple[int, int, float, float, object]]
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(tt for _, _, tt, _, _ in stats.values())
    shares = []
    for label, file, function in STAGES:
        spent = sum(
            ct
            for (path, _, name), (_, _, _, ct, _) in stats.items()
            if name == function and path.replace("\\", "/").endswith(file)
        )
        if spent:
            shares.append((label, spent / total))
    shares.append(("the rest: generated method, pager, glue", 1 - sum(s for _, s in shares)))
    return shares


def cpu_per_call(call: Callable[[], object], calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - start) / calls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--calls",
        type=int,
        default=300,
        help="calls per round for fetch and create (lists: a tenth)",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = server.stdout.readline().strip()
        table = contenders(url)
        scenarios = list(table["httpx"])
        results: dict[tuple[str, str], list[float]] = {}
        for name in table:  # warm up connections, caches and imports
            for scenario in scenarios:
                cpu_per_call(table[name][scenario], 20)
        for _ in range(args.rounds):
            for scenario in scenarios:
                calls = args.calls if not scenario.startswith("list") else max(args.calls // 10, 5)
                for name in table:
                    results.setdefault((name, scenario), []).append(
                        cpu_per_call(table[name][scenario], calls)
                    )
        shares = {
            scenario: breakdown(
                table["twilio_flex"][scenario],
                args.calls if not scenario.startswith("list") else max(args.calls // 10, 5),
            )
            for scenario in scenarios
        }
    finally:
        server.stdin.close()
        server.wait(timeout=10)

    # Ratios are taken round by round (the three ran back to back), then the
    # median: a shared machine's drift cancels out of each ratio.
    print(f"client CPU per call, median of {args.rounds} rounds (server in its own process)\n")
    print(
        f"{'scenario':<15}{'httpx':>10}{'twilio_flex':>13}{'twilio':>10}{'vs httpx':>11}{'vs twilio':>11}"
    )
    worst = 0.0
    for scenario in scenarios:
        raw, ours, theirs = (results[(n, scenario)] for n in ("httpx", "twilio_flex", "twilio"))
        to_raw = statistics.median(o / r for o, r in zip(ours, raw))
        to_twilio = statistics.median(o / t for o, t in zip(ours, theirs))
        worst = max(worst, to_raw)
        cells = "".join(
            f"{statistics.median(x) * 1e6:>{w}.0f}us"
            for x, w in ((raw, 8), (ours, 11), (theirs, 8))
        )
        print(f"{scenario:<15}{cells}{to_raw:>10.2f}x{to_twilio:>10.2f}x")
    print(f"\nworst ratio to raw httpx: {worst:.2f}x (goal: at most 1.15x)")
    print("\nwhere a twilio_flex call's time goes (shares under cProfile)")
    for scenario, parts in shares.items():
        print(f"  {scenario}")
        for label, share in parts:
            print(f"    {label:<42}{share:>6.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
