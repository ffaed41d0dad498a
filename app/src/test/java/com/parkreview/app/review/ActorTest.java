package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.parkreview.scoring.ValidationException;
import com.parkreview.scoring.settings.ProgrammeSettings;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who the history names for the secretary's work on a session in the window: a tester's round 8
 * found flag acceptances and printings kept as "秘书 root", the office computer's account, while
 * the session named its secretary.
 */
class ActorTest {

    @ParameterizedTest(name = "the session names \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            王秘书     | 秘书 王秘书
            ' 赵秘书 ' | 秘书 赵秘书
            ''         | 秘书 <os>
            """)
    void theSecretaryIsTheOneTheSessionNamesOrElseTheAccount(String named, String expected) {
        ReviewSession session = new ReviewSession(1, new SessionDetails("测试批次", 2026, Optional.empty(), "会议室",
                Optional.empty(), null, named), ProgrammeSettings.SHIJINGSHAN, SessionStatus.SCORING, Instant.EPOCH);
        assertEquals(expected.replace("<os>", System.getProperty("user.name")), Actor.secretaryOf(session).name());
    }

    /** A tester's round 8 accepted a flag with {@code --secretary ""}: the history said "秘书", no one. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\u3000", "\u00a0", "\u200b"})
    void aSecretaryWithoutANameIsRefused(String name) {
        ValidationException refused = assertThrows(ValidationException.class, () -> Actor.secretary(name));
        assertEquals("The secretary's name is needed (--secretary NAME): the history keeps who made the change.",
                refused.getMessage(Locale.ENGLISH));
    }
}
