-- materialize: view
-- stg_regions: one row per region (division, 全国 or macro-region) with its province.
-- grain: region_code.
with regions as (
    select * from regions
),

final as (
    select
        region_code,
        name,
        short_name,
        level,
        parent_code,
        province_code,
        lat,
        lon
    from regions
)

select * from final
