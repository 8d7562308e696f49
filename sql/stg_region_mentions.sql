-- materialize: view
-- stg_region_mentions: one row per region mention that names the region as a subject.
-- grain: (article_id, char_start). Names inside organisation names (浙江大学) are evidence of
-- location, not subject mentions, and are left out here (they stay in region_mentions), as are places
-- outside China (kind 'foreign', region_code null) and the places a line is named by (kind 'line': 京 and 沪 of
-- 京沪高铁 are its ends, not what the sentence is about).
with mentions as (
    select * from region_mentions
),

final as (
    select
        article_id,
        region_code,
        mention,
        kind,
        sentence_no,
        char_start,
        char_end,
        is_ambiguous
    from mentions
    where not in_organisation and region_code is not null and kind <> 'line'
)

select * from final
