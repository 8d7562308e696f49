-- materialize: view
-- stg_articles: one row per article, typed, with the file it came from.
-- grain: article_id. document_status is current, or deleted when its file left the source folder
-- (its rows are kept, for history and traceability, but is_counted is false: the marts leave them out);
-- articles of superseded versions of an edited file are removed upstream.
with articles as (
    select * from articles
),

documents as (
    select document_id, source_path, sha256, encoding, status from raw_documents
),

present_paths as (
    -- where the content is now: a renamed file is found under its new name, as a clean build would
    select document_id, min(source_path) as source_path from document_sources where is_present group by document_id
),

final as (
    select
        a.article_id,
        a.document_id,
        a.seq,
        a.title,
        a.kind,
        a.source_name,
        a.published_date,
        a.date_source,
        a.dateline_place,
        a.region_code,
        a.n_chars,
        a.relevance,
        a.is_relevant,
        coalesce(p.source_path, d.source_path) as source_path,
        d.sha256,
        d.status as document_status,
        d.status = 'current' as is_counted
    from articles as a
    join documents as d on d.document_id = a.document_id
    left join present_paths as p on p.document_id = a.document_id
)

select * from final
