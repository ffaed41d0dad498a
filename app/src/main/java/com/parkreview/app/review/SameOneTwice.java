package com.parkreview.app.review;

/**
 * One person or operator entered twice under two codes: an expert with another's name and
 * organisation would score an applicant twice; an operator with another's name (its credit code
 * mistyped) would be paid twice. Names are compared as they are seen ({@link Names#seen}).
 */
public final class SameOneTwice {

    private SameOneTwice() {
    }

    /** Refuses an expert (code, name, organisation) who is the other expert of the panel. */
    public static void refuseExpert(String code, String name, String organisation, Expert other) {
        if (Names.seen(name).equals(Names.seen(other.name()))
                && Names.seen(organisation).equals(Names.seen(other.organisation()))) {
            throw ReviewRules.refuse("rule.expertTwice", code, name, organisation, other.code());
        }
    }

    /** Refuses an applicant (code, name) that is, by its name, the other applicant of the session. */
    public static void refuseApplicant(String code, String name, Applicant other) {
        if (Names.seen(name).equals(Names.seen(other.name()))) {
            throw ReviewRules.refuse("rule.applicantTwice", code, name, other.code(), other.uscc());
        }
    }
}
