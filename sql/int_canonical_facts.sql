-- materialize: view
-- int_canonical_facts: one row per fact of a canonical article (see int_canonical_articles): the facts
-- the marts count. Facts of a repeated story are kept in `facts` but counted once here.
-- grain: fact_id.
with facts as (
    select * from stg_facts
),

canonical as (
    select article_id from int_canonical_articles
),

final as (
    select f.* from facts as f where f.article_id in (select article_id from canonical)
)

select * from final
