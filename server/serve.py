"""Running the server under uvicorn, with one or several worker processes."""

from __future__ import annotations

import logging

import uvicorn

from server.app import create_app
from server.runtime import Runtime
from server.settings import Settings


def serve(settings: Settings, host: str, port: int, workers: int = 1) -> None:
    """Migrate the database, then serve until interrupted.

    Several workers each build their own app from the environment (uvicorn spawns them), so
    the migration runs once here, before any of them starts.

    uvicorn's own access log is off: ``apikit.access`` already logs every request with its
    request id, and uvicorn formats its line's client address and quoted path on every
    request even when its logger's level drops the record.
    """
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    if workers <= 1:
        uvicorn.run(
            create_app(settings),
            host=host,
            port=port,
            log_level=settings.log_level,
            access_log=False,
        )
        return
    Runtime.start(settings).close()
    settings.export()
    uvicorn.run(
        "server.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level,
        access_log=False,
    )
