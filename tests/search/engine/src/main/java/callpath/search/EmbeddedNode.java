package callpath.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.mustache.MustachePlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A single OpenSearch node on 127.0.0.1 for the live search tests.
 *
 * <p>Usage: {@code EmbeddedNode <http port> <home dir>}. Prints {@code CALLPATH-ENGINE READY
 * port=<port>} once the node has started; stops cleanly on SIGTERM or when stdin closes (so a
 * test run that dies does not leave a node behind).
 */
public final class EmbeddedNode {

    /** The modules a distribution would load from modules/, given here as classpath plugins. */
    private static final List<Class<? extends Plugin>> PLUGINS =
            List.of(
                    Netty4Plugin.class,
                    CommonAnalysisPlugin.class,
                    MustachePlugin.class,
                    PainlessPlugin.class);

    /** Node's constructor taking classpath plugins is protected: expose it. */
    private static final class PluginNode extends Node {
        PluginNode(Settings settings) {
            super(
                    InternalSettingsPreparer.prepareEnvironment(
                            settings, java.util.Map.of(), null, () -> "callpath-test"),
                    PLUGINS,
                    true);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedNode <http port> <home dir>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path home = Path.of(args[1]).toAbsolutePath();
        Configurator.setRootLevel(Level.INFO);

        Node node = new PluginNode(settings(port, home));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "engine-shutdown"));
        node.start();
        System.out.println("CALLPATH-ENGINE READY port=" + port);
        System.out.flush();

        waitForStdinToClose(System.in);
        System.exit(0); // runs the shutdown hook
    }

    static Settings settings(int port, Path home) {
        return Settings.builder()
                .put("cluster.name", "callpath-test")
                .put("node.name", "callpath-test")
                .put("discovery.type", "single-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", port)
                .put("transport.port", 0)
                // A nearly full CI disk must not turn the test indices read-only.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
    }

    static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Anything written is ignored; only end-of-file matters.
            }
        } catch (IOException closed) {
            // Same as end-of-file: the parent is gone.
        }
    }

    static void close(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException error) {
            System.err.println("closing the node failed: " + error);
        }
    }
}
