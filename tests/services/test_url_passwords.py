"""Connection URLs keep no password: neither before the host nor as a query parameter."""

from __future__ import annotations

import pytest

from workbench.domain.warehouse import DatabaseSource, strip_password, url_password


@pytest.mark.parametrize(("url", "kept", "password"), [
    ("postgresql://ann:s3cret@db.example.com:5433/crm", "postgresql://ann@db.example.com:5433/crm",
     "s3cret"),
    ("postgresql://ann@db/crm?sslmode=require&password=s3cret",
     "postgresql://ann@db/crm?sslmode=require", "s3cret"),
    ("postgres://db/crm?PASSWORD=s3cret", "postgres://db/crm", "s3cret"),
    ("postgresql://ann@db/crm", "postgresql://ann@db/crm", None),
])
def test_the_password_is_read_once_and_never_kept(url, kept, password):
    assert strip_password(url) == kept
    assert url_password(url) == password
    described = DatabaseSource("postgresql", url, table="customers")
    assert "s3cret" not in str(described.to_dict()) and "s3cret" not in described.display_name
