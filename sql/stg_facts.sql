-- materialize: view
-- stg_facts: one row per quantitative statement, typed, with the article's date and source.
-- grain: fact_id.
with facts as (
    select * from facts
),

articles as (
    select article_id, published_date, source_name, source_path from stg_articles
),

final as (
    select
        f.fact_id,
        f.article_id,
        f.region_code,
        f.indicator,
        f.subject,
        f.value,
        f.unit,
        f.qualifier,
        f.bound,
        f.period,
        f.mention,
        f.sentence,
        f.char_start,
        f.char_end,
        a.published_date,
        a.source_name,
        a.source_path
    from facts as f
    join articles as a on a.article_id = f.article_id
)

select * from final
