package baoku.cli;

import baoku.archive.opensearch.LocalCluster;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code baoku cluster}: a real OpenSearch cluster on this machine, until Ctrl-C. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    description = {
      "Start an OpenSearch cluster of in-process nodes on 127.0.0.1 and print its URL, to try",
      "the archive on a cluster without installing anything. Ctrl-C stops it."
    })
final class ClusterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--nodes", defaultValue = "2", description = "How many nodes (default: 2).")
  int nodes;

  @Option(
      names = "--http-port",
      defaultValue = "9200",
      description = "The first node's HTTP port; the others take the next ones (default: 9200).")
  int httpPort;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Keep the nodes' data here, across restarts (default: a temporary folder).")
  Path data;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "starting %d OpenSearch node%s…%n", nodes, nodes == 1 ? "" : "s");
    LocalCluster cluster =
        LocalCluster.start(new LocalCluster.Options(nodes, httpPort, data, null));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  cluster.close();
                  stopped.countDown();
                },
                "baoku-cluster-stop"));
    out.printf(
        Locale.ROOT,
        "OpenSearch cluster '%s' of %d node%s: %s%n",
        LocalCluster.CLUSTER_NAME,
        nodes,
        nodes == 1 ? "" : "s",
        String.join(" ", cluster.nodeUrls()));
    out.printf(Locale.ROOT, "archive URL: %s/baoku%n", cluster.url());
    out.printf(Locale.ROOT, "  ./baoku ingest --archive %s/baoku samples/%n", cluster.url());
    out.printf(Locale.ROOT, "  export BAOKU_ARCHIVE=%s/baoku%n", cluster.url());
    out.printf(
        Locale.ROOT,
        "data: %s%n",
        cluster.keepsData()
            ? cluster.dataFolder() + " (kept)"
            : "a temporary folder, removed when the cluster stops");
    out.println("Ctrl-C stops the cluster.");
    out.flush();
    stopped.await();
    return 0;
  }
}
