"""Work done in forked processes while this one goes on.

A forked child sees this process's memory as it is at that moment, so the
work it is given, and all the work reads, is neither copied nor pickled on
the way in; only answers are pickled on the way back, each into an unnamed
temporary file, so that nothing is left on disk whatever happens to either
process, and a child never waits for this one to read what it wrote.

``Forked(work)`` starts ``work()`` in one child, which ends as soon as it
has written its answer; ``result()`` waits for it and reads the answer.

``Workers(count, tasks)`` starts ``count`` children that share out the
``tasks`` (a list of callables) among themselves, each claiming the next
one as it is free; ``answer()`` gives the answers one at a time, in the
order they come.

Where the platform cannot fork (Windows), in a process with other threads
(a lock one of them holds would stay locked in the child forever), or when a
child ends without an answer (it raised, or died), the work is done in this
process instead, when its answer is asked for: an error is then raised
there, as if nothing had been forked. An error a task of ``Workers`` raises
comes back pickled, and is raised where its answer is asked for.

Children ignore Ctrl-C: this process, which gets it too, stops them.
"""

from __future__ import annotations

import os
import pickle
import signal
import struct
import sys
import tempfile
import traceback
from collections.abc import Callable, Sequence
from typing import IO, Any, Generic, NoReturn, TypeVar

from .interrupts import held

T = TypeVar("T")


def can_fork() -> bool:
    """Whether work can go to a forked child here."""
    if not hasattr(os, "fork"):
        return False
    threading = sys.modules.get("threading")  # no other thread without it
    return threading is None or threading.active_count() == 1


class Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.pid: int | None = None
        self.found: tuple[T] | None = None
        if not can_fork():
            return
        try:
            self.answer = tempfile.TemporaryFile()
            with held():
                self.pid = _fork(lambda: _write_answer(work, self.answer))
        except OSError:  # no temporary file, or no process to be had: done here
            return
        except BaseException:  # Ctrl-C, raised once the child is known: it is stopped
            self.cancel()
            raise

    def result(self) -> T:
        """``work()``'s answer, from the child or else worked out here."""
        if self.pid is not None:
            status = _end(self.pid, kill=False)  # the pid is kept while waiting: Ctrl-C
            self.pid = None  # meanwhile leaves it to cancel()
            try:
                if status == 0:  # it wrote its whole answer
                    self.answer.seek(0)
                    self.found = pickle.load(self.answer)
            except Exception:  # an answer that cannot be read back: worked out here
                pass
            self.answer.close()
        if self.found is None:
            self.found = (self.work(),)
        return self.found[0]

    def cancel(self) -> None:
        """Stops the child, whose answer is no longer wanted."""
        with held():  # a second Ctrl-C waits until it is stopped
            if self.pid is not None:
                _end(self.pid, kill=True)
                self.pid = None
                self.answer.close()


def _write_answer(work: Callable[[], Any], answer: IO[bytes]) -> None:
    pickle.dump((work(),), answer, protocol=pickle.HIGHEST_PROTOCOL)
    answer.flush()


class ChildTraceback(Exception):
    """Where a task raised, in the worker: the cause of the error raised here."""

    def __str__(self) -> str:
        return f"\n\n{self.args[0]}"


# A task's number, read by the worker that claims it.
_CLAIM = struct.Struct("<I")
# A worker's word that an answer is written: the worker, the task, and
# where the answer lies in that worker's file. Shorter than the size a pipe
# writes whole (PIPE_BUF), so the words of several workers never mix.
_NOTE = struct.Struct("<IIQQ")


class Workers(Generic[T]):
    def __init__(self, count: int, tasks: Sequence[Callable[[], T]]) -> None:
        self.tasks = tasks
        self.unanswered = set(range(len(tasks)))
        self.pids: list[int] = []
        self.files: list[IO[bytes]] = []
        self.notes = -1  # the pipe the workers' notes come down
        self.read: list[tuple[int, int, int, int]] = []  # notes read, not yet handled
        self.here = 0  # tasks before this one are answered (see answer)
        if not can_fork() or count < 1:
            return
        try:
            # Every task's number, in order, in one file the workers read
            # from at a shared offset: each read takes the next, once.
            claims = tempfile.TemporaryFile()
            claims.write(b"".join(_CLAIM.pack(task) for task in range(len(tasks))))
            claims.flush()
            claims.seek(0)
            notes, note_end = os.pipe()
        except OSError:  # no temporary file to be had: every task is done here
            return
        self.notes = notes
        try:
            for number in range(count):
                answers = tempfile.TemporaryFile()
                with held():
                    self.pids.append(
                        _fork(
                            lambda: _work(tasks, claims.fileno(), notes, note_end, number, answers)
                        )
                    )
                    self.files.append(answers)
        except OSError:
            pass  # no more processes to be had: those started do all the tasks
        except BaseException:  # Ctrl-C while starting them: none is left running
            self.close()
            raise
        finally:
            os.close(note_end)
            claims.close()

    def answer(self) -> tuple[int, T]:
        """The next answer to come (while some task is ``unanswered``), with
        its task's index. A task no worker answered, once they have all
        ended, is done here."""
        while True:
            if not self.read and self.notes >= 0:
                data = os.read(self.notes, _NOTE.size * 64)  # whole notes (see _NOTE)
                if data:
                    self.read += _NOTE.iter_unpack(data)
                    continue
                os.close(self.notes)  # every worker has ended
                self.notes = -1
            if not self.read:
                while self.here not in self.unanswered:
                    self.here += 1
                self.unanswered.discard(self.here)
                return self.here, self.tasks[self.here]()
            number, task, start, length = self.read.pop(0)
            if task not in self.unanswered:
                continue  # done here already
            self.unanswered.discard(task)
            try:
                done, value = pickle.loads(_read_at(self.files[number], start, length))
            except Exception:  # an answer or error that cannot be read back: worked out here
                return task, self.tasks[task]()
            if not done:
                error, where = value
                error.__cause__ = ChildTraceback(where)
                raise error
            return task, value

    def close(self) -> None:
        """Stops the workers (done, or no longer wanted) and drops their files."""
        with held():  # a second Ctrl-C waits until every worker is stopped
            for pid in self.pids:
                _kill(pid)
            for pid in self.pids:
                _end(pid, kill=False)
            self.pids = []
            for file in self.files:
                file.close()
            self.files = []
            if self.notes >= 0:
                os.close(self.notes)
                self.notes = -1


def _work(
    tasks: Sequence[Callable[[], Any]],
    claims: int,
    notes: int,
    note_end: int,
    number: int,
    answers: IO[bytes],
) -> None:
    """A worker: claims tasks until none is left, writing each answer (or
    the error it raised) to ``answers`` and a note of it down the pipe."""
    os.close(notes)  # the parent's alone: once it is gone, a note ends this process (EPIPE)
    while len(claim := os.read(claims, _CLAIM.size)) == _CLAIM.size:
        (task,) = _CLAIM.unpack(claim)
        start = answers.tell()
        try:
            answer: tuple[bool, Any] = (True, tasks[task]())
        except Exception as exc:
            answer = (False, (exc, traceback.format_exc()))
        try:
            pickle.dump(answer, answers, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:
            # What cannot be pickled cannot be told: this process ends, and
            # the task, unanswered, is done by the parent, which meets the error.
            return
        answers.flush()
        os.write(note_end, _NOTE.pack(number, task, start, answers.tell() - start))


def _fork(work: Callable[[], None]) -> int:
    """A child doing ``work()``: it ends with status 0 when that returns,
    with 1 when it raises, never going back to the caller's code."""
    pid = os.fork()
    if pid == 0:
        _child(work)
    _living.add(pid)
    return pid


# The children forked and not yet waited for, whoever forked them: what
# stop_all stops.
_living: set[int] = set()


def stop_all() -> None:
    """Stops every child still running (after Ctrl-C: one forked just as it
    came may not have reached the object that would stop it)."""
    with held():
        for pid in _living:
            _kill(pid)
        for pid in list(_living):
            _end(pid, kill=False)


def _child(work: Callable[[], None]) -> NoReturn:
    status = 1
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # held by the parent
        work()
        status = 0
    finally:
        # At once: no exit hook of this process's (the parent's) runs twice,
        # and no output it had buffered is written again.
        os._exit(status)


def _end(pid: int, kill: bool) -> int:
    """The exit status of the child ``pid``, once it has ended (stopped first
    when ``kill``): 0 when it did all it was given, else not."""
    if kill:
        _kill(pid)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:  # waited for by someone else: its word is lost
        status = -1
    _living.discard(pid)
    return status if status == -1 else os.waitstatus_to_exitcode(status)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _read_at(file: IO[bytes], start: int, length: int) -> bytes:
    """``length`` bytes of ``file`` from ``start``, whatever its offset (a
    worker shares it); ``pread`` gives at most 2 GiB at a time."""
    parts = []
    while length > 0:
        part = os.pread(file.fileno(), min(length, 1 << 30), start)
        if not part:
            break
        parts.append(part)
        start, length = start + len(part), length - len(part)
    return b"".join(parts)
