package com.parkreview.app.persistence;

import com.parkreview.app.demo.DemoSession;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code fixtures/schema-v<n>.mv.db}: the demonstration session in a file made by this
 * version's migrations. Run once when a migration is released, commit the file, never rewrite
 * it: {@link OlderSchemaTest} opens it with every later version.
 *
 * <pre>mvn -q -pl app exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.parkreview.app.persistence.SchemaFixture -Dexec.args=src/test/resources/fixtures</pre>
 */
public final class SchemaFixture {

    private SchemaFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        DatabaseFile file = DatabaseFile.of(folder.resolve("schema-v" + Migrations.NEWEST));
        if (file.exists()) {
            throw new IllegalStateException(file + " exists: a released fixture is never rewritten");
        }
        try (Database db = Database.open(file, OpenOptions.creating())) {
            new DemoSession(db).create();
        }
        Files.deleteIfExists(folder.resolve("schema-v" + Migrations.NEWEST + ".head"));
        System.out.println(file.file() + " " + Files.size(file.file()) + " bytes");
    }
}
