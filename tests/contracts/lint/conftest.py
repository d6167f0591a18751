"""A small clean OpenAPI 3.0 spec, and fixtures that write a spec to disk and lint it."""

from __future__ import annotations

import copy
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from contracts.lint import Finding, lint_paths

CLEAN_SPEC = """\
openapi: 3.0.3
info:
  title: Things
  version: 1.0.0
  description: Things, created and read.
  contact: {name: Things team, email: things@example.org}
  license: {name: MIT}
servers:
  - url: https://api.example.org/v1
security:
  - bearer: []
tags:
  - name: things
    description: Things.
paths:
  /things:
    post:
      operationId: things.create_thing
      summary: Create a thing
      description: Creates a thing.
      tags: [things]
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Thing'
            example: {name: lamp, secret: s3cret}
      responses:
        '201':
          description: Created.
          headers:
            Location:
              description: Where the new thing is.
              schema: {type: string}
              example: /things/1
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
              example: {id: 1, name: lamp}
        '400':
          $ref: '#/components/responses/Problem'
  /things/{thingId}:
    parameters:
      - name: thingId
        in: path
        required: true
        schema: {type: integer, minimum: 1}
        example: 7
    get:
      operationId: things.get_thing
      summary: Read a thing
      description: Reads one thing.
      tags: [things]
      security:
        - oauth: [things.read]
      parameters:
        - name: verbose
          in: query
          schema: {type: boolean, default: false}
      responses:
        '200':
          description: The thing.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Thing'
              examples:
                lamp:
                  value: {id: 1, name: lamp}
        '404':
          $ref: '#/components/responses/Problem'
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    oauth:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: /auth/token
          scopes:
            things.read: Read things.
  responses:
    Problem:
      description: A problem.
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
          example: {title: Not found}
  schemas:
    Thing:
      type: object
      required: [name]
      properties:
        id: {type: integer, readOnly: true, example: 1}
        name: {type: string, maxLength: 50, example: lamp}
        secret: {type: string, writeOnly: true}
    Problem:
      type: object
      properties:
        title: {type: string}
"""

Lint = Callable[[dict[str, Any]], list[Finding]]


@pytest.fixture
def spec() -> dict[str, Any]:
    """A fresh copy of the clean spec, for a test to break."""
    return copy.deepcopy(yaml.safe_load(CLEAN_SPEC))


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write dedented text to a file under tmp_path (folders created) and return its path."""

    def write_file(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path

    return write_file


@pytest.fixture
def lint(tmp_path: Path) -> Lint:
    """Dump a spec to tmp_path/api.yaml and return every finding on it."""

    def lint_spec(data: dict[str, Any]) -> list[Finding]:
        path = tmp_path / "api.yaml"
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return list(lint_paths([path]).findings)

    return lint_spec
