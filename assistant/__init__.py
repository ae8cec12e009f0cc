"""The battery-governance assistant: settings, errors, the CLI and (later) answer()."""

__version__ = "0.1.0"
