-- materialize: view
-- stg_facts: one row per quantitative statement, typed, with the article's date and source.
-- grain: fact_id. kind is 'level', 'change', 'share' or 'rank'; status 'actual', 'target', 'forecast' or
-- 'plan'; period_year the year the statement refers to (NULL when it names none, not the publication year).
-- Until the extractor sets kind itself (issue 14), the old 'growth' class is read as a change and the
-- 'rank' class as a rank; once those classes are gone the two rules do nothing.
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
        case
            when f.indicator = 'growth' and f.kind = 'level' then 'change'
            when f.indicator = 'rank' and f.kind = 'level' then 'rank'
            else f.kind
        end as kind,
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
