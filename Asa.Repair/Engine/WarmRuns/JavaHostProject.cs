namespace Asa.Repair.Engine.WarmRuns;

/// <summary>
/// The Java host's project (the second half of its single source file): the recorded sources and javac options, the
/// JDK's compiler (javax.tools) writing class files into memory, JUnit and the libraries in one class loader for the
/// batch, and each candidate's classes in a child-first loader of its own so its statics start fresh. JUnitCore's own
/// runMain prints what its main would; the test runs on a thread of its own within the candidate's limit.
/// </summary>
internal static class JavaHostProject
{
    public const string Source = """
        /** The recorded javac call and JUnit run: the sources read once, JUnit and the libraries loaded once. */
        final class JavaProject {
            /** A run that outlived its limit and whose threads were stopped: the host goes on. */
            static final int HUNG = Integer.MIN_VALUE;

            /** A run that outlived its limit and could not be stopped: the host must end. */
            static final int HUNG_RUNNING = Integer.MIN_VALUE + 1;

            private final Map<String, Source> sources = new LinkedHashMap<>();
            private final List<String> options = new ArrayList<>();
            private final Charset charset;
            private final JavaCompiler compiler;
            private final StandardJavaFileManager files;
            private final URLClassLoader libraries;
            private final Class<?> junitSystem;
            private final Method runMain;
            private final Method wasSuccessful;
            private final String[] junitArgs;
            private final Properties properties = (Properties) System.getProperties().clone();
            private final Locale locale = Locale.getDefault();
            private final TimeZone timeZone = TimeZone.getDefault();

            JavaProject(Path root, Map<String, List<String[]>> plan) throws IOException, ReflectiveOperationException {
                charset = plan.containsKey("encoding") ? Charset.forName(Lines.single(plan, "encoding")) : Charset.defaultCharset();
                for (String[] source : plan.getOrDefault("source", List.of())) {
                    sources.put(source[2], new Source(source[1], root.resolve(source[2]), Files.readAllBytes(root.resolve(source[2]))));
                }
                for (String[] option : plan.getOrDefault("option", List.of())) {
                    options.add(option[1]);
                }
                for (String[] pathOption : plan.getOrDefault("paths", List.of())) {
                    List<String> entries = new ArrayList<>();
                    for (int i = 2; i < pathOption.length; i++) {
                        entries.add(root.resolve(pathOption[i]).toString());
                    }
                    options.add(pathOption[1]);
                    options.add(String.join(java.io.File.pathSeparator, entries));
                }
                compiler = ToolProvider.getSystemJavaCompiler();
                if (compiler == null) {
                    throw new IllegalStateException("this Java has no compiler (javax.tools)");
                }
                files = compiler.getStandardFileManager(null, null, charset);
                List<URL> urls = new ArrayList<>();
                String[] classPath = Lines.only(plan, "runtime-classpath");
                for (int i = 1; i < classPath.length; i++) {
                    for (Path entry : expand(root.resolve(classPath[i]))) {
                        urls.add(entry.toUri().toURL());
                    }
                }
                libraries = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
                Class<?> core;
                try {
                    core = libraries.loadClass("org.junit.runner.JUnitCore");
                } catch (ClassNotFoundException missing) {
                    throw new IllegalStateException("JUnit 4 is not on the test run's classpath");
                }
                junitSystem = libraries.loadClass("org.junit.internal.JUnitSystem");
                runMain = core.getDeclaredMethod("runMain", junitSystem, String[].class);
                runMain.setAccessible(true);
                wasSuccessful = libraries.loadClass("org.junit.runner.Result").getMethod("wasSuccessful");
                String[] junit = Lines.only(plan, "junit");
                junitArgs = java.util.Arrays.copyOfRange(junit, 1, junit.length);
            }

            boolean compiles(String path) {
                return sources.containsKey(path);
            }

            /** How long the last candidate's compile took, and its run after it. */
            long compiledNanos;
            long ranNanos;

            /**
             * Compiles with the candidate's file (or none) replaced and runs JUnit as its main would: its exit code, or a hang.
             * The limit is the run's, from the end of the compile: a compile's time varies with javac's own JIT and collections.
             */
            int run(String path, byte[] content, Tail output, long limitNanos) throws InterruptedException {
                long compiling = System.nanoTime();
                ranNanos = 0;
                PrintStream capture = new PrintStream(output, true);
                MemoryOutput compiled = new MemoryOutput(files);
                List<JavaFileObject> units = new ArrayList<>();
                for (Map.Entry<String, Source> source : sources.entrySet()) {
                    Source file = source.getValue();
                    units.add(file.unit(source.getKey().equals(path) ? content : file.bytes, charset));
                }
                Writer diagnostics = new OutputStreamWriter(capture, Charset.defaultCharset());
                boolean built = compiler.getTask(diagnostics, compiled, null, options, null, units).call();
                try {
                    diagnostics.flush();
                } catch (IOException impossible) {
                    throw new IllegalStateException(impossible);
                }
                compiledNanos = System.nanoTime() - compiling;
                if (!built) {
                    return 1;
                }
                CandidateLoader loader = new CandidateLoader(compiled.classes(), libraries);
                int[] exit = {1};
                Thread test = new Thread(null, () -> exit[0] = runJUnit(capture), "main", 16L << 20);
                test.setDaemon(true);
                test.setContextClassLoader(loader);
                PrintStream savedOut = System.out;
                PrintStream savedError = System.err;
                System.setOut(capture);
                System.setErr(capture);
                long running = System.nanoTime();
                try {
                    test.start();
                    test.join(Math.max(1, limitNanos / 1_000_000));
                    if (!test.isAlive()) {
                        return exit[0];
                    }
                    return stop(loader, test) ? HUNG : HUNG_RUNNING;
                } finally {
                    ranNanos = System.nanoTime() - running;
                    System.setOut(savedOut);
                    System.setErr(savedError);
                    Properties fresh = new Properties();
                    fresh.putAll(properties);
                    System.setProperties(fresh);
                    Locale.setDefault(locale);
                    TimeZone.setDefault(timeZone);
                }
            }

            /**
             * Stops the hung test's thread and any thread it started (Thread.stop, which JDK 17 still honours), again while
             * JUnit goes on to a next test that hangs as well; false when they outlive a second, or this JVM stops no thread.
             */
            @SuppressWarnings({"deprecation", "removal"})
            private static boolean stop(ClassLoader loader, Thread test) throws InterruptedException {
                long until = System.nanoTime() + 1_000_000_000L;
                while (System.nanoTime() < until) {
                    boolean alive = false;
                    for (Thread thread : Thread.getAllStackTraces().keySet()) {
                        if ((thread == test || thread.getContextClassLoader() == loader) && thread.isAlive()) {
                            alive = true;
                            try {
                                thread.stop();
                            } catch (UnsupportedOperationException removed) {
                                return false;
                            }
                        }
                    }
                    if (!alive) {
                        return true;
                    }
                    test.join(20);
                }
                return false;
            }

            private int runJUnit(PrintStream capture) {
                try {
                    Object system = Proxy.newProxyInstance(libraries, new Class<?>[] {junitSystem}, (proxy, method, arguments) -> {
                        switch (method.getName()) {
                            case "out": return capture;
                            case "hashCode": return System.identityHashCode(proxy);
                            case "equals": return proxy == arguments[0];
                            case "toString": return "JUnitSystem";
                            default: throw new UnsupportedOperationException(method.getName());
                        }
                    });
                    Object core = runMain.getDeclaringClass().getConstructor().newInstance();
                    Object result = runMain.invoke(core, system, junitArgs.clone());
                    return (Boolean) wasSuccessful.invoke(result) ? 0 : 1;
                } catch (Throwable error) {
                    // As the JVM reports an exception that leaves main, and its exit code.
                    Throwable thrown = error instanceof InvocationTargetException && error.getCause() != null ? error.getCause() : error;
                    capture.print("Exception in thread \"main\" ");
                    thrown.printStackTrace(capture);
                    return 1;
                }
            }

            /** A classpath entry as the java launcher reads it: a folder's or jar's path, or a folder's jars for {@code dir/*}. */
            private static List<Path> expand(Path entry) throws IOException {
                if (!entry.getFileName().toString().equals("*")) {
                    return List.of(entry);
                }
                List<Path> jars = new ArrayList<>();
                if (Files.isDirectory(entry.getParent())) {
                    try (DirectoryStream<Path> found = Files.newDirectoryStream(entry.getParent(), "*.{jar,JAR}")) {
                        found.forEach(jars::add);
                    }
                }
                return jars;
            }

            /** A recorded source: the name javac was given (its diagnostics show it), its file, its bytes. */
            private record Source(String name, Path file, byte[] bytes) {
                JavaFileObject unit(byte[] content, Charset charset) {
                    return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public String getName() {
                            return name;
                        }

                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return new String(content, charset);
                        }
                    };
                }
            }
        }

        /** The compiler's class files, kept in memory. */
        final class MemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {
            private final Map<String, ByteArrayOutputStream> classes = new HashMap<>();

            MemoryOutput(StandardJavaFileManager files) {
                super(files);
            }

            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        classes.put(className, bytes);
                        return bytes;
                    }
                };
            }

            @Override
            public boolean isSameFile(FileObject a, FileObject b) {
                return a.toUri().equals(b.toUri());
            }

            Map<String, byte[]> classes() {
                Map<String, byte[]> bytes = new HashMap<>();
                classes.forEach((name, stream) -> bytes.put(name, stream.toByteArray()));
                return bytes;
            }
        }

        /** One candidate's compiled classes, looked up before the libraries, so each candidate starts with fresh statics. */
        final class CandidateLoader extends ClassLoader {
            private final Map<String, byte[]> classes;

            CandidateLoader(Map<String, byte[]> classes, ClassLoader libraries) {
                super(libraries);
                this.classes = classes;
            }

            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> found = findLoadedClass(name);
                    if (found == null) {
                        byte[] bytes = classes.get(name);
                        if (bytes == null) {
                            return super.loadClass(name, resolve);
                        }
                        found = defineClass(name, bytes, 0, bytes.length);
                    }
                    if (resolve) {
                        resolveClass(found);
                    }
                    return found;
                }
            }

            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                throw new ClassNotFoundException(name);
            }

            @Override
            public InputStream getResourceAsStream(String name) {
                byte[] bytes = name.endsWith(".class") ? classes.get(name.substring(0, name.length() - 6).replace('/', '.')) : null;
                if (bytes != null) {
                    return new java.io.ByteArrayInputStream(bytes);
                }
                return super.getResourceAsStream(name);
            }
        }

        """;
}
