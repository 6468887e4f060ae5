"""How much CPU the generated client spends per call, against raw httpx and
against Twilio's own `twilio` package, on the same loopback server in the
same run, sync and async.

The server (the stateful fake of the Flex API in tests/fake_flex.py) runs in
its own process, so the CPU time measured here (the client process's, with
time.process_time) is the client's alone: building the request, HTTP,
parsing the answer. Scenarios: fetch a plugin, create one with a form body
(a new unique name every call, for every client, as the API requires), list
100 plugins in 10 pages. Rounds are interleaved and the median of the
round-by-round ratios is reported. Then each of our calls is run under
cProfile to show where its time goes: building the request, httpx sending
it, decoding and parsing the answer, and the rest (the generated method, the
pager). The shares are measured under the profiler, which slows Python code
more than C code: read them as shares.

    make bench-client      (or: python bench/bench_client.py [--rounds N] [--calls N])
    python bench/bench_client.py --smoke   (every call once or twice, no figures)
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Awaitable, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "generated"), str(ROOT / "tests")]

ACCOUNT, TOKEN = "AC" + "a" * 32, "bench-token"
PLUGINS, PAGE_SIZE = 100, 10
SCENARIOS = ("fetch", "create", "list 10 pages")
CLIENTS = ("httpx", "twilio_flex", "twilio")
GOAL = 1.10  # CPU per call against raw httpx, sync and async

Call = Callable[[], object]
AsyncCall = Callable[[], Awaitable[object]]


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


class _Discard(list):  # type: ignore[type-arg]
    def append(self, item: object) -> None:
        pass


# One counter for every client: the fake, like Twilio, refuses a second
# plugin with a unique name already taken.
_names = itertools.count()


def unique_name() -> str:
    return f"bench-{next(_names)}"


def sync_contenders(url: str) -> dict[str, dict[str, Call]]:
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

    def raw_create() -> object:
        form = {"UniqueName": unique_name(), "FriendlyName": "CRM", "Description": "d"}
        response = http.post(f"{base}/PluginService/Plugins", data=form)
        response.raise_for_status()
        return response.json()

    twilio = TwilioClient(ACCOUNT, TOKEN)
    twilio.flex_api.base_url = url
    flex = twilio.flex_api.v1

    return {
        "httpx": {
            "fetch": lambda: http.get(f"{base}/PluginService/Plugins/{sid}").json(),
            "create": raw_create,
            "list 10 pages": raw_list,
        },
        "twilio_flex": {
            "fetch": lambda: ours.plugins.fetch(sid),
            "create": lambda: ours.plugins.create(
                unique_name=unique_name(), friendly_name="CRM", description="d"
            ),
            "list 10 pages": lambda: list(ours.plugins.list(page_size=PAGE_SIZE, limit=PLUGINS)),
        },
        "twilio": {
            "fetch": lambda: flex.plugins(sid).fetch(),
            "create": lambda: flex.plugins.create(
                unique_name=unique_name(), friendly_name="CRM", description="d"
            ),
            "list 10 pages": lambda: flex.plugins.list(page_size=PAGE_SIZE, limit=PLUGINS),
        },
    }


async def async_contenders(url: str) -> tuple[dict[str, dict[str, AsyncCall]], AsyncCall]:
    """The three clients' async flavours, and a function that closes them."""
    import httpx
    from twilio.http.async_http_client import AsyncTwilioHttpClient
    from twilio.rest import Client as TwilioClient

    from twilio_flex import AsyncClient

    base = url + "/v1"
    ours = AsyncClient(auth=(ACCOUNT, TOKEN), base_url=base, max_retries=0)
    sid = (await ours.plugins.list(limit=1).to_list())[0].sid
    http = httpx.AsyncClient(auth=(ACCOUNT, TOKEN))

    async def raw_fetch() -> object:
        return (await http.get(f"{base}/PluginService/Plugins/{sid}")).json()

    async def raw_create() -> object:
        form = {"UniqueName": unique_name(), "FriendlyName": "CRM", "Description": "d"}
        response = await http.post(f"{base}/PluginService/Plugins", data=form)
        response.raise_for_status()
        return response.json()

    async def raw_list() -> list[object]:
        items: list[object] = []
        response = await http.get(f"{base}/PluginService/Plugins", params={"PageSize": PAGE_SIZE})
        page = response.json()
        while True:
            items += page[page["meta"]["key"]]
            if len(items) >= PLUGINS or not page["meta"]["next_page_url"]:
                return items[:PLUGINS]
            page = (await http.get(page["meta"]["next_page_url"])).json()

    async def ours_fetch() -> object:
        return await ours.plugins.fetch(sid)

    async def ours_create() -> object:
        return await ours.plugins.create(
            unique_name=unique_name(), friendly_name="CRM", description="d"
        )

    async def ours_list() -> object:
        return await ours.plugins.list(page_size=PAGE_SIZE, limit=PLUGINS).to_list()

    twilio_http = AsyncTwilioHttpClient()
    twilio = TwilioClient(ACCOUNT, TOKEN, http_client=twilio_http)
    twilio.flex_api.base_url = url
    flex = twilio.flex_api.v1

    async def twilio_fetch() -> object:
        return await flex.plugins(sid).fetch_async()

    async def twilio_create() -> object:
        return await flex.plugins.create_async(
            unique_name=unique_name(), friendly_name="CRM", description="d"
        )

    async def twilio_list() -> object:
        return await flex.plugins.list_async(page_size=PAGE_SIZE, limit=PLUGINS)

    async def close() -> None:
        await ours.close()
        await http.aclose()
        await twilio_http.close()

    table: dict[str, dict[str, AsyncCall]] = {
        "httpx": {"fetch": raw_fetch, "create": raw_create, "list 10 pages": raw_list},
        "twilio_flex": {"fetch": ours_fetch, "create": ours_create, "list 10 pages": ours_list},
        "twilio": {"fetch": twilio_fetch, "create": twilio_create, "list 10 pages": twilio_list},
    }
    return table, close


# Top-level stages of one call in the runtime: (label, file suffix, function).
STAGES = (
    ("build the request", "_base_client.py", "_build"),
    ("httpx: send and receive", "httpx/_client.py", "send"),
    ("decode and parse the answer", "_base_client.py", "_finish"),
    ("decode and parse a page", "_pagination.py", "parse_page"),
)


def shares_of(profile: Any) -> list[tuple[str, float]]:
    """Each stage's share of the profiled calls' time."""
    import pstats

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


def cpu_per_call(call: Call, calls: int) -> float:
    start = time.process_time()
    for _ in range(calls):
        call()
    return (time.process_time() - start) / calls


def async_cpu_per_call(loop: asyncio.AbstractEventLoop, call: AsyncCall, calls: int) -> float:
    async def batch() -> None:
        for _ in range(calls):
            await call()

    start = time.process_time()
    loop.run_until_complete(batch())
    return (time.process_time() - start) / calls


def measure(
    run: Callable[[str, str, int], float],
    rounds: int,
    calls: int,
    profile: Callable[[str, int], Any],
) -> tuple[dict[tuple[str, str], list[float]], dict[str, list[tuple[str, float]]]]:
    """CPU per call of every client and scenario, round by round, and where
    our calls' time goes. ``run(client, scenario, calls)`` times one batch."""

    def count(scenario: str) -> int:
        return calls if not scenario.startswith("list") else max(calls // 10, 1)

    for name in CLIENTS:  # warm up connections, caches and imports
        for scenario in SCENARIOS:
            run(name, scenario, min(20, count(scenario)))
    results: dict[tuple[str, str], list[float]] = {}
    for i in range(rounds):
        for scenario in SCENARIOS:
            # Alternate who goes first, round by round.
            order = CLIENTS if i % 2 == 0 else CLIENTS[::-1]
            for name in order:
                results.setdefault((name, scenario), []).append(
                    run(name, scenario, count(scenario))
                )
    shares = {scenario: shares_of(profile(scenario, count(scenario))) for scenario in SCENARIOS}
    return results, shares


def profiled(call: Callable[[], None]) -> Any:
    import cProfile

    profile = cProfile.Profile()
    profile.enable()
    call()
    profile.disable()
    return profile


def report(
    flavour: str,
    rounds: int,
    results: dict[tuple[str, str], list[float]],
    shares: dict[str, list[tuple[str, float]]],
    smoke: bool,
) -> float:
    """Print one flavour's table; return its worst ratio to raw httpx."""
    print(f"\n{flavour}: client CPU per call, median of {rounds} rounds")
    print(
        f"{'scenario':<15}{'httpx':>10}{'twilio_flex':>13}{'twilio':>10}"
        f"{'vs httpx':>11}{'vs twilio':>11}"
    )
    worst = 0.0
    for scenario in SCENARIOS:
        raw, ours, theirs = (results[(n, scenario)] for n in ("httpx", "twilio_flex", "twilio"))
        # Ratios are taken round by round (the three ran back to back), then
        # the median: a shared machine's drift cancels out of each ratio.
        to_raw = statistics.median(o / r for o, r in zip(ours, raw))
        to_twilio = statistics.median(o / t for o, t in zip(ours, theirs))
        worst = max(worst, to_raw)
        cells = "".join(
            f"{statistics.median(x) * 1e6:>{w}.0f}us"
            for x, w in ((raw, 8), (ours, 11), (theirs, 8))
        )
        print(f"{scenario:<15}{cells}{to_raw:>10.2f}x{to_twilio:>10.2f}x")
    verdict = "smoke run, figures mean nothing" if smoke else ("met" if worst <= GOAL else "MISSED")
    print(f"worst ratio to raw httpx: {worst:.2f}x (goal: at most {GOAL:.2f}x; {verdict})")
    print(f"where a twilio_flex {flavour} call's time goes (shares under cProfile)")
    for scenario, parts in shares.items():
        print(f"  {scenario}")
        for label, share in parts:
            print(f"    {label:<42}{share:>6.0%}")
    return worst


def bench_sync(url: str, rounds: int, calls: int, smoke: bool) -> None:
    table = sync_contenders(url)

    def run(name: str, scenario: str, n: int) -> float:
        return cpu_per_call(table[name][scenario], n)

    def profile(scenario: str, n: int) -> Any:
        call = table["twilio_flex"][scenario]

        def batch() -> None:
            for _ in range(n):
                call()

        return profiled(batch)

    results, shares = measure(run, rounds, calls, profile)
    report("sync", rounds, results, shares, smoke)


def bench_async(url: str, rounds: int, calls: int, smoke: bool) -> None:
    loop = asyncio.new_event_loop()
    try:
        table, close = loop.run_until_complete(async_contenders(url))

        def run(name: str, scenario: str, n: int) -> float:
            return async_cpu_per_call(loop, table[name][scenario], n)

        def profile(scenario: str, n: int) -> Any:
            call = table["twilio_flex"][scenario]

            async def batch() -> None:
                for _ in range(n):
                    await call()

            return profiled(lambda: loop.run_until_complete(batch()))

        try:
            results, shares = measure(run, rounds, calls, profile)
        finally:
            loop.run_until_complete(close())
        report("async", rounds, results, shares, smoke)
    finally:
        loop.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument(
        "--calls",
        type=int,
        default=300,
        help="calls per round for fetch and create (lists: a tenth)",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="every call of every client a few times, to show the benchmark works",
    )
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return 0
    if args.smoke:
        args.rounds, args.calls = 1, 2
    elif args.rounds < 3:
        raise SystemExit("--rounds: at least 3 (a median of fewer says little)")

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdin is not None and server.stdout is not None
    try:
        url = server.stdout.readline().strip()
        if not url:
            raise SystemExit("the fake Flex API did not start")
        bench_sync(url, args.rounds, args.calls, args.smoke)
        bench_async(url, args.rounds, args.calls, args.smoke)
    finally:
        server.stdin.close()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
