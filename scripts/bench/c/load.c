/* The practical limit for loading the benchmark CSV: one prepared INSERT in one transaction into
 * a plain (series, period, value) table, the CSV split by hand. Built by scripts/bench/run.py.
 * usage: load DB CSV */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: load DB CSV\n"); return 64; }
    sqlite3 *db;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 74; }
    sqlite3_exec(db, "PRAGMA journal_mode=WAL;"
                     "CREATE TABLE IF NOT EXISTS obs(series TEXT NOT NULL, period TEXT NOT NULL, value REAL,"
                     " PRIMARY KEY(series, period)) WITHOUT ROWID;", 0, 0, 0);
    FILE *f = fopen(argv[2], "r");
    if (!f) { perror(argv[2]); return 66; }
    sqlite3_stmt *st;
    sqlite3_prepare_v2(db, "INSERT INTO obs VALUES (?, ?, ?)", -1, &st, 0);
    sqlite3_exec(db, "BEGIN IMMEDIATE", 0, 0, 0);
    char line[4096];
    fgets(line, sizeof line, f); /* header */
    while (fgets(line, sizeof line, f)) {
        char *a = line, *b = strchr(a, ','); if (!b) continue; *b++ = 0;
        char *c = strchr(b, ','); if (!c) continue; *c++ = 0;
        sqlite3_bind_text(st, 1, a, (int)(b - a - 1), SQLITE_STATIC);
        sqlite3_bind_text(st, 2, b, (int)(c - b - 1), SQLITE_STATIC);
        sqlite3_bind_double(st, 3, strtod(c, 0));
        if (sqlite3_step(st) != SQLITE_DONE) { fprintf(stderr, "%s\n", sqlite3_errmsg(db)); return 65; }
        sqlite3_reset(st);
    }
    sqlite3_exec(db, "COMMIT", 0, 0, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
