"""Ingestion: parse, chunk, embed and store documents with provenance; retrieve them."""
