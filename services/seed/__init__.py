"""The demo data: a CSP, its people and a review at every stage (`make run`, `make demo`)."""
