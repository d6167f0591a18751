"""Cross-cutting ASGI middleware, one concern per module, wrapped around every API."""
