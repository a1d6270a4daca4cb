"""The Trends area: series per persona or journey stage over months or weeks, with flags."""
