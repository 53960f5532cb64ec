package com.rotadesk.model;

import java.util.List;
import java.util.Objects;

/**
 * The office as its manager set it up: its name and its groups (轮排组) with their consultants in the
 * manager's order. Journaled like every setting, so an old day shows the office as it was.
 */
public record OfficeProfile(String name, List<Group> groups) {

    /** One rotation group and its consultants. */
    public record Group(String name, List<String> consultants) {
        /** Copies the consultants and checks the name. */
        public Group {
            Objects.requireNonNull(name, "group name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a group needs a name");
            }
            consultants = List.copyOf(consultants);
        }
    }

    /** Copies the groups and checks that nobody is in two groups. */
    public OfficeProfile {
        Objects.requireNonNull(name, "office name");
        groups = List.copyOf(groups);
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("an office needs at least one group");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Group g : groups) {
            for (String c : g.consultants()) {
                if (!seen.add(c)) {
                    throw new IllegalArgumentException(c + " is in more than one group");
                }
            }
        }
    }

    /** The group a consultant belongs to, or null when not listed. */
    public String groupOf(String consultant) {
        for (Group g : groups) {
            if (g.consultants().contains(consultant)) {
                return g.name();
            }
        }
        return null;
    }

    /** Every consultant, group by group, in the manager's order (the roster of R2). */
    public List<String> consultants() {
        return groups.stream().flatMap(g -> g.consultants().stream()).toList();
    }
}
