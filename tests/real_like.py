"""Customer files shaped like real public exports of three industries.

Written to look and behave like the files researchers bring, with their
quirks, not like planted test data: a telecom churn export (a category
repeated in six service columns, a blank TotalCharges for new customers,
Yes/No churn), an e-commerce churn export (0/1 churn and complaints, blanks,
mostly structureless behaviour) and a mall customer list (200 rows, "Genre",
income and spending score with five groups). Each writer takes a folder, a
size and a seed and returns the CSV path.
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np

SERVICES = ("OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport",
            "StreamingTV", "StreamingMovies")


def write_telecom(folder: Path, n: int = 1500, seed: int = 0) -> Path:
    """IBM Telco-style customer churn: 21 columns, churn Yes/No."""
    rng = np.random.default_rng(seed)
    path = folder / "telco_customer_churn.csv"
    header = ["customerID", "gender", "SeniorCitizen", "Partner", "Dependents", "tenure",
              "PhoneService", "MultipleLines", "InternetService", *SERVICES, "Contract",
              "PaperlessBilling", "PaymentMethod", "MonthlyCharges", "TotalCharges", "Churn"]
    rows = []
    for _ in range(n):
        contract = rng.choice(["Month-to-month", "One year", "Two year"], p=[0.55, 0.21, 0.24])
        base = {"Month-to-month": 8, "One year": 35, "Two year": 55}[contract]
        tenure = int(np.clip(rng.normal(base, 15 if contract == "Month-to-month" else 14), 0, 72))
        internet = rng.choice(["DSL", "Fiber optic", "No"], p=[0.34, 0.44, 0.22])
        phone = "Yes" if rng.random() < 0.9 else "No"
        lines = "No phone service" if phone == "No" else rng.choice(["Yes", "No"], p=[0.45, 0.55])
        services = []
        for name in SERVICES:
            if internet == "No":
                services.append("No internet service")
            else:
                chance = 0.45 if name.startswith("Streaming") else 0.35
                chance += 0.15 if contract == "Two year" else 0.0
                services.append("Yes" if rng.random() < chance else "No")
        charges = 20.0 + (25.0 if internet == "DSL" else 50.0 if internet == "Fiber optic" else 0.0)
        charges += 5.0 * services.count("Yes") + (5.0 if lines == "Yes" else 0.0)
        charges = round(max(18.25, charges + rng.normal(0, 3)), 2)
        payment = rng.choice(["Electronic check", "Mailed check", "Bank transfer (automatic)",
                              "Credit card (automatic)"],
                             p=[0.5, 0.2, 0.15, 0.15] if contract == "Month-to-month"
                             else [0.15, 0.25, 0.3, 0.3])
        senior = int(rng.random() < 0.16)
        partner = "Yes" if rng.random() < 0.48 else "No"
        dependents = "Yes" if rng.random() < (0.5 if partner == "Yes" else 0.1) else "No"
        risk = -2.2 + (1.4 if contract == "Month-to-month" else 0.0) \
            + (0.8 if internet == "Fiber optic" else 0.0) \
            + (0.5 if payment == "Electronic check" else 0.0) - 0.03 * tenure + 0.3 * senior
        churn = "Yes" if rng.random() < 1 / (1 + np.exp(-risk)) else "No"
        total = " " if tenure == 0 else f"{charges * tenure + rng.normal(0, 20):.2f}"
        rows.append([f"{rng.integers(1000, 9999)}-{''.join(rng.choice(list('ABCDEFGHJKLMNPQRSTUVWXYZ'), 5))}",
                     rng.choice(["Female", "Male"]), senior, partner, dependents, tenure, phone,
                     lines, internet, *services, contract,
                     "Yes" if rng.random() < 0.6 else "No", payment, charges, total, churn])
    _write(path, header, rows)
    return path


def write_ecommerce(folder: Path, n: int = 1200, seed: int = 0) -> Path:
    """E-commerce churn export: 0/1 churn and complaints, blanks, weak structure."""
    rng = np.random.default_rng(seed)
    path = folder / "ecommerce_churn.csv"
    header = ["CustomerID", "Churn", "Tenure", "PreferredLoginDevice", "CityTier",
              "WarehouseToHome", "PreferredPaymentMode", "Gender", "HourSpendOnApp",
              "NumberOfDeviceRegistered", "PreferedOrderCat", "SatisfactionScore",
              "MaritalStatus", "NumberOfAddress", "Complain", "OrderAmountHikeFromlastYear",
              "CouponUsed", "OrderCount", "DaySinceLastOrder", "CashbackAmount"]
    rows = []
    for i in range(n):
        tenure = int(rng.gamma(1.5, 7))
        complain = int(rng.random() < 0.28)
        churn = int(rng.random() < 1 / (1 + np.exp(-(-1.2 + 1.1 * complain - 0.12 * tenure))))
        orders = int(rng.gamma(1.3, 2.2)) + 1
        row = [50001 + i, churn, tenure if rng.random() > 0.05 else "",
               rng.choice(["Mobile Phone", "Computer", "Phone"], p=[0.5, 0.3, 0.2]),
               rng.choice([1, 2, 3], p=[0.65, 0.05, 0.3]),
               int(np.clip(rng.gamma(2.5, 6), 5, 127)) if rng.random() > 0.04 else "",
               rng.choice(["Debit Card", "Credit Card", "E wallet", "UPI", "COD", "CC",
                           "Cash on Delivery"], p=[0.41, 0.27, 0.11, 0.07, 0.05, 0.05, 0.04]),
               rng.choice(["Male", "Female"], p=[0.6, 0.4]),
               int(np.clip(round(rng.normal(2.9, 0.7)), 0, 5)) if rng.random() > 0.05 else "",
               int(np.clip(round(rng.normal(3.7, 1.0)), 1, 6)),
               rng.choice(["Laptop & Accessory", "Mobile Phone", "Fashion", "Mobile", "Grocery",
                           "Others"], p=[0.36, 0.23, 0.15, 0.14, 0.07, 0.05]),
               int(rng.choice([1, 2, 3, 4, 5], p=[0.2, 0.1, 0.3, 0.2, 0.2])),
               rng.choice(["Married", "Single", "Divorced"], p=[0.53, 0.32, 0.15]),
               int(np.clip(rng.gamma(2.0, 2.1), 1, 22)), complain,
               int(np.clip(rng.normal(15.7, 3.7), 11, 26)),
               min(int(rng.gamma(1.2, 1.5)), orders),
               orders, int(rng.gamma(1.5, 3.0)) if rng.random() > 0.05 else "",
               round(float(rng.gamma(9, 20)), 2)]
        rows.append(row)
    _write(path, header, rows)
    return path


def write_mall(folder: Path, n: int = 200, seed: int = 0) -> Path:
    """Mall customers: Genre, Age, Annual Income (k$), Spending Score (1-100)."""
    rng = np.random.default_rng(seed)
    path = folder / "Mall_Customers.csv"
    groups = [  # (share, income mean, spending mean, age mean)
        (0.40, 55, 50, 43), (0.20, 87, 82, 32), (0.18, 88, 17, 41), (0.11, 26, 79, 25),
        (0.11, 26, 20, 45)]
    header = ["CustomerID", "Genre", "Age", "Annual Income (k$)", "Spending Score (1-100)"]
    rows = []
    shares = np.array([g[0] for g in groups])
    for i in range(n):
        _, income, spending, age = groups[rng.choice(len(groups), p=shares / shares.sum())]
        rows.append([i + 1, rng.choice(["Female", "Male"], p=[0.56, 0.44]),
                     int(np.clip(rng.normal(age, 9), 18, 70)),
                     int(np.clip(rng.normal(income, 8), 15, 137)),
                     int(np.clip(rng.normal(spending, 8), 1, 99))])
    _write(path, header, rows)
    return path


def _write(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
