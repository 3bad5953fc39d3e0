import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The package benchmark's stop watch, run by {@code bench/package.sh} as a single-file program
 * ({@code java bench/PackageBench.java ...}) against the two installed launchers:
 * (a) start to first rendered window, the installer's wizard against the hello-world app packaged the same way,
 * interleaved, median of N each, after dropping the page cache (cold) when allowed, and again warm;
 * (b) resident memory of each with its window open and idle; (c) the .deb's size. Prints the figures and writes
 * them as JSON. It measures and reports; it never fails on a target.
 *
 * <p>Arguments: APP_LAUNCHER HELLO_LAUNCHER DEB_FILE OUT_JSON RUNS WORKSPACE
 */
public final class PackageBench {
    private static final double START_TARGET = 1.5;
    private static final double RSS_TARGET = 1.6;
    private static final long DEB_TARGET_BYTES = 80L * 1024 * 1024;
    private static final long IDLE_SETTLE_MS = 5000;

    public static void main(String[] args) throws Exception {
        String app = args[0];
        String hello = args[1];
        Path deb = Path.of(args[2]);
        Path out = Path.of(args[3]);
        int runs = Integer.parseInt(args[4]);
        String workspace = args[5];
        List<String> appStart = List.of(app, "--workspace", workspace, "--exit-when-shown");
        List<String> helloStart = List.of(hello, "--exit-when-shown");

        boolean cold = dropPageCache();
        timeToShown(appStart); // the first start after install also writes the workspace; not measured
        timeToShown(helloStart);
        Series coldStart = new Series();
        for (int i = 0; cold && i < runs; i++) {
            dropPageCache();
            coldStart.app.add(timeToShown(appStart));
            dropPageCache();
            coldStart.hello.add(timeToShown(helloStart));
        }
        // A loop of its own, after one unmeasured start of each: interleaved with the cold pairs, every warm start
        // of the installer came after a drop of the page cache and read its files from disk again.
        timeToShown(appStart);
        timeToShown(helloStart);
        Series warmStart = new Series();
        for (int i = 0; i < runs; i++) {
            warmStart.app.add(timeToShown(appStart));
            warmStart.hello.add(timeToShown(helloStart));
        }
        Series rssKb = new Series();
        for (int i = 0; i < Math.min(runs, 3); i++) {
            rssKb.app.add(idleRssKb(List.of(app, "--workspace", workspace, "--print-when-shown")));
            rssKb.hello.add(idleRssKb(List.of(hello, "--print-when-shown")));
        }
        long debBytes = Files.size(deb);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "package: installed .deb against a hello-world JavaFX app packaged the same way");
        doc.put("display", System.getenv().getOrDefault("DISPLAY", ""));
        doc.put("runs", runs);
        doc.put("pageCacheDropped", cold);
        if (cold) {
            doc.put("coldStart", coldStart.json("ms", START_TARGET));
        }
        doc.put("warmStart", warmStart.json("ms", START_TARGET));
        doc.put("idleRss", rssKb.json("kB", RSS_TARGET));
        doc.put("debFile", deb.getFileName().toString());
        doc.put("debBytes", debBytes);
        doc.put("debTargetBytes", DEB_TARGET_BYTES);
        doc.put("debMeetsTarget", debBytes <= DEB_TARGET_BYTES);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, Json.write(doc) + "\n");

        if (cold) {
            System.out.println(coldStart.line("cold start to first window", "ms", START_TARGET));
        } else {
            System.out.println("cold start: not measured (cannot drop the page cache: needs root)");
        }
        System.out.println(warmStart.line("warm start to first window", "ms", START_TARGET));
        System.out.println(rssKb.line("idle RSS, window open", "kB", RSS_TARGET));
        System.out.printf(Locale.ROOT, ".deb size: %.1f MB (target <= %d MB) -> %s%n", debBytes / 1048576.0,
                DEB_TARGET_BYTES / 1048576, out);
    }

    /** Empties the kernel's page cache so the next start reads its files from disk; false when not allowed. */
    private static boolean dropPageCache() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Files.writeString(Path.of("/proc/sys/vm/drop_caches"), "3\n");
            return true;
        } catch (IOException | InterruptedException | SecurityException e) {
            return false;
        }
    }

    /** Milliseconds from starting the launcher to its {@code WIZARD_SHOWN} line. */
    private static double timeToShown(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitShown(p);
            double ms = (System.nanoTime() - start) / 1e6;
            p.waitFor(30, TimeUnit.SECONDS);
            return ms;
        } finally {
            p.destroyForcibly();
        }
    }

    /** VmRSS of the open, idle window: read after it announced its first frame and then sat still a while. */
    private static double idleRssKb(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitShown(p);
            Thread.sleep(IDLE_SETTLE_MS);
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Double.parseDouble(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new IOException("no VmRSS for pid " + p.pid());
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    private static void awaitShown(Process p) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.equals("WIZARD_SHOWN")) {
                return;
            }
        }
        throw new IOException("the window never reported WIZARD_SHOWN (exit " + p.exitValue() + ")");
    }

    /** One figure measured for both apps. */
    private static final class Series {
        final List<Double> app = new ArrayList<>();
        final List<Double> hello = new ArrayList<>();

        double ratio() {
            return median(app) / median(hello);
        }

        Map<String, Object> json(String unit, double target) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("unit", unit);
            m.put("installer", app);
            m.put("helloWorld", hello);
            m.put("installerMedian", median(app));
            m.put("helloWorldMedian", median(hello));
            m.put("ratio", ratio());
            m.put("targetRatio", target);
            m.put("meetsTarget", ratio() <= target);
            return m;
        }

        String line(String what, String unit, double target) {
            return String.format(Locale.ROOT, "%s: installer median %.0f %s, hello-world median %.0f %s, ratio %.2f "
                    + "(target <= %.1f)", what, median(app), unit, median(hello), unit, ratio(), target);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    /** Enough JSON for maps, lists, strings, numbers and booleans (a single-file program has no Jackson). */
    private static final class Json {
        static String write(Object value) {
            if (value instanceof Map<?, ?> map) {
                List<String> parts = new ArrayList<>();
                map.forEach((k, v) -> parts.add(quote(k.toString()) + ": " + write(v)));
                return "{" + String.join(", ", parts) + "}";
            }
            if (value instanceof List<?> list) {
                List<String> parts = new ArrayList<>();
                list.forEach(v -> parts.add(write(v)));
                return "[" + String.join(", ", parts) + "]";
            }
            if (value instanceof Double d) {
                return String.format(Locale.ROOT, "%.3f", d);
            }
            if (value instanceof Number || value instanceof Boolean) {
                return value.toString();
            }
            return quote(String.valueOf(value));
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
