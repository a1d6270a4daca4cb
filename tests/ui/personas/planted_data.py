"""Customers in four planted behaviour groups, written as a CRM export (CSV)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

#: The attributes the planted groups differ in (a persona's top line must name one).
PLANTED = {"Income", "Web visits", "Store visits", "Age", "Loyalty tier"}

#: (share, age, income, web visits, store visits, loyalty tiers)
GROUPS = [
    (0.30, 28, 24_000, 12.0, 1.0, ("bronze",)),
    (0.28, 62, 38_000, 0.5, 14.0, ("gold", "silver")),
    (0.24, 44, 95_000, 6.0, 6.0, ("platinum",)),
    (0.18, 47, 31_000, 1.5, 2.5, ("bronze", "silver")),
]


def write_planted_csv(path: Path, customers: int = 240, outliers: int = 6, seed: int = 7) -> Path:
    """Four well separated groups, a noise column, and a few customers between groups."""
    rng = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["customer_id", "Name", "Age", "Income", "Web visits", "Store visits",
                         "Loyalty tier", "Shoe size"])
        number = 0
        for share, age, income, web, store, tiers in GROUPS:
            for _ in range(round(customers * share)):
                number += 1
                writer.writerow([f"C{number:04d}", f"Customer {number}",
                                 round(rng.gauss(age, 4)), round(rng.gauss(income, income * 0.08)),
                                 max(0, round(rng.gauss(web, 1.0))),
                                 max(0, round(rng.gauss(store, 1.0))), rng.choice(tiers),
                                 round(rng.gauss(41, 3))])
        for _ in range(outliers):  # halfway between the young web and the older store groups
            number += 1
            writer.writerow([f"C{number:04d}", f"Customer {number}", 45, 31_000, 6, 7, "silver",
                             round(rng.gauss(41, 3))])
    return path
