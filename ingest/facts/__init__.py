"""Facts with provenance: typed, dated statements about a supplier, each field pointing at the
exact quote, chunk and page it was read from. Extraction is deterministic; document text can only
ever become a field value, never an instruction or a verdict."""
