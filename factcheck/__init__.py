"""factcheck: fact-consistency checks of YAML claims against Arabic news, as a pytest plugin.

The package is imported by pytest at start-up (entry point ``pytest11``), so
this module imports nothing: each part is loaded where it is used.
"""

from __future__ import annotations

__version__ = "0.1.0"
