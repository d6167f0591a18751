"""Running the mock: build the runtime and app, start the watcher, serve with uvicorn."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import uvicorn

from mocks.app import MockApp
from mocks.reloading import SpecWatcher
from mocks.runtime import MockRuntime
from mocks.settings import MockSettings


def build_app(paths: list[Path], settings: MockSettings) -> MockApp:
    """The ASGI app for ``paths`` with the sandbox endpoints (and proxy front when asked)."""
    from mocks.sandbox import Sandbox

    runtime = MockRuntime.from_paths(list(paths), settings)
    sandbox = Sandbox()
    front = None
    if settings.proxy:
        from mocks.proxy import Proxy

        front = Proxy(settings.proxy).handle
    return MockApp(runtime, sandbox=sandbox.handle, front=front)


def serve(paths: list[Path], settings: MockSettings) -> None:
    """Serve until interrupted; raises :class:`~mocks.errors.MockError` for unusable specs."""
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(message)s")
    app = build_app(paths, settings)
    watcher = None
    if settings.watch:
        watcher = SpecWatcher(app, paths)
        watcher.start()
    for api in app.runtime.apis:
        base = api.loaded.base_path or "/"
        print(
            f"apikit mock: {api.loaded.title} ({len(api.operations)} operations) at "
            f"http://{settings.host}:{settings.port}{base}",
            file=sys.stderr,
            flush=True,
        )
    try:
        uvicorn.run(
            app,
            host=settings.host,
            port=settings.port,
            log_level=settings.log_level,
            access_log=False,
            lifespan="on",
            # uvloop is ~15% faster on cached answers but starves some connections when
            # answers take milliseconds of CPU (generated lists: wrk saw 5 s timeouts at 64
            # connections); the standard loop stays fair, so p99 stays bounded.
            loop="asyncio",
            http="auto",
        )
    finally:
        if watcher is not None:
            watcher.stop()
