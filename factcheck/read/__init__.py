"""Readers of what a text states: numbers, units, dates, quantities, negation.  They import ``text/`` only."""
