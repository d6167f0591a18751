"""``apikit worker``: the webhook dispatcher as a process of its own (any number may run)."""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

import click

from server.runtime import Runtime
from server.settings import Settings
from server.webhooks.dispatcher import Dispatcher


@click.command()
@click.option(
    "--database-url",
    default=None,
    help="SQLAlchemy URL (default: $DATABASE_URL, else a SQLite file under the data dir).",
)
@click.option(
    "--once", is_flag=True, help="Make one pass (route and deliver what is due), then exit."
)
def worker(database_url: str | None, once: bool) -> None:
    """Deliver webhooks: fan out new events, make due attempts, retry, until interrupted."""
    settings = Settings.from_env()
    if database_url is not None:
        settings = settings.with_changes(database_url=database_url)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    runtime = Runtime.start(settings)
    dispatcher = Dispatcher(runtime.database, settings)
    try:
        if once:
            routed = dispatcher.route()
            click.echo(f"{routed} deliveries queued, {dispatcher.deliver_due()} attempts made")
            return
        stopped = threading.Event()

        def stop(signum: int, frame: FrameType | None) -> None:
            stopped.set()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        dispatcher.start()
        stopped.wait()
    finally:
        dispatcher.stop()
        runtime.close()
