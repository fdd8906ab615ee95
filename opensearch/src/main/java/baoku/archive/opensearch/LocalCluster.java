package baoku.archive.opensearch;

import baoku.archive.ArchiveException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.opensearch.node.Node;

/**
 * A real OpenSearch cluster of a few nodes inside this JVM, on 127.0.0.1, for trying the archive on
 * a cluster without installing anything (and for the cluster tests). Node 1 bootstraps the cluster
 * and stays its manager; the others join it.
 */
public final class LocalCluster implements AutoCloseable {
  /**
   * @param nodes how many nodes, from 1
   * @param httpPort node 1's HTTP port, the next nodes' the ports after it; 0 picks free ports
   * @param data where the nodes keep their data, kept after a stop; {@code null} for a temporary
   *     folder, removed at the stop
   * @param modules OpenSearch module classes to load, or {@code null} for the standard ones
   */
  public record Options(int nodes, int httpPort, Path data, String modules) {
    public Options {
      if (nodes < 1) {
        throw new IllegalArgumentException("a cluster needs at least one node");
      }
    }

    public static Options of(int nodes) {
      return new Options(nodes, 0, null, null);
    }
  }

  public static final String CLUSTER_NAME = "baoku";

  private final OpenSearchRunner runner;
  private final Path base;
  private final boolean temporary;
  private final List<Integer> httpPorts;

  private LocalCluster(
      OpenSearchRunner runner, Path base, boolean temporary, List<Integer> httpPorts) {
    this.runner = runner;
    this.base = base;
    this.temporary = temporary;
    this.httpPorts = List.copyOf(httpPorts);
  }

  /** Starts the nodes and waits until the cluster can take an index. */
  public static LocalCluster start(Options options) {
    List<Integer> httpPorts =
        options.httpPort() == 0
            ? freePorts(options.nodes())
            : checkedPorts(options.httpPort(), options.nodes());
    List<Integer> transportPorts = freePorts(options.nodes());
    List<String> seeds = transportPorts.stream().map(p -> "127.0.0.1:" + p).toList();
    Path base;
    boolean temporary = options.data() == null;
    try {
      base =
          temporary
              ? Files.createTempDirectory("baoku-cluster")
              : Files.createDirectories(options.data().toAbsolutePath());
    } catch (IOException e) {
      throw new ArchiveException("cannot create the cluster's data folder: " + e.getMessage(), e);
    }
    OpenSearchRunner runner = new OpenSearchRunner();
    runner.setMaxHttpPort(-1);
    runner.onBuild(
        (number, settings) -> {
          settings.put("network.host", "127.0.0.1");
          settings.put("http.port", String.valueOf(httpPorts.get(number - 1)));
          settings.put("transport.port", String.valueOf(transportPorts.get(number - 1)));
          if (options.nodes() > 1) {
            // One node runs as single-node discovery; more find each other on these ports.
            settings.putList("discovery.seed_hosts", seeds);
            settings.putList("cluster.initial_cluster_manager_nodes", "Node 1");
          }
          settings.putList("node.roles", "cluster_manager", "data", "ingest");
          // A laptop's disk is often fuller than a server's watermarks allow.
          settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
          settings.put("action.auto_create_index", "false");
        });
    OpenSearchRunner.Configs configs =
        OpenSearchRunner.newConfigs()
            .numOfNode(options.nodes())
            .baseHttpPort(httpPorts.get(0) - 1)
            .clusterName(CLUSTER_NAME)
            .basePath(base.toString())
            .useLogger()
            .disableESLogger();
    if (options.modules() != null) {
      configs.moduleTypes(options.modules());
    }
    try {
      runner.build(configs);
      runner.ensureYellow();
    } catch (RuntimeException e) {
      LocalCluster failed = new LocalCluster(runner, base, temporary, httpPorts);
      failed.close();
      throw new ArchiveException("cannot start the local cluster: " + rootMessage(e), e);
    }
    return new LocalCluster(runner, base, temporary, httpPorts);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage()).replace('\n', ' ');
  }

  /** Node 1's address, the one to give {@code --archive}. */
  public String url() {
    return "http://127.0.0.1:" + httpPorts.get(0);
  }

  public List<String> nodeUrls() {
    return httpPorts.stream().map(p -> "http://127.0.0.1:" + p).toList();
  }

  public Path dataFolder() {
    return base;
  }

  public boolean keepsData() {
    return !temporary;
  }

  /** Stops node {@code number} (from 1) as a crash would, leaving the others running. */
  public void stopNode(int number) {
    Node node = runner.getNode(number - 1);
    try {
      node.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts node {@code number} (from 1) again after {@link #stopNode}. */
  public void restartNode(int number) {
    if (!runner.startNode(number - 1)) {
      throw new ArchiveException("node " + number + " did not start again");
    }
  }

  /** Waits until every shard has a copy (green), or at least a primary (yellow). */
  public void awaitHealthy(boolean allCopies) {
    if (allCopies) {
      runner.ensureGreen();
    } else {
      runner.ensureYellow();
    }
  }

  @Override
  public void close() {
    try {
      runner.close();
    } catch (IOException | RuntimeException e) {
      // Stopping: a node that failed to close leaves nothing we can still do.
    }
    if (temporary) {
      deleteQuietly(base);
    }
  }

  private static void deleteQuietly(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(LocalCluster::deleteOne);
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  private static void deleteOne(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // As above.
    }
  }

  private static List<Integer> checkedPorts(int first, int count) {
    List<Integer> ports = new ArrayList<>();
    for (int port = first; port < first + count; port++) {
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        ports.add(port);
      } catch (IOException e) {
        throw new ArchiveException(
            "port " + port + " is in use: choose others with --http-port", e);
      }
    }
    return ports;
  }

  private static List<Integer> freePorts(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
      }
      return sockets.stream().map(ServerSocket::getLocalPort).toList();
    } catch (IOException e) {
      throw new ArchiveException("no free ports for the cluster: " + e.getMessage(), e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing a probe socket
        }
      }
    }
  }
}
