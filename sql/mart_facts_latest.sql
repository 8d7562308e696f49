-- mart_facts_latest: one row per (region, indicator, subject, unit): the most recently published
-- value, with the sentence and file it came from and how many statements back it.
-- grain: (region_code, indicator, subject, unit). Facts without a subject are left out: an
-- unlabelled number is not an indicator. Ties on date go to the earliest fact in the article.
with facts as (
    select * from int_canonical_facts where region_code is not null and subject is not null
),

ranked as (
    select
        *,
        count(*) over (partition by region_code, indicator, subject, unit) as n_statements,
        row_number() over (
            partition by region_code, indicator, subject, unit
            order by published_date desc nulls last, fact_id
        ) as recency_rank
    from facts
),

final as (
    select
        region_code,
        indicator,
        subject,
        unit,
        value,
        qualifier,
        bound,
        period,
        published_date,
        n_statements,
        sentence,
        fact_id,
        article_id,
        source_name,
        source_path
    from ranked
    where recency_rank = 1
)

select * from final
