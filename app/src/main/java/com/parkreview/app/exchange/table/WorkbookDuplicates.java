package com.parkreview.app.exchange.table;

import com.parkreview.app.AppText;
import com.parkreview.app.files.InputFiles;
import com.parkreview.scoring.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * A row or a cell written twice in the first sheet's XML. Excel refuses to open such a file or
 * repairs it by dropping one; the spreadsheet library keeps the last silently, so what would be
 * imported is not what anyone saw (round 8: a row 3 written twice, one applicant imported of two).
 */
final class WorkbookDuplicates {

    private WorkbookDuplicates() {
    }

    /** The first row or cell written twice, said as a problem; none in a sound workbook or one not read here. */
    static Optional<LocalizedText> first(Path file) {
        try (InputStream in = InputFiles.open(file); OPCPackage workbook = OPCPackage.open(in)) {
            Iterator<InputStream> sheets = new XSSFReader(workbook).getSheetsData();
            if (!sheets.hasNext()) {
                return Optional.empty();
            }
            try (InputStream sheet = sheets.next()) {
                return scan(sheet);
            }
        } catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException e) {
            return Optional.empty(); // not a workbook this check can read: the workbook reader says why
        }
    }

    private static Optional<LocalizedText> scan(InputStream sheet) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(sheet);
        try {
            Set<String> rows = new HashSet<>();
            Set<String> cells = new HashSet<>();
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                String reference = xml.getAttributeValue(XMLConstants.NULL_NS_URI, "r");
                if (reference == null) {
                    continue;
                }
                if (xml.getLocalName().equals("row")) {
                    if (!rows.add(reference)) {
                        return Optional.of(AppText.of("xlsx.duplicateRow", reference));
                    }
                } else if (xml.getLocalName().equals("c") && !cells.add(reference)) {
                    return Optional.of(AppText.of("xlsx.duplicateCell", reference));
                }
            }
            return Optional.empty();
        } finally {
            xml.close();
        }
    }
}
