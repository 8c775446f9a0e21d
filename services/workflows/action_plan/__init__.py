"""The action plan: its rows, the workbook round trip and the monitoring of actions."""
