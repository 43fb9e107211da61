package org.migkg.link;

import org.migkg.records.Register;

/** The register after a link: what it held, plus what this link minted or newly attached to a published id. */
public record RegisterUpdate(Register register, int newPeople, int newMentions, int newOrganizations, int newForms) {
    public static RegisterUpdate unchanged(Register register) {
        return new RegisterUpdate(register, 0, 0, 0, 0);
    }

    public boolean changed() {
        return newPeople + newMentions + newOrganizations + newForms > 0;
    }
}
