"""The JSON Schema of claim files (and of the shared files they include), for editors.

yaml-language-server reads it for hover help and completion: every key has a
description and examples (``factcheck.claims.model``).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import TypeAdapter

from factcheck.claims.model import ClaimFile, SharedFile

__all__ = ["claim_file_schema", "schema_text"]


def _allow_extension_keys(node: Any) -> None:
    """Keys starting with ``x-`` are allowed by the loader; say so to editors."""
    if isinstance(node, dict):
        if node.get("additionalProperties") is False:
            node["patternProperties"] = {"^x-": {}}
        for value in node.values():
            _allow_extension_keys(value)
    elif isinstance(node, list):
        for value in node:
            _allow_extension_keys(value)


def claim_file_schema() -> dict[str, Any]:
    schema: dict[str, Any] = TypeAdapter(ClaimFile | SharedFile).json_schema(by_alias=True, mode="validation")
    _allow_extension_keys(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://factcheck.invalid/schema/claims-v1.json"
    schema["title"] = "factcheck claim file, version 1"
    schema["description"] = (
        "A claim file (version, claims, and optionally topic, include, aliases, sources, scope, defaults), "
        "or a shared file (shared: true) of defaults, scope and aliases that claim files include."
    )
    return schema


def schema_text() -> str:
    return json.dumps(claim_file_schema(), ensure_ascii=False, indent=2) + "\n"
