"""Jinja2 templates of `apikit generate` (a package, so that wheels ship them)."""
