"""The spec as code: loading, $ref resolution, bundling, lint, diff, tests, generation."""
