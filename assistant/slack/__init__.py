"""The Slack app: `gov slack` (Socket Mode or the Events API over HTTP)."""
