package io.opencenter.installer.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --output text|json}: how commands that report findings print them. */
final class OutputFormatOption {
    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
            converter = FormatConverter.class, description = "text or json (default: ${DEFAULT-VALUE}).")
    FindingsReport.Format format;

    static final class FormatConverter implements ITypeConverter<FindingsReport.Format> {
        @Override
        public FindingsReport.Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> FindingsReport.Format.TEXT;
                case "json" -> FindingsReport.Format.JSON;
                default -> throw new TypeConversionException("unknown output format '" + value + "': use text or json");
            };
        }
    }
}
