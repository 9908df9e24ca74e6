"""Reports of a run: the JSON report, the failure text, where a report may be written, atomic writes."""
