"""The reference server against a bare Starlette app and a plain Connexion app."""
