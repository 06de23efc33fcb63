"""Records and checks: contract rows from understood tables and text, cross-checks."""
