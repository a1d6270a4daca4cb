"""The Journeys area: journey maps built from personas, beside what their members did."""
