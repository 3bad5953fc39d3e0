package io.opencenter.installer.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Time from JVM start to the first rendered wizard frame, against a hello-world JavaFX window started the same
 * way in the same run (median of {@link #RUNS} runs each, interleaved so both see the same machine state).
 * Run with {@code mvn -Pbench verify}; figures go to {@code target/bench/startup.json}. Prints, never asserts.
 */
class StartupBench {
    private static final int RUNS = Integer.getInteger("bench.runs", 7);
    private static final double TARGET_RATIO = 1.5;

    @Test
    void wizardStartupAgainstHelloWorld() throws Exception {
        Path workspace = Files.createTempDirectory("bench-ws");
        List<String> wizard = List.of("io.opencenter.installer.Main", "--workspace", workspace.toString(),
                "--exit-when-shown");
        List<String> hello = List.of(HelloFxWindow.class.getName(), "--exit-when-shown");
        timeToShown(wizard); // warm the file cache for both before measuring
        timeToShown(hello);
        List<Double> wizardMs = new ArrayList<>();
        List<Double> helloMs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            wizardMs.add(timeToShown(wizard));
            helloMs.add(timeToShown(hello));
        }
        double ratio = median(wizardMs) / median(helloMs);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("benchmark", "startup: JVM start to first rendered window");
        doc.put("display", display());
        doc.put("runs", RUNS);
        doc.put("wizardMs", wizardMs);
        doc.put("helloWorldMs", helloMs);
        doc.put("wizardMedianMs", median(wizardMs));
        doc.put("helloWorldMedianMs", median(helloMs));
        doc.put("ratio", ratio);
        doc.put("targetRatio", TARGET_RATIO);
        doc.put("meetsTarget", ratio <= TARGET_RATIO);
        Path out = Path.of(System.getProperty("bench.dir", "target/bench")).resolve("startup.json");
        Files.createDirectories(out.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), doc);
        System.out.printf("startup: wizard median %.0f ms, hello-world median %.0f ms, ratio %.2f (target <= %.1f) -> %s%n",
                median(wizardMs), median(helloMs), ratio, TARGET_RATIO, out);
    }

    private static double timeToShown(List<String> mainAndArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(displayFlags());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.equals("WIZARD_SHOWN")) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    p.waitFor(30, TimeUnit.SECONDS);
                    return ms;
                }
            }
        } finally {
            p.destroyForcibly();
        }
        throw new IllegalStateException("never saw WIZARD_SHOWN from " + mainAndArgs + " (exit " + p.waitFor() + ")");
    }

    private static String display() {
        String d = System.getenv("DISPLAY");
        return d == null || d.isBlank() ? "monocle-headless" : "x11 " + d;
    }

    /** Under a real X display both windows go through GTK; without one both use headless Monocle. */
    private static List<String> displayFlags() {
        if (!display().equals("monocle-headless")) {
            return List.of();
        }
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true");
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

}
