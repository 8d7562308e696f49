-- materialize: view
-- stg_articles: one row per article, typed, with the file it came from.
-- grain: article_id. document_status is current, or deleted when its file left the source folder
-- (its rows are kept); articles of superseded versions of an edited file are removed upstream.
with articles as (
    select * from articles
),

documents as (
    select document_id, source_path, sha256, encoding, status from raw_documents
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
        d.source_path,
        d.sha256,
        d.status as document_status
    from articles as a
    join documents as d on d.document_id = a.document_id
)

select * from final
