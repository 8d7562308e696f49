-- mart_region_topics: one row per (region, topic): how many articles about the region (primary
-- region, rolled up from its subdivisions) touch an industry or technology field, and how strongly.
-- grain: (region_code, topic).
with articles as (
    select article_id, region_code from int_canonical_articles where region_code is not null
),

topics as (
    select * from stg_article_topics
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
        t.topic,
        count(distinct t.article_id) as n_articles,
        round(avg(t.score), 3) as mean_score,
        sum(t.hits)::bigint as n_keyword_hits
    from topics as t
    join articles as a on a.article_id = t.article_id
    join ancestors as an on an.region_code = a.region_code
    join regions as r on r.region_code = an.ancestor_code
    group by all
)

select * from final
