package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stamp a sheet's QR code carries, read back from what a scanner types: only its own form is taken. */
class HistoryStampTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "—", textBlock = """
            H1412.0123456789ab.89abcdef           | 1412 | 0123456789ab | 89abcdef
            h1412.0123456789AB.89ABCDEF           | 1412 | 0123456789ab | 89abcdef
            ' H1.0123456789ab.89abcdef '          | 1    | 0123456789ab | 89abcdef
            H0.0123456789ab.89abcdef              | —    | —                | —
            H01.0123456789ab.89abcdef             | —    | —                | —
            H1412.0123456789a.89abcdef            | —    | —                | —
            H1412.0123456789ag.89abcdef           | —    | —                | —
            H1412.0123456789ab.89abcdef.00        | —    | —                | —
            H1412.0123456789ab                    | —    | —                | —
            H99999999999999999999.0123456789ab.89abcdef | — | —              | —
            1412.0123456789ab.89abcdef            | —    | —                | —
            """)
    void readsOnlyItsOwnForm(String text, Long seq, String hash, String first) {
        Optional<HistoryStamp> expected = seq == null ? Optional.empty() : Optional.of(new HistoryStamp(seq, hash, first));
        assertEquals(expected, HistoryStamp.parse(text));
        expected.ifPresent(stamp -> assertEquals(stamp, HistoryStamp.parse(stamp.text()).orElseThrow()));
    }
}
