package ai.slope.opensearch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node in this JVM, single-node discovery on 127.0.0.1, with the plugins Slope's index needs: HTTP
 * and transport over Netty, and the common analysis module (CJK width and bigrams, stemmers, ASCII folding,
 * pattern replace). Built from OpenSearch's Maven Central artifacts, so that the tests and a local run need no
 * Docker. Starting the node from its protected constructor skips the bootstrap checks meant for production hosts
 * (see ../shared/STACK-NOTES.md, "OpenSearch").
 * <p>
 * Arguments: the folder for data and logs, the HTTP port (9200) and the transport port (9300).
 */
public final class OpenSearchNode extends Node {

	private OpenSearchNode(Environment environment) {
		super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of((args.length > 0) ? args[0] : "target/node").toAbsolutePath();
		String httpPort = (args.length > 1) ? args[1] : "9200";
		String transportPort = (args.length > 2) ? args[2] : "9300";
		Path config = Files.createDirectories(home.resolve("config"));
		Settings settings = Settings.builder()
			.put("cluster.name", "slope")
			.put("node.name", "slope-node")
			.put("path.home", home.toString())
			.put("path.data", Files.createDirectories(home.resolve("data")).toString())
			.put("path.logs", Files.createDirectories(home.resolve("logs")).toString())
			.put("discovery.type", "single-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", httpPort)
			.put("transport.port", transportPort)
			// one node: a replica could never be assigned, and the cluster would stay yellow
			.put("cluster.default_number_of_replicas", 0)
			// a test machine's disk may be fuller than production's watermarks allow
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config,
				() -> "slope-node");
		Node node = new OpenSearchNode(environment);
		CountDownLatch closed = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				node.close();
			}
			catch (Exception ex) {
				ex.printStackTrace();
			}
			finally {
				closed.countDown();
			}
		}, "opensearch-node-close"));
		node.start();
		System.out.println("OpenSearch is running at http://127.0.0.1:" + httpPort + "/");
		// the node's own threads are daemons: this one keeps the process alive until it is stopped
		closed.await();
	}

}
