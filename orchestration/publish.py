"""Write, audit, publish: the warehouse readers see changes only after every blocking check passed."""

import dagster as dg

from orchestration.resources import WarehouseResource
from orchestration.settings import POOL
from orchestration.sql_models import sql_models
from orchestration.state import build_fingerprint, record_published

MART_KEYS = [key for key in sql_models.keys if key.to_user_string().startswith("mart_")]


@dg.asset(deps=MART_KEYS, group_name="publish", kinds={"duckdb"}, pool=POOL)
def publish_warehouse(warehouse: WarehouseResource) -> dg.MaterializeResult:
    """Atomically replace the published warehouse file with the checked working copy.

    Runs only when every upstream blocking check passed (Dagster skips it otherwise), so a failed
    check or a crash leaves the previously published warehouse as it was.
    """
    with warehouse.get_connection() as con:
        record_published(con, build_fingerprint(con))
    target = warehouse.publish()
    warehouse.catch_up_in_background()  # the next build's first step, done while the report is written
    return dg.MaterializeResult(metadata={"published": dg.MetadataValue.path(str(target)),
                                          "bytes": target.stat().st_size})
