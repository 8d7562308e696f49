-- int_cooperation_sentences: one row per (sentence, region) for sentences that state cooperation
-- between places (合作, 协同, 联合, 共建, 携手, 一体化, 对接, 联动, 输出, 共享 …) and name at least two
-- different regions (provinces, cities, counties; not 全国 or macro-regions) as subjects.
-- grain: (article_id, sentence_no, region_code). Only articles the marts count (int_canonical_articles).
with sentences as (
    select * from stg_sentences
    where article_id in (select article_id from int_canonical_articles)
      and regexp_matches(text, '合作|协同|联合|共建|携手|一体化|对接|联动|输出|共享|互认|结对|帮扶|签约|通用通兑')
),

mentions as (
    select distinct article_id, sentence_no, region_code
    from stg_region_mentions
    where sentence_no is not null and region_code <> '100000' and region_code not like 'MR\_%' escape '\'
),

with_regions as (
    select s.article_id, s.sentence_no, s.text, m.region_code,
           count(*) over (partition by s.article_id, s.sentence_no) as n_regions
    from sentences as s
    join mentions as m on m.article_id = s.article_id and m.sentence_no = s.sentence_no
),

final as (
    select article_id, sentence_no, region_code, text as sentence from with_regions where n_regions >= 2
)

select * from final
