-- mart_region_indicators: one row per region with any activity, counted for the region itself and
-- rolled up over its subdivisions (a county's articles also count for its city, province and 全国).
-- grain: region_code. n_articles = articles whose primary region is (within) the region;
-- n_articles_mentioning = articles with a subject mention of it.
-- n_statements_<indicator> counts statements (facts: one number in one sentence, any status and kind),
-- not things: n_statements_platforms = 4 for 浙江 means four statements about platforms, not four
-- platforms. How many 创新联合体 浙江 has (41) is a value: read mart_indicator_values. Sums of values are
-- deliberately absent: facts mix units, subjects and periods. A change (增长12%) counts under the
-- indicator of what changed.
with activity as (
    select * from int_region_activity
),

ancestors as (
    select * from int_region_ancestors
),

facts as (
    select region_code, indicator from int_canonical_facts where region_code is not null
),

regions as (
    select region_code, name, level, parent_code, province_code from stg_regions
),

rolled_activity as (
    select
        an.ancestor_code as region_code,
        count(distinct a.article_id) filter (where a.is_primary and an.depth = 0) as n_articles_direct,
        count(distinct a.article_id) filter (where a.is_primary) as n_articles,
        count(distinct a.article_id) filter (where a.n_mentions > 0) as n_articles_mentioning,
        sum(a.n_mentions)::bigint as n_mentions
    from activity as a
    join ancestors as an on an.region_code = a.region_code
    group by an.ancestor_code
),

rolled_facts as (
    select
        an.ancestor_code as region_code,
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
    from facts as f
    join ancestors as an on an.region_code = f.region_code
    group by an.ancestor_code
),

final as (
    select
        r.region_code,
        r.name,
        r.level,
        r.parent_code,
        r.province_code,
        coalesce(ra.n_articles_direct, 0) as n_articles_direct,
        coalesce(ra.n_articles, 0) as n_articles,
        coalesce(ra.n_articles_mentioning, 0) as n_articles_mentioning,
        coalesce(ra.n_mentions, 0) as n_mentions,
        coalesce(rf.n_statements, 0) as n_statements,
        coalesce(rf.n_statements_platforms, 0) as n_statements_platforms,
        coalesce(rf.n_statements_enterprises, 0) as n_statements_enterprises,
        coalesce(rf.n_statements_projects, 0) as n_statements_projects,
        coalesce(rf.n_statements_investment, 0) as n_statements_investment,
        coalesce(rf.n_statements_output, 0) as n_statements_output,
        coalesce(rf.n_statements_rd_intensity, 0) as n_statements_rd_intensity,
        coalesce(rf.n_statements_rd_expenditure, 0) as n_statements_rd_expenditure,
        coalesce(rf.n_statements_tech_contracts, 0) as n_statements_tech_contracts,
        coalesce(rf.n_statements_talent, 0) as n_statements_talent,
        coalesce(rf.n_statements_patents, 0) as n_statements_patents,
        coalesce(rf.n_statements_infrastructure, 0) as n_statements_infrastructure
    from regions as r
    left join rolled_activity as ra on ra.region_code = r.region_code
    left join rolled_facts as rf on rf.region_code = r.region_code
    where ra.region_code is not null or rf.region_code is not null
)

select * from final
