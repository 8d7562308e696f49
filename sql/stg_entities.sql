-- materialize: view
-- stg_entities: one row per organisation or platform named in an article, with its region
-- (the entity's own region mention, else the article's primary region) and platform flag. `name` is as
-- written at char_start..char_end; `canonical_name` is the full name the article resolves it to
-- (数据资源创新联合体 -> 数据资源体系创新联合体, transforms/entity_names.py).
-- grain: (article_id, entity_no).
with entities as (
    select * from entities
),

articles as (
    select article_id, region_code, published_date from stg_articles
),

final as (
    select
        e.article_id,
        e.entity_no,
        e.name,
        e.canonical_name,
        e.type,
        e.type not in ('企业', '高校', '科研院所', '政府部门') as is_platform,
        coalesce(e.region_code, a.region_code) as region_code,
        e.region_code is null as region_from_article,
        e.sentence_no,
        e.char_start,
        e.char_end,
        a.published_date
    from entities as e
    join articles as a on a.article_id = e.article_id
)

select * from final
