package geopolgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * geopolgraph's local Neo4j: an embedded Neo4j 5.26 Community DBMS whose only door is Bolt on
 * 127.0.0.1, with authentication on and LOAD CSV from {@code file:} URLs switched off.
 *
 * <pre>
 * java -Xmx1g -cp target/classes:target/lib/* geopolgraph.Launcher --data DIR [--port 7687]
 *      [--password-file FILE] [--pagecache 256m]
 * </pre>
 *
 * The password of user {@code neo4j} comes from {@code --password-file} (a file only its owner
 * can read) or else the environment variable {@code GEOPOLGRAPH_NEO4J_PASSWORD}; it is set on
 * every start, so the Python side's recorded password is always the one that works. When the
 * password is set the launcher prints {@code geopolgraph-neo4j ready bolt://127.0.0.1:PORT} and
 * then waits; SIGTERM (or Ctrl-C) runs a shutdown hook that closes the DBMS cleanly.
 */
public final class Launcher {
    static final String READY = "geopolgraph-neo4j ready";

    private Launcher() {}

    public static void main(String[] argv) throws Exception {
        Path data = null;
        int port = 7687;
        Path passwordFile = null;
        long pagecache = ByteUnit.mebiBytes(256);
        for (int i = 0; i < argv.length; i++) {
            String a = argv[i];
            String value = i + 1 < argv.length ? argv[i + 1] : null;
            switch (a) {
                case "--data" -> { data = Paths.get(require(a, value)).toAbsolutePath(); i++; }
                case "--port" -> { port = Integer.parseInt(require(a, value)); i++; }
                case "--password-file" -> { passwordFile = Paths.get(require(a, value)); i++; }
                case "--pagecache" -> { pagecache = parseBytes(require(a, value)); i++; }
                default -> fail("unknown argument " + a
                        + " (usage: --data DIR [--port N] [--password-file FILE] [--pagecache 256m])");
            }
        }
        if (data == null) {
            fail("--data DIR is required");
        }
        String password = readPassword(passwordFile);

        Files.createDirectories(data);
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // LOAD CSV may not read the server's files (its password file, /etc/passwd):
                // the second wall behind the read-only check of `geopolgraph cypher`.
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("geopolgraph-neo4j stopping");
            try {
                dbms.shutdown();
            } finally {
                System.out.println("geopolgraph-neo4j stopped");
                System.out.flush();
                stopped.countDown();
            }
        }, "geopolgraph-neo4j-shutdown"));

        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Setting the same password again is refused ("Old password and new password cannot
            // be the same"): that means it is already right.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
        System.out.println(READY + " bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    private static String readPassword(Path file) throws IOException {
        String pw;
        if (file != null) {
            pw = Files.readString(file, StandardCharsets.UTF_8).strip();
        } else {
            pw = System.getenv("GEOPOLGRAPH_NEO4J_PASSWORD");
        }
        if (pw == null || pw.length() < 8) {
            fail("a password of at least 8 characters is required"
                    + " (--password-file FILE or GEOPOLGRAPH_NEO4J_PASSWORD)");
        }
        return pw;
    }

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long unit = 1;
        if (t.endsWith("k")) { unit = 1L << 10; }
        else if (t.endsWith("m")) { unit = 1L << 20; }
        else if (t.endsWith("g")) { unit = 1L << 30; }
        if (unit != 1) { t = t.substring(0, t.length() - 1); }
        return Long.parseLong(t) * unit;
    }

    private static String require(String flag, String value) {
        if (value == null) {
            fail(flag + " needs a value");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("geopolgraph-neo4j: " + message);
        System.exit(2);
    }
}
