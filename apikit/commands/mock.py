"""``apikit mock``: serve one or more OpenAPI specs as a sandbox mock server."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("specs", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=4010, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--dynamic", is_flag=True, help="Generate bodies from schemas even when examples exist."
)
@click.option(
    "--seed", default=None, help="Seed for generated data (same seed + request, same body)."
)
@click.option("--stateful", is_flag=True, help="Keep created resources per sandbox credential.")
@click.option("--watch", is_flag=True, help="Reload when a spec or a file it references changes.")
@click.option("--cors/--no-cors", default=True, show_default=True, help="Answer CORS preflights.")
@click.option("--proxy", default=None, metavar="URL", help="Forward to URL and validate traffic.")
@click.option("--log-level", default="warning", show_default=True)
def mock(
    specs: tuple[str, ...],
    host: str,
    port: int,
    dynamic: bool,
    seed: str | None,
    stateful: bool,
    watch: bool,
    cors: bool,
    proxy: str | None,
    log_level: str,
) -> None:
    """Serve SPEC... at their servers' base paths with validation and spec-valid responses."""
    from mocks.errors import MockError
    from mocks.serving import serve
    from mocks.settings import MockSettings

    settings = MockSettings.from_env(
        host=host,
        port=port,
        dynamic=dynamic,
        seed=seed,
        stateful=stateful,
        watch=watch,
        cors=cors,
        proxy=proxy,
        log_level=log_level,
    )
    try:
        serve([Path(spec) for spec in specs], settings)
    except MockError as exc:
        raise click.ClickException(str(exc)) from exc
