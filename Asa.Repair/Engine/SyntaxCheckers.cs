using Asa.Repair.Indexing;

namespace Asa.Repair.Engine;

/// <summary>
/// The small programs that ask Python's and Java's own parsers whether candidates parse, run in a search's fork under a
/// dot-directory. Each reads one batch (<see cref="SyntaxBatch"/>): the unchanged files, then each candidate as a
/// splice of one of them, and prints one verdict line per file and per candidate. Python compiles the text (the parser,
/// then the compiler's own syntax errors such as <c>break</c> outside a loop), without running it; Java runs javac's
/// parser only (no classpath, no attribution).
/// </summary>
public static class SyntaxCheckers
{
    public const string Directory = ".asa-syntax-check";
    public const string BatchFile = Directory + "/batch.txt";
    private const string PythonChecker = Directory + "/check.py";
    private const string JavaChecker = Directory + "/Check.java";

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        [PythonChecker] = """
            import sys, warnings

            MARK = "ASA-SYNTAX"


            def one_line(text):
                return " ".join(str(text).split())[:300]


            def verdict(data, path):
                text = data.decode("utf-8", "replace")
                if text.startswith("\ufeff"):
                    text = text[1:]
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        compile(text, path, "exec", dont_inherit=True)
                    return "ok"
                except SyntaxError as error:
                    return "error " + one_line(f"line {error.lineno}: {error.msg}")
                except ValueError as error:
                    return "error " + one_line(error)
                except Exception as error:
                    # Recursion or memory: nothing is known about the syntax.
                    return "unknown " + one_line(repr(error))


            def main(batch):
                data = open(batch, "rb").read()
                if data.startswith(b"\xef\xbb\xbf"):
                    data = data[3:]
                pos = data.index(b"\n") + 1
                if data[:pos] != b"ASA-SYNTAX-BATCH 1\n":
                    sys.exit("not a syntax batch")
                files = {}
                while pos < len(data):
                    end = data.index(b"\n", pos)
                    fields = data[pos:end].decode("utf-8").split(" ")
                    pos = end + 1
                    if fields[0] == "file":
                        ident, length, path = fields[1], int(fields[2]), " ".join(fields[3:])
                        files[ident] = (path, data[pos:pos + length])
                        pos += length + 1
                        print(MARK, "file", ident, verdict(files[ident][1], path), flush=True)
                    elif fields[0] == "candidate":
                        ident, file, start, stop, length = fields[1], fields[2], int(fields[3]), int(fields[4]), int(fields[5])
                        path, original = files[file]
                        text = original[:start] + data[pos:pos + length] + original[stop:]
                        pos += length + 1
                        print(MARK, "candidate", ident, verdict(text, path), flush=True)
                    else:
                        sys.exit("unknown batch entry: " + fields[0])
                print(MARK, "end", flush=True)


            main(sys.argv[1])

            """,
        [JavaChecker] = """
            import com.sun.source.util.JavacTask;
            import java.io.Writer;
            import java.net.URI;
            import java.nio.charset.StandardCharsets;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Locale;
            import java.util.Map;
            import javax.tools.Diagnostic;
            import javax.tools.DiagnosticCollector;
            import javax.tools.JavaCompiler;
            import javax.tools.JavaFileObject;
            import javax.tools.SimpleJavaFileObject;
            import javax.tools.StandardJavaFileManager;
            import javax.tools.ToolProvider;

            public class Check {
                private static final String MARK = "ASA-SYNTAX";

                public static void main(String[] args) throws Exception {
                    byte[] data = Files.readAllBytes(Path.of(args[0]));
                    int pos = data.length >= 3 && (data[0] & 0xff) == 0xef && (data[1] & 0xff) == 0xbb && (data[2] & 0xff) == 0xbf ? 3 : 0;
                    int end = indexOf(data, pos);
                    if (!new String(data, pos, end - pos, StandardCharsets.UTF_8).equals("ASA-SYNTAX-BATCH 1")) {
                        System.err.println("not a syntax batch");
                        System.exit(2);
                    }
                    pos = end + 1;
                    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                    StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
                    Map<String, byte[]> originals = new HashMap<>();
                    while (pos < data.length) {
                        end = indexOf(data, pos);
                        String[] fields = new String(data, pos, end - pos, StandardCharsets.UTF_8).split(" ");
                        pos = end + 1;
                        if (fields[0].equals("file")) {
                            int length = Integer.parseInt(fields[2]);
                            byte[] original = java.util.Arrays.copyOfRange(data, pos, pos + length);
                            pos += length + 1;
                            originals.put(fields[1], original);
                            System.out.println(MARK + " file " + fields[1] + " " + verdict(javac, files, original));
                        } else if (fields[0].equals("candidate")) {
                            byte[] original = originals.get(fields[2]);
                            int start = Integer.parseInt(fields[3]), stop = Integer.parseInt(fields[4]), length = Integer.parseInt(fields[5]);
                            byte[] text = new byte[start + length + original.length - stop];
                            System.arraycopy(original, 0, text, 0, start);
                            System.arraycopy(data, pos, text, start, length);
                            System.arraycopy(original, stop, text, start + length, original.length - stop);
                            pos += length + 1;
                            System.out.println(MARK + " candidate " + fields[1] + " " + verdict(javac, files, text));
                        } else {
                            System.err.println("unknown batch entry: " + fields[0]);
                            System.exit(2);
                        }
                    }
                    System.out.println(MARK + " end");
                }

                private static int indexOf(byte[] data, int from) {
                    for (int i = from; i < data.length; i++) {
                        if (data[i] == '\n') {
                            return i;
                        }
                    }
                    throw new IllegalStateException("a batch line without its end");
                }

                private static String verdict(JavaCompiler javac, StandardJavaFileManager files, byte[] bytes) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Candidate.java"), JavaFileObject.Kind.SOURCE) {
                        @Override
                        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                            return text;
                        }
                    };
                    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
                    try {
                        JavacTask task = (JavacTask) javac.getTask(Writer.nullWriter(), files, diagnostics, List.of("-proc:none"), null, List.of(source));
                        task.parse();
                    } catch (Exception | StackOverflowError error) {
                        return "unknown " + oneLine(error.toString());
                    }
                    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                        if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                            return "error " + oneLine("line " + diagnostic.getLineNumber() + ": " + diagnostic.getMessage(Locale.ROOT));
                        }
                    }
                    return "ok";
                }

                private static String oneLine(String text) {
                    String line = text.replaceAll("\\s+", " ").trim();
                    return line.length() > 300 ? line.substring(0, 300) : line;
                }
            }

            """,
    };

    /// <summary>
    /// The command that checks the batch written at <see cref="BatchFile"/> with the language's own parser, then deletes
    /// the checkers and the batch: the fork runs the candidates' tests next, and must hold only the workspace's files.
    /// </summary>
    public static string Command(SourceLanguage language) => language switch
    {
        SourceLanguage.Python => $"python3 -I {PythonChecker} {BatchFile}; status=$?; rm -rf {Directory}; exit $status",
        SourceLanguage.Java => $"java {JavaChecker} {BatchFile}; status=$?; rm -rf {Directory}; exit $status",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Only Python and Java are checked by a parser in the sandbox."),
    };

    /// <summary>What runs the checker, as a warning names it.</summary>
    public static string ParserName(SourceLanguage language) => language switch
    {
        SourceLanguage.Python => "Python's compile() (python3 in the sandbox)",
        SourceLanguage.Java => "javac's parser (java in the sandbox)",
        _ => language.ToString(),
    };
}
