-- materialize: view
-- int_canonical_articles: one row per article that is not a repeat of an earlier one, with how many
-- copies of it were found. The marts count these, so a story printed twice counts once, and an article
-- whose file left the source folder (stg_articles.is_counted false) not at all, nor one outside the domain
-- (is_relevant false: politics, disasters, foreign affairs; transforms/relevance.py): its rows stay in
-- `articles` / `facts`, queryable, but no mart counts them.
-- grain: article_id.
with articles as (
    select * from stg_articles
),

duplicates as (
    select * from int_article_duplicates
),

copies as (
    select duplicate_of as article_id, count(*) as n_copies from duplicates group by duplicate_of
),

final as (
    select a.*, coalesce(c.n_copies, 0) as n_copies
    from articles as a
    left join copies as c on c.article_id = a.article_id
    where a.is_counted and a.is_relevant and a.article_id not in (select article_id from duplicates)
)

select * from final
