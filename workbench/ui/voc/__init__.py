"""The Voice of the customer area: survey measures by group, key drivers, voices."""
