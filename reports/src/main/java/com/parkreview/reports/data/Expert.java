package com.parkreview.reports.data;

import java.util.Optional;

/**
 * A panel member: id, name, organisation, role, whether the expert is the group leader (组长),
 * and the fingerprint of the expert's signing key, printed beside the signature line when known.
 */
public record Expert(String id, String name, String organisation, ExpertRole role, boolean groupLeader,
        Optional<String> keyFingerprint) {

    public Expert {
        Ids.require(id, "expert");
        Ids.requireText(name, "expert name");
        organisation = organisation == null ? "" : organisation;
        if (role == null) {
            throw new IllegalArgumentException("expert " + id + " needs a role");
        }
        keyFingerprint = keyFingerprint == null ? Optional.empty() : keyFingerprint.filter(f -> !f.isBlank());
    }

    /** 组长 or 成员, as the sheets print the expert's place in the panel. */
    public String panelPosition() {
        return groupLeader ? "组长" : "成员";
    }
}
