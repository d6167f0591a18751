"""``apikit test``: the contract suite (Schemathesis) against any running implementation."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from contracts.conformance import DEFAULT_MAX_EXAMPLES, RemoteRun, fetch_token, spec_base_path
from contracts.workspace import bundle

SPECS_DIR = Path(__file__).resolve().parents[2] / "specs"


@click.command()
@click.option("--api", "api_names", multiple=True, help="API to test (spec name); default: all.")
@click.option(
    "--url", default="http://127.0.0.1:8000", show_default=True, help="Host root of the server."
)
@click.option("--junit", type=click.Path(dir_okay=False, path_type=Path), help="JUnit XML report.")
@click.option("--specs-dir", type=click.Path(file_okay=False, path_type=Path), default=SPECS_DIR)
@click.option("--client-id", envvar="APIKIT_TEST_CLIENT_ID", help="OAuth client for /auth/token.")
@click.option("--client-secret", envvar="APIKIT_TEST_CLIENT_SECRET", help="Its secret.")
@click.option("--token", envvar="APIKIT_TEST_TOKEN", help="A bearer token to use as is.")
@click.option("--api-key", envvar="APIKIT_TEST_API_KEY", help="An X-API-Key to send.")
@click.option("--max-examples", default=DEFAULT_MAX_EXAMPLES, show_default=True, type=int)
@click.option("--seed", type=int, default=None, help="Hypothesis seed, to replay a run.")
@click.option("--workers", default=1, show_default=True, type=int)
def test(
    api_names: tuple[str, ...],
    url: str,
    junit: Path | None,
    specs_dir: Path,
    client_id: str | None,
    client_secret: str | None,
    token: str | None,
    api_key: str | None,
    max_examples: int,
    seed: int | None,
    workers: int,
) -> None:
    """Run every check, phase and mode of Schemathesis against the server at URL.

    Failures print a curl command to reproduce them and the run's seed (pass it back with
    --seed). Credentials: --token, or --client-id/--client-secret (a token is fetched from
    URL/auth/token), or --api-key.
    """
    names = list(api_names) or sorted(p.stem for p in specs_dir.glob("*.yaml"))
    headers: dict[str, str] = {}
    if token is None and client_id and client_secret:
        token = fetch_token(url, client_id, client_secret)
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if api_key:
        headers["X-API-Key"] = api_key
    failed: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            spec_file = specs_dir / f"{name}.yaml"
            if not spec_file.exists():
                raise click.BadParameter(f"no spec {spec_file}", param_hint="--api")
            spec = bundle(spec_file)
            schema = Path(scratch) / f"{name}.json"
            schema.write_text(json.dumps(spec))
            report = None
            if junit is not None:
                report = junit if len(names) == 1 else junit.with_stem(f"{junit.stem}-{name}")
            run = RemoteRun(
                schema=str(schema),
                base_url=url.rstrip("/") + spec_base_path(spec),
                headers=headers,
                max_examples=max_examples,
                seed=seed,
                junit=report.resolve() if report else None,
                workers=workers,
            )
            click.echo(f"== {name}: {run.base_url}", err=True)
            if run.run() != 0:
                failed.append(name)
    if failed:
        raise click.ClickException(f"contract failures in: {', '.join(failed)}")
