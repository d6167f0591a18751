"""HTTP concerns shared by every API: failures and their formats, pagination, conditional requests."""
