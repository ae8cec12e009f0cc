"""Shared foundations, the bottom layer: the error type, settings, access labels and the one
visibility rule, citations and their numbering, and the status vocabularies. Everything above
(ingest, tools, assistant, evals) may import from here; nothing here imports from above."""
