"""Publication: the anonymity scan, clearance and the published pack."""
