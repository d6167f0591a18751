"""The ``apikit`` command group; each subcommand lives in its own module under ``apikit.commands``.

Subcommands are imported only when invoked, so ``apikit lint`` never pays for importing the
server or the mock (see click's "lazily loading subcommands" pattern).
"""

from __future__ import annotations

import importlib
import importlib.util

import click

from apikit import __version__

# name -> "module:attribute" of a click.Command
COMMANDS: dict[str, str] = {
    "lint": "apikit.commands.lint:lint",
    "diff": "apikit.commands.diff:diff",
    "mock": "apikit.commands.mock:mock",
    "serve": "apikit.commands.serve:serve",
    "worker": "apikit.commands.worker:worker",
    "clients": "apikit.commands.clients:clients",
    "test": "apikit.commands.test:test",
    "generate": "apikit.commands.generate:generate",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module on first use."""

    def __init__(self, *args: object, lazy: dict[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(name for name in self._lazy if self._available(name))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = self._lazy.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        command = getattr(module, attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{target} is not a click command")
        return command

    def _available(self, name: str) -> bool:
        module_name = self._lazy[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None


@click.group(cls=LazyGroup, lazy=COMMANDS)
@click.version_option(__version__, prog_name="apikit")
def cli() -> None:
    """apikit: lint, mock, diff, test and serve OpenAPI 3.0 contracts."""


def main() -> None:
    """Run the command line."""
    cli(prog_name="apikit")
