/* The limit for econ's own schema: the benchmark CSV inserted with one prepared INSERT in one
 * transaction into an econ store's observation table (every revision column, the revision key,
 * its CHECK and FOREIGN KEY constraints), series ids looked up once per series. The store and its
 * series are made by econ itself (see run.py), so this measures SQLite's cost for econ's schema.
 * usage: load_econ DB CSV */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: load_econ DB CSV\n"); return 64; }
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 74; }
    sqlite3_exec(db, "PRAGMA foreign_keys=ON", 0, 0, 0);
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 66; }
    sqlite3_stmt *ins, *find;
    sqlite3_prepare_v2(db, "INSERT INTO observation (series_id, period, published, recorded_at, value, qualifier, low, high, "
                           "retracted, source, note) VALUES (?, ?, ?, ?, ?, 'exact', NULL, NULL, 0, NULL, NULL)", -1, &ins, 0);
    sqlite3_prepare_v2(db, "SELECT id FROM series WHERE code = ?", -1, &find, 0);
    sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0);
    char line[4096], last[256] = "";
    sqlite3_int64 id = 0;
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
        sqlite3_reset(ins);
        sqlite3_bind_int64(ins, 1, id);
        sqlite3_bind_text(ins, 2, b, (int)(c - b - 1), SQLITE_STATIC);
        sqlite3_bind_int64(ins, 3, 202611250000003LL);
        sqlite3_bind_int64(ins, 4, 1764028800000000LL);
        sqlite3_bind_double(ins, 5, strtod(c, 0));
        if (sqlite3_step(ins) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 65; }
    }
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    sqlite3_finalize(ins);
    sqlite3_finalize(find);
    sqlite3_close(db);
    return 0;
}
