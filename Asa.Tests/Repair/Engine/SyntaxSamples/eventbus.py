"""An asyncio event bus with typed handlers, retries and back-pressure."""
import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Protocol, TypeAlias

log = logging.getLogger(__name__)

Handler: TypeAlias = Callable[["Event"], Awaitable[None]]


@dataclass(frozen=True)
class Event:
    topic: str
    payload: dict[str, object] = field(default_factory=dict)
    attempt: int = 0


@dataclass(frozen=True)
class Created(Event):
    id: int = 0


@dataclass(frozen=True)
class Deleted(Event):
    id: int = 0
    soft: bool = True


class Sink(Protocol):
    async def write(self, event: Event) -> None: ...


def retry(times: int = 3, *, delay: float = 0.05, exceptions: tuple[type[BaseException], ...] = (OSError,)):
    """``@retry(times=5, delay=0.1)`` -- re-await a failing handler (with linear back-off)."""

    def decorate(handler: Handler) -> Handler:
        async def wrapped(event: Event) -> None:
            for attempt in range(1, times + 1):
                try:
                    return await handler(event)
                except exceptions as error:
                    if attempt == times:
                        raise
                    log.warning("handler %s failed (%s), attempt %d/%d", handler.__name__, error, attempt, times)
                    await asyncio.sleep(delay * attempt)

        wrapped.__name__ = getattr(handler, "__name__", "handler")
        return wrapped

    return decorate


class Bus:
    def __init__(self, *, capacity: int = 100) -> None:
        self._handlers: defaultdict[str, list[Handler]] = defaultdict(list)
        self._queue: asyncio.Queue[Event] = asyncio.Queue(maxsize=capacity)
        self._closed = False

    def subscribe(self, topic: str) -> Callable[[Handler], Handler]:
        def decorate(handler: Handler) -> Handler:
            self._handlers[topic].append(handler)
            return handler

        return decorate

    async def publish(self, event: Event) -> None:
        if self._closed:
            raise RuntimeError(f"bus closed; dropped {event.topic!r}")
        await self._queue.put(event)

    async def events(self) -> AsyncIterator[Event]:
        while not (self._closed and self._queue.empty()):
            try:
                yield await asyncio.wait_for(self._queue.get(), timeout=0.1)
            except asyncio.TimeoutError:
                continue

    async def dispatch(self, event: Event) -> int:
        match event:
            case Created(id=0) | Deleted(id=0):
                log.error("event without an id: %r", event)
                return 0
            case Deleted(soft=False, id=ident) if ident > 0:
                log.info("hard delete of %d", ident)
            case Event(topic=topic, payload={"priority": int(p)}) if p > 5:
                log.info("urgent %s", topic)
            case _:
                pass
        handlers = self._handlers.get(event.topic, [])
        results = await asyncio.gather(*(h(event) for h in handlers), return_exceptions=True)
        if failed := [r for r in results if isinstance(r, BaseException)]:
            log.error("%d of %d handlers failed on %s: %s", len(failed), len(handlers), event.topic, failed[0])
        return len(handlers) - len(failed)

    async def run(self) -> None:
        async for event in self.events():
            await self.dispatch(event)

    def close(self) -> None:
        self._closed = True


@asynccontextmanager
async def running(bus: Bus) -> AsyncIterator[Bus]:
    task = asyncio.create_task(bus.run())
    try:
        yield bus
    finally:
        bus.close()
        await task


async def demo() -> dict[str, int]:
    seen: dict[str, int] = {}
    bus = Bus(capacity=10)

    @bus.subscribe("user")
    @retry(times=2)
    async def count(event: Event) -> None:
        seen[event.topic] = seen.get(event.topic, 0) + 1

    async with running(bus):
        for i in range(1, 4):
            await bus.publish(Created("user", {"priority": i * 3}, id=i))
    return seen
