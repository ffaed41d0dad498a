package com.parkreview.app.review;

import com.parkreview.app.AppText;
import com.parkreview.scoring.ValidationException;

/**
 * Who makes a change, as the history records it: the secretary, an expert, the command line,
 * or ParkReview itself (the demonstration session, migrations).
 */
public record Actor(String name) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
        TextField.ACTOR.check(name);
    }

    /**
     * The secretary named; a name left empty is refused, since the history must say who decided
     * (a tester's round 8 accepted a flag with {@code --secretary ""}, kept as by "秘书" alone).
     */
    public static Actor secretary(String name) {
        if (name == null || Names.seen(name).isEmpty()) { // only spaces, a no-break one too (round 9)
            throw new ValidationException(AppText.of("actor.secretaryNeeded"));
        }
        TextField.SECRETARY.check(name); // the name itself says something: "秘书 ——" did (round 26)
        return new Actor("秘书 " + name.strip());
    }

    /**
     * The secretary working on a session in the window or with {@code merge --record}: the one the
     * session names, or the operating-system user when it names none (a tester's round 8 found flag
     * acceptances and printings kept as "秘书 root" on an office computer's account).
     */
    public static Actor secretaryOf(ReviewSession session) {
        String named = session.details().secretary();
        if (Names.seen(named).isEmpty()) {
            return secretary(System.getProperty("user.name", "?"));
        }
        return new Actor("秘书 " + named.strip()); // as stored: a session named before the rule still works
    }


    public static Actor expert(String code, String name) {
        return new Actor("专家 " + code + " " + name);
    }

    /** A command-line run by the operating-system user. */
    public static Actor commandLine() {
        return new Actor("命令行 " + System.getProperty("user.name", "?"));
    }

    /** The window, run by the operating-system user, for what is not one secretary's or expert's work. */
    public static Actor window() {
        return new Actor("窗口 " + System.getProperty("user.name", "?"));
    }

    public static Actor system() {
        return new Actor("ParkReview");
    }
}
