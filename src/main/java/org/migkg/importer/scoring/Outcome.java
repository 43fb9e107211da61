package org.migkg.importer.scoring;

import org.migkg.importer.PageImport;

/** What the importer made of a page: drafts, a refusal with its reason, or an exception it should not have thrown. */
public record Outcome(Status status, String reason, String why, int drafts) {
    public enum Status { DRAFTS, REFUSED, CRASHED }

    static Outcome of(PageImport result) {
        if (result instanceof PageImport.Refused r) {
            String named = r.page() + ": ";
            String why = r.why() != null && r.why().startsWith(named) ? r.why().substring(named.length()) : r.why();
            return new Outcome(Status.REFUSED, r.reason().name(), why, 0);
        }
        return new Outcome(Status.DRAFTS, null, null, ((PageImport.Drafts) result).drafts().size());
    }

    static Outcome crashed(Throwable e) {
        return new Outcome(Status.CRASHED, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), 0);
    }

    boolean refusedAsNotAnEvent() {
        return status == Status.REFUSED && PageImport.Reason.NOT_AN_EVENT.name().equals(reason);
    }

    /** A short word for the table: drafts, refused or crashed. */
    String label() {
        return switch (status) {
            case DRAFTS -> drafts == 1 ? "1 draft" : drafts + " drafts";
            case REFUSED -> "refused";
            case CRASHED -> "CRASHED";
        };
    }
}
