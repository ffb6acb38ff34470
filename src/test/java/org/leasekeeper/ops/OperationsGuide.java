package org.leasekeeper.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The SQL blocks of {@code docs/operations.md}, section by section, so tests run what the page shows. */
final class OperationsGuide {

    static final Path PATH = Path.of("docs", "operations.md");

    private OperationsGuide() {
    }

    /** The {@code ```sql} blocks under the {@code ## heading}, in order. */
    static List<String> sqlBlocks(String heading) {
        return sqlBlocks(read(), heading);
    }

    static List<String> sqlBlocks(String markdown, String heading) {
        List<String> blocks = new ArrayList<>();
        boolean inSection = false;
        StringBuilder block = null;
        for (String line : markdown.split("\n")) {
            if (block != null) {
                if (line.startsWith("```")) {
                    blocks.add(block.toString().strip());
                    block = null;
                } else {
                    block.append(line).append('\n');
                }
            } else if (line.startsWith("## ")) {
                inSection = line.substring(3).strip().equals(heading);
            } else if (inSection && line.strip().equals("```sql")) {
                block = new StringBuilder();
            }
        }
        return blocks;
    }

    private static String read() {
        try {
            return Files.readString(PATH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
