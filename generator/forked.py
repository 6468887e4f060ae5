"""Work done in a forked process while this one goes on.

``Forked(work)`` starts ``work()`` in a child forked from this process: the
child sees this process's memory as it is at that moment, so nothing is
copied or pickled on the way in. The child pickles its answer into an
unnamed temporary file and ends at once, giving back its memory rather
than holding it until the answer is read; ``result()`` waits for it and
reads the answer. Where the platform cannot fork (Windows), in a process
that may not have children (a daemon), or when the child ends without an
answer (``work`` raised, or the process died), ``result()`` does the work
in this process instead: an error is then raised where the result is asked
for, as if nothing had been forked.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
from collections.abc import Callable
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")


class Forked(Generic[T]):
    def __init__(self, work: Callable[[], T]) -> None:
        self.work = work
        self.process: Any = None
        self.found: tuple[T] | None = None
        if (
            "fork" not in multiprocessing.get_all_start_methods()
            or multiprocessing.current_process().daemon
        ):
            return
        # Unnamed: nothing is left on disk, whatever happens to either process.
        self.answer = tempfile.TemporaryFile()
        context = multiprocessing.get_context("fork")
        self.process = context.Process(target=_answer, args=(work, self.answer), daemon=True)
        self.process.start()

    def result(self) -> T:
        """``work()``'s answer, from the child or else worked out here."""
        if self.process is not None:
            process = self._end(terminate=False)
            if process.exitcode == 0:  # it wrote its whole answer
                self.answer.seek(0)
                self.found = pickle.load(self.answer)
            self.answer.close()
        if self.found is None:
            self.found = (self.work(),)
        return self.found[0]

    def cancel(self) -> None:
        """Stops the child, whose answer is no longer wanted."""
        if self.process is not None:
            self._end(terminate=True)
            self.answer.close()

    def _end(self, terminate: bool) -> Any:
        process, self.process = self.process, None
        if terminate:
            process.terminate()
        process.join()
        return process


def _answer(work: Callable[[], Any], answer: IO[bytes]) -> None:
    """In the child: ``work()``'s answer, pickled into ``answer``. When
    ``work`` raises, the child ends with status 1 and no word: the parent
    then does the work itself, and meets the error."""
    try:
        pickle.dump((work(),), answer, protocol=pickle.HIGHEST_PROTOCOL)
        answer.flush()
    except BaseException:
        os._exit(1)
