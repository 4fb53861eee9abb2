/* The limit for econ's own schema: the benchmark CSV inserted with one prepared INSERT in one
 * transaction into an econ store's observation table (every revision column, the revision key and
 * its CHECK constraints), series ids looked up once per series. Foreign keys are not enforced, as
 * econ's bulk import does not enforce them (its ids come from the same transaction). The store and
 * its series are made by econ itself (see run.py), so this measures SQLite's cost for econ's schema.
 *
 * usage: load_econ DB CSV [ROWS]   ROWS rows per INSERT statement (default 1; econ uses 32) */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_ROWS 64

int main(int argc, char **argv) {
    if (argc != 3 && argc != 4) { fprintf(stderr, "usage: load_econ DB CSV [ROWS]\n"); return 64; }
    int rows = argc == 4 ? atoi(argv[3]) : 1;
    if (rows < 1 || rows > MAX_ROWS) { fprintf(stderr, "ROWS must be 1 to %d\n", MAX_ROWS); return 64; }
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 74; }
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 66; }

    static char sql[200 + MAX_ROWS * 40];
    strcpy(sql, "INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high, "
                "retracted, source, note) VALUES ");
    for (int i = 0; i < rows; i++) strcat(sql, i ? ", (?, ?, ?, ?, ?, 'exact', NULL, NULL, 0, NULL, NULL)"
                                                 : "(?, ?, ?, ?, ?, 'exact', NULL, NULL, 0, NULL, NULL)");
    sqlite3_stmt *full, *one, *find;
    if (sqlite3_prepare_v2(db, sql, -1, &full, 0) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high, "
                               "retracted, source, note) VALUES (?, ?, ?, ?, ?, 'exact', NULL, NULL, 0, NULL, NULL)", -1, &one, 0) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT id FROM series WHERE code = ?", -1, &find, 0) != SQLITE_OK) {
        fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 70;
    }
    sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0);

    static char line[4096], last[256], periods[MAX_ROWS][32];
    static sqlite3_int64 ids[MAX_ROWS];
    static double values[MAX_ROWS];
    sqlite3_int64 id = 0;
    int pending = 0;
    fgets(line, sizeof line, f); /* header */
    while (fgets(line, sizeof line, f)) {
        char *a = line, *b = strchr(a, ','); if (!b) continue; *b++ = 0;
        char *c = strchr(b, ','); if (!c) continue; *c++ = 0;
        if (strcmp(a, last) != 0) {
            sqlite3_reset(find);
            sqlite3_bind_text(find, 1, a, -1, SQLITE_STATIC);
            if (sqlite3_step(find) != SQLITE_ROW) { fprintf(stderr, "no series %s\n", a); return 65; }
            id = sqlite3_column_int64(find, 0);
            snprintf(last, sizeof last, "%s", a);
        }
        snprintf(periods[pending], sizeof periods[pending], "%s", b);
        ids[pending] = id;
        values[pending] = strtod(c, 0);
        if (++pending < rows) continue;
        sqlite3_reset(full);
        for (int i = 0; i < rows; i++) {
            sqlite3_bind_int64(full, i * 5 + 1, ids[i]);
            sqlite3_bind_text(full, i * 5 + 2, periods[i], -1, SQLITE_STATIC);
            sqlite3_bind_int64(full, i * 5 + 3, 202611250000003LL);
            sqlite3_bind_int64(full, i * 5 + 4, 1764028800000000LL);
            sqlite3_bind_double(full, i * 5 + 5, values[i]);
        }
        if (sqlite3_step(full) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 65; }
        pending = 0;
    }
    for (int i = 0; i < pending; i++) {
        sqlite3_reset(one);
        sqlite3_bind_int64(one, 1, ids[i]);
        sqlite3_bind_text(one, 2, periods[i], -1, SQLITE_STATIC);
        sqlite3_bind_int64(one, 3, 202611250000003LL);
        sqlite3_bind_int64(one, 4, 1764028800000000LL);
        sqlite3_bind_double(one, 5, values[i]);
        if (sqlite3_step(one) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 65; }
    }
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    sqlite3_finalize(full);
    sqlite3_finalize(one);
    sqlite3_finalize(find);
    sqlite3_close(db);
    return 0;
}
