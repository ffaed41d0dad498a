package com.parkreview.app.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.app.exchange.InputRejectedException;
import com.parkreview.app.persistence.Database;
import com.parkreview.app.persistence.DatabaseFile;
import com.parkreview.app.review.Actor;
import com.parkreview.app.review.Expert;
import com.parkreview.app.testing.InLocale;
import com.parkreview.app.testing.OfflineDay;
import com.parkreview.app.testing.TestSessions;
import com.parkreview.scoring.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kits handed out by the secretary, opened on an expert's laptop, and the score file written back. */
@InLocale("zh")
class ExpertLaptopViewModelTest {

    @TempDir
    Path dir;

    private Database secretary;
    private TestSessions.Ids ids;

    @BeforeEach
    void setUp() {
        secretary = TestSessions.freshDatabase(dir);
        ids = TestSessions.session(secretary, 2, 5);
    }

    @AfterEach
    void tearDown() {
        secretary.close();
    }

    private List<Expert> panel() {
        return secretary.read(s -> s.experts().list(ids.session()));
    }

    @Test
    void kitPerExpertIsWrittenAndAnExistingFileIsKept() throws Exception {
        Path usb = Files.createDirectory(dir.resolve("U盘"));
        Files.writeString(usb.resolve("E1-专家1.prkit"), "上一次的评审包");
        List<KitHandoutViewModel.Written> written = new KitHandoutViewModel(secretary, TestSessions.SECRETARY,
                ids.session()).export(usb, panel());
        assertEquals(5, written.size());
        assertEquals("E1-专家1-2.prkit", written.get(0).file().getFileName().toString());
        assertEquals("上一次的评审包", Files.readString(usb.resolve("E1-专家1.prkit")));
        assertTrue(Files.readString(written.get(4).file()).contains("\"parkreview-kit\""));
        String message = KitHandoutViewModel.describe(written, usb);
        assertTrue(message.startsWith("已在 " + usb + " 写入 5 个评审包："), message);
    }

    @Test
    void kitOpensIntoANewDatabaseInExpertModeAndScoresGoBackSigned() throws Exception {
        Path usb = Files.createDirectory(dir.resolve("usb"));
        Path kit = new KitHandoutViewModel(secretary, TestSessions.SECRETARY, ids.session())
                .export(usb, panel().subList(2, 3)).get(0).file();
        assertEquals("E3-专家3-评分", ExpertLaptopViewModel.suggestedName(kit));
        ExpertLaptopViewModel.Opened opened = ExpertLaptopViewModel.openKit(kit,
                DatabaseFile.of(dir.resolve("laptop").resolve("E3-评分")));
        try (Database laptop = opened.database()) {
            assertEquals("E3", opened.mode().expertCode());
            assertTrue(opened.message().contains("您的签名密钥指纹：" + opened.mode().fingerprint()), opened.message());
            assertTrue(ExpertLaptopViewModel.mode(laptop).isPresent());

            OfflineDay.signed(laptop, "A01", "82");
            String written = ExpertLaptopViewModel.exportScores(laptop, dir.resolve("E3.prscore"));
            assertTrue(written.contains("已签署评分表 1 份"), written);
            assertTrue(written.contains("以下尚未签署，未写入文件：A02（已评 0/13 项）"), written);
            assertTrue(Files.readString(dir.resolve("E3.prscore")).contains("\"parkreview-score\""));
        }
    }

    @Test
    void refusedKitCreatesNoDatabase() throws Exception {
        Path notAKit = Files.writeString(dir.resolve("E1.prkit"), "{\"format\": \"parkreview-rubric\"}");
        DatabaseFile target = DatabaseFile.of(dir.resolve("laptop-E1"));
        assertThrows(InputRejectedException.class, () -> ExpertLaptopViewModel.openKit(notAKit, target));
        assertFalse(target.exists());
    }

    @Test
    void kitIsNotOpenedOverAnExistingDatabase() throws Exception {
        Path kit = new KitHandoutViewModel(secretary, TestSessions.SECRETARY, ids.session())
                .export(Files.createDirectory(dir.resolve("usb")), panel().subList(0, 1)).get(0).file();
        DatabaseFile existing = DatabaseFile.of(dir.resolve("test"));
        ValidationException refused = assertThrows(ValidationException.class,
                () -> ExpertLaptopViewModel.openKit(kit, existing));
        assertTrue(refused.getMessage(Locale.SIMPLIFIED_CHINESE).contains("已存在"), refused.getMessage());
    }

    @Test
    void secretaryDatabaseExportsNoScoreFile() {
        assertTrue(ExpertLaptopViewModel.mode(secretary).isEmpty());
        assertThrows(RuntimeException.class, () -> ExpertLaptopViewModel.exportScores(secretary, dir.resolve("x.prscore")));
        assertFalse(Files.exists(dir.resolve("x.prscore")));
        Actor.secretary("x"); // the secretary's database stays usable
        assertEquals(5, panel().size());
    }
}
