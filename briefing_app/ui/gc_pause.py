"""Hold off the cyclic garbage collector while a worker builds a large result.

Reading a 100,000-meeting archive's people register or follow-ups creates a few hundred
thousand objects. With the collector on, its passes over the growing heap held the GIL
for 100–170 ms at a time, and the GUI thread waited them out. With it paused, the first
pass after the pause walks everything built meanwhile: one pause of about 120 ms.

So the loads at start-up also *freeze* what they built (``gc.freeze``): the objects alive
when the last pause ends move to the collector's permanent generation, which later passes
skip. Reference counting still frees them when they are dropped (the results are plain
lists and dataclasses, without reference cycles); only a cycle among them that became
garbage later would stay until exit. Freezing once, after start-up, is the usual use of
``gc.freeze``; the refreshes after a save pause without freezing.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False
_freeze = False


@contextmanager
def collector_paused(*, freeze: bool = False) -> Iterator[None]:
    """No collection pass while the block runs. Nested and concurrent uses are counted:
    the collector resumes when the last one ends, if it was on before the first, after a
    ``gc.freeze()`` if any of them asked for one."""
    global _holders, _resume, _freeze
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
        _freeze = _freeze or freeze
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                if _freeze:
                    gc.freeze()
                    _freeze = False
                if _resume:
                    gc.enable()
