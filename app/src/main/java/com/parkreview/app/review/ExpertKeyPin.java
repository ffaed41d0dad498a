package com.parkreview.app.review;

import static com.parkreview.app.review.ReviewRules.refuse;

import java.util.List;
import java.util.Optional;

/**
 * The key an expert's score files are signed with: pinned at the expert's first import, and
 * replaced only by a file of a kit issued to that expert after it was pinned. An expert given a
 * new kit (a new laptop, or a re-review sent as a kit) opens it into a new database, which makes a
 * new key: a tester's round 21 had that re-review refused for the changed key, with nothing in the
 * window or on the command line to let it in. A file of an older kit with another key is still
 * refused: the kit the secretary issues is what admits a new key, never the file alone.
 */
final class ExpertKeyPin {

    /** What the import did with the key: pinned it now, found it pinned, or replaced the one pinned. */
    record Pinned(boolean now, Optional<ExpertKey> replaced) {
    }

    private ExpertKeyPin() {
    }

    static Pinned pin(Store s, Expert expert, ExpertKey key, IssuedKit kit) {
        Optional<ExpertKey> pinned = s.kits().pinnedKey(expert.id());
        if (pinned.isPresent() && pinned.get().equals(key)) {
            return new Pinned(false, Optional.empty());
        }
        List<String> others = s.kits().expertsWithKey(key).stream()
                .filter(id -> id != expert.id())
                .map(id -> s.experts().find(id).map(Expert::code).orElse(String.valueOf(id)))
                .toList();
        if (!others.isEmpty()) {
            throw refuse("import.keyOfOther", key.fingerprint(), String.join(" ", others), expert.code());
        }
        if (pinned.isPresent()) {
            if (!s.kits().issuedSinceKeyPinned(kit.kitId(), expert.id())) {
                throw refuse("import.keyChanged", expert.code(), expert.name(), pinned.get().fingerprint(),
                        key.fingerprint());
            }
            s.kits().replaceKey(expert.id(), pinned.get(), key, kit.kitId());
        } else {
            s.kits().pinKey(expert.id(), key);
        }
        if (!expert.keyFingerprint().equals(Optional.of(key.fingerprint()))) {
            s.experts().setKeyFingerprint(expert.id(), key.fingerprint());
        }
        return new Pinned(pinned.isEmpty(), pinned);
    }
}
