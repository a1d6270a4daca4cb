"""Touchpoint event logs are recognised by their columns; customer exports are not."""

from __future__ import annotations

from workbench.domain.columns import ColumnRole, ColumnSpec
from workbench.ingest.reader import detect_events_layout, read_table


def specs(*pairs) -> list[ColumnSpec]:
    return [ColumnSpec(name=name, label=name, role=role, position=i)
            for i, (name, role) in enumerate(pairs)]


def test_event_log_file_is_recognised_with_customer_time_channel_and_action(tmp_path):
    path = tmp_path / "events.csv"
    lines = ["customer_id,timestamp,channel,action,outcome,satisfaction score"]
    for i in range(40):
        lines.append(f"C{i % 8:02d},2026-03-{i % 28 + 1:02d} 10:{i % 60:02d}:00,"
                     f"{['store', 'web', 'app', 'call centre'][i % 4]},{['browse', 'buy'][i % 2]},"
                     f"{['ok', 'ko'][i % 2]},{i % 5}")
    path.write_text("\n".join(lines), "utf-8")
    layout = detect_events_layout(read_table(path).columns)
    assert layout == {"customer": "customer_id", "timestamp": "timestamp", "channel": "channel",
                      "action": "action", "outcome": "outcome", "score": "satisfaction_score"}


def test_italian_event_log_headers_are_recognised():
    layout = detect_events_layout(specs(
        ("codice_cliente", ColumnRole.IDENTIFIER), ("data_ora", ColumnRole.DATE),
        ("canale", ColumnRole.CHANNEL), ("azione", ColumnRole.CATEGORICAL),
        ("esito", ColumnRole.CATEGORICAL), ("voto", ColumnRole.NUMERIC)))
    assert layout == {"customer": "codice_cliente", "timestamp": "data_ora", "channel": "canale",
                      "action": "azione", "outcome": "esito", "score": "voto"}


def test_wide_customer_export_with_a_date_and_a_channel_is_not_an_event_log():
    columns = [("customer_id", ColumnRole.IDENTIFIER), ("email", ColumnRole.PII),
               ("segment", ColumnRole.CATEGORICAL), ("preferred_channel", ColumnRole.CHANNEL),
               ("signup", ColumnRole.DATE), ("comment", ColumnRole.FREE_TEXT)]
    columns += [(f"metric_{i}", ColumnRole.NUMERIC) for i in range(10)]
    assert detect_events_layout(specs(*columns)) is None


def test_narrow_log_without_an_action_header_uses_its_category_column():
    layout = detect_events_layout(specs(
        ("user", ColumnRole.IDENTIFIER), ("when", ColumnRole.DATE),
        ("touchpoint", ColumnRole.CHANNEL), ("page", ColumnRole.CATEGORICAL)))
    assert layout == {"customer": "user", "timestamp": "when", "channel": "touchpoint",
                      "action": "page"}


def test_without_a_customer_a_time_or_a_channel_there_is_no_event_log():
    assert detect_events_layout(specs(("id", ColumnRole.IDENTIFIER),
                                      ("channel", ColumnRole.CHANNEL))) is None
    assert detect_events_layout(specs(("id", ColumnRole.IGNORE), ("at", ColumnRole.DATE),
                                      ("channel", ColumnRole.CHANNEL))) is None


def test_a_log_with_stage_and_action_columns_keeps_the_action_as_the_action():
    # the stage is read from the source by the journeys; the action must not be lost to it
    layout = detect_events_layout(specs(
        ("customer_id", ColumnRole.IDENTIFIER), ("timestamp", ColumnRole.DATE),
        ("channel", ColumnRole.CHANNEL), ("stage", ColumnRole.CATEGORICAL),
        ("action", ColumnRole.CATEGORICAL), ("outcome", ColumnRole.CATEGORICAL)))
    assert layout["action"] == "action"
    only_stage = detect_events_layout(specs(
        ("customer_id", ColumnRole.IDENTIFIER), ("timestamp", ColumnRole.DATE),
        ("channel", ColumnRole.CHANNEL), ("fase", ColumnRole.CATEGORICAL)))
    assert only_stage["action"] == "fase"
