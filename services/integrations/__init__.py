"""Delivery of outbox events to Teams, SharePoint lists, Power Automate and the task pane."""
