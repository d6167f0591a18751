"""cs-integration business rules, one module per resource."""
