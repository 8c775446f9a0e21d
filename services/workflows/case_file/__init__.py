"""The case file: every record of a review in one read, and the later records as lists."""
