"""Connection.iterdump: a database as the SQL text that rebuilds it."""


def _quote_ident(name):
    return '"' + name.replace('"', '""') + '"'


def _iterdump(connection):
    """Yields BEGIN TRANSACTION, each table's CREATE statement followed by INSERTs of
    its rows, then the indexes, triggers and views, then the AUTOINCREMENT counters
    (last, so that the INSERTs before cannot disturb them), then COMMIT."""
    cursor = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type == 'table' ORDER BY name").fetchall()
    counters = []
    for name, _, sql in tables:
        if name == "sqlite_sequence":
            counters.append('DELETE FROM "sqlite_sequence";')
            for seq_name, seq in cursor.execute('SELECT * FROM "sqlite_sequence";').fetchall():
                counters.append("INSERT INTO \"sqlite_sequence\" VALUES('{0}',{1});".format(seq_name, seq))
            continue
        if name == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif name.startswith("sqlite_"):
            continue
        elif sql.startswith("CREATE VIRTUAL TABLE"):
            # a virtual table's CREATE cannot be replayed: write its schema row directly
            yield "PRAGMA writable_schema=ON;"
            yield ("INSERT INTO sqlite_master(type,name,tbl_name,rootpage,sql)"
                   "VALUES('table','{0}','{0}',0,'{1}');".format(
                       name.replace("'", "''"), sql.replace("'", "''")))
            continue
        else:
            yield "{0};".format(sql)
        ident = _quote_ident(name)
        columns = [str(info[1]) for info in
                   cursor.execute("PRAGMA table_info({0})".format(ident)).fetchall()]
        values = ",".join("'||quote({0})||'".format(_quote_ident(col)) for col in columns)
        query = "SELECT 'INSERT INTO {0} VALUES({1})' FROM {2};".format(
            ident.replace("'", "''"), values, ident)
        for (line,) in cursor.execute(query).fetchall():
            yield "{0};".format(line)
    others = cursor.execute(
        "SELECT name, type, sql FROM sqlite_master "
        "WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for _, _, sql in others:
        yield "{0};".format(sql)
    yield from counters
    yield "COMMIT;"
