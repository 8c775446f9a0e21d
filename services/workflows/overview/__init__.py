"""The overview stage: the combined chronology, the overview recommendations and the
pre-submission checks."""
