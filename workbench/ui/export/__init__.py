"""The Export area and the journey export dialog (Qt); the exports themselves are in services."""
