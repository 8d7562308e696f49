-- mart_region_indicators: one row per region with any activity, counted for the region itself and
-- rolled up over its subdivisions (a county's articles also count for its city, province and 全国).
-- grain: region_code. n_articles = articles whose primary region is (within) the region;
-- n_articles_mentioning = articles with a subject mention of it; facts are counted by indicator.
-- Sums of values are deliberately absent: facts mix units and periods (see mart_facts_latest).
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
        count(*) as n_facts,
        count(*) filter (where f.indicator = 'platforms') as n_facts_platforms,
        count(*) filter (where f.indicator = 'enterprises') as n_facts_enterprises,
        count(*) filter (where f.indicator = 'projects') as n_facts_projects,
        count(*) filter (where f.indicator = 'funding') as n_facts_funding,
        count(*) filter (where f.indicator = 'output') as n_facts_output,
        count(*) filter (where f.indicator = 'rd_intensity') as n_facts_rd_intensity,
        count(*) filter (where f.indicator = 'rd_expenditure') as n_facts_rd_expenditure,
        count(*) filter (where f.indicator = 'tech_contracts') as n_facts_tech_contracts,
        count(*) filter (where f.indicator = 'talent') as n_facts_talent,
        count(*) filter (where f.indicator = 'patents') as n_facts_patents
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
        coalesce(rf.n_facts, 0) as n_facts,
        coalesce(rf.n_facts_platforms, 0) as n_facts_platforms,
        coalesce(rf.n_facts_enterprises, 0) as n_facts_enterprises,
        coalesce(rf.n_facts_projects, 0) as n_facts_projects,
        coalesce(rf.n_facts_funding, 0) as n_facts_funding,
        coalesce(rf.n_facts_output, 0) as n_facts_output,
        coalesce(rf.n_facts_rd_intensity, 0) as n_facts_rd_intensity,
        coalesce(rf.n_facts_rd_expenditure, 0) as n_facts_rd_expenditure,
        coalesce(rf.n_facts_tech_contracts, 0) as n_facts_tech_contracts,
        coalesce(rf.n_facts_talent, 0) as n_facts_talent,
        coalesce(rf.n_facts_patents, 0) as n_facts_patents
    from regions as r
    left join rolled_activity as ra on ra.region_code = r.region_code
    left join rolled_facts as rf on rf.region_code = r.region_code
    where ra.region_code is not null or rf.region_code is not null
)

select * from final
