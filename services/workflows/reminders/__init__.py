"""Reminders for every deadline, through the outbox, once per threshold."""
