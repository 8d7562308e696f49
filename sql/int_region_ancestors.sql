-- int_region_ancestors: one row per (region, ancestor) pair, the region itself included at depth 0.
-- grain: (region_code, ancestor_code). A county rolls up to its prefecture, province and 全国;
-- macro-regions roll up to 全国 only (their members are in region_members).
with regions as (
    select region_code, parent_code from stg_regions
),

ancestry as (
    select r.region_code, r.region_code as ancestor_code, 0 as depth from regions as r
    union all
    select r.region_code, p1.region_code, 1 from regions as r join regions as p1 on p1.region_code = r.parent_code
    union all
    select r.region_code, p2.region_code, 2
    from regions as r
    join regions as p1 on p1.region_code = r.parent_code
    join regions as p2 on p2.region_code = p1.parent_code
    union all
    select r.region_code, p3.region_code, 3
    from regions as r
    join regions as p1 on p1.region_code = r.parent_code
    join regions as p2 on p2.region_code = p1.parent_code
    join regions as p3 on p3.region_code = p2.parent_code
),

final as (
    select region_code, ancestor_code, depth from ancestry
)

select * from final
