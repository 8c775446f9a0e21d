"""Use cases, grouped by the stage of a review they belong to (see docs/architecture.md)."""
