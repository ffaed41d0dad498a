package com.parkreview.reports.data;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The panel's sign-in sheet (专家签到表): the experts and their declarations of recusal. */
public record SignInList(SessionHeader header, List<Expert> experts, List<RecusalDeclaration> recusals) {

    public SignInList {
        if (header == null) {
            throw new IllegalArgumentException("the sign-in list needs its header");
        }
        experts = List.copyOf(experts);
        recusals = List.copyOf(recusals);
        if (experts.isEmpty()) {
            throw new IllegalArgumentException("the sign-in list has no experts");
        }
        Set<String> ids = new HashSet<>();
        for (Expert expert : experts) {
            if (!ids.add(expert.id())) {
                throw new IllegalArgumentException("expert " + expert.id() + " is listed twice");
            }
        }
        for (RecusalDeclaration recusal : recusals) {
            if (!ids.contains(recusal.expertId())) {
                throw new IllegalArgumentException("recusal of " + recusal.expertId() + ", who is not on the list");
            }
        }
    }

    public Expert expert(String expertId) {
        return experts.stream().filter(e -> e.id().equals(expertId)).findFirst().orElseThrow();
    }
}
