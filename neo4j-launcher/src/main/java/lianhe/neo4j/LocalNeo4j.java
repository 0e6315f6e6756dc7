package lianhe.neo4j;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

import sun.misc.Signal;

/**
 * Embedded Neo4j (Community) with the Bolt connector on the loopback interface.
 *
 * <pre>
 * java -cp "lib/*:launcher.jar" lianhe.neo4j.LocalNeo4j \
 *   --home DIR --bolt-port 7687 --password-file FILE [--pagecache 512m] [--watch-stdin]
 * </pre>
 *
 * Protocol on stdout: exactly one line, either {@code READY bolt://127.0.0.1:<port>} once Bolt
 * accepts connections, or {@code ERROR <reason>} on a fatal startup error (exit code 1).
 * Everything else goes to log files under {@code <home>/logs}.
 *
 * Stops cleanly (exit code 0) on SIGTERM, SIGINT, or — with {@code --watch-stdin} — when stdin
 * reaches end-of-file, which happens when the parent process closes it or dies.
 */
public final class LocalNeo4j {
    private static final String HOST = "127.0.0.1";
    private static final String USER = "neo4j";

    /** The real stdout, kept for the protocol line; System.out is redirected to the log. */
    private static PrintStream protocol;

    private static final CountDownLatch STOP = new CountDownLatch(1);
    private static final AtomicBoolean STOPPING = new AtomicBoolean(false);
    private static final AtomicBoolean STARTUP_DONE = new AtomicBoolean(false);
    private static volatile DatabaseManagementService service;
    private static volatile Log4jLogProvider userLog;

    private LocalNeo4j() {}

    private static final class Options {
        Path home;
        int boltPort = BoltConnector.DEFAULT_PORT;
        Path passwordFile;
        long pagecacheBytes = 512L * 1024 * 1024;
        boolean watchStdin;
    }

    /** A startup failure with a short, one-line reason for the caller. */
    private static final class Fatal extends Exception {
        Fatal(String message) {
            super(message);
        }
    }

    public static void main(String[] args) {
        protocol = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = parse(args);
        } catch (Fatal e) {
            fail(e.getMessage());
            return;
        }

        Path logs = options.home.resolve("logs");
        try {
            Files.createDirectories(logs);
            // Stray prints from libraries must never mix with the protocol line.
            PrintStream launcherLog = new PrintStream(
                    new FileOutputStream(logs.resolve("launcher.log").toFile(), true), true, StandardCharsets.UTF_8);
            System.setOut(launcherLog);
        } catch (IOException e) {
            fail("cannot create log directory " + logs + ": " + oneLine(e));
            return;
        }

        // Signals and the stdin watcher only release the latch; the main thread does the shutdown,
        // so the JVM exits with 0 after a clean stop instead of the signal's status.
        Signal.handle(new Signal("TERM"), s -> STOP.countDown());
        Signal.handle(new Signal("INT"), s -> STOP.countDown());
        // Any other exit path (System.exit elsewhere, fatal errors) still closes the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(LocalNeo4j::shutdown, "neo4j-shutdown"));
        if (options.watchStdin) {
            startStdinWatcher();
        }

        try {
            start(options);
        } catch (Fatal e) {
            shutdown();
            fail(e.getMessage());
            return;
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            shutdown();
            fail("startup failed: " + rootMessage(e));
            return;
        }

        STARTUP_DONE.set(true);
        if (STOP.getCount() == 0) {
            // Asked to stop while starting: nobody is waiting for READY any more.
            shutdown();
            System.exit(0);
        }
        protocol.println("READY bolt://" + HOST + ":" + options.boltPort);
        protocol.flush();

        awaitStop();
        shutdown();
        System.exit(0);
    }

    private static void start(Options options) throws Fatal, IOException {
        long begin = System.nanoTime();
        String password = readPassword(options.passwordFile);
        checkPortFree(options.boltPort);
        // Another program can still take the port before Neo4j binds it (seconds later): that bind
        // failure is caught below and reported as the same one line.
        System.out.println("port " + options.boltPort + " is free; starting the DBMS");

        Path logs = options.home.resolve("logs");
        OutputStream userLogStream = new FileOutputStream(logs.resolve("neo4j.log").toFile(), true);
        userLog = new Log4jLogProvider(userLogStream, Level.INFO);

        Map<org.neo4j.graphdb.config.Setting<?>, Object> config = new java.util.HashMap<>();
        config.put(GraphDatabaseSettings.auth_enabled, true);
        config.put(GraphDatabaseSettings.pagecache_memory, options.pagecacheBytes);
        config.put(GraphDatabaseSettings.udc_enabled, false);
        config.put(GraphDatabaseSettings.logs_directory, logs.toAbsolutePath());
        config.put(GraphDatabaseSettings.data_directory, options.home.resolve("data").toAbsolutePath());
        config.put(GraphDatabaseSettings.transaction_logs_root_path,
                options.home.resolve("data").resolve("transactions").toAbsolutePath());
        config.put(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST));
        config.put(BoltConnector.enabled, true);
        config.put(BoltConnector.listen_address, new SocketAddress(HOST, options.boltPort));
        config.put(BoltConnector.advertised_address, new SocketAddress(HOST, options.boltPort));
        config.put(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED);
        config.put(HttpConnector.enabled, false);
        config.put(HttpsConnector.enabled, false);
        // Netty's graceful shutdown otherwise idles 5 s per event loop group after the stores are closed.
        config.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);

        try {
            service = new DatabaseManagementServiceBuilder(options.home.toAbsolutePath())
                    .setUserLogProvider(userLog)
                    .setConfig(config)
                    .build();
        } catch (RuntimeException e) {
            if (isBindFailure(e)) {
                e.printStackTrace(System.out);
                throw new Fatal("port " + options.boltPort + " is in use");
            }
            throw e;
        }

        long built = System.nanoTime();
        setPassword(service, password);
        long passwordSet = System.nanoTime();
        waitForBolt(options.boltPort, Duration.ofSeconds(30));
        System.out.printf("started: dbms %d ms, password %d ms, bolt %d ms%n",
                (built - begin) / 1_000_000, (passwordSet - built) / 1_000_000,
                (System.nanoTime() - passwordSet) / 1_000_000);
    }

    /**
     * Makes {@code password} the password of user {@code neo4j}, with no change required at first
     * login. When the store already has that password (checked through the auth manager, which is
     * much faster than a system command) it is left as it is.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) throws Fatal {
        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        if (passwordAlreadySet(system, password)) {
            return;
        }
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER " + USER + " SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password))
                    .close();
            tx.commit();
        } catch (RuntimeException e) {
            String message = rootMessage(e);
            if (!message.toLowerCase(Locale.ROOT).contains("cannot be the same")) {
                throw new Fatal("cannot set the password of user " + USER + ": " + message);
            }
            // Same password, but a change is still pending.
            try (Transaction tx = system.beginTx()) {
                tx.execute("ALTER USER " + USER + " SET PASSWORD CHANGE NOT REQUIRED").close();
                tx.commit();
            }
        }
    }

    private static boolean passwordAlreadySet(GraphDatabaseService system, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) system).getDependencyResolver().resolveDependency(AuthManager.class);
            LoginContext login = auth.login(AuthToken.newBasicAuthToken(USER, password),
                    ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception e) {
            // Unknown: fall back to setting it.
            System.out.println("password check skipped: " + rootMessage(e));
            return false;
        }
    }

    private static void waitForBolt(int port, Duration timeout) throws Fatal {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new Fatal("Bolt did not accept connections on " + HOST + ":" + port);
                }
                sleep(100);
            }
        }
    }

    /**
     * Whether a startup failure is the Bolt port being taken: a {@link BindException} anywhere in
     * the causes, or Netty's native {@code bind(..) failed with error(-98)} (EADDRINUSE), which is
     * a plain IOException.
     */
    private static boolean isBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("bind(..) failed") || message.contains("error(-98)")
                    || message.contains("Address already in use") || message.contains("already in use"))) {
                return true;
            }
        }
        return false;
    }

    private static void checkPortFree(int port) throws Fatal {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
        } catch (BindException e) {
            throw new Fatal("port " + port + " is in use");
        } catch (IOException e) {
            throw new Fatal("cannot bind " + HOST + ":" + port + ": " + oneLine(e));
        }
    }

    private static String readPassword(Path file) throws Fatal {
        String password;
        try {
            password = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new Fatal("cannot read password file " + file + ": " + oneLine(e));
        }
        if (password.length() < 8) {
            throw new Fatal("password in " + file + " must have at least 8 characters");
        }
        return password;
    }

    private static void startStdinWatcher() {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[256];
            try (InputStream in = System.in) {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only end-of-file matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the parent is gone as well.
            }
            STOP.countDown();
            // During startup the main thread stops right after it (a store is best not cut off while
            // it is being created); only a startup that hangs is cut short.
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!STARTUP_DONE.get() && System.nanoTime() < deadline) {
                sleep(200);
            }
            if (!STARTUP_DONE.get()) {
                Runtime.getRuntime().halt(1);
            }
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void awaitStop() {
        while (true) {
            try {
                STOP.await();
                return;
            } catch (InterruptedException ignored) {
                // keep waiting
            }
        }
    }

    private static void shutdown() {
        if (!STOPPING.compareAndSet(false, true)) {
            return;
        }
        DatabaseManagementService dbms = service;
        if (dbms != null) {
            try {
                dbms.shutdown();
            } catch (Throwable e) {
                e.printStackTrace(System.out);
            }
        }
        Log4jLogProvider log = userLog;
        if (log != null) {
            log.close();
        }
    }

    private static Options parse(String[] args) throws Fatal {
        Options options = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--home" -> options.home = Path.of(value(args, ++i, arg));
                case "--bolt-port" -> options.boltPort = port(value(args, ++i, arg));
                case "--password-file" -> options.passwordFile = Path.of(value(args, ++i, arg));
                case "--pagecache" -> options.pagecacheBytes = size(value(args, ++i, arg));
                case "--watch-stdin" -> options.watchStdin = true;
                default -> throw new Fatal("unknown argument " + arg);
            }
        }
        if (options.home == null) {
            throw new Fatal("--home is required");
        }
        if (options.passwordFile == null) {
            throw new Fatal("--password-file is required");
        }
        return options;
    }

    private static String value(String[] args, int i, String flag) throws Fatal {
        if (i >= args.length) {
            throw new Fatal(flag + " needs a value");
        }
        return args[i];
    }

    private static int port(String text) throws Fatal {
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new Fatal("invalid port " + text);
        }
    }

    /** Parses sizes like {@code 512m}, {@code 2g}, {@code 65536k} or plain bytes. */
    private static long size(String text) throws Fatal {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long factor = 1;
        if (t.endsWith("k")) {
            factor = 1024L;
        } else if (t.endsWith("m")) {
            factor = 1024L * 1024;
        } else if (t.endsWith("g")) {
            factor = 1024L * 1024 * 1024;
        }
        if (factor != 1) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n * factor;
        } catch (NumberFormatException e) {
            throw new Fatal("invalid size " + text);
        }
    }

    private static void fail(String reason) {
        protocol.println("ERROR " + reason.replaceAll("[\\r\\n]+", " "));
        protocol.flush();
        Runtime.getRuntime().halt(1);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return oneLine(message == null ? t.getClass().getSimpleName() : message);
    }

    private static String oneLine(Exception e) {
        return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
