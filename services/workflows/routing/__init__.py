"""Routing a finished report: sign-offs, the Home Office submission and the flows subscribed to
a review's events."""
