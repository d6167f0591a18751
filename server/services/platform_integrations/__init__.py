"""platform-integrations business rules: simulated connectors, integrations, sync jobs."""
