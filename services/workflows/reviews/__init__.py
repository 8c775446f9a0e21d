"""Opening a review: notification, the decision to review, the panel, terms of reference,
subjects, family contacts and the CSP dashboard."""
