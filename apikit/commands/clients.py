"""``apikit clients``: register OAuth clients and API keys; the secret is printed once."""

from __future__ import annotations

from pathlib import Path

import click

from server.auth.principal import CLIENT_TYPES
from server.runtime import Runtime
from server.settings import Settings


@click.group()
def clients() -> None:
    """Manage the clients allowed to call the APIs."""


@clients.command("create")
@click.option(
    "--scopes",
    "scopes",
    multiple=True,
    required=True,
    help="Scopes to grant, space- or comma-separated; repeatable.",
)
@click.option("--api-key", is_flag=True, help="Create an X-API-Key instead of an OAuth client.")
@click.option("--publisher", default=None, help="Bind to this publisher id (object-level auth).")
@click.option("--customer", default=None, help="Bind to this customer id (object-level auth).")
@click.option(
    "--client-type",
    type=click.Choice(CLIENT_TYPES[1:]),
    default="partner",
    show_default=True,
    help="Rate-limit tier (seed 003 section 8.1).",
)
@click.option("--name", default="", help="A label for people.")
@click.option("--database-url", default=None, help="SQLAlchemy URL (default as for serve).")
@click.option(
    "--data-dir", default=None, type=click.Path(file_okay=False, path_type=Path), help="Data dir."
)
def create(
    scopes: tuple[str, ...],
    api_key: bool,
    publisher: str | None,
    customer: str | None,
    client_type: str,
    name: str,
    database_url: str | None,
    data_dir: Path | None,
) -> None:
    """Register a client and print its credentials (shown this once only)."""
    settings = Settings.from_env()
    if database_url is not None:
        settings = settings.with_changes(database_url=database_url)
    if data_dir is not None:
        settings = settings.with_changes(data_dir=data_dir)
    granted = sorted({s for item in scopes for s in item.replace(",", " ").split()})
    runtime = Runtime.start(settings)
    try:
        new = runtime.clients.create(
            granted,
            api_key=api_key,
            client_type=client_type,
            publisher_id=publisher,
            customer_id=customer,
            name=name,
        )
    finally:
        runtime.close()
    click.echo(f"client_id: {new.client_id}")
    if api_key:
        click.echo(f"api_key: {new.api_key}")
    else:
        click.echo(f"client_secret: {new.secret}")
    click.echo(f"scopes: {' '.join(new.scopes)}")
    click.echo("Store the secret now: it is kept only as a hash and cannot be shown again.")
