"""The single customer view in the Data area: customer list, customer page, linking, channels."""
