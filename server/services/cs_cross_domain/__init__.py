"""cs-cross-domain business rules: every computed field derived from stored records."""
