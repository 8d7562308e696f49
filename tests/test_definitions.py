"""The Dagster definitions: they load, the lineage reaches every mart from the raw files, automation exists."""

import datetime as dt
import os
import shutil
from pathlib import Path

import dagster as dg
import pytest

from orchestration import sql_models
from orchestration.definitions import defs
from orchestration.resources import GreatExpectations, WarehouseResource
from orchestration.settings import SQL_DIR
from orchestration.sql_models import build_sql_models, load_models, table_refs
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def graph():
    return defs.resolve_asset_graph()


def _upstream(graph, key: dg.AssetKey) -> set[str]:
    seen, todo = set(), [key]
    while todo:
        for parent in graph.get(todo.pop()).parent_keys:
            if parent.to_user_string() not in seen:
                seen.add(parent.to_user_string())
                todo.append(parent)
    return seen


def test_every_sql_file_is_an_asset(graph):
    names = {k.to_user_string() for k in graph.get_all_asset_keys()}
    assert {p.stem for p in SQL_DIR.glob("*.sql")} <= names


@pytest.mark.parametrize("mart", sorted(p.stem for p in SQL_DIR.glob("mart_*.sql")))
def test_every_mart_reaches_the_raw_documents(graph, mart):
    upstream = _upstream(graph, dg.AssetKey(mart))
    assert {"raw_documents", "articles", "regions"} <= upstream


def test_sql_dependencies_come_from_the_sql(graph):
    parents = {k.to_user_string() for k in graph.get(dg.AssetKey("mart_region_indicators")).parent_keys}
    assert parents == {"int_canonical_facts", "int_region_activity", "int_region_ancestors", "stg_regions"}


@pytest.mark.parametrize(
    ("sql", "refs"),
    [
        ("with t as (select * from facts) select * from t join regions using (region_code)", {"facts", "regions"}),
        ("select * from (select * from a) s where id in (select id from b)", {"a", "b"}),
        ("select * from read_parquet('x.parquet') join c on true", {"c"}),
    ],
)
def test_table_refs_skip_ctes_subqueries_and_table_functions(sql, refs):
    assert table_refs(sql) == refs


def test_a_model_switches_between_table_and_view_on_an_existing_warehouse(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    with warehouse.get_connection() as con:
        con.execute("create table facts as select 41 as value")
    model = tmp_path / "mart_values.sql"
    for marker, kind in (("", "BASE TABLE"), ("-- materialize: view\n", "VIEW"), ("", "BASE TABLE")):
        model.write_text(f"{marker}-- mart_values: one row per fact.\nselect value from facts\n", encoding="utf-8")
        assert dg.materialize([build_sql_models([model], cache=None)], resources={"warehouse": warehouse, "validator": GreatExpectations()}).success
        with warehouse.get_connection() as con:
            assert con.execute("select table_type from information_schema.tables where table_name = 'mart_values'").fetchall() == [(kind,)]
            assert con.execute("select value from mart_values").fetchall() == [(41,)]


def test_table_refs_refuse_more_than_one_statement():
    with pytest.raises(ValueError):
        table_refs("select 1; drop table articles")


def test_checks_cover_the_core_tables_and_block_on_them():
    specs = [s for c in defs.asset_checks for s in c.check_specs]
    blocking = {s.asset_key.to_user_string() for s in specs if s.blocking}
    assert {"raw_documents", "regions", "articles", "region_mentions", "facts"} <= blocking


def test_every_step_that_opens_the_warehouse_is_in_the_single_slot_pool():
    pools = {a.node_def.name: a.node_def.pool for a in defs.assets}
    pools.update({c.node_def.name: c.node_def.pool for c in defs.asset_checks})
    assert set(pools.values()) == {"duckdb_warehouse"}


def test_sensor_requests_a_run_for_a_new_file(tmp_path, monkeypatch):
    monkeypatch.setenv("INNOVATION_SOURCE_DIR", str(tmp_path))
    shutil.copy(SEEDS / "000_f366a8d252c66c4f.txt", tmp_path / "a.txt")
    sensor = defs.resolve_sensor_def("source_folder_sensor")
    with dg.instance_for_test() as instance:
        first = sensor(dg.build_sensor_context(instance=instance, definitions=defs))
        assert len(first.run_requests) == 1
        idle = sensor(dg.build_sensor_context(instance=instance, definitions=defs, cursor=first.cursor))
        assert isinstance(idle, dg.SkipReason)
        shutil.copy(SEEDS / "001_784f87380d72e5ff.txt", tmp_path / "b.txt")
        again = sensor(dg.build_sensor_context(instance=instance, definitions=defs, cursor=first.cursor))
        assert len(again.run_requests) == 1 and again.cursor != first.cursor
        assert again.run_requests[0].job_name in (None, "build_warehouse")
        # the file removed again: the folder is as it was at the first tick, and that change needs a run of its own
        (tmp_path / "b.txt").unlink()
        back = sensor(dg.build_sensor_context(instance=instance, definitions=defs, cursor=again.cursor))
        assert back.cursor == first.cursor and len(back.run_requests) == 1
        assert back.run_requests[0].run_key not in {first.run_requests[0].run_key, again.run_requests[0].run_key}


def test_daily_schedule_targets_the_build_job():
    schedule = defs.resolve_schedule_def("daily_build")
    assert schedule.cron_schedule == "0 3 * * *" and schedule.execution_timezone == "Asia/Shanghai"
    context = dg.build_schedule_context(scheduled_execution_time=dt.datetime(2026, 11, 23, 3, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    assert len(schedule.evaluate_tick(context).run_requests) == 1
    assert schedule.job_name == "build_warehouse"


def test_dagster_instance_config_serialises_writers():
    import yaml

    config = yaml.safe_load((SQL_DIR.parent / "dagster_home" / "dagster.yaml").read_text())
    assert config["concurrency"]["pools"]["default_limit"] == 1
    assert config["concurrency"]["runs"]["max_concurrent_runs"] == 1
    # the Makefile exports the repository's dagster_home/; tests run on a temporary copy of its config
    home = Path(os.environ["DAGSTER_HOME"])
    assert home != SQL_DIR.parent / "dagster_home" and (home / "dagster.yaml").read_text() == (SQL_DIR.parent / "dagster_home" / "dagster.yaml").read_text()


def _models(tmp_path, files: dict[str, str]):
    for name, sql in files.items():
        (tmp_path / f"{name}.sql").write_text(f"-- {name}: a test model.\n{sql}\n", encoding="utf-8")
    return build_sql_models(sorted(tmp_path.glob("*.sql")), cache=tmp_path / "parsed.json")


def test_sql_models_run_in_one_step_in_dependency_order_and_only_when_selected(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    with warehouse.get_connection() as con:
        con.execute("create table facts as select 41 as value")
    # int_b reads int_c: alphabetical order would build int_b first and fail
    models = _models(tmp_path, {"int_b": "select value + 1 as value from int_c", "int_c": "select value from facts"})
    only_c = dg.materialize([models], resources={"warehouse": warehouse, "validator": GreatExpectations()}, selection=["int_c"])
    assert only_c.success
    assert [e.asset_key.to_user_string() for e in only_c.get_asset_materialization_events()] == ["int_c"]
    both = dg.materialize([models], resources={"warehouse": warehouse, "validator": GreatExpectations()})
    assert both.success
    assert {e.step_key for e in both.get_step_success_events()} == {"sql_models"}
    assert [e.asset_key.to_user_string() for e in both.get_asset_materialization_events()] == ["int_c", "int_b"]
    with warehouse.get_connection() as con:
        assert con.execute("select value from int_b").fetchall() == [(42,)]


def test_a_failing_sql_model_names_its_file_and_leaves_every_model_as_it_was(tmp_path):
    warehouse = WarehouseResource(database=str(tmp_path / "warehouse.duckdb"))
    with warehouse.get_connection() as con:
        con.execute("create table facts as select 41 as value")
        con.execute("create table mart_broken as select 'before' as state")
    models = _models(tmp_path, {"int_ok": "select value from facts", "mart_broken": "select no_such_column from int_ok"})
    result = dg.materialize([models], resources={"warehouse": warehouse, "validator": GreatExpectations()}, raise_on_error=False)
    assert not result.success
    failure = result.get_step_failure_events()[0].step_failure_data
    assert "mart_broken" in failure.user_failure_data.description
    assert str(tmp_path / "mart_broken.sql") in failure.user_failure_data.description
    assert "no_such_column" in failure.user_failure_data.description
    # the models land together: int_ok, made before mart_broken failed, is rolled back and not reported
    assert result.get_asset_materialization_events() == []
    with warehouse.get_connection() as con:
        assert con.execute("select state from mart_broken").fetchall() == [("before",)]
        assert con.execute("select count(*) from information_schema.tables where table_name = 'int_ok'").fetchall() == [(0,)]


def test_every_suite_is_checked_in_exactly_one_step_with_its_own_check():
    from orchestration.checks import CHECK_STEPS, SUITES

    listed = [name for names in CHECK_STEPS.values() for name in names]
    assert sorted(listed) == sorted(suite.check_name for suite in SUITES)  # each once, none left out
    specs = {spec.name: spec for checks in defs.asset_checks for spec in checks.check_specs}
    assert {name: (spec.asset_key.to_user_string(), spec.blocking) for name, spec in specs.items()} == {
        suite.check_name: (suite.table, suite.blocking) for suite in SUITES}
    assert len(defs.asset_checks) == len(CHECK_STEPS)


def test_sql_models_parsed_once_are_read_from_the_cache_and_parsed_again_when_edited(tmp_path, monkeypatch):
    (tmp_path / "int_a.sql").write_text("-- int_a: a test model.\nselect value from facts\n", encoding="utf-8")
    (tmp_path / "mart_b.sql").write_text("-- mart_b: a test model.\nwith x as (select * from int_a) select * from x\n", encoding="utf-8")
    cache = tmp_path / ".cache" / "parsed.json"
    first = load_models(sorted(tmp_path.glob("*.sql")), cache)
    assert [(m.name, sorted(m.refs)) for m in first] == [("int_a", ["facts"]), ("mart_b", ["int_a"])]

    def no_parsing(sql):
        raise AssertionError("parsed although the cache holds this file")

    monkeypatch.setattr(sql_models, "parse_query", no_parsing)
    again = load_models(sorted(tmp_path.glob("*.sql")), cache)
    assert [(m.name, m.refs, m.body) for m in again] == [(m.name, m.refs, m.body) for m in first]

    monkeypatch.undo()  # an edited file is parsed again, the other still comes from the cache
    (tmp_path / "mart_b.sql").write_text("-- mart_b: a test model.\nselect * from int_a join regions using (region_code)\n", encoding="utf-8")
    edited = load_models(sorted(tmp_path.glob("*.sql")), cache)
    assert sorted(edited[-1].refs) == ["int_a", "regions"]

    cache.write_text("{not json", encoding="utf-8")  # a damaged cache is only a slower start
    assert [(m.name, m.refs) for m in load_models(sorted(tmp_path.glob("*.sql")), cache)] == [(m.name, m.refs) for m in edited]
