import GRDB

/// The store's schema, built by versioned, append-only migrations.
///
/// A migration that has shipped is never edited: change the schema by adding a new one. Migrations
/// use table names as strings, never app types, so that old steps keep meaning what they meant.
enum Migrations {
    /// `PRAGMA application_id` of every econ store: "ECON" in ASCII. It tells an econ store from
    /// any other SQLite file.
    static let applicationID: Int32 = 0x4543_4F4E

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-series-observations-documents-annotations") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(
                sql: """
                    CREATE TABLE series (
                      id INTEGER PRIMARY KEY,
                      code TEXT NOT NULL UNIQUE,
                      title_en TEXT,
                      title_ru TEXT,
                      indicator TEXT,
                      measure TEXT NOT NULL CHECK (measure IN ('stock', 'flow')),
                      unit TEXT NOT NULL,
                      frequency TEXT NOT NULL
                        CHECK (frequency IN ('annual', 'semiannual', 'quarterly', 'monthly', 'daily', 'irregular')),
                      area TEXT,
                      counterpart TEXT,
                      accumulates TEXT,
                      source TEXT,
                      note TEXT,
                      created_at TEXT NOT NULL
                    );
                    CREATE TABLE document (
                      id INTEGER PRIMARY KEY,
                      sha256 TEXT NOT NULL UNIQUE,
                      kind TEXT NOT NULL,
                      name TEXT,
                      title TEXT,
                      source TEXT,
                      author TEXT,
                      language TEXT,
                      published TEXT,
                      recorded_at TEXT NOT NULL
                    );
                    -- Every revision of every figure. Keyed for the two hot paths: all periods of a
                    -- series in order, and the revisions of one series and period. WITHOUT ROWID keeps
                    -- the rows in key order and drops a separate index (smaller, faster bulk loads).
                    -- published: YYYYMMDDhhmmss (unknown parts 0) * 10 + precision (0 year, 1 month,
                    -- 2 day, 3 instant), so it sorts as the ISO text does; recorded_at: microseconds
                    -- since 1970 UTC. Integers keep the key 40 % smaller than ISO text.
                    CREATE TABLE observation (
                      series_id INTEGER NOT NULL REFERENCES series(id),
                      period TEXT NOT NULL,
                      published INTEGER NOT NULL,
                      recorded_at INTEGER NOT NULL,
                      value REAL,
                      -- Written as ORs, not IN (…): SQLite builds an ephemeral index for an IN list on
                      -- every row it checks, which made bulk inserts twice as slow (measured).
                      qualifier TEXT CHECK (qualifier = 'exact' OR qualifier = 'approx' OR qualifier = 'more-than'
                        OR qualifier = 'at-least' OR qualifier = 'less-than' OR qualifier = 'at-most' OR qualifier = 'range'),
                      low REAL,
                      high REAL,
                      retracted INTEGER NOT NULL DEFAULT 0 CHECK (retracted = 0 OR retracted = 1),
                      source TEXT,
                      note TEXT,
                      document_id INTEGER REFERENCES document(id),
                      sentence TEXT,
                      start INTEGER,
                      "end" INTEGER,
                      PRIMARY KEY (series_id, period, published, recorded_at),
                      CHECK ((retracted = 1) = (qualifier IS NULL))
                    ) WITHOUT ROWID;
                    CREATE TABLE annotation (
                      id INTEGER PRIMARY KEY,
                      series_id INTEGER NOT NULL REFERENCES series(id),
                      period TEXT,
                      text TEXT NOT NULL,
                      document_id INTEGER REFERENCES document(id),
                      sentence TEXT,
                      start INTEGER,
                      "end" INTEGER,
                      published TEXT,
                      recorded_at TEXT NOT NULL
                    );
                    CREATE INDEX annotation_by_series ON annotation(series_id, period);
                    """)
        }
        migrator.registerMigration("v2-review-queue") { db in
            try db.execute(
                sql: """
                    -- Figures from articles that no rule placed in a series, waiting for a person.
                    CREATE TABLE review_item (
                      id INTEGER PRIMARY KEY,
                      document_id INTEGER NOT NULL REFERENCES document(id),
                      start INTEGER NOT NULL,
                      "end" INTEGER NOT NULL,
                      surface TEXT NOT NULL,
                      sentence TEXT NOT NULL,
                      value REAL,
                      qualifier TEXT NOT NULL,
                      low REAL,
                      high REAL,
                      unit TEXT NOT NULL,
                      period TEXT,
                      indicator TEXT,
                      reason TEXT NOT NULL,
                      status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'assigned', 'dismissed')),
                      series_code TEXT,
                      created_at TEXT NOT NULL,
                      UNIQUE (document_id, start, "end")
                    );
                    -- The same statement of the same document is stored once.
                    CREATE UNIQUE INDEX annotation_identity ON annotation(series_id, period, document_id, start);
                    """)
        }
        migrator.registerMigration("v3-observation-sources") { db in
            try db.execute(sql: Self.observationSourcesSQL)
        }
        migrator.registerMigration("v4-api-keys") { db in
            try db.execute(sql: Self.apiKeysSQL)
        }
        migrator.registerMigration("v5-document-reading") { db in
            try db.execute(sql: Self.documentReadingSQL)
        }
        migrator.registerMigration("v6-document-url") { db in
            try db.execute(sql: Self.documentURLSQL)
        }
        return migrator
    }

    /// One figure reported by many documents: the observation keeps its first report, and every
    /// other document that reported the same figure is a row here. Documents keep their address and
    /// the text figures were read from (an HTML page's article text), so offsets can always be shown.
    static let observationSourcesSQL = """
        ALTER TABLE document ADD COLUMN url TEXT;
        ALTER TABLE document ADD COLUMN text TEXT;
        CREATE TABLE observation_source (
          series_id INTEGER NOT NULL,
          period TEXT NOT NULL,
          -- The observation (its key) this report confirms; moves with it when an earlier report
          -- of the same figure arrives later and becomes the first.
          observation_published INTEGER NOT NULL,
          observation_recorded_at INTEGER NOT NULL,
          document_id INTEGER NOT NULL REFERENCES document(id),
          published INTEGER NOT NULL,
          source TEXT,
          sentence TEXT,
          start INTEGER NOT NULL,
          "end" INTEGER NOT NULL,
          recorded_at INTEGER NOT NULL,
          PRIMARY KEY (series_id, period, document_id, start),
          FOREIGN KEY (series_id, period, observation_published, observation_recorded_at)
            REFERENCES observation (series_id, period, published, recorded_at) ON UPDATE CASCADE
        ) WITHOUT ROWID;
        """

    /// Keys for `econ serve`: only a key's SHA-256 is kept; the key itself is shown once, when made.
    /// The same text on both engines.
    static let apiKeysSQL = """
        CREATE TABLE api_key (
          name TEXT PRIMARY KEY,
          scope TEXT NOT NULL CHECK (scope IN ('read', 'write')),
          sha256 TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL
        );
        """

    /// How an article's figures were read — a digest of the reader, the rules and the metadata —
    /// and what came of it (`DIGEST STORED REVIEW`), so that the same article read the same way is
    /// not read again. The same text on both engines.
    static let documentReadingSQL = "ALTER TABLE document ADD COLUMN reading TEXT"

    /// Documents by address: a page saved again (other bytes around the same article) with the
    /// same canonical URL and the same article text is the document already stored. The same text
    /// on both engines.
    static let documentURLSQL = "CREATE INDEX document_by_url ON document(url)"
}
