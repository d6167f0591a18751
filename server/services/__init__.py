"""Business rules, one module per resource under ``services/<api>/``; they raise typed errors."""
