-- mart_region_indicators_yearly: one row per (region, year of publication): articles about the region
-- and statements by indicator, rolled up from subdivisions like mart_region_indicators.
-- grain: (region_code, year). Articles without a publication date are left out (year unknown).
-- year is the year the article was published, not the period a number refers to (see period_year in
-- mart_indicator_values). n_statements_<indicator> counts statements (facts), not things or values.
with articles as (
    select article_id, region_code, year(published_date) as year
    from int_canonical_articles where region_code is not null and published_date is not null
),

facts as (
    select f.region_code, f.indicator, year(f.published_date) as year
    from int_canonical_facts as f where f.region_code is not null and f.published_date is not null
),

ancestors as (
    select * from int_region_ancestors
),

regions as (
    select region_code, name, level from stg_regions
),

article_counts as (
    select an.ancestor_code as region_code, a.year, count(distinct a.article_id) as n_articles
    from articles as a join ancestors as an on an.region_code = a.region_code
    group by all
),

fact_counts as (
    select
        an.ancestor_code as region_code,
        f.year,
        count(*) as n_statements,
        count(*) filter (where f.indicator = 'platforms') as n_statements_platforms,
        count(*) filter (where f.indicator = 'enterprises') as n_statements_enterprises,
        count(*) filter (where f.indicator = 'projects') as n_statements_projects,
        count(*) filter (where f.indicator = 'investment') as n_statements_investment,
        count(*) filter (where f.indicator = 'output') as n_statements_output,
        count(*) filter (where f.indicator = 'rd_intensity') as n_statements_rd_intensity,
        count(*) filter (where f.indicator = 'rd_expenditure') as n_statements_rd_expenditure,
        count(*) filter (where f.indicator = 'tech_contracts') as n_statements_tech_contracts,
        count(*) filter (where f.indicator = 'talent') as n_statements_talent,
        count(*) filter (where f.indicator = 'patents') as n_statements_patents,
        count(*) filter (where f.indicator = 'infrastructure') as n_statements_infrastructure
    from facts as f join ancestors as an on an.region_code = f.region_code
    group by all
),

final as (
    select
        coalesce(a.region_code, f.region_code) as region_code,
        r.name as region_name,
        r.level as region_level,
        coalesce(a.year, f.year) as year,
        coalesce(a.n_articles, 0) as n_articles,
        coalesce(f.n_statements, 0) as n_statements,
        coalesce(f.n_statements_platforms, 0) as n_statements_platforms,
        coalesce(f.n_statements_enterprises, 0) as n_statements_enterprises,
        coalesce(f.n_statements_projects, 0) as n_statements_projects,
        coalesce(f.n_statements_investment, 0) as n_statements_investment,
        coalesce(f.n_statements_output, 0) as n_statements_output,
        coalesce(f.n_statements_rd_intensity, 0) as n_statements_rd_intensity,
        coalesce(f.n_statements_rd_expenditure, 0) as n_statements_rd_expenditure,
        coalesce(f.n_statements_tech_contracts, 0) as n_statements_tech_contracts,
        coalesce(f.n_statements_talent, 0) as n_statements_talent,
        coalesce(f.n_statements_patents, 0) as n_statements_patents,
        coalesce(f.n_statements_infrastructure, 0) as n_statements_infrastructure
    from article_counts as a
    full join fact_counts as f on f.region_code = a.region_code and f.year = a.year
    join regions as r on r.region_code = coalesce(a.region_code, f.region_code)
)

select * from final
