namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The Java host's entry point (the first half of its single source file): reads the batch, then for each candidate has
/// <see cref="JavaHostProject"/> compile and run it, its output captured into the candidate's block, the markers on the
/// real standard output; a hang's threads are stopped and the batch goes on, or if they will not stop the JVM halts.
/// </summary>
internal static class JavaHostProgram
{
    public const string Source = """
        import java.io.ByteArrayOutputStream;
        import java.io.FileDescriptor;
        import java.io.FileOutputStream;
        import java.io.IOException;
        import java.io.InputStream;
        import java.io.OutputStream;
        import java.io.OutputStreamWriter;
        import java.io.PrintStream;
        import java.io.Writer;
        import java.lang.reflect.InvocationTargetException;
        import java.lang.reflect.Method;
        import java.lang.reflect.Proxy;
        import java.net.URI;
        import java.net.URL;
        import java.net.URLClassLoader;
        import java.nio.charset.Charset;
        import java.nio.charset.StandardCharsets;
        import java.nio.file.DirectoryStream;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.nio.file.Paths;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.LinkedHashMap;
        import java.util.List;
        import java.util.Locale;
        import java.util.Map;
        import java.util.Properties;
        import java.util.TimeZone;
        import javax.tools.FileObject;
        import javax.tools.ForwardingJavaFileManager;
        import javax.tools.JavaCompiler;
        import javax.tools.JavaFileManager;
        import javax.tools.JavaFileObject;
        import javax.tools.SimpleJavaFileObject;
        import javax.tools.StandardJavaFileManager;
        import javax.tools.ToolProvider;

        /**
         * The warm host for javac and JUnit 4: loads the libraries once, then for each candidate compiles every recorded source
         * in memory (the candidate's file replaced) and runs JUnitCore as its main would, in a class loader of its own.
         */
        public final class AsaWarmHost {
            public static void main(String[] args) throws Exception {
                if (args.length == 2 && args[0].equals("--load-compiler")) {
                    // The warm-up's run: loads the JDK's compiler once and exits normally, so that the class-data archive
                    // written at exit (-XX:ArchiveClassesAtExit) holds the compiler's classes for every batch's start.
                    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
                    StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
                    boolean built = compiler.getTask(null, new MemoryOutput(files), null, List.of("-proc:none"), null, files.getJavaFileObjects(args[1])).call();
                    System.exit(built ? 0 : 1);
                }
                Path root = Paths.get(args[0]).toAbsolutePath();
                Map<String, List<String[]>> batch = Lines.read(Paths.get(args[2]));
                PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
                String mark = "@@asa-warm-" + Lines.single(batch, "nonce");
                long limitNanos = (long) (Double.parseDouble(Lines.single(batch, "limitSeconds")) * 1e9);
                int tailBytes = Integer.parseInt(Lines.single(batch, "tailBytes"));
                boolean stopAtPass = Boolean.parseBoolean(Lines.single(batch, "stopAtPass"));
                JavaProject project;
                try {
                    project = new JavaProject(root, Lines.read(Paths.get(args[1])));
                } catch (IOException | ReflectiveOperationException | IllegalStateException error) {
                    stdout.print("\n" + mark + " error " + String.valueOf(error.getMessage()).replace('\n', ' ') + "@@\n");
                    stdout.flush();
                    Runtime.getRuntime().halt(3);
                    return;
                }
                int index = 0;
                for (String[] candidate : batch.getOrDefault("candidate", List.of())) {
                    String path = candidate.length > 2 ? candidate[1] : null;
                    byte[] content = null;
                    if (path != null) {
                        if (!project.compiles(path)) {
                            // Not one of the sources javac compiled: it runs the classic way.
                            stdout.print("\n" + mark + " error " + path + " is not compiled into the project the host runs@@\n");
                            stdout.flush();
                            Runtime.getRuntime().halt(4);
                        }
                        content = Files.readAllBytes(root.resolve(candidate[2]));
                    }
                    Tail output = new Tail(tailBytes);
                    int exit = project.run(path, content, output, limitNanos);
                    boolean hung = exit == JavaProject.HUNG || exit == JavaProject.HUNG_RUNNING;
                    stdout.print("\n" + mark + " begin " + index + "@@\n");
                    stdout.write(output.bytes());
                    stdout.print("\n" + mark + " end " + index + " " + (hung ? 137 : exit) + " " + (hung ? 1 : 0) + " "
                        + String.format(Locale.ROOT, "%.3f %.3f", project.ranNanos / 1e9, project.compiledNanos / 1e9) + "@@\n");
                    stdout.flush();
                    if (exit == JavaProject.HUNG_RUNNING) {
                        // The test's threads could not be stopped: the host ends with them, and the next candidate runs in a new sandbox run.
                        Runtime.getRuntime().halt(137);
                    }
                    index++;
                    if (exit == 0 && stopAtPass) {
                        break;
                    }
                }
                stdout.print(mark + " done@@\n");
                stdout.flush();
                // A thread a candidate left running, or a shutdown hook it added, would otherwise keep or change the host's end.
                Runtime.getRuntime().halt(0);
            }
        }

        /** A tab-separated file: each line a key and its values, grouped by key in order. */
        final class Lines {
            static Map<String, List<String[]>> read(Path file) throws IOException {
                Map<String, List<String[]>> lines = new HashMap<>();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) {
                        String[] words = line.split("\t", -1);
                        lines.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
                    }
                }
                return lines;
            }

            static String single(Map<String, List<String[]>> lines, String key) {
                String[] line = only(lines, key);
                if (line.length != 2) {
                    throw new IllegalStateException("the warm host's file has no single '" + key + "' value");
                }
                return line[1];
            }

            static String[] only(Map<String, List<String[]>> lines, String key) {
                List<String[]> found = lines.get(key);
                if (found == null || found.size() != 1) {
                    throw new IllegalStateException("the warm host's file has no single '" + key + "' line");
                }
                return found.get(0);
            }
        }

        /** A candidate's output, standard output and error interleaved, its tail kept. */
        final class Tail extends OutputStream {
            private final int keep;
            private byte[] buffer = new byte[8192];
            private int length;

            Tail(int keep) {
                this.keep = keep;
            }

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public synchronized void write(byte[] bytes, int offset, int count) {
                if (length + count > buffer.length) {
                    buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + count));
                }
                System.arraycopy(bytes, offset, buffer, length, count);
                length += count;
                if (length > keep * 2) {
                    System.arraycopy(buffer, length - keep, buffer, 0, keep);
                    length = keep;
                }
            }

            synchronized byte[] bytes() {
                return java.util.Arrays.copyOf(buffer, length);
            }
        }

        """;
}
