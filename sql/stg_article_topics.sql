-- materialize: view
-- stg_article_topics: one row per (article, industry/technology topic) from the keyword taxonomy.
-- grain: (article_id, topic).
with topics as (
    select * from article_topics
),

final as (
    select article_id, topic, score, hits from topics
)

select * from final
