-- materialize: view
-- stg_article_paragraphs: one row per paragraph fingerprint of an article (paragraphs of 20+ content
-- characters; punctuation and spacing ignored).
-- grain: (article_id, paragraph_no).
with paragraphs as (
    select * from article_paragraphs
),

final as (
    select article_id, paragraph_no, paragraph_hash, n_chars from paragraphs
)

select * from final
