package baoku.archive.lucene;

import baoku.archive.ArchiveException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * Copies one commit of an index to a backup folder and back. A backup holds the commit's files in
 * {@code index/} and, written last, {@link #MANIFEST}: the commit's generation and each file with
 * its size, so a backup cut short is told from a whole one. Every file of the commit is opened
 * before any is copied: once open, a file the writer removes for a newer commit stays readable.
 */
final class LuceneBackup {
  static final String MANIFEST = "baoku-backup.txt";
  private static final String INDEX = "index";

  private LuceneBackup() {}

  /** The files of {@code commit}, each opened, or empty if one is gone (a newer commit came). */
  static Map<String, FileChannel> open(Path indexDir, IndexCommit commit) throws IOException {
    Map<String, FileChannel> channels = new LinkedHashMap<>();
    try {
      for (String name : commit.getFileNames()) {
        channels.put(name, FileChannel.open(indexDir.resolve(name), StandardOpenOption.READ));
      }
      return channels;
    } catch (NoSuchFileException gone) {
      close(channels);
      return Map.of();
    }
  }

  /**
   * Copies the opened files of a commit of {@code generation} to {@code target}, then closes them.
   */
  static BackupSummary copy(Map<String, FileChannel> files, long generation, Path target)
      throws IOException {
    try {
      requireEmpty(target);
      Path index = Files.createDirectories(target.resolve(INDEX));
      StringBuilder manifest = new StringBuilder("generation " + generation + "\n");
      long bytes = 0;
      for (var file : files.entrySet()) {
        Path copy = index.resolve(file.getKey());
        try (FileChannel out =
            FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          long size = file.getValue().size();
          for (long done = 0; done < size; ) {
            done += file.getValue().transferTo(done, size - done, out);
          }
          out.force(true);
          manifest.append("file ").append(file.getKey()).append(' ').append(size).append('\n');
          bytes += size;
        }
      }
      Path temp = target.resolve(MANIFEST + ".tmp");
      Files.writeString(temp, manifest, StandardCharsets.UTF_8);
      Files.move(temp, target.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE);
      return new BackupSummary(generation, files.size(), bytes);
    } finally {
      close(files);
    }
  }

  /**
   * Copies the backup in {@code backup} into {@code indexDir} and checks it: the manifest names
   * every file with its size, each file's checksum holds, and the commit opens.
   */
  static BackupSummary restore(Path backup, Path indexDir) throws IOException {
    Path manifestFile = backup.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      throw new ArchiveException(
          backup + " is no whole backup: it has no " + MANIFEST + " (a backup cut short?)");
    }
    List<String> lines = Files.readAllLines(manifestFile, StandardCharsets.UTF_8);
    long generation = Long.parseLong(lines.get(0).substring("generation ".length()));
    requireEmpty(indexDir);
    Files.createDirectories(indexDir);
    long bytes = 0;
    List<String> names = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(" ");
      Path source = backup.resolve(INDEX).resolve(parts[1]);
      long size = Long.parseLong(parts[2]);
      if (!Files.isRegularFile(source) || Files.size(source) != size) {
        throw new ArchiveException(
            "backup "
                + backup
                + " is damaged: "
                + source
                + " is missing or not "
                + size
                + " bytes");
      }
      Files.copy(source, indexDir.resolve(parts[1]));
      names.add(parts[1]);
      bytes += size;
    }
    try (Directory directory = FSDirectory.open(indexDir)) {
      for (String name : names) {
        try (IndexInput input = directory.openInput(name, IOContext.READONCE)) {
          CodecUtil.checksumEntireFile(input);
        } catch (CorruptIndexException e) {
          throw new ArchiveException(
              "backup " + backup + " is damaged: " + name + " fails its checksum", e);
        }
      }
      DirectoryReader.open(directory).close();
    }
    return new BackupSummary(generation, names.size(), bytes);
  }

  private static void requireEmpty(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new ArchiveException(folder + " is not empty: name a new folder");
      }
    }
  }

  private static void close(Map<String, FileChannel> channels) {
    for (FileChannel channel : channels.values()) {
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
