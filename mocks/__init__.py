"""The sandbox mock: serves spec-valid responses for any OpenAPI 3.0 document."""
