package com.parkreview.app.review;

/** An applicant's contact person and phone, as given on the application. */
public record Contact(String person, String phone) {

    public static final Contact NONE = new Contact("", "");

    public Contact {
        person = person == null ? "" : person.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** This contact, its person and phone held to the input rule ({@link TextField}); a refusal names the field. */
    public Contact checked() {
        return new Contact(TextField.CONTACT_PERSON.check(person), TextField.CONTACT_PHONE.check(phone));
    }
}
