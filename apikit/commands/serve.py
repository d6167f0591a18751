"""``apikit serve``: the four APIs for real (storage, OAuth 2.0/JWT, rate limits)."""

from __future__ import annotations

from pathlib import Path

import click

from server.serve import serve as run_server
from server.settings import Settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--database-url",
    default=None,
    help="SQLAlchemy URL (default: $DATABASE_URL, else a SQLite file under the data dir).",
)
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1), help="Processes.")
@click.option(
    "--data-dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where the SQLite file and the generated JWT secret live (default: ./var).",
)
def serve(
    host: str, port: int, database_url: str | None, workers: int, data_dir: Path | None
) -> None:
    """Serve the four APIs, the token endpoint (/auth/token) and the docs (/docs/<api>)."""
    settings = Settings.from_env()
    if database_url is not None:
        settings = settings.with_changes(database_url=database_url)
    if data_dir is not None:
        settings = settings.with_changes(data_dir=data_dir)
    run_server(settings, host, port, workers)
