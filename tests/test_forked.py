"""Work in a forked process: the answer crosses back, and whatever goes wrong
there is met here as if nothing had been forked."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time

import pytest

from generator.forked import Forked


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


def test_a_process_that_may_not_have_children_does_the_work_itself():
    with multiprocessing.get_context("fork").Pool(1) as pool:  # its workers are daemons
        worker, answered_by = pool.apply(_forked_pid)
    assert answered_by == worker


def test_cancel_stops_the_child_at_once():
    job = Forked(lambda: time.sleep(60))
    process = job.process
    started = time.monotonic()
    job.cancel()
    assert not process.is_alive() and time.monotonic() - started < 10
    job.cancel()  # a second time: nothing left to stop


def test_where_the_platform_cannot_fork_the_work_is_done_here_when_asked(monkeypatch):
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    asked: list[int] = []
    job = Forked(lambda: asked.append(os.getpid()) or len(asked))
    assert asked == []  # nothing done before the result is wanted
    assert job.result() == 1 and asked == [os.getpid()]
    assert job.result() == 1  # worked out once
