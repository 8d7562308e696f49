-- int_platforms: one row per innovation platform of the corpus (创新联合体, 实验室, 技术创新中心, 高新区 …),
-- under its canonical name, with the region it is located in and how many articles name it.
-- grain: (platform_type, platform_name).
-- Names: within an article a shorter name joins the full one (stg_entities.canonical_name); across articles a
-- name that some article resolved to a full name joins it everywhere (one step; a name resolved to two
-- different full names keeps its own). region_code: the region most of its mentions are located in by the
-- platform's own name or by the text (region_from_article false); only a platform with no such mention takes
-- the most frequent region of the articles naming it. A macro-region or 全国 is the least specific place:
-- an article region inside it wins (国家新型显示技术创新中心, placed in 粤港澳大湾区 by its sentence, in a
-- 广州 story is 广州's). Ties go to the smaller region_code.
-- Repeated stories count once; enterprises, universities, institutes and departments are not platforms.
with entities as (
    select * from stg_entities
    where is_platform and article_id in (select article_id from int_canonical_articles)
),

aliases as (
    select type, name, min(canonical_name) as canonical_name
    from entities
    where canonical_name <> name
    group by type, name
    having count(distinct canonical_name) = 1
),

resolved as (
    select
        e.*,
        coalesce(al.canonical_name, e.canonical_name) as platform_name
    from entities as e
    left join aliases as al on al.type = e.type and al.name = e.canonical_name
),

region_votes as (
    select
        type,
        platform_name,
        region_code,
        count(*) filter (where not region_from_article) as n_located,
        count(*) as n_mentions
    from resolved
    where region_code is not null
    group by all
),

ancestors as (
    select region_code, ancestor_code from int_region_ancestors
),

members as (
    select macro_code, member_code from region_members
),

broad_votes as (  -- located in a macro-region or in 全国 only
    select * from region_votes where n_located > 0 and (region_code like 'MR\_%' escape '\' or region_code = '100000')
),

tiered as (
    select
        v.*,
        case
            when v.region_code like 'MR\_%' escape '\' or v.region_code = '100000' then (case when v.n_located > 0 then 2 else 3 end)
            when v.n_located > 0 then 0
            when not exists (select 1 from region_votes as o
                             where o.type = v.type and o.platform_name = v.platform_name and o.n_located > 0) then 1
            when exists (select 1 from broad_votes as b
                         join ancestors as an on an.region_code = v.region_code
                         left join members as m on m.macro_code = b.region_code and m.member_code = an.ancestor_code
                         where b.type = v.type and b.platform_name = v.platform_name
                           and (b.region_code = '100000' or m.macro_code is not null)) then 1
            else 3
        end as tier
    from region_votes as v
),

regions as (
    select type, platform_name, region_code, n_located > 0 as is_located
    from tiered
    qualify row_number() over (
        partition by type, platform_name order by tier, n_located desc, n_mentions desc, region_code
    ) = 1
),

stats as (
    select
        type,
        platform_name,
        count(distinct article_id) as n_articles,
        count(*) as n_mentions,
        array_to_string(list_sort(list(distinct name)), '、') as names,
        min(published_date) as first_published,
        max(published_date) as last_published,
        min(article_id) as example_article_id
    from resolved
    group by all
),

final as (
    select
        s.type as platform_type,
        s.platform_name,
        r.region_code,
        coalesce(r.is_located, false) as is_region_located,
        s.names,
        s.n_articles,
        s.n_mentions,
        s.first_published,
        s.last_published,
        s.example_article_id
    from stats as s
    left join regions as r on r.type = s.type and r.platform_name = s.platform_name
)

select * from final
