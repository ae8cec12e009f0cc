"""Prompt text shipped as package data."""
