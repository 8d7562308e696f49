-- materialize: view
-- stg_sentences: one row per sentence of an article body, with its offsets.
-- grain: (article_id, sentence_no).
with sentences as (
    select * from sentences
),

final as (
    select article_id, sentence_no, char_start, char_end, text from sentences
)

select * from final
