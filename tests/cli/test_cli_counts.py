"""Large counts on the command line carry the language's thousands separator."""

from __future__ import annotations

import re

import pytest

from workbench.cli import main


@pytest.fixture
def project_with_1200_customers(tmp_path, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    data = tmp_path / "customers.csv"
    data.write_text("customer_id,segment,spend\n" + "".join(
        f"C{n:05d},{'ab'[n % 2]},{n % 97}\n" for n in range(1200)), encoding="utf-8")
    path = tmp_path / "big.pwb"
    assert main(["new", str(path)]) == 0
    return path, data


def test_import_and_sources_print_counts_with_separators_in_english(
        project_with_1200_customers, capsys):
    path, data = project_with_1200_customers
    assert main(["import", str(path), str(data), "--quiet"]) == 0
    out = capsys.readouterr().out
    assert "1,200 rows" in out and "Customers: 1,200" in out
    assert main(["sources", str(path)]) == 0
    assert "1,200 rows × 3 columns" in capsys.readouterr().out


def test_counts_use_the_italian_separator(project_with_1200_customers, capsys, monkeypatch):
    path, data = project_with_1200_customers
    monkeypatch.setenv("LANGUAGE", "it")
    assert main(["import", str(path), str(data), "--quiet"]) == 0
    assert main(["sources", str(path)]) == 0
    out = capsys.readouterr().out
    assert "1.200" in out
    assert not re.search(r"\b1,200\b|\b1200\b", out)
