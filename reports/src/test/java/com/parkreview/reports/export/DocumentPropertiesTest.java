package com.parkreview.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.parkreview.reports.DocumentInfo;
import com.parkreview.reports.fill.FilledSheet;
import com.parkreview.reports.fixture.RenderedPacks.Rendered;
import com.parkreview.reports.fixture.RenderedPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An exported PDF says what it is: title, subject (the kinds of sheet), author (the session's
 * secretary), keywords naming every sheet's verification code, and the producer with its Chinese
 * name whole and the version, in the document information and in the PDF/A metadata alike.
 */
class DocumentPropertiesTest {

    private static Rendered pack;
    private static PDDocumentInformation info;
    private static String xmp;

    @BeforeAll
    static void read() throws IOException {
        pack = RenderedPacks.realistic();
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            info = document.getDocumentInformation();
            xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void producerIsParkReviewInBothLanguagesWithItsVersion() {
        assertTrue(DocumentInfo.PRODUCER.matches("ParkReview 园区运营评审 \\d+\\.\\d+\\.\\d+.*"), DocumentInfo.PRODUCER);
        assertEquals(DocumentInfo.PRODUCER, info.getProducer());
        assertTrue(xmp.contains(DocumentInfo.PRODUCER), "pdf:Producer in the XMP as in the information");
    }

    @Test
    void titleSubjectAndAuthorSayWhatAndWhose() {
        assertEquals(pack.pack().signIn().header().sessionName(), info.getTitle());
        assertEquals("专家签到表、评分表、专家评分表、专家组评分汇总表、评审结果汇总表", info.getSubject());
        assertEquals("周敏", info.getAuthor());
        assertTrue(xmp.contains("周敏") && xmp.contains(info.getTitle()), "dc:creator and dc:title in the XMP");
    }

    @Test
    void keywordsNameEverySheetsVerificationCode() {
        assertTrue(info.getKeywords().startsWith("校验码 "), info.getKeywords());
        for (FilledSheet sheet : pack.sheets()) {
            assertTrue(info.getKeywords().contains(sheet.code().value()), sheet.name());
            assertTrue(xmp.contains(sheet.code().value()), "pdf:Keywords: " + sheet.name());
        }
    }

    @Test
    void withoutASecretaryTheFileNamesNoAuthor() {
        assertEquals(Optional.empty(), DocumentInfo.of("t", Optional.of(" "), pack.sheets()).author());
    }
}
