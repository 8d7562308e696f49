-- materialize: view
-- stg_facts: one row per quantitative statement, typed, with the article's date and source.
-- grain: fact_id. kind is 'level', 'change', 'share' or 'rank'; status 'actual', 'target', 'forecast' or
-- 'plan'; period_year the year the statement refers to (the publication year when the text names no
-- other; NULL when the article has no date either).
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
        f.sentence_no,
        f.region_code,
        f.indicator,
        f.subject,
        f.value,
        f.value_max,
        f.unit,
        f.qualifier,
        f.bound,
        f.kind,
        f.share_of,
        f.status,
        f.period,
        f.period_year,
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
