package io.opencenter.installer.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every string key the FXML files and the UI code use exists in messages.properties (a typo shows as "%key"). */
class MessagesTest {
    private static final Pattern FXML_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile("getString\\(\"([A-Za-z0-9_.]+)\"\\)");
    private static final Pattern ENUM_KEY = Pattern.compile("\"((?:file\\.type|step)\\.[A-Za-z0-9_.]+)\"");

    @Test
    void everyUsedKeyIsDefined() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages");
        Set<String> used = new TreeSet<>();
        collect(Path.of("desktop/src/main/resources/fxml"), FXML_KEY, used);
        collect(Path.of("desktop/src/main/java/io/opencenter/installer/ui"), CODE_KEY, used);
        collect(Path.of("desktop/src/main/java/io/opencenter/installer/ui"), ENUM_KEY, used);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }

    private static void collect(Path root, Pattern pattern, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
