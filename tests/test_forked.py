"""Work in forked processes: the answers cross back, and whatever goes wrong
there is met here as if nothing had been forked."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

from generator import forked
from generator.forked import Forked, Workers


def test_the_answer_is_worked_out_in_a_child_and_handed_back():
    here = os.getpid()
    answer = Forked(lambda: (os.getpid(), {"big": "x" * 1_000_000})).result()
    assert answer[0] != here and answer[1]["big"] == "x" * 1_000_000


def test_an_error_in_the_child_is_raised_here_by_doing_the_work_again():
    done_here: list[int] = []

    def work() -> int:
        done_here.append(os.getpid())  # seen here only when it runs here
        raise ValueError("the spec says no")

    job = Forked(work)
    with pytest.raises(ValueError, match="the spec says no"):
        job.result()
    assert done_here == [os.getpid()]


def test_a_child_that_dies_without_an_answer_is_replaced_by_the_work_here():
    here = os.getpid()

    def work() -> str:
        if os.getpid() != here:
            os._exit(9)  # as if killed
        return "worked out here"

    assert Forked(work).result() == "worked out here"


class _DiesWhilePickled:
    """Kills the process that pickles it: a child dying halfway through its answer."""

    def __reduce__(self) -> tuple[type, tuple[()]]:
        os.kill(os.getpid(), signal.SIGKILL)
        return (_DiesWhilePickled, ())


def test_a_child_that_dies_halfway_through_its_answer_is_replaced_by_the_work_here():
    here = os.getpid()
    answer = Forked(lambda: ["x" * 1_000_000, _DiesWhilePickled(), os.getpid()]).result()
    assert answer[0] == "x" * 1_000_000 and answer[2] == here


def _forked_pid() -> tuple[int, int]:
    return os.getpid(), Forked(os.getpid).result()


def test_a_daemon_process_forks_its_child_too():
    with multiprocessing.get_context("fork").Pool(1) as pool:  # its workers are daemons
        worker, answered_by = pool.apply(_forked_pid)
    assert answered_by not in (worker, os.getpid())


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def test_cancel_stops_the_child_at_once():
    job = Forked(lambda: time.sleep(60))
    pid = job.pid
    assert pid is not None and not _gone(pid)
    started = time.monotonic()
    job.cancel()
    assert _gone(pid) and time.monotonic() - started < 10  # stopped, and waited for
    job.cancel()  # a second time: nothing left to stop


def test_where_the_platform_cannot_fork_the_work_is_done_here_when_asked(monkeypatch):
    monkeypatch.delattr(os, "fork")
    asked: list[int] = []
    job = Forked(lambda: asked.append(os.getpid()) or len(asked))
    assert asked == []  # nothing done before the result is wanted
    assert job.result() == 1 and asked == [os.getpid()]
    assert job.result() == 1  # worked out once


def test_a_process_with_other_threads_does_not_fork():
    """A lock another thread holds as this one forks stays locked in the child."""
    import threading

    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert Forked(os.getpid).result() == os.getpid()
        workers = Workers(2, [os.getpid])
        assert workers.pids == [] and workers.answer() == (0, os.getpid())
    finally:
        stop.set()
        thread.join()


def _answers(workers: Workers[object]) -> dict[int, object]:
    found = {}
    while workers.unanswered:
        task, answer = workers.answer()
        found[task] = answer
    workers.close()
    return found


def test_workers_share_out_the_tasks_and_each_answer_comes_back_once():
    here = os.getpid()

    def task(number: int) -> tuple[int, int, str]:
        time.sleep(0.01)  # long enough for both workers to take some
        return number, os.getpid(), "x" * 100_000

    workers = Workers(2, [lambda n=n: task(n) for n in range(40)])
    pids = set(workers.pids)
    found = _answers(workers)
    assert sorted(found) == list(range(40))
    assert all(answer[0] == n and answer[2] == "x" * 100_000 for n, answer in found.items())
    assert {answer[1] for answer in found.values()} == pids and here not in pids
    assert all(_gone(pid) for pid in pids)  # waited for


def test_an_error_a_task_raises_is_raised_here_with_where_it_happened():
    def fails() -> None:
        raise ValueError("the spec says no")

    workers = Workers(2, [lambda: 1, fails, lambda: 3])
    found = {}
    with pytest.raises(ValueError, match="the spec says no") as raised:
        while workers.unanswered:
            task, answer = workers.answer()
            found[task] = answer
    workers.close()
    assert isinstance(raised.value.__cause__, forked.ChildTraceback)
    assert "in fails" in str(raised.value.__cause__)  # the worker's traceback


def test_a_task_whose_worker_dies_is_done_here():
    here = os.getpid()

    def dies_in_a_child() -> int:
        if os.getpid() != here:
            os._exit(9)  # as if killed
        return os.getpid()

    tasks = [lambda: os.getpid(), dies_in_a_child, lambda: os.getpid()]
    found = _answers(Workers(2, tasks))
    assert found[1] == here and found[0] != here


def test_an_answer_that_cannot_be_pickled_is_worked_out_here():
    here = os.getpid()
    found = _answers(Workers(2, [lambda: (lambda: os.getpid())]))
    assert found[0]() == here


def test_ctrl_c_as_the_workers_fork_leaves_none_running(monkeypatch):
    forks: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        if forks:
            raise KeyboardInterrupt  # the second worker is not started
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    with pytest.raises(KeyboardInterrupt):
        Workers(2, [lambda: time.sleep(60)] * 4)
    assert len(forks) == 1 and _gone(forks[0])


def test_workers_ignore_ctrl_c_and_are_stopped_by_close():
    workers = Workers(2, [lambda: time.sleep(60)] * 2)
    time.sleep(0.2)
    for pid in workers.pids:
        os.kill(pid, signal.SIGINT)
    time.sleep(0.2)
    assert not any(_gone(pid) for pid in workers.pids)  # still working
    pids = workers.pids
    workers.close()
    assert all(_gone(pid) for pid in pids)


def test_workers_whose_parent_is_killed_stop_after_the_task_at_hand(tmp_path):
    """No one would read their answers: they end, claiming no more tasks."""
    import subprocess
    import sys

    log = tmp_path / "done"
    script = (
        "import os, sys, time\n"
        "from generator.forked import Workers\n"
        "def task():\n"
        "    time.sleep(0.05)\n"
        f"    with open({str(log)!r}, 'a') as f: f.write('x')\n"
        "workers = Workers(2, [task] * 400)\n"
        "print(' '.join(map(str, workers.pids)), flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    time.sleep(0.3)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in workers)  # ended on their own, long before the 400 tasks
    assert len(log.read_text()) < 100


def test_ctrl_c_while_waiting_for_the_child_leaves_it_to_cancel():
    """The pid is kept until the child has been waited for: an interrupt
    meanwhile leaves cancel() something to stop."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    job = Forked(lambda: time.sleep(60))
    pid = job.pid
    assert pid is not None
    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        with pytest.raises(KeyboardInterrupt):
            job.result()
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert job.pid == pid and not _gone(pid)
    job.cancel()
    assert _gone(pid)


def test_where_no_process_can_be_forked_the_work_is_done_here(monkeypatch):
    def no_fork() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", no_fork)
    assert Forked(os.getpid).result() == os.getpid()
    workers = Workers(2, [os.getpid, lambda: 2])
    assert workers.pids == [] and _answers(workers) == {0: os.getpid(), 1: 2}


class _TwoArguments(Exception):
    """Pickled, but not unpickled: its arguments do not fit its __init__."""

    def __init__(self, what: str, where: str) -> None:
        super().__init__(f"{what} at {where}")


def test_an_error_that_cannot_be_read_back_is_met_here_as_it_is():
    def fails() -> None:
        raise _TwoArguments("the spec says no", "/paths")

    workers = Workers(2, [fails])
    with pytest.raises(_TwoArguments, match="the spec says no at /paths"):
        workers.answer()
    workers.close()


def test_a_child_whose_owner_is_lost_is_stopped_by_stop_all():
    """After Ctrl-C, the command stops any child forked just as it came."""
    pid = Forked(lambda: time.sleep(60)).pid  # the object is dropped at once
    assert pid is not None and not _gone(pid)
    forked.stop_all()
    assert _gone(pid)
