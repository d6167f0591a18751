"""HTTP concerns shared by every API: failures, error formats, validation, pagination, replies."""
