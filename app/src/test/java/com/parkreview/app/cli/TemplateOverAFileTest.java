package com.parkreview.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code template … --out} names a file that is already there, the table the office filled in
 * (a tester's round 4: it was written over with an empty one): refused, the file kept byte for byte.
 */
class TemplateOverAFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "template {0} --out {1}")
    @CsvSource({
            "applicants, 申报单位.csv",
            "experts,    专家组.csv",
            "session,    设置.txt",
    })
    void aFileAlreadyThereIsKept(String kind, String name) throws Exception {
        Path filled = dir.resolve(name);
        byte[] content = "编号,名称\nA01,北京某园区运营有限公司\n".getBytes(StandardCharsets.UTF_8);
        Files.write(filled, content);
        CommandRun refused = CommandRun.of("template", kind, "--out", filled.toString());
        assertEquals(ExitCodes.REFUSED, refused.status(), refused.out() + refused.err());
        assertTrue(refused.err().contains(filled + " is already there") && refused.err().contains("another name"),
                refused.err());
        assertArrayEquals(content, Files.readAllBytes(filled));

        Path fresh = dir.resolve("new-" + name);
        CommandRun written = CommandRun.of("template", kind, "--out", fresh.toString());
        assertEquals(ExitCodes.OK, written.status(), written.err());
        assertTrue(Files.size(fresh) > 0);
    }
}
