"""GrantDesk: fill, check and print state-grant reports of Kazakhstan NGOs, offline."""

__version__ = "0.1.0"
