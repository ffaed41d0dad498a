package com.parkreview.app.review;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An applicant's contact person and phone, as given on the application. */
public record Contact(String person, String phone) {

    public static final Contact NONE = new Contact("", "");

    /** What a phone number is written with: digits, spaces, + - ( ) / , ; 、 and 转 before an extension. */
    private static final Pattern NOT_IN_A_PHONE = Pattern.compile("[^0-9０-９ +＋\\-－()（）/,，;；、转]");

    public Contact {
        person = person == null ? "" : person.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** This contact, its person and phone held to the input rule ({@link TextField}); a refusal names the field. */
    public Contact checked() {
        Contact checked = new Contact(TextField.CONTACT_PERSON.check(person), TextField.CONTACT_PHONE.check(phone));
        Matcher odd = NOT_IN_A_PHONE.matcher(checked.phone());
        if (odd.find()) { // a tester's round 6 typed 010-6886abcd and nothing was said
            throw ReviewRules.refuse("rule.phoneCharacter", checked.phone(), odd.group());
        }
        return checked;
    }
}
