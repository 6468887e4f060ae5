"""Work done in a forked process while this one goes on.

``Forked(work)`` starts ``work()`` in a child forked from this process: the
child sees this process's memory as it is at that moment, so nothing is
copied or pickled on the way in. ``result()`` waits for the answer, pickled
back through a pipe. Where the platform cannot fork (Windows), or the child
ends without an answer (``work`` raised, or the process died), ``result()``
does the work in this process instead: an error is then raised where the
result is asked for, as if nothing had been forked.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.process: Any = None
        self.found: tuple[T] | None = None
        if "fork" not in multiprocessing.get_all_start_methods():
            return
        context = multiprocessing.get_context("fork")
        self.answer, sender = context.Pipe(duplex=False)
        self.process = context.Process(target=_answer, args=(work, sender), daemon=True)
        self.process.start()
        sender.close()  # the child's end: once the child has gone, reading ends

    def result(self) -> T:
        """``work()``'s answer, from the child or else worked out here."""
        if self.process is not None:
            try:
                self.found = self.answer.recv()
            except EOFError:
                pass  # no answer: worked out below
            self._end(terminate=False)
        if self.found is None:
            self.found = (self.work(),)
        return self.found[0]

    def cancel(self) -> None:
        """Stops the child, whose answer is no longer wanted."""
        if self.process is not None:
            self._end(terminate=True)

    def _end(self, terminate: bool) -> None:
        process, self.process = self.process, None
        if terminate:
            process.terminate()
        process.join()
        self.answer.close()


def _answer(work: Callable[[], Any], sender: Any) -> None:
    """In the child: ``work()``'s answer through ``sender``; nothing when
    it raises (the parent then does the work, and meets the error itself)."""
    try:
        sender.send((work(),))
    except BaseException:
        pass
    sender.close()
