package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tester's round 6 typed 010-6886abcd as a phone number and nothing was said. */
class ContactTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            010-6886 1234 转 8001 | ""
            (010) 6886-1234       | ""
            +86 138 0000 0000     | ""
            １３８００００００００  | ""
            010-68861234；13800000000 | ""
            ""                    | ""
            010-6886abcd          | "The contact phone ""010-6886abcd"" holds ""a"": a phone number is written with digits, spaces, + - ( ) / , ; and 转 before an extension."
            010.6886.1234         | "The contact phone ""010.6886.1234"" holds ""."": a phone number is written with digits, spaces, + - ( ) / , ; and 转 before an extension."
            """)
    void aPhoneNumberIsWrittenWithDigitsAndTheSignsOfOne(String phone, String refusal) {
        Contact contact = new Contact("王经理", phone);
        if (refusal.isEmpty()) {
            assertEquals(phone.strip(), contact.checked().phone());
        } else {
            assertEquals(refusal, assertThrows(ValidationException.class, contact::checked).getMessage(Locale.ENGLISH));
        }
    }
}
