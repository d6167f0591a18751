"""SQL access to the event-platform tables, one store per resource."""
