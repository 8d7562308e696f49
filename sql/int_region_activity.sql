-- int_region_activity: one row per (region, article) for every region an article is about or
-- mentions, with how: as its primary region, by subject mentions, by facts.
-- grain: (region_code, article_id). Counts are direct (no roll-up yet); repeated stories count once.
with articles as (
    select article_id, region_code from int_canonical_articles where region_code is not null
),

mentions as (
    select region_code, article_id, count(*) as n_mentions
    from stg_region_mentions
    where article_id in (select article_id from int_canonical_articles)
    group by all
),

facts as (
    select region_code, article_id, count(*) as n_facts from int_canonical_facts where region_code is not null group by all
),

pairs as (
    select region_code, article_id from articles
    union
    select region_code, article_id from mentions
    union
    select region_code, article_id from facts
),

final as (
    select
        p.region_code,
        p.article_id,
        a.article_id is not null as is_primary,
        coalesce(m.n_mentions, 0) as n_mentions,
        coalesce(f.n_facts, 0) as n_facts
    from pairs as p
    left join articles as a on a.article_id = p.article_id and a.region_code = p.region_code
    left join mentions as m on m.article_id = p.article_id and m.region_code = p.region_code
    left join facts as f on f.article_id = p.article_id and f.region_code = p.region_code
)

select * from final
