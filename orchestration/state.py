"""What a build is made of, as one fingerprint: when it equals the last published one, there is nothing to do."""

import hashlib

from orchestration.tables import read_state, write_state
from orchestration.versions import analysis_version, sql_version


def build_fingerprint(con) -> str:
    """Files (path, content, presence), rejections, analysis code and SQL code of the working warehouse."""
    inputs = con.execute("""
        SELECT coalesce(md5(string_agg(source_path || '|' || document_id || '|' || is_present, '\n' ORDER BY source_path, document_id)), '')
        FROM document_sources""").fetchall()[0][0]
    rejected = con.execute("""
        SELECT coalesce(md5(string_agg(source_path || '|' || reason, '\n' ORDER BY source_path)), '') FROM rejected_documents""").fetchall()[0][0]
    return hashlib.sha256(f"{inputs}|{rejected}|{analysis_version()}|{sql_version()}".encode()).hexdigest()[:16]


def published_fingerprint(con) -> str | None:
    return read_state(con, "published_fingerprint")


def record_published(con, fingerprint: str) -> None:
    write_state(con, "published_fingerprint", fingerprint)
