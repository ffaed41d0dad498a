package com.parkreview.app.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.parkreview.scoring.settings.ProgrammeSettings;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
