"""Individual Management Reviews: commissioning, writing, submission and acceptance, and each
IMR's chronology and recommendations."""
