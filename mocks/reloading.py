"""``--watch``: rebuild the runtime when a spec (or a file it references) changes.

The new runtime is built off the event loop and swapped in atomically; a failed rebuild (a
half-saved or invalid file) keeps serving the previous runtime and the watcher keeps going,
picking up the referenced files anew after every successful load.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import watchfiles

from mocks.app import MockApp
from mocks.errors import MockError
from mocks.runtime import MockRuntime

log = logging.getLogger("apikit.mock")


class SpecWatcher:
    """A daemon thread that reloads ``app`` from ``paths`` on change."""

    def __init__(
        self, app: MockApp, paths: list[Path], build: type[MockRuntime] = MockRuntime
    ) -> None:
        self.app = app
        self.paths = paths
        self.build = build
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="apikit-mock-watch", daemon=True)

    def start(self) -> None:
        """Start watching."""
        self._thread.start()

    def stop(self) -> None:
        """Stop watching (the thread exits within its poll interval)."""
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            files = self.app.runtime.files | {p.resolve() for p in self.paths}
            directories = sorted({f.parent for f in files})
            for changes in watchfiles.watch(
                *directories,
                stop_event=self._stop,
                rust_timeout=500,
                yield_on_timeout=False,
                debounce=200,
            ):
                changed = {Path(path).resolve() for _, path in changes}
                if changed & files:
                    self.reload()
                    break

    def reload(self) -> bool:
        """Rebuild now; returns whether the new runtime is being served."""
        try:
            runtime = self.build.from_paths(
                list(self.paths), self.app.runtime.settings, self.app.runtime.store
            )
        except (MockError, OSError) as exc:
            log.warning("reload failed, still serving the previous spec: %s", exc)
            return False
        self.app.swap(runtime)
        log.warning("reloaded %s", ", ".join(str(p) for p in self.paths))
        return True
