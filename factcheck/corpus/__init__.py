"""Reading articles: path specs, decoding, folders and JSONL, into ``Source`` objects."""
