-- int_article_duplicates: one row per article that repeats an earlier article (the same wire story
-- printed by two papers, or a page stored twice): most of its paragraph content also appears in the
-- earlier one. duplicate_of is the earliest such article (by publication date, then id), the
-- canonical copy; both articles stay in `articles`, the marts count the canonical one. Only counted
-- articles (stg_articles.is_counted) take part: a removed file neither repeats nor is repeated.
-- grain: article_id.
with articles as (
    select article_id, coalesce(published_date, date '9999-12-31') as sort_date from stg_articles where is_counted
),

paragraphs as (
    select * from stg_article_paragraphs where article_id in (select article_id from articles)
),

sizes as (
    select article_id, sum(n_chars) as content_chars from paragraphs group by article_id
),

shared as (
    select a.article_id, b.article_id as other_id, sum(a.n_chars) as shared_chars
    from paragraphs as a
    join paragraphs as b on b.paragraph_hash = a.paragraph_hash and b.article_id <> a.article_id
    group by a.article_id, b.article_id
),

earlier_copies as (
    select s.article_id, s.other_id, s.shared_chars / z.content_chars as shared_share, o.sort_date, o.article_id as other_key
    from shared as s
    join sizes as z on z.article_id = s.article_id
    join articles as me on me.article_id = s.article_id
    join articles as o on o.article_id = s.other_id
    where s.shared_chars >= 0.6 * z.content_chars
      and (o.sort_date < me.sort_date or (o.sort_date = me.sort_date and o.article_id < me.article_id))
),

final as (
    select
        article_id,
        arg_min(other_id, (sort_date, other_key)) as duplicate_of,
        round(max(shared_share), 3) as shared_share,
        count(*) as n_earlier_copies
    from earlier_copies
    group by article_id
)

select * from final
