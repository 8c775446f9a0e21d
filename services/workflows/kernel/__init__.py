"""What every stage uses: the request context, the audit trail and `record`, the outbox,
idempotency, the access log, refusals, uploads and the shared read helpers."""
