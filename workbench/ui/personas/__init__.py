"""The Personas area: persona sets, persona cards traced to their customers, new runs.

Widgets only: the clustering, the card statistics and the storage are the
core's (:mod:`workbench.services.personas`); work that reads many customers
runs in the background through :mod:`workbench.ui.personas.background`.
"""
