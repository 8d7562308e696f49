-- materialize: view
-- int_region_members: one row per (macro-region, member region) with both names, for listing members'
-- values beside a macro-region's own (join mart_indicator_values on member_code = region_code).
-- grain: (macro_code, member_code). A member's values are the member's, not shares of the macro-region:
-- they are of different periods and sources and are not to be added up into a macro-region value.
with members as (
    select * from stg_region_members
),

regions as (
    select region_code, name, level from stg_regions
),

final as (
    select
        m.macro_code,
        mr.name as macro_name,
        m.member_code,
        r.name as member_name,
        r.level as member_level
    from members as m
    join regions as mr on mr.region_code = m.macro_code
    join regions as r on r.region_code = m.member_code
)

select * from final
