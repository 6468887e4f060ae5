"""Ctrl-C held back while an interrupt would leave something half done.

``held()`` blocks SIGINT for the ``with`` block: one that comes meanwhile
waits, and is raised (as KeyboardInterrupt) as the block ends. Around a fork
it keeps the child's pid known before the run stops, and with it the child;
around a swap of folders or a cleanup, it keeps either done whole. Where
signals cannot be blocked (Windows), the block runs as it is.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator


@contextlib.contextmanager
def held() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
