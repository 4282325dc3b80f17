"""Alembic migrations on both backends: upgrade from empty, downgrade to empty, the
schema matches the code, and servers refuse a database at the wrong revision."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from chainbridge_common.runtime.migrations import SchemaMismatch
from freight_server.server import FreightConfig, build_freight_server
from freight_server.storage import migrate as freight_migrate
from freight_server.storage.schema import metadata as freight_metadata
from pay_server.server import PaymentConfig, build_payment_server
from pay_server.storage import migrate as pay_migrate
from pay_server.storage.schema import metadata as pay_metadata

SERVICES = {
    "freight": (freight_migrate, freight_metadata),
    "payment": (pay_migrate, pay_metadata),
}


@pytest.mark.parametrize("service", list(SERVICES))
def test_upgrade_from_empty_matches_the_code_and_downgrade_empties(databases, backend, service):
    migrator, metadata = SERVICES[service]
    url = databases.new_url(backend, service, migrated=False)
    migrator.upgrade(url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            # Autogenerate finds nothing to do: the migrations build exactly the tables in code.
            assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        migrator.downgrade(url, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrator.upgrade(url)
        assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_servers_refuse_an_unmigrated_database(databases, backend):
    with pytest.raises(SchemaMismatch, match="never migrated.*python -m freight_server migrate"):
        build_freight_server(FreightConfig(db_url=databases.new_url(backend, "freight", migrated=False), payment_addr="127.0.0.1:1"))
    with pytest.raises(SchemaMismatch, match="never migrated.*python -m pay_server migrate"):
        build_payment_server(PaymentConfig(db_url=databases.new_url(backend, "payment", migrated=False), freight_addr="127.0.0.1:1"))


def test_servers_refuse_a_newer_schema(databases, backend):
    url = databases.new_url(backend, "payment")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    engine.dispose()
    with pytest.raises(SchemaMismatch, match="newer than this code knows"):
        build_payment_server(PaymentConfig(db_url=url, freight_addr="127.0.0.1:1"))


def test_audit_and_ledger_rows_cannot_be_edited(databases, backend):
    url = databases.new_url(backend, "payment")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO audit_log (intent_id, shipment_id, from_status, to_status, amount_minor, currency, actor, reason,"
                    " source_event_id, create_time_us) VALUES ('pi_1', 'shp_1', '', 'AWAITING_SCHEDULE', 5, 'USD', 'test', '', '', 1)"
                )
            )
        for statement in ("UPDATE audit_log SET amount_minor = 6", "DELETE FROM audit_log"):
            with pytest.raises(Exception, match="append-only"):
                with engine.begin() as conn:
                    conn.execute(text(statement))
        with engine.connect() as conn:
            assert conn.execute(text("SELECT amount_minor FROM audit_log")).scalar_one() == 5
    finally:
        engine.dispose()


def test_recorded_event_counts_are_backfilled_onto_existing_shipments(databases, backend):
    url = databases.new_url(backend, "freight", migrated=False)
    freight_migrate.upgrade(url, "0002")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO shipments (shipment_id, reference, shipper_id, carrier_id, origin_country, origin_locality,"
                    " origin_postal_code, destination_country, destination_locality, destination_postal_code, cargo_category,"
                    " cargo_description, declared_amount_minor, declared_currency, weight_grams, transport_mode, status,"
                    " create_time_us, update_time_us) VALUES ('shp_1', '', 's', 'c', 'US', '', '', 'US', '', '', 'GENERAL', '',"
                    " 100, 'USD', 0, 'ROAD', 'DELIVERED', 1, 1)"
                )
            )
            for number, event_type in enumerate(["CREATED", "PICKUP_CONFIRMED", "POD_CONFIRMED", "POD_CONFIRMED"]):
                conn.execute(
                    text(
                        "INSERT INTO shipment_events (event_id, shipment_id, event_type, occurred_at_us, recorded_at_us, metadata_json,"
                        " repeated_type, delivered_at_us, delivery_attempts) VALUES (:id, 'shp_1', :type, 1, 1, '{}', false, 1, 1)"
                    ),
                    {"id": f"sev_{number}", "type": event_type},
                )
        freight_migrate.upgrade(url)
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT recorded_events FROM shipments")).scalar_one()
            assert json.loads(stored) == {"CREATED": 1, "PICKUP_CONFIRMED": 1, "POD_CONFIRMED": 2}
    finally:
        engine.dispose()
