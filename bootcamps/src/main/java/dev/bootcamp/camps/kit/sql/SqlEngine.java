package dev.bootcamp.camps.kit.sql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The reference engine: a private in-memory database per thread, emptied after each call, reached through JDBC only, that loads the tables and
 * runs one query our generator wrote. Never given text from a model.
 */
public final class SqlEngine {
    private static final String URL = "jdbc:h2:mem:;MODE=REGULAR;DEFAULT_NULL_ORDERING=LOW";

    private static final ThreadLocal<Connection> CONNECTION = new ThreadLocal<>();

    private SqlEngine() {}

    /** The result of {@code query} over {@code tables}: its column labels first, then its rows, cells as text. */
    public static List<List<String>> run(List<SqlTable> tables, String query) {
        try {
            Connection connection = connection();
            try {
                return run(connection, tables, query);
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP ALL OBJECTS");
                }
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("reference query failed: " + query + ": " + e.getMessage(), e);
        }
    }

    // Opening a database costs more than a query on a few rows, so each thread keeps one, emptied after every use.
    private static Connection connection() throws SQLException {
        Connection connection = CONNECTION.get();
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(URL);
            CONNECTION.set(connection);
        }
        return connection;
    }

    private static void close() {
        Connection connection = CONNECTION.get();
        CONNECTION.remove();
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // already broken: dropped, and the next run opens a fresh database
            }
        }
    }

    private static List<List<String>> run(Connection connection, List<SqlTable> tables, String query) throws SQLException {
        for (SqlTable table : tables) {
            load(connection, table);
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            int count = result.getMetaData().getColumnCount();
            List<List<String>> rows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                labels.add(result.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT));
            }
            rows.add(labels);
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    String cell = result.getString(i);
                    row.add(cell == null ? SqlTable.NULL : cell);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static void load(Connection connection, SqlTable table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            definitions.add(table.columns().get(i) + " " + (table.types().get(i).equals("INT") ? "INT" : "VARCHAR(40)"));
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table.name() + " (" + String.join(", ", definitions) + ")");
        }
        String marks = String.join(", ", Collections.nCopies(table.columns().size(), "?"));
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.name() + " VALUES (" + marks + ")")) {
            for (List<String> row : table.rows()) {
                for (int i = 0; i < row.size(); i++) {
                    boolean number = table.types().get(i).equals("INT");
                    if (row.get(i).equals(SqlTable.NULL)) {
                        insert.setNull(i + 1, number ? Types.INTEGER : Types.VARCHAR);
                    } else if (number) {
                        insert.setInt(i + 1, Integer.parseInt(row.get(i)));
                    } else {
                        insert.setString(i + 1, row.get(i));
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
