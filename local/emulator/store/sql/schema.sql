-- SharePoint part of the emulator: one site collection, one web.
CREATE TABLE IF NOT EXISTS site (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Users and SharePoint groups share one principal id space, like SharePoint's User Information List.
CREATE TABLE IF NOT EXISTS principals (
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('user', 'group', 'reserved'))
);

CREATE TABLE IF NOT EXISTS users (
  sp_id        INTEGER PRIMARY KEY REFERENCES principals(id),
  aad_id       TEXT NOT NULL UNIQUE,
  email        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  job_title    TEXT,
  user_type    TEXT NOT NULL CHECK (user_type IN ('Member', 'Guest')),
  login_name   TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE IF NOT EXISTS groups (
  id          INTEGER PRIMARY KEY REFERENCES principals(id),
  title       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  owner_id    INTEGER
);

CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL,
  user_id  INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)
);
CREATE INDEX IF NOT EXISTS group_members_user ON group_members (user_id);

CREATE TABLE IF NOT EXISTS role_definitions (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description    TEXT NOT NULL,
  role_type_kind INTEGER NOT NULL,
  ord            INTEGER NOT NULL,
  high           INTEGER NOT NULL,
  low            INTEGER NOT NULL,
  rank           INTEGER NOT NULL
);

-- Securable objects with unique role assignments: 'web', 'list:<guid>', 'item:<guid>:<id>'.
CREATE TABLE IF NOT EXISTS unique_scopes (
  scope TEXT PRIMARY KEY
);

CREATE TABLE IF NOT EXISTS role_assignments (
  scope        TEXT NOT NULL,
  principal_id INTEGER NOT NULL,
  role_def_id  INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id)
);

CREATE TABLE IF NOT EXISTS lists (
  id            TEXT PRIMARY KEY,
  title         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  url           TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description   TEXT NOT NULL DEFAULT '',
  base_template INTEGER NOT NULL DEFAULT 100,
  entity_name   TEXT NOT NULL,
  created       TEXT NOT NULL,
  next_item_id  INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE IF NOT EXISTS fields (
  list_id        TEXT NOT NULL,
  internal_name  TEXT NOT NULL COLLATE NOCASE,
  id             TEXT NOT NULL,
  title          TEXT NOT NULL,
  kind           TEXT NOT NULL,
  required       INTEGER NOT NULL DEFAULT 0,
  indexed        INTEGER NOT NULL DEFAULT 0,
  unique_values  INTEGER NOT NULL DEFAULT 0,
  choices        TEXT,
  lookup_list_id TEXT,
  lookup_field   TEXT,
  date_only      INTEGER NOT NULL DEFAULT 0,
  default_value  TEXT,
  max_length     INTEGER,
  ord            INTEGER NOT NULL,
  PRIMARY KEY (list_id, internal_name)
);

-- One row per list item or folder. Field values live in data (JSON keyed by REST property name:
-- 'Title', 'PwStatus', lookups as 'PwSchoolId', multi lookups as 'PwNamedContactsId': [..]).
CREATE TABLE IF NOT EXISTS items (
  list_id   TEXT NOT NULL,
  id        INTEGER NOT NULL,
  guid      TEXT NOT NULL,
  fs_type   INTEGER NOT NULL DEFAULT 0,
  dir       TEXT NOT NULL COLLATE NOCASE,
  leaf      TEXT NOT NULL,
  version   INTEGER NOT NULL DEFAULT 1,
  created   TEXT NOT NULL,
  modified  TEXT NOT NULL,
  author_id INTEGER NOT NULL,
  editor_id INTEGER NOT NULL,
  data      TEXT NOT NULL,
  PRIMARY KEY (list_id, id)
);
CREATE INDEX IF NOT EXISTS items_dir ON items (list_id, dir);

-- The bytes of each file in a document library (the file itself is its row in items, FileSystemObjectType 0).
CREATE TABLE IF NOT EXISTS file_content (
  list_id TEXT NOT NULL,
  item_id INTEGER NOT NULL,
  content BLOB NOT NULL,
  PRIMARY KEY (list_id, item_id)
);

-- Folders that exist in a list's file system WITHOUT a list item: what SharePoint Online makes when
-- folders/addUsingPath (or folders/add) is called on a generic list (pnp/pnpjs#747, pnp/cli-microsoft365#6804).
-- They hold items, inherit the list's permissions and never appear in item queries.
CREATE TABLE IF NOT EXISTS itemless_folders (
  list_id TEXT NOT NULL,
  path    TEXT NOT NULL COLLATE NOCASE,
  guid    TEXT NOT NULL,
  created TEXT NOT NULL,
  PRIMARY KEY (list_id, path)
);

-- List views (public views only): fields is a JSON array of internal names, in order; query is the CAML
-- <Where>/<OrderBy> body SharePoint calls ViewQuery.
CREATE TABLE IF NOT EXISTS views (
  list_id      TEXT NOT NULL,
  id           TEXT NOT NULL,
  title        TEXT NOT NULL COLLATE NOCASE,
  default_view INTEGER NOT NULL DEFAULT 0,
  query        TEXT NOT NULL DEFAULT '',
  row_limit    INTEGER NOT NULL DEFAULT 30,
  paged        INTEGER NOT NULL DEFAULT 1,
  fields       TEXT NOT NULL DEFAULT '[]',
  ord          INTEGER NOT NULL,
  PRIMARY KEY (list_id, id)
);

-- Client-side (modern) pages in the Site Pages library (base template 119): each page is an item whose columns
-- (Title, CanvasContent1, LayoutWebpartsContent, …) hold the latest saved content; this table holds what
-- SharePoint keeps beside it: who has it checked out, its version (major.minor) and the content as last published
-- (what readers see). Versions: a new page is 0.1 checked out to its creator; savepageasdraft checks in a minor
-- version; publish checks in and makes the next major version.
CREATE TABLE IF NOT EXISTS site_pages (
  list_id         TEXT NOT NULL,
  item_id         INTEGER NOT NULL,
  checked_out_by  INTEGER,
  major           INTEGER NOT NULL DEFAULT 0,
  minor           INTEGER NOT NULL DEFAULT 1,
  published       TEXT,
  first_published TEXT,
  ever_checked_in INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (list_id, item_id)
);

-- The site collection's user list (User Information List; store/siteUsers.ts): the people the site has met, not the
-- whole directory.
CREATE TABLE IF NOT EXISTS site_users (
  sp_id INTEGER PRIMARY KEY
);
