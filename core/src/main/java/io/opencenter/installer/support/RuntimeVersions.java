package io.opencenter.installer.support;

import io.opencenter.installer.workspace.InstallerVersion;
import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code versions.txt} of the support bundle: the installer, Java, the OS, and the libraries it runs with. The
 * libraries are read from the jar names on the class and module path (Maven and jpackage keep {@code name-version})
 * and from the versions of named modules, which costs nothing and needs no manifest parsing.
 */
final class RuntimeVersions {
    private RuntimeVersions() {}

    static String text(Map<Object, Object> props) {
        StringBuilder out = new StringBuilder();
        out.append("installer: opencenter-installer ").append(InstallerVersion.current()).append('\n');
        out.append("java: ").append(props.get("java.vendor")).append(' ').append(props.get("java.version"))
                .append(" (").append(props.get("java.vm.name")).append(' ').append(props.get("java.vm.version"))
                .append(")\n");
        out.append("os: ").append(props.get("os.name")).append(' ').append(props.get("os.version")).append(' ')
                .append(props.get("os.arch")).append('\n');
        out.append("libraries:\n");
        TreeSet<String> libraries = new TreeSet<>();
        for (String key : new String[] {"java.class.path", "jdk.module.path"}) {
            Object path = props.get(key);
            if (path != null) {
                for (String entry : path.toString().split(File.pathSeparator)) {
                    Path file = Path.of(entry).getFileName();
                    String name = file == null ? "" : file.toString();
                    if (name.endsWith(".jar")) {
                        libraries.add(name.substring(0, name.length() - 4));
                    }
                }
            }
        }
        for (Module m : ModuleLayer.boot().modules()) {
            ModuleDescriptor d = m.getDescriptor();
            if (!d.name().startsWith("java.") && !d.name().startsWith("jdk.") && d.version().isPresent()) {
                libraries.add(d.name() + " " + d.version().get());
            }
        }
        libraries.forEach(l -> out.append("  ").append(l).append('\n'));
        return out.toString();
    }

    static String text() {
        return text(System.getProperties());
    }
}
