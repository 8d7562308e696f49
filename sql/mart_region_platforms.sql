-- mart_region_platforms: one row per (region, platform type, platform): the distinct innovation
-- platforms (创新联合体, 实验室, 技术创新中心, 高新区, 孵化器 …) located in a region, with how many
-- articles name them and when.
-- grain: (region_code, platform_type, platform_name).
-- A platform is counted once, under its canonical name (数据资源创新联合体 is 数据资源体系创新联合体) and in
-- its one region (int_platforms.region_code), rolled up: a platform in 杭州 also counts for 浙江 and 全国.
-- Platforms with no region are left out; so are enterprises, universities, institutes and departments.
with platforms as (
    select * from int_platforms where region_code is not null
),

ancestors as (
    select * from int_region_ancestors
),

regions as (
    select region_code, name, level from stg_regions
),

final as (
    select
        an.ancestor_code as region_code,
        r.name as region_name,
        r.level as region_level,
        p.platform_type,
        p.platform_name,
        p.region_code as platform_region_code,
        an.depth = 0 as is_direct,
        p.names,
        p.n_articles,
        p.first_published,
        p.last_published,
        p.example_article_id
    from platforms as p
    join ancestors as an on an.region_code = p.region_code
    join regions as r on r.region_code = an.ancestor_code
)

select * from final
