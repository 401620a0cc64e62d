"""The collector is held off while a worker builds a large result, and resumes after."""

from __future__ import annotations

import gc
import threading

import pytest

from briefing_app.ui.gc_pause import collector_paused


@pytest.fixture(autouse=True)
def collector_restored():
    enabled = gc.isenabled()
    yield
    gc.unfreeze()
    if enabled:
        gc.enable()
    else:
        gc.disable()


def test_no_pass_runs_inside_and_the_collector_resumes_after():
    gc.enable()
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with collector_paused():
            assert not gc.isenabled()
            garbage = [[] for _ in range(50_000)]  # well past the 700-allocation trigger
            del garbage
            assert passes == []
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)


def test_a_collector_switched_off_before_stays_off():
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_the_last_of_overlapping_pauses_resumes_the_collector():
    gc.enable()
    first_inside, second_done = threading.Event(), threading.Event()
    seen: list[bool] = []

    def second() -> None:
        first_inside.wait(5)
        with collector_paused():
            pass
        seen.append(gc.isenabled())  # the first pause is still running
        second_done.set()

    worker = threading.Thread(target=second)
    worker.start()
    with collector_paused():
        first_inside.set()
        second_done.wait(5)
    worker.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_a_start_up_load_freezes_what_it_built():
    gc.enable()
    gc.unfreeze()
    with collector_paused(freeze=True):
        built = [{"name": str(i)} for i in range(10_000)]
    assert gc.get_freeze_count() >= len(built)  # later passes skip them
    assert gc.isenabled()
    with collector_paused():
        pass
    frozen = gc.get_freeze_count()
    with collector_paused():
        more = [{} for _ in range(10_000)]
    assert gc.get_freeze_count() == frozen  # a refresh does not freeze
    del built, more
