-- mart_indicator_values: one row per value an analyst can cite: (region, indicator, subject, kind, share_of,
-- status, period_year, unit), with the value chosen, the spread when sources disagree, and the sentence
-- and file the chosen value comes from.
-- grain: (region_code, indicator, subject, kind, share_of, status, period_year, unit). Achievements and
-- targets never share a row (status: actual, target, forecast, plan), nor do levels, changes, shares and
-- ranks (kind: 增长12% is a change, not a level; a rank is its own row, kind 'rank'). The subject is in the
-- grain because an indicator class holds several things (platforms: 41 创新联合体 and 10 省技术创新中心 are
-- two answers, not a disagreement); it is the extractor's free text, so two wordings make two rows.
-- period_year is the year the statement names, else the year its article was published (a level stated without a
-- date is read as of its story); NULL when neither is known, and for the size of a thing told without a time
-- (大桥全长1320米, 设计时速350公里: of no year).
-- Chosen value: the most recently published statement; ties go to the earliest fact in the article
-- (lowest fact_id). chosen_because says why: 'only source' (one statement), 'sources agree' / 'statements
-- agree' (every statement gives the same value, from several articles / from one), 'most recent publication'
-- (sources disagree and one article is the latest), 'same publication date: earliest statement' (the latest
-- date is shared by disagreeing articles), 'one source: earliest statement' (one article states
-- several values), 'no publication date: earliest statement'.
-- value_min, value_max: the smallest and largest value over the row's statements (a range 10—20家 counts
-- with both ends); value_to is the chosen statement's own range end; bound and qualifier say whether the
-- chosen value is exact, at least (超, 突破) or at most. n_sources counts distinct articles, n_statements
-- facts; a story printed twice counts once (int_canonical_facts).
-- Left out: facts without a region (a number of no place), without a subject (an unlabelled number),
-- and of indicator 'other' (unclassified: they stay in facts and mart_facts_latest).
-- Not rolled up: a value about 杭州 is not a value about 浙江, and 浙江's value is not 全国's. A macro-region's
-- rows are statements about the macro-region itself (长三角 …); its members' values are never summed
-- into it (they differ in period and source and would not add up). To read members beside it, join
-- int_region_members: `select v.* from int_region_members m join mart_indicator_values v on
-- v.region_code = m.member_code where m.macro_code = 'MR_YRD'`.
with facts as (
    select * from int_canonical_facts
),

regions as (
    select region_code, name, level from stg_regions
),

citable as (
    select *
    from facts
    where region_code is not null and subject is not null and value is not null and indicator <> 'other'
),

ranked as (
    select
        *,
        row_number() over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
            order by published_date desc nulls last, fact_id
        ) as recency_rank,
        max(published_date) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as latest_date,
        count(*) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as n_statements,
        count(distinct article_id) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as n_sources,
        min(value) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as value_min,
        max(coalesce(value_max, value)) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as value_max_all,
        count(distinct value::varchar || '~' || coalesce(value_max, value)::varchar) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as n_distinct_values
    from citable
),

latest_sources as (
    select
        fact_id,
        count(distinct case when published_date = latest_date then article_id end) over (
            partition by region_code, indicator, subject, kind, share_of, status, period_year, unit
        ) as n_sources_latest
    from ranked
),

chosen as (
    select
        r.*,
        l.n_sources_latest,
        case
            when r.n_statements = 1 then 'only source'
            when r.n_distinct_values = 1 and r.n_sources > 1 then 'sources agree'
            when r.n_distinct_values = 1 then 'statements agree'
            when r.published_date is null then 'no publication date: earliest statement'
            when r.n_sources = 1 then 'one source: earliest statement'
            when l.n_sources_latest = 1 then 'most recent publication'
            else 'same publication date: earliest statement'
        end as chosen_because
    from ranked as r
    join latest_sources as l on l.fact_id = r.fact_id
    where r.recency_rank = 1
),

final as (
    select
        c.region_code,
        g.name as region_name,
        g.level as region_level,
        c.indicator,
        c.subject,
        c.kind,
        c.share_of,
        c.status,
        c.period_year,
        c.unit,
        c.value,
        c.value_max as value_to,
        c.bound,
        c.qualifier,
        c.period,
        c.value_min,
        c.value_max_all as value_max,
        c.n_sources,
        c.n_statements,
        c.chosen_because,
        c.fact_id,
        c.sentence,
        c.article_id,
        c.published_date,
        c.source_name,
        c.source_path
    from chosen as c
    join regions as g on g.region_code = c.region_code
)

select * from final
