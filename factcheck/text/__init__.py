"""The bottom layer: Arabic normalization with offset maps, the tokenizer and clitic stripper, span sets."""
