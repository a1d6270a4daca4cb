"""Pure analysis over frames: linking, personas, themes, journeys, retention.

scikit-learn's OpenMP threads spin while they wait by default; beside the
window's own threads or any busy program, a two-second model fit then takes
minutes. Every scikit-learn import in the app happens inside this package, so
waiting threads are told to sleep here, before the OpenMP runtime loads (unless
the user chose otherwise).
"""

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
