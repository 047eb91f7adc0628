namespace Asa.Repair.Engine;

/// <summary>
/// Line coverage for the JVMs a test command starts (javac's, JUnit's, Maven's forks), as a Java agent that
/// <see cref="LineTracer"/> builds in the traced run and names in <c>JAVA_TOOL_OPTIONS</c>. Classes loaded from folders
/// under the workspace (not jars: those are libraries) get a call before the first instruction of each source line,
/// made with the ASM copy inside the JDK so that nothing needs installing; the lines hit are appended to the report at
/// exit, each class's source found as the workspace's .java file that ends with its package folder and file name.
/// The call goes before the line's first instruction rather than at its label, so that a stack map frame at the label
/// still describes the state where a jump lands.
/// </summary>
internal static class JavaLineAgent
{
    public const string MainClass = "AsaLineAgent";

    /// <summary>The JDK package whose ASM the agent uses, exported to it at compile and at run time.</summary>
    public const string AsmExport = "java.base/jdk.internal.org.objectweb.asm=ALL-UNNAMED";

    public const string Source = """
        import java.io.IOException;
        import java.io.UncheckedIOException;
        import java.lang.instrument.ClassFileTransformer;
        import java.lang.instrument.Instrumentation;
        import java.nio.charset.StandardCharsets;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.nio.file.Paths;
        import java.nio.file.StandardOpenOption;
        import java.security.ProtectionDomain;
        import java.util.BitSet;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import java.util.StringJoiner;
        import java.util.TreeMap;
        import java.util.concurrent.CopyOnWriteArrayList;
        import java.util.stream.Stream;
        import jdk.internal.org.objectweb.asm.ClassReader;
        import jdk.internal.org.objectweb.asm.ClassVisitor;
        import jdk.internal.org.objectweb.asm.ClassWriter;
        import jdk.internal.org.objectweb.asm.Handle;
        import jdk.internal.org.objectweb.asm.Label;
        import jdk.internal.org.objectweb.asm.MethodVisitor;
        import jdk.internal.org.objectweb.asm.Opcodes;

        public final class AsaLineAgent {
            private static final List<String> sources = new CopyOnWriteArrayList<>();
            private static final List<BitSet> hits = new CopyOnWriteArrayList<>();

            public static void hit(int source, int line) {
                BitSet lines = hits.get(source);
                synchronized (lines) { lines.set(line); }
            }

            private static synchronized int register(String source) {
                sources.add(source);
                hits.add(new BitSet());
                return sources.size() - 1;
            }

            public static void premain(String options, Instrumentation instrumentation) {
                String report = System.getenv("ASA_LINE_TRACE");
                if (report == null) return;
                Path root = Paths.get(report).toAbsolutePath().getParent().getParent();
                instrumentation.addTransformer(new ClassFileTransformer() {
                    @Override
                    public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
                        try {
                            if (loader == null || domain == null || domain.getCodeSource() == null || domain.getCodeSource().getLocation() == null
                                || !"file".equals(domain.getCodeSource().getLocation().getProtocol())) return null;
                            Path location = Paths.get(domain.getCodeSource().getLocation().toURI());
                            if (!location.startsWith(root) || !Files.isDirectory(location) || name.startsWith("AsaLineAgent")) return null;
                            return instrument(bytes);
                        } catch (Throwable error) {
                            return null;
                        }
                    }
                });
                Runtime.getRuntime().addShutdownHook(new Thread(() -> write(root, Paths.get(report))));
            }

            private static byte[] instrument(byte[] bytes) {
                ClassReader reader = new ClassReader(bytes);
                ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
                String[] packageName = {""};
                int[] source = {-1};
                reader.accept(new ClassVisitor(Opcodes.ASM8, writer) {
                    @Override
                    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                        int slash = name.lastIndexOf('/');
                        packageName[0] = slash < 0 ? "" : name.substring(0, slash + 1);
                        super.visit(version, access, name, signature, superName, interfaces);
                    }

                    @Override
                    public void visitSource(String file, String debug) {
                        if (file != null) source[0] = register(packageName[0] + file);
                        super.visitSource(file, debug);
                    }

                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                        MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                        return source[0] < 0 ? next : new LineProbes(next, source[0]);
                    }
                }, 0);
                return source[0] < 0 ? null : writer.toByteArray();
            }

            // The call goes before the line's first instruction rather than at its label, so that a stack map frame at the
            // label still describes the state where a jump lands.
            private static final class LineProbes extends MethodVisitor {
                private final int source;
                private int pending = -1;

                LineProbes(MethodVisitor next, int source) {
                    super(Opcodes.ASM8, next);
                    this.source = source;
                }

                private void probe() {
                    if (pending < 0) return;
                    super.visitLdcInsn(source);
                    super.visitLdcInsn(pending);
                    super.visitMethodInsn(Opcodes.INVOKESTATIC, "AsaLineAgent", "hit", "(II)V", false);
                    pending = -1;
                }

                @Override public void visitLineNumber(int line, Label start) { super.visitLineNumber(line, start); pending = line; }
                @Override public void visitInsn(int opcode) { probe(); super.visitInsn(opcode); }
                @Override public void visitIntInsn(int opcode, int operand) { probe(); super.visitIntInsn(opcode, operand); }
                @Override public void visitVarInsn(int opcode, int index) { probe(); super.visitVarInsn(opcode, index); }
                @Override public void visitTypeInsn(int opcode, String type) { probe(); super.visitTypeInsn(opcode, type); }
                @Override public void visitFieldInsn(int opcode, String owner, String name, String descriptor) { probe(); super.visitFieldInsn(opcode, owner, name, descriptor); }
                @Override public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) { probe(); super.visitMethodInsn(opcode, owner, name, descriptor, isInterface); }
                @Override public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) { probe(); super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments); }
                @Override public void visitJumpInsn(int opcode, Label label) { probe(); super.visitJumpInsn(opcode, label); }
                @Override public void visitLdcInsn(Object value) { probe(); super.visitLdcInsn(value); }
                @Override public void visitIincInsn(int index, int increment) { probe(); super.visitIincInsn(index, increment); }
                @Override public void visitTableSwitchInsn(int min, int max, Label fallback, Label... labels) { probe(); super.visitTableSwitchInsn(min, max, fallback, labels); }
                @Override public void visitLookupSwitchInsn(Label fallback, int[] keys, Label[] labels) { probe(); super.visitLookupSwitchInsn(fallback, keys, labels); }
                @Override public void visitMultiANewArrayInsn(String descriptor, int dimensions) { probe(); super.visitMultiANewArrayInsn(descriptor, dimensions); }
            }

            private static void write(Path root, Path report) {
                Map<String, BitSet> bySource = new TreeMap<>();
                synchronized (AsaLineAgent.class) {
                    for (int i = 0; i < sources.size(); i++) {
                        BitSet lines = hits.get(i);
                        synchronized (lines) { bySource.computeIfAbsent(sources.get(i), k -> new BitSet()).or(lines); }
                    }
                }
                bySource.values().removeIf(BitSet::isEmpty);
                if (bySource.isEmpty()) return;
                // A class names its source by package and file name; the workspace path is the .java file that ends so.
                Map<String, String> paths = new HashMap<>();
                try (Stream<Path> files = Files.walk(root)) {
                    files.filter(p -> p.toString().endsWith(".java") && !root.relativize(p).startsWith(".git") && !root.relativize(p).startsWith(".asa-line-trace")).forEach(p -> {
                        String relative = root.relativize(p).toString();
                        for (String source : bySource.keySet()) {
                            if (relative.equals(source) || relative.endsWith("/" + source)) paths.putIfAbsent(source, relative);
                        }
                    });
                } catch (IOException | UncheckedIOException error) {
                    return;
                }
                StringBuilder rows = new StringBuilder();
                bySource.forEach((source, lines) -> {
                    String path = paths.get(source);
                    if (path == null) return;
                    StringJoiner numbers = new StringJoiner(",");
                    lines.stream().forEach(l -> numbers.add(Integer.toString(l)));
                    rows.append(path).append(':').append(numbers).append('\n');
                });
                try {
                    Files.writeString(report, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException error) {
                    // A run that cannot write its report leaves the lines unmeasured, as an untraced run would.
                }
            }
        }
        """;
}
