"""The Retention area: churn, retention curves, customer value, churn risk and friction costs."""
