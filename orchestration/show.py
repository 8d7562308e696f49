"""`innovation-warehouse show ARTICLE_ID`: an article in the terminal, its evidence highlighted by offsets."""

import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from orchestration.preflight import UserError
from transforms.report import article_spans, format_value, highlight_segments

STYLES = {"fact": "bold black on yellow", "entity": "black on cyan", "region": "black on green"}


def show_article(con, article_id: str, console: Console | None = None) -> int:
    """Print title, source file, the body with facts/entities/regions highlighted, and the facts table."""
    console = console or Console(highlight=False, soft_wrap=False, width=None if sys.stdout.isatty() else 120)
    found = con.execute("""SELECT a.title, a.source_name, a.published_date, d.source_path, a.body FROM articles a
                           JOIN raw_documents d USING (document_id) WHERE a.article_id = ?""", [article_id]).fetchall()
    if not found:
        like = [r for (r,) in con.execute("SELECT article_id FROM articles WHERE article_id LIKE ? ORDER BY 1 LIMIT 5", [f"{article_id[:16]}%"]).fetchall()]
        hint = f"; articles of that document: {', '.join(like)}" if like else "; list them with: innovation-warehouse sql \"SELECT article_id, title FROM articles\""
        raise UserError(f"no article {article_id!r} in the warehouse{hint}")
    title, source_name, published, source_path, body = found[0]
    facts = con.sql("SELECT f.*, r.name AS region_name FROM facts f LEFT JOIN regions r ON r.region_code = f.region_code WHERE article_id = ? ORDER BY char_start", params=[article_id]).pl()
    mentions = con.sql("SELECT char_start, char_end, region_code FROM region_mentions WHERE article_id = ?", params=[article_id]).pl()
    entities = con.sql("SELECT char_start, char_end, type FROM entities WHERE article_id = ?", params=[article_id]).pl()
    console.print(Text(title or "(untitled)", style="bold"))
    console.print(f"{article_id} · {source_name or ''} · {published or ''} · file {source_path}", style="dim")
    console.print(Text.assemble(("fact", STYLES["fact"]), " ", ("platform / organisation", STYLES["entity"]), " ", ("region", STYLES["region"])))
    text = Text()
    for piece, kind, _label in highlight_segments(body or "", article_spans(facts.to_dicts(), mentions.to_dicts(), entities.to_dicts())):
        text.append(piece, style=STYLES.get(kind, ""))
    console.print(text)
    table = Table(title=f"{facts.height} facts", show_lines=True)
    for column in ("value", "unit", "indicator", "region", "sentence"):
        table.add_column(column, overflow="fold", justify="right" if column == "value" else "left")
    for row in facts.iter_rows(named=True):
        table.add_row(format_value(row["value"]), row["unit"] or "", row["indicator"] or "",
                      f"{row['region_name'] or ''} {row['region_code'] or ''}".strip(), row["sentence"] or "")
    console.print(table)
    return 0
