package io.opencenter.installer.platform;

import java.util.List;

/** A catalog file that cannot be used: unreadable YAML, or data that contradicts itself. Lists every problem. */
public class CatalogException extends RuntimeException {
    private final List<String> problems;

    public CatalogException(String source, List<String> problems) {
        super(source + ": broken platform catalog:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public CatalogException(String source, String problem, Throwable cause) {
        super(source + ": broken platform catalog: " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
