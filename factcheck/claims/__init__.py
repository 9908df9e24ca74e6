"""Claim files: the pydantic model, the YAML reader with lines, the JSON Schema."""
