-- mart_region_links: one row per unordered pair of regions that appear together in cooperation
-- statements, with counts and an example sentence.
-- grain: (region_a, region_b) with region_a < region_b.
-- Regions are counted as named (a city pair stays a city pair; no roll-up). A region paired with one
-- of its own ancestors (杭州 with 浙江) is containment, not a link, and is left out.
with cooperation as (
    select * from int_cooperation_sentences
),

pairs as (
    select a.article_id, a.sentence_no, a.region_code as region_a, b.region_code as region_b, a.sentence
    from cooperation as a
    join cooperation as b
      on b.article_id = a.article_id and b.sentence_no = a.sentence_no and a.region_code < b.region_code
),

regions as (
    select region_code, name from stg_regions
),

ancestors as (
    select region_code, ancestor_code from int_region_ancestors where depth > 0
),

final as (
    select
        p.region_a,
        ra.name as region_a_name,
        p.region_b,
        rb.name as region_b_name,
        count(*) as n_sentences,
        count(distinct p.article_id) as n_articles,
        min(p.sentence) as example_sentence,
        min(p.article_id) as example_article_id
    from pairs as p
    join regions as ra on ra.region_code = p.region_a
    join regions as rb on rb.region_code = p.region_b
    where not exists (
        select 1 from ancestors as an
        where (an.region_code = p.region_a and an.ancestor_code = p.region_b)
           or (an.region_code = p.region_b and an.ancestor_code = p.region_a)
    )
    group by all
)

select * from final
