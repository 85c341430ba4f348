-- A study group's shared library (ADR 0022). Run as the group's owner role, which then owns every object here;
-- ${owner}, ${organiser} and ${member} are the group's roles as identifiers, ${organiser_name} and ${member_name}
-- the same as string literals, put in by the migration runner.

create table yandu.schema_version (version integer not null);
insert into yandu.schema_version values (0);

-- Every shared row's change number. Numbers are taken under one lock a group, held until the writing transaction
-- ends, so they become visible in their order: a client that has seen number N has seen every number below it.
create sequence yandu.changes;
create table yandu.change_order (one boolean primary key default true);

create function yandu.next_change() returns trigger
    language plpgsql security definer set search_path = pg_catalog, yandu as $$
begin
    lock table yandu.change_order in exclusive mode;
    new.change := nextval('yandu.changes');
    return new;
end
$$;

create table yandu.members (
    name text primary key,
    display_name text not null,
    organiser boolean not null default false,
    shows_reading boolean not null default false,
    active boolean not null default true,
    change bigint not null
);

-- A collection is its speeches' fingerprints in order: a speech may be in several, and a member who has some of
-- them already gets only the rest.
create table yandu.collections (
    id uuid primary key,
    title text not null,
    speech_fingerprints text[] not null default '{}',
    withdrawn boolean not null default false,
    change bigint not null
);

create table yandu.speeches (
    id uuid primary key,
    fingerprint text not null unique,
    content jsonb not null,
    withdrawn boolean not null default false,
    published_by text not null default current_user,
    change bigint not null
);

create table yandu.notes (
    id uuid primary key,
    author text not null default current_user,
    speech_fingerprint text not null,
    anchor jsonb not null,
    colour text not null,
    body text not null default '',
    tags text[] not null default '{}',
    shared boolean not null default false,
    deleted boolean not null default false,
    revision integer not null default 1,
    -- The revision the writer's device had when it made this edit: another one means an edit in between was
    -- overwritten, and is kept as a revision marked so.
    base_revision integer not null default 0,
    edited_at timestamptz not null,
    change bigint not null
);

create table yandu.note_revisions (
    note_id uuid not null references yandu.notes,
    revision integer not null,
    author text not null,
    speech_fingerprint text not null,
    anchor jsonb not null,
    colour text not null,
    body text not null,
    tags text[] not null,
    shared boolean not null,
    deleted boolean not null,
    edited_at timestamptz not null,
    overwritten_by_another_edit boolean not null,
    change bigint not null,
    primary key (note_id, revision)
);

create function yandu.keep_revision() returns trigger
    language plpgsql security definer set search_path = pg_catalog, yandu as $$
begin
    insert into yandu.note_revisions (note_id, revision, author, speech_fingerprint, anchor, colour, body, tags,
                                      shared, deleted, edited_at, overwritten_by_another_edit)
    values (old.id, old.revision, old.author, old.speech_fingerprint, old.anchor, old.colour, old.body, old.tags,
            old.shared, old.deleted, old.edited_at, new.base_revision <> old.revision);
    new.revision := old.revision + 1;
    return new;
end
$$;

-- A shared note that stopped being shared (or was deleted unshared) drops out of the others' sight, and with it any
-- change they could read: this row, with a change number of its own, is what tells their devices to let it go.
create table yandu.unshared_notes (
    note_id uuid primary key references yandu.notes,
    change bigint not null
);

create function yandu.note_unshared() returns trigger
    language plpgsql security definer set search_path = pg_catalog, yandu as $$
begin
    if old.shared and not new.shared then
        insert into yandu.unshared_notes (note_id) values (new.id)
        on conflict (note_id) do update set change = 0;
    end if;
    return new;
end
$$;

create table yandu.assignments (
    id uuid primary key,
    title text not null,
    speech_fingerprints text[] not null default '{}',
    due date,
    note text not null default '',
    withdrawn boolean not null default false,
    change bigint not null
);

-- Terms every member's segmentation keeps whole and every lookup shows, as a reader's own terms are.
create table yandu.glossary (
    term text primary key,
    pinyin text not null default '',
    explanation text not null default '',
    english text not null default '',
    tags text[] not null default '{}',
    deleted boolean not null default false,
    change bigint not null
);

create table yandu.reading (
    member text not null default current_user,
    speech_fingerprint text not null,
    read boolean not null,
    shown_to_organisers boolean not null default false,
    change bigint not null,
    primary key (member, speech_fingerprint)
);

-- The outbox entries a member's devices have pushed: a retried push finds its id here and is not applied twice.
create table yandu.pushes (
    member text not null default current_user,
    id uuid not null,
    applied_at timestamptz not null default now(),
    primary key (member, id)
);

create trigger a_keep_revision before update on yandu.notes for each row execute function yandu.keep_revision();
create trigger note_unshared after update on yandu.notes for each row execute function yandu.note_unshared();
create trigger z_change before insert or update on yandu.unshared_notes for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.members for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.collections for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.speeches for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.notes for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.note_revisions for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.assignments for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.glossary for each row execute function yandu.next_change();
create trigger z_change before insert or update on yandu.reading for each row execute function yandu.next_change();

-- A sync reads "changes since N" a table at a time.
create index members_change on yandu.members (change);
create index collections_change on yandu.collections (change);
create index speeches_change on yandu.speeches (change);
create index notes_change on yandu.notes (change);
create index unshared_notes_change on yandu.unshared_notes (change);
create index note_revisions_change on yandu.note_revisions (change);
create index assignments_change on yandu.assignments (change);
create index glossary_change on yandu.glossary (change);
create index reading_change on yandu.reading (change);

-- Who may do what, in the database itself, so that psql gives a member what the app gives them and no more.
grant usage on schema yandu to ${member};
grant select on yandu.members, yandu.collections, yandu.speeches, yandu.assignments, yandu.glossary,
    yandu.notes, yandu.note_revisions, yandu.unshared_notes, yandu.reading, yandu.pushes to ${member};
grant update (display_name, shows_reading) on yandu.members to ${member};
grant insert, update on yandu.collections, yandu.speeches, yandu.assignments, yandu.glossary to ${organiser};
grant insert (id, speech_fingerprint, anchor, colour, body, tags, shared, deleted, base_revision, edited_at)
    on yandu.notes to ${member};
grant update (speech_fingerprint, anchor, colour, body, tags, shared, deleted, base_revision, edited_at)
    on yandu.notes to ${member};
grant insert (speech_fingerprint, read, shown_to_organisers), update (read, shown_to_organisers)
    on yandu.reading to ${member};
grant insert (id) on yandu.pushes to ${member};

alter table yandu.members enable row level security;
alter table yandu.collections enable row level security;
alter table yandu.speeches enable row level security;
alter table yandu.notes enable row level security;
alter table yandu.note_revisions enable row level security;
alter table yandu.unshared_notes enable row level security;
alter table yandu.assignments enable row level security;
alter table yandu.glossary enable row level security;
alter table yandu.reading enable row level security;
alter table yandu.pushes enable row level security;
alter table yandu.members force row level security;
alter table yandu.collections force row level security;
alter table yandu.speeches force row level security;
alter table yandu.notes force row level security;
alter table yandu.note_revisions force row level security;
alter table yandu.unshared_notes force row level security;
alter table yandu.assignments force row level security;
alter table yandu.glossary force row level security;
alter table yandu.reading force row level security;
alter table yandu.pushes force row level security;

-- The owner's functions (members added and removed, revisions kept, change numbers) act for it.
create policy owner_acts on yandu.members to ${owner} using (true) with check (true);
create policy owner_acts on yandu.note_revisions to ${owner} using (true) with check (true);
create policy owner_acts on yandu.notes to ${owner} using (true) with check (true);
create policy owner_acts on yandu.unshared_notes to ${owner} using (true) with check (true);
create policy everyone_reads on yandu.unshared_notes for select to ${member} using (true);

create policy everyone_reads on yandu.members for select to ${member} using (true);
create policy each_their_own on yandu.members for update to ${member}
    using (name = current_user) with check (name = current_user);

create policy everyone_reads on yandu.collections for select to ${member} using (true);
create policy organisers_write on yandu.collections to ${organiser} using (true) with check (true);
create policy everyone_reads on yandu.speeches for select to ${member} using (true);
create policy organisers_write on yandu.speeches to ${organiser} using (true) with check (true);
create policy everyone_reads on yandu.assignments for select to ${member} using (true);
create policy organisers_write on yandu.assignments to ${organiser} using (true) with check (true);
create policy everyone_reads on yandu.glossary for select to ${member} using (true);
create policy organisers_write on yandu.glossary to ${organiser} using (true) with check (true);

create policy own_and_shared on yandu.notes for select to ${member} using (author = current_user or shared);
create policy writes_own on yandu.notes for insert to ${member} with check (author = current_user);
create policy edits_own on yandu.notes for update to ${member}
    using (author = current_user) with check (author = current_user);
create policy own_history on yandu.note_revisions for select to ${member} using (author = current_user);

create policy own on yandu.reading to ${member} using (member = current_user) with check (member = current_user);
create policy shown_to_organisers on yandu.reading for select to ${organiser} using (shown_to_organisers);

create policy own on yandu.pushes to ${member} using (member = current_user) with check (member = current_user);

-- Members are login roles of the server, added and removed by an organiser through the owner, which alone may
-- create roles. The password comes as a SCRAM verifier made on the organiser's computer: the server, its logs and
-- its statement statistics never see it in clear.
create function yandu.add_member(name text, display_name text, password_verifier text, organiser boolean)
    returns void language plpgsql security definer set search_path = pg_catalog, yandu as $$
begin
    if password_verifier not like 'SCRAM-SHA-256$%' then
        raise exception 'a member''s password must be given as a SCRAM-SHA-256 verifier';
    end if;
    execute format('create role %I login password %L in role %I', name, password_verifier,
                   case when organiser then ${organiser_name} else ${member_name} end);
    insert into yandu.members (name, display_name, organiser) values (name, display_name, organiser);
end
$$;

create function yandu.remove_member(name text) returns void
    language plpgsql security definer set search_path = pg_catalog, yandu as $$
begin
    if not exists (select 1 from yandu.members m where m.name = remove_member.name and m.active) then
        raise exception '% is not a member of this group', name;
    end if;
    execute format('alter role %I nologin', name);
    execute format('revoke %I, %I from %I', ${organiser_name}, ${member_name}, name);
    update yandu.members m set active = false where m.name = remove_member.name;
end
$$;

revoke all on function yandu.add_member(text, text, text, boolean), yandu.remove_member(text) from public;
grant execute on function yandu.add_member(text, text, text, boolean), yandu.remove_member(text) to ${organiser};
revoke all on function yandu.next_change(), yandu.keep_revision(), yandu.note_unshared() from public;

update yandu.schema_version set version = 1;
