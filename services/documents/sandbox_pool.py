"""A pool of sandbox worker processes with a fair queue: one key (a CSP) never holds them all.

Each slot is its own single-process executor, so a job that runs over its budget is ended by
killing that slot's process alone; the slot starts a fresh process for its next job. Waiting
jobs are served round-robin by key, and a key may hold at most `size - 1` slots at once (all of
them when the pool has one), so one CSP's slow renders leave a worker free for everyone else.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from services.domain.errors import known

START_SECONDS = 60.0  # a fresh process imports its libraries before its first job


class OverBudget(Exception):
    """The job ran past its time budget; its process was ended."""


class Exhausted(Exception):
    """The job's process died (memory limit, CPU limit, crash); it was replaced."""


class Busy(Exception):
    """No worker came free for this key within the queue's patience."""


class Slot:
    def __init__(self, initializer: Callable, initargs: tuple):
        self._initializer, self._initargs = initializer, initargs
        self._executor: ProcessPoolExecutor | None = None
        self._started: Future[bool] | None = None  # the new process's first (empty) job

    def start(self) -> None:
        """Starts the process without waiting for it (it imports its libraries meanwhile)."""
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(
                1, mp_context=context, initializer=self._initializer, initargs=self._initargs
            )
            self._started = self._executor.submit(_ready)

    def executor(self) -> ProcessPoolExecutor:
        self.start()
        executor = known(self._executor, "start() made the executor")
        started = known(self._started, "start() set when it started")
        started.result(timeout=START_SECONDS)  # starting is not the job's time
        return executor

    def kill(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            for process in list(getattr(executor, "_processes", {}).values()):
                process.kill()
            executor.shutdown(wait=False, cancel_futures=True)
        self.start()  # the replacement gets ready while nobody waits for it

    def close(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)


def _ready() -> bool:
    return True


@dataclass
class _Waiter:
    key: str
    slot: Slot | None = None


@dataclass
class FairPool:
    size: int
    seconds: float  # each job's wall-clock budget
    initializer: Callable
    initargs: tuple = ()
    patience: float = 60.0  # how long a job may wait for a worker before Busy
    _cond: threading.Condition = field(default_factory=threading.Condition, init=False)

    def __post_init__(self) -> None:
        self._free = [Slot(self.initializer, self.initargs) for _ in range(self.size)]
        self._all = list(self._free)
        self._waiting: OrderedDict[str, deque[_Waiter]] = OrderedDict()
        self._running: dict[str, int] = {}
        self._warm = False

    @property
    def cap(self) -> int:
        return max(1, self.size - 1)

    def run(self, key: str, job: Callable, *args):
        if not self._warm:  # the first job starts every worker, so none starts cold later
            self._warm = True
            for each in self._all:
                each.start()
        slot = self._acquire(key)
        try:
            try:
                future = slot.executor().submit(job, *args)
                return future.result(timeout=self.seconds)
            except FutureTimeout as exc:
                slot.kill()
                raise OverBudget(f"over {self.seconds:g} s") from exc
            except (BrokenProcessPool, MemoryError) as exc:
                slot.kill()
                raise Exhausted(str(exc)) from exc
        finally:
            self._release(key, slot)

    def _acquire(self, key: str) -> Slot:
        waiter = _Waiter(key)
        with self._cond:
            self._waiting.setdefault(key, deque()).append(waiter)
            self._dispatch()
            if not self._cond.wait_for(lambda: waiter.slot is not None, timeout=self.patience):
                self._waiting[key].remove(waiter)
                if not self._waiting[key]:
                    del self._waiting[key]
                raise Busy(f"no sandbox worker came free within {self.patience:g} s")
            return known(waiter.slot, "what the wait waited for")

    def _release(self, key: str, slot: Slot) -> None:
        with self._cond:
            self._running[key] -= 1
            if not self._running[key]:
                del self._running[key]
            self._free.append(slot)
            self._dispatch()

    def _dispatch(self) -> None:
        """Gives free slots to waiting keys in turn, skipping a key at its cap."""
        handed, progress = False, True
        while self._free and progress:
            progress = False
            for key in list(self._waiting):
                if not self._free:
                    break
                if self._running.get(key, 0) >= self.cap:
                    continue
                waiter = self._waiting[key].popleft()
                if self._waiting[key]:
                    self._waiting.move_to_end(key)  # its next job waits for the others' turn
                else:
                    del self._waiting[key]
                waiter.slot = self._free.pop()
                self._running[key] = self._running.get(key, 0) + 1
                handed = progress = True
        if handed:
            self._cond.notify_all()

    def close(self) -> None:
        for slot in self._all:
            slot.close()
