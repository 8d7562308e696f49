-- mart_region_platforms: one row per (region, platform type, platform name): the distinct innovation
-- platforms (创新联合体, 实验室, 技术创新中心, 高新区, 孵化器 …) located in a region, with how many
-- articles name them and when.
-- grain: (region_code, platform_type, platform_name).
-- Rolled up: a platform in 杭州 also counts for 浙江 and 全国. Enterprises, universities, institutes
-- and government departments are organisations, not platforms, and are left out.
with platforms as (
    select * from stg_entities
    where is_platform and region_code is not null
      and article_id in (select article_id from int_canonical_articles)
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
        p.type as platform_type,
        p.name as platform_name,
        min(an.depth) = 0 as is_direct,
        count(distinct p.article_id) as n_articles,
        min(p.published_date) as first_published,
        max(p.published_date) as last_published,
        min(p.article_id) as example_article_id
    from platforms as p
    join ancestors as an on an.region_code = p.region_code
    join regions as r on r.region_code = an.ancestor_code
    group by all
)

select * from final
