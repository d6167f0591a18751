"""Authentication and authorization: clients, the token endpoint, JWTs, API keys, scopes."""
