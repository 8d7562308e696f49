-- materialize: view
-- stg_region_members: one row per (macro-region, member region) from transforms/lexicons/macro_regions.csv.
-- grain: (macro_code, member_code).
with members as (
    select * from region_members
),

final as (
    select macro_code, member_code from members
)

select * from final
